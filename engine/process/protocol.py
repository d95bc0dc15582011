"""Commands to the engine process and the events it sends back: small picklable dataclasses.

Every request carries an id; its events carry the same id, so a client can drop the stale events of a
request it has since replaced or cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.core.sampling import SamplingSettings

# --- commands (client -> engine) -------------------------------------------------------------------


@dataclass(frozen=True)
class Load:
    request_id: int
    model: str  # packaged key, .gguf path, or a server address ("http://host:port" or "server:URL")
    settings: dict[str, Any] = field(default_factory=dict)  # LoadSettings fields other than path


@dataclass(frozen=True)
class Unload:
    request_id: int


@dataclass(frozen=True)
class Chat:
    """Generate the assistant's reply to `messages` (role, content), continuing after `prefix` tokens."""

    request_id: int
    messages: tuple[tuple[str, str], ...]
    sampling: SamplingSettings
    max_tokens: int = 512
    seed: int | None = None
    prefix: tuple[int, ...] = ()
    top_n: int = 10


@dataclass(frozen=True)
class Probe:
    """The logits row after a prompt (plain text, or `messages` through the chat template) and `prefix`."""

    request_id: int
    prompt: str = ""
    messages: tuple[tuple[str, str], ...] = ()
    prefix: tuple[int, ...] = ()
    label_count: int = 256  # label this many of the most probable tokens


@dataclass(frozen=True)
class Tokenize:
    request_id: int
    text: str


@dataclass(frozen=True)
class Task:
    """Run the named engine task (see engine/process/tasks.py) with keyword parameters."""

    request_id: int
    name: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Cancel:
    """Stop a request at the next token (or prefill chunk, or load progress tick)."""

    request_id: int


@dataclass(frozen=True)
class Shutdown:
    request_id: int = 0


Command = Load | Unload | Chat | Probe | Tokenize | Task | Cancel | Shutdown

# --- events (engine -> client) ---------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    """The engine process is up and waiting for commands."""

    pid: int
    gpu_offload_supported: bool


@dataclass(frozen=True)
class LoadProgress:
    request_id: int
    fraction: float


@dataclass(frozen=True)
class Loaded:
    request_id: int
    model: str
    info: dict[str, Any]  # ModelInfo.as_dict()


@dataclass(frozen=True)
class Unloaded:
    request_id: int


@dataclass(frozen=True)
class Started:
    request_id: int
    prompt_tokens: int
    seed: int


@dataclass(frozen=True)
class StepEvent:
    request_id: int
    step: dict[str, Any]  # Step.as_dict() plus "index"
    text: str  # the whole reply so far, decoded (a multi-byte character may span tokens)


@dataclass(frozen=True)
class Finished:
    request_id: int
    stop_reason: str  # eos | stop_string | max_tokens | cancelled | context_full
    text: str
    seed: int
    n_generated: int
    seconds: float


@dataclass(frozen=True)
class Distribution:
    request_id: int
    logits: np.ndarray  # float32, the whole vocabulary
    labels: dict[int, str]  # readable text of the most probable tokens and of the prefix
    special: frozenset[int]  # which of the labelled tokens are special (end of turn, ...)
    context_tokens: int  # prompt + prefix
    text: str  # the prefix decoded (the continuation so far)
    # A remote server gives only its top N: then `logits` holds the server's log-probabilities at the
    # listed ids and -inf elsewhere (a softmax of it is the distribution "on the top N only"), and
    # `tail_mass` is the probability of every token the server did not list (unknown, not zero).
    partial: bool = False
    tail_mass: float = 0.0


@dataclass(frozen=True)
class Tokens:
    request_id: int
    tokens: tuple[tuple[int, str], ...]  # (id, readable text)


@dataclass(frozen=True)
class TaskProgress:
    request_id: int
    fraction: float
    message: str = ""


@dataclass(frozen=True)
class TaskResult:
    request_id: int
    name: str
    result: Any  # whatever the task returns (picklable)


@dataclass(frozen=True)
class Failed:
    request_id: int
    message: str
    # "model" (a bad model file), "cancelled" (load cancelled), "error", "server" (a remote server's
    # problem, in words), "needs_local" (the request needs a model loaded here, not on a server)
    kind: str = "error"


Event = (
    Ready
    | LoadProgress
    | Loaded
    | Unloaded
    | Started
    | StepEvent
    | Finished
    | Distribution
    | Tokens
    | TaskProgress
    | TaskResult
    | Failed
)
