"""The built-in lessons: they load in every language, bad files are refused, and the top-p lesson keeps
what the definition keeps."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from engine.core.lessons import EXPLORER_DIR, LessonError, load_lessons, settings_with, synthetic_logits
from engine.core.sampling import SamplingSettings, apply_chain, softmax
from engine.core.session import Session


def test_lessons_load_with_valid_settings() -> None:
    lessons = {lesson.id: lesson for lesson in load_lessons()}
    assert set(lessons) == {"recife", "top-p", "temperature", "greedy-topk-topp"}
    assert lessons["recife"].prompt == "Recife é uma"
    assert [preset.label for preset in lessons["temperature"].presets] == ["T = 0.2", "T = 0.7", "T = 1.5"]
    assert all(lesson.explanation for lesson in lessons.values())


def test_synthetic_logits_reproduce_the_probabilities() -> None:
    probs = [0.40, 0.30, 0.15, 0.10, 0.05]
    assert np.allclose(softmax(synthetic_logits(probs)), probs, atol=1e-6)
    with pytest.raises(ValueError):
        synthetic_logits([0.0, 0.0])


def test_top_p_lesson_keeps_a_b_c_and_removes_d_e_by_top_p() -> None:
    lesson = next(lesson for lesson in load_lessons() if lesson.id == "top-p")
    result = apply_chain(synthetic_logits(lesson.probs), lesson.sampling())
    assert [lesson.tokens[i] for i in result.kept] == ["A", "B", "C"]
    assert [result.removed_stage(i) for i in (3, 4)] == ["top_p", "top_p"]
    assert np.allclose(result.probs_after[:3], np.array([0.40, 0.30, 0.15]) / 0.85, atol=1e-6)


def test_settings_with_puts_the_named_stages_first() -> None:
    settings = settings_with(SamplingSettings(), {"top_p": 0.5, "order": ["temperature"]})
    assert settings.top_p == 0.5 and settings.order[0] == "temperature" and len(settings.order) == 5


def test_prompt_lessons_name_the_model_they_were_written_for() -> None:
    from engine.core.models import PACKAGED

    packaged = {model.key for model in PACKAGED}
    lessons = {lesson.id: lesson for lesson in load_lessons()}
    assert lessons["recife"].model == "gemma3-270m"  # where “ cidade” is one token, ranked first
    assert all(lesson.model in packaged for lesson in lessons.values() if lesson.kind == "model")
    assert all(lesson.model == "" for lesson in lessons.values() if lesson.kind == "synthetic")


def test_the_recife_lesson_holds_on_its_model(gemma: Session) -> None:
    _, logits = gemma.next_logits("Recife é uma")
    pieces = gemma.tokenize(" cidade", add_special=False)
    assert len(pieces) == 1 and int(np.argmax(logits)) == pieces[0].id
    assert float(softmax(logits)[pieces[0].id]) == pytest.approx(0.51, abs=0.03)


def test_every_language_has_the_same_lessons_and_numbers() -> None:
    english = load_lessons("en")
    for language in ("pt_BR", "es"):
        translated = load_lessons(language)
        assert [lesson.id for lesson in translated] == [lesson.id for lesson in english]
        assert all(lesson.language == language for lesson in translated)  # none fell back
        for mine, theirs in zip(translated, english, strict=True):
            assert (mine.kind, mine.model, mine.prompt, mine.tokens, mine.probs, mine.watch) == (
                theirs.kind, theirs.model, theirs.prompt, theirs.tokens, theirs.probs, theirs.watch,
            )  # fmt: skip
            assert mine.settings == theirs.settings
            assert [p.settings for p in mine.presets] == [p.settings for p in theirs.presets]
            assert mine.title != theirs.title and mine.explanation != theirs.explanation


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "es").mkdir()
    for path in sorted((EXPLORER_DIR / "en").glob("*.json"))[:2]:
        (tmp_path / "en" / path.name).write_bytes(path.read_bytes())
    first = sorted((EXPLORER_DIR / "es").glob("*.json"))[0]
    (tmp_path / "es" / first.name).write_bytes(first.read_bytes())
    lessons = load_lessons("es", tmp_path)
    assert [lesson.language for lesson in lessons] == ["es", "en"]
    assert load_lessons("xx", tmp_path)[0].language == "en"  # an unknown language reads English


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "story"}, "'kind' must be one of"),
        ({"probs": [0.5, "x", 0.1, 0.1, 0.1]}, "must be a finite number"),
        ({"tokens": ["A", "B"]}, "tokens and probs differ"),
        ({"settings": {"top_p": 2.0}}, "top-p must be between 0 and 1"),
        ({"settings": {"order": ["warp"]}}, "unknown sampling stage"),
        ({"settings": {"top_k": 1.5}}, "'top_k' must be a whole number"),
        ({"surprise": 1}, "unknown field(s) surprise"),
        ({"id": "other"}, "the file name says lesson 'top-p'"),
        ({"title": 7}, "'title' must be text"),
        ({"explanation": ""}, "'explanation' is empty"),
    ],
)
def test_a_bad_lesson_file_is_refused_naming_the_file(tmp_path: Path, change: dict, message: str) -> None:
    data = json.loads((EXPLORER_DIR / "en" / "02-top-p.json").read_text(encoding="utf-8")) | change
    path = _write(tmp_path / "en", "02-top-p.json", data)
    with pytest.raises(LessonError) as error:
        load_lessons("en", tmp_path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_hostile_files_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "en", "01-big.json", "[" * 10 + " " * 70_000)
    with pytest.raises(LessonError, match="at most 65,536"):
        load_lessons("en", tmp_path)
    _write(tmp_path / "en", "01-big.json", "{not json")
    with pytest.raises(LessonError, match="not valid JSON"):
        load_lessons("en", tmp_path)
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(LessonError, match="not UTF-8"):
        load_lessons("en", tmp_path)
    _write(tmp_path / "en", "01-big.json", "[1, 2]")
    with pytest.raises(LessonError, match="one JSON object"):
        load_lessons("en", tmp_path)
    _write(tmp_path / "pt_BR", "09-orphan.json", "{}")
    with pytest.raises(LessonError, match="no English version"):
        load_lessons("pt_BR", tmp_path)
