"""Built-in lessons of the sampling explorer, read from resources/lessons/lessons.json.

A lesson is either a prompt for the loaded model or a synthetic distribution (tokens with given
probabilities, whose logits are log-probabilities, so that the chain acts on it like on a model's).
A prompt lesson names the model it was written for: its explanation's numbers hold on that model only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.sampling import SamplingSettings

LESSONS_FILE = Path(__file__).resolve().parents[2] / "resources" / "lessons" / "lessons.json"


@dataclass(frozen=True)
class Preset:
    label: str
    settings: dict[str, Any]


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    kind: str  # "model" | "synthetic"
    explanation: str
    settings: dict[str, Any]
    prompt: str = ""
    chat: bool = False
    tokens: tuple[str, ...] = ()
    probs: tuple[float, ...] = ()
    watch: tuple[str, ...] = ()
    presets: tuple[Preset, ...] = field(default_factory=tuple)
    model: str = ""  # the model the lesson was written for (a packaged key); "" for a synthetic one

    def sampling(self, base: SamplingSettings | None = None) -> SamplingSettings:
        return settings_with(base or SamplingSettings(), self.settings)


def settings_with(base: SamplingSettings, values: dict[str, Any]) -> SamplingSettings:
    """`base` with the fields in `values`; an order lists some stages, the rest follow in llama.cpp order."""
    fields = {key: value for key, value in values.items() if key != "order"}
    settings = replace(base, **fields)
    return settings.with_order(tuple(values["order"])) if "order" in values else settings


def synthetic_logits(probs: list[float] | tuple[float, ...] | np.ndarray) -> np.ndarray:
    """Logits whose softmax is `probs` (normalised first); a zero probability becomes a very low logit."""
    values = np.asarray(probs, dtype=np.float64)
    if values.size == 0 or np.any(values < 0) or values.sum() <= 0:
        raise ValueError("probabilities must be non-negative and not all zero")
    values = values / values.sum()
    with np.errstate(divide="ignore"):
        return np.where(values > 0, np.log(values), -1e4).astype(np.float32)


def _lesson(data: dict[str, Any]) -> Lesson:
    return Lesson(
        id=data["id"],
        title=data["title"],
        kind=data["kind"],
        explanation=data["explanation"],
        settings=dict(data.get("settings", {})),
        prompt=data.get("prompt", ""),
        chat=bool(data.get("chat", False)),
        tokens=tuple(data.get("tokens", ())),
        probs=tuple(float(p) for p in data.get("probs", ())),
        watch=tuple(data.get("watch", ())),
        presets=tuple(Preset(p["label"], dict(p["settings"])) for p in data.get("presets", ())),
        model=data.get("model", ""),
    )


def load_lessons(path: Path = LESSONS_FILE) -> list[Lesson]:
    lessons = [_lesson(item) for item in json.loads(path.read_text(encoding="utf-8"))["lessons"]]
    for lesson in lessons:
        lesson.sampling()  # a bad setting fails here, with the sampling chain's own message
        if lesson.kind == "synthetic" and len(lesson.tokens) != len(lesson.probs):
            raise ValueError(f"lesson {lesson.id}: tokens and probs differ in length")
        if lesson.kind == "model" and not lesson.model:
            raise ValueError(f"lesson {lesson.id}: a prompt lesson names the model it was written for")
    return lessons
