"""Guided lessons of the classroom, one file per lesson and language.

Files: resources/lessons/course/<language>/<nn>-<id>.json (language: en, pt_BR, es; `nn` orders the
lessons). English is the reference: a lesson missing in a language is shown in English. A lesson names
the model it was written for and holds steps; each step opens one of the app's views with an example
(`view` + `payload`), explains it, and may ask a question whose answer is explained after Check.

The files are data a teacher writes: each is read with a size bound, every field's type is checked,
and every error names the file and the step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.core.lessons import (
    FALLBACK,
    LESSONS_DIR,
    Fields,
    localised_files,
    read_json_file,
    sampling_values,
)
from engine.core.models import PACKAGED

COURSE_DIR = LESSONS_DIR / "course"
FORMAT = 1
MAX_STEPS = 30
MAX_CHOICES = 8
DATASET_FILE = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}\.(jsonl|csv)$")

# view -> {payload key: kind}; "text" a string, "texts" a list of strings, "flag" a boolean,
# "int" a small whole number, "settings" chain settings, "sections" attention sections
VIEWS: dict[str, dict[str, str]] = {
    "chat": {"message": "text", "send": "flag"},
    "explorer": {"lesson": "text", "prompt": "text", "settings": "settings", "watch": "texts"},
    "attention": {"prompt": "text", "sections": "sections", "layer": "int", "head": "int"},
    "embeddings": {"query": "text", "texts": "texts"},
    "promptlab": {"dataset": "text", "dataset_file": "text", "run": "flag"},
    "score": {"text": "text"},
    "inside": {"prompt": "text", "target": "text"},
}
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {  # at least one key of each group
    "chat": (("message",),),
    "explorer": (("lesson", "prompt"),),
    "attention": (("prompt",),),
    "embeddings": (("query", "texts"),),
    "promptlab": (("dataset", "dataset_file"),),
    "score": (("text",),),
    "inside": (("prompt",),),
}
QUESTION_KINDS = ("single", "multiple")


@dataclass(frozen=True)
class Question:
    prompt: str
    kind: str  # "single": radio buttons, one right answer | "multiple": checkboxes, a set of answers
    choices: tuple[str, ...]
    correct: frozenset[int]
    explanation: str  # shown after Check: why, as measured on the lesson's model

    def is_right(self, chosen: set[int] | frozenset[int]) -> bool:
        return frozenset(chosen) == self.correct


@dataclass(frozen=True)
class Step:
    title: str
    view: str
    payload: dict[str, Any]
    text: str
    question: Question | None = None


@dataclass(frozen=True)
class CourseLesson:
    id: str
    title: str
    model: str  # the packaged model the lesson's numbers were measured on
    summary: str
    steps: tuple[Step, ...]
    language: str = FALLBACK
    path: Path = field(default=Path(), compare=False)


def _payload(view: str, value: Any, where: str) -> dict[str, Any]:
    fields = Fields(value, f"{where}: payload", set(VIEWS[view]))
    payload: dict[str, Any] = {}
    for key, kind in VIEWS[view].items():
        if key not in fields.data:
            continue
        raw = fields.data[key]
        if kind == "text":
            payload[key] = fields.text(key, limit=4000)
        elif kind == "flag":
            payload[key] = fields.flag(key)
        elif kind == "texts":
            payload[key] = list(fields.texts(key, 12))
        elif kind == "int":
            if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < 1024:
                raise fields.error(f"'{key}' must be a whole number from 0 to 1023")
            payload[key] = raw
        elif kind == "settings":
            payload[key] = sampling_values(raw, f"{fields.where}: settings")
        else:
            payload[key] = _sections(fields.items(key, 32), fields.where)
    for group in REQUIRED[view]:
        if not any(key in payload for key in group):
            raise fields.error(f"the {view} view needs {' or '.join(repr(key) for key in group)}")
    if "dataset_file" in payload and not DATASET_FILE.match(payload["dataset_file"]):
        raise fields.error("'dataset_file' is the name of a file in resources/datasets (no folders)")
    return payload


def _sections(items: list[Any], where: str) -> list[dict[str, Any]]:
    sections = []
    for index, item in enumerate(items):
        section = Fields(item, f"{where}: section {index + 1}", {"name", "start", "end"})
        start, end = item.get("start"), item.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) or not (
            0 <= start < end <= 100_000
        ):
            raise section.error("'start' and 'end' are character positions with start < end")
        sections.append({"name": section.text("name", limit=60), "start": start, "end": end})
    return sections


def _question(value: Any, where: str) -> Question:
    fields = Fields(value, f"{where}: question", {"prompt", "kind", "choices", "correct", "explanation"})
    kind = fields.text("kind", "single", limit=16)
    if kind not in QUESTION_KINDS:
        raise fields.error(f"'kind' must be one of {', '.join(QUESTION_KINDS)}, got {kind!r}")
    choices = fields.texts("choices", MAX_CHOICES)
    if len(choices) < 2:
        raise fields.error("a question offers at least two choices")
    correct = fields.items("correct", MAX_CHOICES)
    if not correct or not all(isinstance(i, int) and not isinstance(i, bool) for i in correct):
        raise fields.error("'correct' lists the indices (from 0) of the right choices")
    if len(set(correct)) != len(correct) or not all(0 <= i < len(choices) for i in correct):
        raise fields.error(f"'correct' must name distinct choices between 0 and {len(choices) - 1}")
    if kind == "single" and len(correct) != 1:
        raise fields.error("a single-choice question has exactly one right choice")
    return Question(
        prompt=fields.text("prompt", limit=1000),
        kind=kind,
        choices=choices,
        correct=frozenset(correct),
        explanation=fields.text("explanation"),
    )


def _step(value: Any, where: str) -> Step:
    fields = Fields(value, where, {"title", "view", "payload", "text", "question"})
    view = fields.text("view", limit=16)
    if view not in VIEWS:
        raise fields.error(f"'view' must be one of {', '.join(VIEWS)}, got {view!r}")
    question = fields.data.get("question")
    return Step(
        title=fields.text("title", limit=200),
        view=view,
        payload=_payload(view, fields.data.get("payload"), where),
        text=fields.text("text"),
        question=None if question is None else _question(question, where),
    )


def parse_course_lesson(data: dict[str, Any], path: Path, language: str = FALLBACK) -> CourseLesson:
    """One guided lesson from a file's object; LessonError naming the file (and step) otherwise."""
    fields = Fields(data, str(path), {"format", "id", "title", "model", "summary", "steps"})
    if fields.data.get("format", FORMAT) != FORMAT:
        raise fields.error(f"'format' {fields.data.get('format')!r} is not one this version reads ({FORMAT})")
    lesson_id = fields.text("id", limit=48)
    name = re.match(r"^\d{2}-(.+)\.json$", path.name)
    if name and name.group(1) != lesson_id:
        raise fields.error(f"the file name says lesson '{name.group(1)}', the file says '{lesson_id}'")
    model = fields.text("model", limit=100)
    packaged = [item.key for item in PACKAGED]
    if model not in packaged:
        raise fields.error(f"'model' must be a packaged model ({', '.join(packaged)}), got {model!r}")
    steps = fields.items("steps", MAX_STEPS)
    if not steps:
        raise fields.error("a lesson has at least one step")
    return CourseLesson(
        id=lesson_id,
        title=fields.text("title", limit=200),
        model=model,
        summary=fields.text("summary", "", limit=2000, empty=True),
        steps=tuple(_step(step, f"{path}: step {index + 1}") for index, step in enumerate(steps)),
        language=language,
        path=path,
    )


def load_course(language: str = FALLBACK, folder: Path = COURSE_DIR) -> list[CourseLesson]:
    """The classroom's lessons in `language` ("en", "pt_BR", "es"), English where one is not translated."""
    return [
        parse_course_lesson(read_json_file(path), path, used)
        for used, path in localised_files(folder, language)
    ]
