"""The chat store's records: conversations, messages and generated tokens, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

ROLES = ("user", "assistant", "system")
STATUSES = ("complete", "streaming", "stopped", "interrupted", "error")


@dataclass(frozen=True)
class Alternative:
    """One candidate the model weighed at a step, and what the sampling chain did to it."""

    id: int
    text: str
    prob: float
    rank: int
    prob_after: float = 0.0
    removed_by: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alternative:
        # Tolerates extra keys (the engine's candidates also carry the raw logit).
        return cls(
            id=int(data["id"]),
            text=str(data["text"]),
            prob=float(data["prob"]),
            rank=int(data["rank"]),
            prob_after=float(data.get("prob_after", 0.0)),
            removed_by=data.get("removed_by"),
        )


@dataclass(frozen=True)
class TokenRecord:
    """A generated token as stored: the choice, its odds, and the alternatives it beat."""

    index: int
    token_id: int
    text: str
    prob: float
    prob_after: float
    rank: int
    entropy_bits: float
    alternatives: tuple[Alternative, ...]

    @classmethod
    def from_step(cls, step: dict[str, Any], *, index: int | None = None) -> TokenRecord:
        """Builds a record from the engine's step dict; `index` stands in when the dict has none."""
        position = step.get("index") if index is None else index
        if position is None:
            raise ValueError("step has no index and none was given")
        return cls(
            index=int(position),
            token_id=int(step["token"]["id"]),
            text=str(step["token"]["text"]),
            prob=float(step["prob"]),
            prob_after=float(step["prob_after"]),
            rank=int(step["rank"]),
            entropy_bits=float(step["entropy_bits"]),
            alternatives=tuple(Alternative.from_dict(c) for c in step.get("candidates", ())),
        )

    def as_export(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "id": self.token_id,
            "text": self.text,
            "prob": self.prob,
            "prob_after": self.prob_after,
            "rank": self.rank,
            "entropy_bits": self.entropy_bits,
            "alternatives": [asdict(alternative) for alternative in self.alternatives],
        }


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created: float
    updated: float
    system_prompt: str
    settings: dict[str, Any]
    model: str | None
    current_leaf: int | None


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    created: float
    status: str
    stop_reason: str | None
    seed: int | None
    branch_of: int | None
    branch_step: int | None
    error: str | None
    model: str | None = None  # the model that wrote a reply (unknown for replies stored before v2)


def check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {ROLES}")


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {STATUSES}")
