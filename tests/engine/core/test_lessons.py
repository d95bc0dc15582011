"""The built-in lessons: they load, and the top-p lesson keeps what the definition keeps."""

from __future__ import annotations

import numpy as np
import pytest

from engine.core.lessons import load_lessons, settings_with, synthetic_logits
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
