"""What the llama.cpp backend hands its callers (stops, cancelled loads, model facts), without llama_cpp."""

from __future__ import annotations

from dataclasses import dataclass

from engine.core.models import ModelError


class LoadCancelled(ModelError):
    """The user cancelled a model load."""


class Cancelled(Exception):
    """A decode was stopped between batches because the caller asked."""


@dataclass(frozen=True)
class ModelFacts:
    description: str
    n_params: int
    size_bytes: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    n_embd: int
    n_ctx_train: int
    vocab_size: int
    metadata: dict[str, str]
    chat_template: str | None
    special_tokens: dict[str, int]
