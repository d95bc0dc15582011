"""The classroom's lessons: the loader refuses bad files clearly, every language holds the same lessons
and answers, and every number a lesson states holds on the model it was written for."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from engine.classroom.course import COURSE_DIR, VIEWS, CourseLesson, Step, load_course
from engine.core.lessons import LessonError, load_lessons, settings_with, synthetic_logits
from engine.core.models import PACKAGED
from engine.core.sampling import SamplingSettings, apply_chain, softmax
from engine.core.session import Session

LANGUAGES = ("en", "pt_BR", "es")


def lesson(lesson_id: str, language: str = "en") -> CourseLesson:
    return next(item for item in load_course(language) if item.id == lesson_id)


def step_with(lesson_id: str, view: str, key: str, value: Any = None) -> Step:
    return next(
        step
        for step in lesson(lesson_id).steps
        if step.view == view and key in step.payload and (value is None or step.payload[key] == value)
    )


# --- the files ----------------------------------------------------------------------------------


def test_every_lesson_loads_in_every_language_without_falling_back() -> None:
    english = load_course("en")
    assert len(english) >= 9
    packaged = {model.key for model in PACKAGED}
    explorer = {item.id for item in load_lessons()}
    for language in LANGUAGES:
        lessons = load_course(language)
        assert [item.id for item in lessons] == [item.id for item in english]
        assert all(item.language == language and item.model in packaged for item in lessons)
        for item in lessons:
            for step in item.steps:
                assert step.view in VIEWS and step.question is not None
                if step.view == "explorer" and "lesson" in step.payload:
                    assert step.payload["lesson"] in explorer
    assert {step.view for item in english for step in item.steps} == set(VIEWS)  # every view is used


def test_the_languages_have_the_same_steps_and_answers() -> None:
    english = load_course("en")
    for language in ("pt_BR", "es"):
        for mine, theirs in zip(load_course(language), english, strict=True):
            assert mine.model == theirs.model and len(mine.steps) == len(theirs.steps)
            assert mine.title != theirs.title
            for a, b in zip(mine.steps, theirs.steps, strict=True):
                assert a.view == b.view
                if a.view != "promptlab":  # the prompt lab opens each language's own tweets
                    assert a.payload == b.payload
                assert a.question is not None and b.question is not None
                assert (a.question.kind, a.question.correct) == (b.question.kind, b.question.correct)
                assert len(a.question.choices) == len(b.question.choices)
                assert a.text != b.text and a.question.explanation != b.question.explanation


def test_each_language_s_prompt_lab_dataset_exists() -> None:
    from engine.promptlab.data import BUILTINS, DATASETS_DIR, load_dataset

    for language in LANGUAGES:
        for item in load_course(language):
            for step in item.steps:
                if step.view == "promptlab":
                    if "dataset" in step.payload:
                        assert step.payload["dataset"] in BUILTINS
                    else:
                        data = load_dataset(DATASETS_DIR / step.payload["dataset_file"])
                        assert len(data) == 36 and set(data.label_counts().values()) == {12}


def good_lesson() -> dict[str, Any]:
    return json.loads((COURSE_DIR / "en" / "05-sampling.json").read_text(encoding="utf-8"))


def write(folder: Path, data: object, name: str = "05-sampling.json") -> Path:
    (folder / "en").mkdir(parents=True, exist_ok=True)
    path = folder / "en" / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def broken(edit: Any) -> dict[str, Any]:
    data = good_lesson()
    edit(data)
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (broken(lambda d: d.update(model="gpt-5")), "'model' must be a packaged model"),
        (broken(lambda d: d.update(steps=[])), "at least one step"),
        (broken(lambda d: d.update(format=2)), "'format' 2 is not one this version reads"),
        (broken(lambda d: d.update(id="other")), "the file name says lesson 'sampling'"),
        (broken(lambda d: d["steps"][1].update(view="oracle")), "step 2: 'view' must be one of"),
        (broken(lambda d: d["steps"][0].update(payload={})), "step 1: payload: the explorer view needs"),
        (
            broken(lambda d: d["steps"][0]["payload"].update(prompt=3)),
            "payload: 'prompt' must be text",
        ),
        (broken(lambda d: d["steps"][1]["payload"].update(settings={"top_p": 7})), "top-p must be between"),
        (
            broken(lambda d: d["steps"][0]["question"].update(correct=[5])),
            "question: 'correct' must name",
        ),
        (broken(lambda d: d["steps"][2]["question"].update(correct=[0, 1])), "exactly one right choice"),
        (broken(lambda d: d["steps"][0]["question"].update(choices=["A"])), "at least two choices"),
        (broken(lambda d: d["steps"][0]["question"].update(kind="essay")), "'kind' must be one of"),
        (broken(lambda d: d["steps"][0].update(hint="x")), "step 1: unknown field(s) hint"),
        (broken(lambda d: d["steps"][0].update(text=["a"])), "step 1: 'text' must be text"),
        ("[]", "one JSON object"),
        ("{", "not valid JSON"),
        (" " * 70_000 + "{}", "at most 65,536"),
    ],
)
def test_the_loader_refuses_bad_files_naming_file_and_step(tmp_path: Path, data: Any, message: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(LessonError) as error:
        load_course("en", tmp_path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_a_dataset_file_cannot_leave_the_datasets_folder(tmp_path: Path) -> None:
    data = json.loads((COURSE_DIR / "en" / "07-few-shot.json").read_text(encoding="utf-8"))
    data["steps"][2]["payload"] = {"dataset_file": "../../etc/passwd"}
    write(tmp_path, data, "07-few-shot.json")
    with pytest.raises(LessonError, match="step 3: payload: 'dataset_file' is the name of a file"):
        load_course("en", tmp_path)


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    write(tmp_path, good_lesson())
    (tmp_path / "pt_BR").mkdir()
    assert [item.language for item in load_course("pt_BR", tmp_path)] == ["en"]


# --- the numbers, on the real models --------------------------------------------------------------


def chain_kept(settings: dict[str, Any]) -> list[str]:
    top_p = next(item for item in load_lessons() if item.id == "top-p")
    result = apply_chain(synthetic_logits(top_p.probs), settings_with(top_p.sampling(), settings))
    return [top_p.tokens[i] for i in sorted(result.kept)]


def test_top_p_top_k_and_the_order_of_the_chain_keep_what_the_lessons_say() -> None:
    sampling = lesson("sampling")
    assert sampling.steps[0].question is not None
    assert chain_kept({}) == ["A", "B", "C"] == [sampling.steps[0].question.choices[i] for i in sorted(
        sampling.steps[0].question.correct)]  # fmt: skip
    assert chain_kept(sampling.steps[1].payload["settings"]) == ["A", "B"]
    assert chain_kept({"top_k": 1, "top_p": 1.0}) == ["A"]  # greedy
    first = step_with("temperature", "explorer", "settings").payload["settings"]
    assert first["order"][0] == "temperature"
    assert chain_kept(first) == ["A", "B", "C", "D"]  # temperature first: four survive
    last = dict(first, order=["top_k", "top_p", "min_p", "temperature"])
    assert chain_kept(last) == ["A", "B", "C"]  # llama.cpp's order
    flat = softmax(synthetic_logits([0.40, 0.30, 0.15, 0.10, 0.05]) / 2.0)
    assert np.allclose(flat, [0.30, 0.26, 0.18, 0.15, 0.11], atol=0.005)


def test_recife_ranks_cidade_first_on_gemma(gemma: Session) -> None:
    step = lesson("function").steps[0]
    assert step.question is not None
    prompt = next(item for item in load_lessons() if item.id == step.payload["lesson"]).prompt
    _, logits = gemma.next_logits(prompt)
    probs = softmax(logits)
    order = np.argsort(-probs)
    ids = {word: gemma.tokenize(word, add_special=False) for word in step.question.choices}
    assert all(len(pieces) == 1 for pieces in ids.values())
    assert int(order[0]) == ids[" cidade"][0].id
    assert float(probs[ids[" cidade"][0].id]) == pytest.approx(0.51, abs=0.02)
    assert int(np.where(order == ids[" capital"][0].id)[0][0]) + 1 == pytest.approx(113, abs=10)
    assert float(probs[ids[" país"][0].id]) < 1e-5


def test_pedro_is_five_tokens_on_smollm2_and_three_on_gemma(smol: Session, gemma: Session) -> None:
    text = step_with("tokens", "score", "text").payload["text"]
    assert [t.text for t in smol.tokenize(text, add_special=False)] == ["P", "ed", "ro", " é", " professor"]
    assert [t.text for t in gemma.tokenize(text, add_special=False)] == ["Pedro", " é", " professor"]
    assert smol.vocab_size == 49_152 and gemma.vocab_size == 262_144


def test_the_cosine_ordering_holds_on_smollm2(smol: Session) -> None:
    from engine.embeddings.table import embedding_table

    table = embedding_table(smol)
    query = " " + step_with("embeddings", "embeddings", "query").payload["query"]

    def cosine(a: str, b: str) -> float:
        u = table.mean_vector(smol.model.tokenize(a, add_special=False))
        v = table.mean_vector(smol.model.tokenize(b, add_special=False))
        return float(u @ v / np.linalg.norm(u) / np.linalg.norm(v))

    values = {word: cosine(query, word) for word in (" queen", " banana", " man", " the")}
    assert list(values) == sorted(values, key=values.__getitem__, reverse=True)
    assert values[" queen"] == pytest.approx(0.62, abs=0.01)
    assert values[" the"] == pytest.approx(-0.08, abs=0.01)
    assert table.n_embd == 576


def test_it_attends_to_cat_and_the_mask_is_causal(smol: Session) -> None:
    from engine.attention.capture import capture_attention

    step = lesson("attention").steps[0]
    maps = capture_attention(smol, step.payload["prompt"], layers=[0, step.payload["layer"]])
    texts = [text for _, text in maps.tokens]
    row = maps.matrix(step.payload["layer"], step.payload["head"])[texts.index(" it")]
    assert texts[int(np.argmax(row))] == " cat" and float(row.max()) == pytest.approx(0.79, abs=0.02)
    it = texts.index(" it")
    for layer in maps.layers:
        matrix = maps.matrix(layer, None)
        assert np.all(matrix[it, it + 1 :] == 0) and float(matrix[it].sum()) == pytest.approx(1, abs=0.01)


def test_temperature_numbers_hold_on_smollm2(smol: Session) -> None:
    prompt = next(item for item in load_lessons() if item.id == "temperature").prompt
    _, logits = smol.next_logits(prompt)
    stated = {0.2: (0.985, 0.12), 0.7: (0.52, 3.3), 1.5: (0.04, 11.4)}
    for temperature, (top, bits) in stated.items():
        result = apply_chain(logits, SamplingSettings(temperature=temperature).with_order(("temperature",)))
        assert float(result.probs_after.max()) == pytest.approx(top, abs=0.01)
        assert result.entropy_after_bits == pytest.approx(bits, abs=0.1)


def label_shares(session: Session, prompt: str, labels: list[str]) -> list[float]:
    _, logits = session.next_logits(prompt)
    probs = softmax(logits)
    ids = [session.tokenize(label, add_special=False) for label in labels]
    assert all(len(pieces) == 1 for pieces in ids)
    return [float(probs[pieces[0].id]) for pieces in ids]


def test_few_shot_gives_the_labels_more_probability_on_gemma(gemma: Session) -> None:
    zero, few = (step for step in lesson("few-shot").steps if step.view == "explorer")
    zero_shares = label_shares(gemma, zero.payload["prompt"], zero.payload["watch"])
    few_shares = label_shares(gemma, few.payload["prompt"], few.payload["watch"])
    assert sum(zero_shares) == pytest.approx(0.48, abs=0.02)
    assert sum(few_shares) == pytest.approx(0.84, abs=0.02)
    assert np.allclose(zero_shares, [0.37, 0.10, 0.01], atol=0.01)
    assert np.allclose(few_shares, [0.46, 0.28, 0.10], atol=0.01)


def test_the_likelihood_sums_match_the_engine_scores(smol: Session) -> None:
    from engine.scoring.score import score_text

    first, second = (step.payload["text"] for step in lesson("likelihood").steps)
    sums = {}
    for text, stated in ((first, 31.97), (second, 42.81)):
        scored = [token.logprob for token in score_text(smol, text).tokens if token.logprob is not None]
        assert len(scored) == 6
        sums[text] = -sum(scored)
        assert sums[text] == pytest.approx(stated, abs=0.05)
    assert math.exp(-sums[first]) == pytest.approx(1.3e-14, rel=0.05)  # the product
    assert sums[first] / math.log(2) == pytest.approx(46.1, abs=0.1)  # in bits
    assert math.exp(sums[first] / 6) == pytest.approx(206, abs=2)
    assert math.exp(sums[second] / 6) == pytest.approx(1255, abs=10)
    # the course's definition, token by token: the same sum (llama.cpp's kernels differ a little by batch)
    tokens = smol.prompt_tokens(first)
    by_hand = 0.0
    for position in range(1, len(tokens)):
        _, logits = smol.next_logits("", tokens[:position])
        by_hand -= float(np.log(softmax(logits)[tokens[position]]))
    assert by_hand == pytest.approx(sums[first], abs=1.0)


def test_the_confidently_wrong_answer_is_first_with_31_percent(smol: Session) -> None:
    step = step_with("confidently-wrong", "explorer", "prompt")
    _, logits = smol.next_logits(step.payload["prompt"])
    probs = softmax(logits)
    istanbul = smol.tokenize(" Istanbul", add_special=False)
    ankara = smol.tokenize(" Ankara", add_special=False)
    assert len(istanbul) == 1 and int(np.argmax(probs)) == istanbul[0].id
    assert float(probs[istanbul[0].id]) == pytest.approx(0.31, abs=0.01)
    assert float(probs[ankara[0].id]) == pytest.approx(0.16, abs=0.01)  # " Ank", its first piece
