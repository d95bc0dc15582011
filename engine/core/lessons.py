"""Built-in lessons of the sampling explorer, one file per lesson and language.

The files live in resources/lessons/explorer/<language>/<nn>-<id>.json (language: en, pt_BR, es); `nn`
orders the lessons. English is the reference: a lesson missing in a language is shown in English.

A lesson is either a prompt for the loaded model or a synthetic distribution (tokens with given
probabilities, whose logits are log-probabilities, so that the chain acts on it like on a model's).
A prompt lesson names the model it was written for: its explanation's numbers hold on that model only.

The files are data a teacher may edit: each is read with a size bound, every field's type is checked,
and every error names the file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.sampling import SamplingSettings

LESSONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "lessons"
EXPLORER_DIR = LESSONS_DIR / "explorer"
LANGUAGES = ("en", "pt_BR", "es")
FALLBACK = "en"
MAX_FILE_BYTES = 64 * 1024  # a lesson is a few paragraphs; anything larger is not a lesson
MAX_FILES = 200
FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9][a-z0-9-]{0,47})\.json$")
SETTING_KEYS = {"temperature", "top_k", "top_p", "min_p", "typical_p", "order"}
KINDS = ("model", "synthetic")


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file and what is wrong."""


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
    language: str = FALLBACK  # the language of its texts (English where a translation is missing)

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


# --- reading untrusted files ----------------------------------------------------------------------


def read_json_file(path: Path, limit: int = MAX_FILE_BYTES) -> dict[str, Any]:
    """A JSON object from `path`, refusing files over `limit` bytes, bad UTF-8 and bad JSON."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise LessonError(f"{path}: the file is {size:,} bytes; a lesson file is at most {limit:,}")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise LessonError(f"{path}: cannot read the file ({error.strerror or error})") from error
    if len(raw) > limit:
        raise LessonError(f"{path}: the file is over {limit:,} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise LessonError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise LessonError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from error
    except RecursionError as error:
        raise LessonError(f"{path}: the JSON is nested too deeply") from error
    if not isinstance(data, dict):
        raise LessonError(f"{path}: the file must hold one JSON object, not a {type(data).__name__}")
    return data


class Fields:
    """Typed access to one JSON object, with errors that say where (`where`: "file: lesson …")."""

    def __init__(self, data: Any, where: str, known: set[str]) -> None:
        if not isinstance(data, dict):
            raise LessonError(f"{where}: expected an object, got {type(data).__name__}")
        unknown = sorted(str(key) for key in data if key not in known)
        if unknown:
            raise LessonError(f"{where}: unknown field(s) {', '.join(unknown)}")
        self.data, self.where = data, where

    def error(self, message: str) -> LessonError:
        return LessonError(f"{self.where}: {message}")

    def text(self, key: str, default: str | None = None, limit: int = 8000, empty: bool = False) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.error(f"'{key}' is missing")
        if not isinstance(value, str):
            raise self.error(f"'{key}' must be text, got {type(value).__name__}")
        if len(value) > limit:
            raise self.error(f"'{key}' is {len(value):,} characters long; at most {limit:,}")
        if not empty and not value.strip():
            raise self.error(f"'{key}' is empty")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.error(f"'{key}' must be true or false")
        return value

    def number(self, value: Any, what: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.error(f"{what} must be a finite number, got {value!r}")
        return float(value)

    def items(self, key: str, limit: int, default: list[Any] | None = None) -> list[Any]:
        value = self.data.get(key, default)
        if value is None:
            raise self.error(f"'{key}' is missing")
        if not isinstance(value, list):
            raise self.error(f"'{key}' must be a list, got {type(value).__name__}")
        if len(value) > limit:
            raise self.error(f"'{key}' has {len(value)} items; at most {limit}")
        return value

    def texts(self, key: str, limit: int, default: list[Any] | None = None) -> tuple[str, ...]:
        values = self.items(key, limit, default)
        if not all(isinstance(value, str) and 0 < len(value) <= 400 for value in values):
            raise self.error(f"'{key}' must be a list of short texts")
        return tuple(values)


def sampling_values(value: Any, where: str) -> dict[str, Any]:
    """Chain settings from a file: known keys, numbers of the right kind, a valid order."""
    fields = Fields(value, where, SETTING_KEYS)
    settings: dict[str, Any] = {}
    for key, raw in fields.data.items():
        if key == "order":
            if not isinstance(raw, list) or not all(isinstance(stage, str) for stage in raw):
                raise fields.error("'order' must be a list of stage names")
            settings[key] = list(raw)
        elif key == "top_k":
            if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 1_000_000:
                raise fields.error(f"'top_k' must be a whole number from 0, got {raw!r}")
            settings[key] = raw
        else:
            settings[key] = fields.number(raw, f"'{key}'")
    try:
        settings_with(SamplingSettings(), settings)  # the chain's own checks (ranges, stage names)
    except (TypeError, ValueError) as error:
        raise fields.error(str(error)) from error
    return settings


def lesson_files(folder: Path) -> dict[str, Path]:
    """id -> file of the lessons in one language folder, in their `nn` order (other files ignored)."""
    if not folder.is_dir():
        return {}
    found = sorted(
        (match.group(1), match.group(2), path)
        for path in folder.iterdir()
        if (match := FILE_NAME.match(path.name)) and path.is_file()
    )
    if len(found) > MAX_FILES:
        raise LessonError(f"{folder}: {len(found)} lesson files; at most {MAX_FILES}")
    files: dict[str, Path] = {}
    for _number, lesson_id, path in found:
        if lesson_id in files:
            raise LessonError(f"{path}: lesson '{lesson_id}' is also in {files[lesson_id].name}")
        files[lesson_id] = path
    return files


def localised_files(root: Path, language: str) -> list[tuple[str, Path]]:
    """(language used, file) of every English lesson, in the language's version where there is one."""
    if language not in LANGUAGES:
        language = FALLBACK
    english = lesson_files(root / FALLBACK)
    translated = lesson_files(root / language) if language != FALLBACK else {}
    extra = sorted(set(translated) - set(english))
    if extra:
        raise LessonError(f"{root / language}: lesson(s) {', '.join(extra)} have no English version")
    return [
        (language, translated[lesson_id]) if lesson_id in translated else (FALLBACK, path)
        for lesson_id, path in english.items()
    ]


# --- explorer lessons -------------------------------------------------------------------------------

LESSON_KEYS = {
    "id", "title", "kind", "model", "prompt", "chat", "settings", "tokens", "probs", "watch",
    "presets", "explanation",
}  # fmt: skip


def parse_lesson(data: dict[str, Any], path: Path, language: str = FALLBACK) -> Lesson:
    """One explorer lesson from a file's object; LessonError naming the file and field otherwise."""
    fields = Fields(data, str(path), LESSON_KEYS)
    lesson_id = fields.text("id", limit=48)
    match = FILE_NAME.match(path.name)
    if match and match.group(2) != lesson_id:
        raise fields.error(f"the file name says lesson '{match.group(2)}', the file says '{lesson_id}'")
    where = f"{path}: lesson {lesson_id}"
    kind = fields.text("kind", limit=16)
    if kind not in KINDS:
        raise fields.error(f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    probs = tuple(fields.number(p, "each of 'probs'") for p in fields.items("probs", 64, []))
    presets = []
    for index, item in enumerate(fields.items("presets", 12, [])):
        preset = Fields(item, f"{where}: preset {index + 1}", {"label", "settings"})
        presets.append(
            Preset(preset.text("label", limit=60), sampling_values(item.get("settings"), preset.where))
        )
    lesson = Lesson(
        id=lesson_id,
        title=fields.text("title", limit=200),
        kind=kind,
        explanation=fields.text("explanation"),
        settings=sampling_values(data.get("settings", {}), f"{where}: settings"),
        prompt=fields.text("prompt", "", limit=4000, empty=True),
        chat=fields.flag("chat"),
        tokens=fields.texts("tokens", 64, []),
        probs=probs,
        watch=fields.texts("watch", 12, []),
        presets=tuple(presets),
        model=fields.text("model", "", limit=200, empty=True),
        language=language,
    )
    if kind == "synthetic":
        if not lesson.tokens or len(lesson.tokens) != len(lesson.probs):
            raise LessonError(f"{where}: tokens and probs differ in length (or are empty)")
        try:
            synthetic_logits(lesson.probs)
        except ValueError as error:
            raise LessonError(f"{where}: {error}") from error
        if lesson.model:
            raise LessonError(f"{where}: a synthetic lesson names no model")
    elif not lesson.model or not lesson.prompt:
        raise LessonError(f"{where}: a prompt lesson has a prompt and names the model it was written for")
    return lesson


def load_lessons(language: str = FALLBACK, folder: Path = EXPLORER_DIR) -> list[Lesson]:
    """The explorer's lessons in `language` ("en", "pt_BR", "es"), English where one is not translated."""
    files = localised_files(folder, language)
    return [parse_lesson(read_json_file(path), path, used) for used, path in files]
