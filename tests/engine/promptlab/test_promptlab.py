"""Prompt lab engine on the real models: label probabilities, metrics, KV-prefix reuse, datasets, CLI."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from engine.core.session import Session
from engine.process.tasks import TASKS, TaskContext
from engine.promptlab.data import DatasetError, dataset_from_rows, load_dataset
from engine.promptlab.metrics import (
    confusion_matrix,
    expected_calibration_error,
    log_loss,
    macro_f1,
    summarize,
)
from engine.promptlab.runner import compare, compare_task, token_logprob_sum
from engine.promptlab.templates import (
    TemplateError,
    plan_shots,
    render_shot,
    template_from_spec,
)

ROOT = Path(__file__).resolve().parents[3]


def log_softmax(row: np.ndarray) -> np.ndarray:
    values = row.astype(np.float64)
    return values - np.logaddexp.reduce(values)


def plain_label_logprob(session: Session, prefix: list[int], suffix: list[int], label: list[int]) -> float:
    """log P(label | prompt) through evaluate / append, one label token at a time.

    The prompt is decoded in the same batches as the scorer's ([prefix] [suffix but its last token]),
    then every further token is appended alone.
    """
    model = session.model
    model.forget_from(0)
    model.evaluate(prefix)
    context = prefix + suffix
    model.evaluate(context[:-1])
    row = model.append(context[-1])
    total = 0.0
    for token in label:
        total += float(log_softmax(row)[token])
        row = model.append(token)
    return total


def engine_ids(session: Session, example: dict) -> tuple[list[int], list[int]]:
    cut = example["sections"][-1]["start"]  # the query section starts where the per-example suffix does
    prompt = example["prompt"]
    return session.prompt_tokens(prompt[:cut]), session.model.tokenize(prompt[cut:], add_special=False)


def check_against_plain_path(session: Session, dataset_name: str, tolerance: float, limit: int = 3) -> None:
    dataset = load_dataset(dataset_name)
    result = compare(session, dataset, [template_from_spec("few:2", dataset)], limit=limit)
    for example in result["templates"][0]["examples"]:
        prefix, suffix = engine_ids(session, example)
        assert len(prefix) == example["prefix_tokens"]
        expected = {
            label: plain_label_logprob(
                session, prefix, suffix, session.model.tokenize(dataset.label_words[label], add_special=False)
            )
            for label in dataset.label_set
        }
        for label, value in expected.items():
            assert example["logprobs"][label] == pytest.approx(value, abs=tolerance)
        shifted = np.array(list(expected.values()))
        probs = np.exp(shifted - shifted.max()) / np.exp(shifted - shifted.max()).sum()
        assert sum(example["probs"].values()) == pytest.approx(1.0, abs=1e-12)
        assert list(example["probs"].values()) == pytest.approx(list(probs), abs=tolerance)


def test_single_token_labels_equal_the_plain_path(smol: Session, gemma: Session) -> None:
    # One-token labels: both paths decode exactly the same batches, so the numbers agree to float
    # rounding of the float64 sums (the logits themselves are bit-identical).
    check_against_plain_path(smol, "tweets-en", 1e-6)
    check_against_plain_path(gemma, "tweets-en", 1e-6, limit=2)


def test_multi_token_labels_equal_the_plain_path(smol: Session) -> None:
    # " Positivo" is 3 tokens on SmolLM2. The scorer decodes the query's last token and the label's
    # tokens in one batch (one call returns all their rows); the plain path appends them one at a time.
    # llama.cpp's logits depend on that split (observed here up to 0.093 nats per label), so the
    # tolerance is 0.25 nats: far below what a wrong row or token would cost (several nats).
    dataset = load_dataset("tweets-pt")
    assert len(smol.model.tokenize(dataset.label_words["positivo"], add_special=False)) == 3
    check_against_plain_path(smol, "tweets-pt", 0.25)


def test_token_logprob_sum_is_log_softmax_of_each_row() -> None:
    rows = np.array([[0.0, 1.0, 2.0], [3.0, 0.0, 0.0]], dtype=np.float32)
    first = 1.0 - math.log(math.exp(0) + math.exp(1) + math.exp(2))
    second = 0.0 - math.log(math.exp(3) + 1 + 1)
    assert token_logprob_sum(rows, [1, 2]) == pytest.approx(first + second, abs=1e-12)


def test_prefix_reuse_gives_the_naive_numbers(smol: Session) -> None:
    dataset = load_dataset("tweets-en")
    templates = [template_from_spec("zero", dataset), template_from_spec("few:3", dataset)]
    reused = compare(smol, dataset, templates, limit=5, seed=3)
    naive = compare(smol, dataset, templates, limit=5, seed=3, reuse_prefix=False)
    for fast, slow in zip(reused["templates"], naive["templates"], strict=True):
        for a, b in zip(fast["examples"], slow["examples"], strict=True):
            assert a["prompt"] == b["prompt"]
            # same tokens, same decode batches: identical logits, so equal to float64 rounding
            for label in dataset.label_set:
                assert a["probs"][label] == pytest.approx(b["probs"][label], abs=1e-12)


def test_metrics_on_a_hand_made_set() -> None:
    labels = ["pos", "neg"]
    examples = [
        {"label": "pos", "prediction": "pos", "probs": {"pos": 0.9, "neg": 0.1}},
        {"label": "pos", "prediction": "neg", "probs": {"pos": 0.4, "neg": 0.6}},
        {"label": "neg", "prediction": "neg", "probs": {"pos": 0.3, "neg": 0.7}},
        {"label": "neg", "prediction": "neg", "probs": {"pos": 0.05, "neg": 0.95}},
    ]
    summary = summarize(examples, labels)
    metrics = summary["metrics"]
    assert metrics["accuracy"] == 0.75
    # pos: TP 1, FP 0, FN 1 -> F1 2/3; neg: TP 2, FP 1, FN 0 -> F1 4/5; mean 11/15
    assert metrics["macro_f1"] == pytest.approx(11 / 15)
    assert metrics["log_loss"] == pytest.approx(
        -(math.log(0.9) + math.log(0.4) + math.log(0.7) + math.log(0.95)) / 4
    )
    # confidences 0.9 (bin 9, right), 0.6 (bin 6, wrong), 0.7 (bin 7, right), 0.95 (bin 10, right)
    # ECE = 1/4 (|1-0.9| + |0-0.6| + |1-0.7| + |1-0.95|) = 1/4 (0.1 + 0.6 + 0.3 + 0.05) = 0.2625
    assert metrics["ece"] == pytest.approx(0.2625)
    assert summary["confusion"] == [[1, 1], [0, 2]]
    filled = [b for b in summary["reliability"] if b["count"]]
    assert [(b["low"], b["count"]) for b in filled] == [(0.5, 1), (0.6, 1), (0.8, 1), (0.9, 1)]


def test_metric_edge_cases() -> None:
    assert macro_f1(["a", "a"], ["a", "a"], ["a", "b"]) == 1.0  # b never occurs: no F1 for it
    assert log_loss([0.0]) == pytest.approx(-math.log(1e-15))
    assert expected_calibration_error([1.0, 0.05], [True, False]) == pytest.approx((0 + 0.05) / 2)
    assert confusion_matrix(["a", "b"], ["b", "b"], ["a", "b"]) == [[0, 1], [0, 1]]


def test_builtin_sets_are_balanced() -> None:
    for name, labels in (
        ("tweets-en", ["positive", "negative", "neutral"]),
        ("tweets-pt", ["positivo", "negativo", "neutro"]),
    ):
        dataset = load_dataset(name)
        assert dataset.label_set == labels
        assert dataset.label_counts() == dict.fromkeys(labels, 12)
        assert len(set(dataset.texts)) == len(dataset)
    assert load_dataset("tweets-en").label_words["positive"] == " Positive"


def test_dataset_errors_are_clear(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    missing.write_text("text,sentiment\nI love it,positive\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="no 'label' column"):
        load_dataset(missing)
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"text": "ok", "label": "positive"}\n{"text": "meh", "label": "mixed"}\n', encoding="utf-8"
    )
    with pytest.raises(DatasetError, match="row 2 has unknown label 'mixed'"):
        load_dataset(rows, labels=["positive", "negative"])
    no_text = tmp_path / "no_text.jsonl"
    no_text.write_text('{"label": "positive"}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="row 1 has no 'text' column"):
        load_dataset(no_text)
    with pytest.raises(DatasetError, match="unknown label 'happy'"):
        dataset_from_rows(
            [{"text": "a", "label": "x"}, {"text": "b", "label": "y"}], label_words={"happy": " H"}
        )


def test_csv_with_edited_label_words(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text('text,label\n"Great, loved it",good\nAwful,bad\n', encoding="utf-8")
    dataset = load_dataset(path, label_words={"good": " Yes"})
    assert dataset.texts == ["Great, loved it", "Awful"]
    assert dataset.label_words == {"good": " Yes", "bad": " Bad"}


def test_shots_exclude_the_scored_example_and_share_one_prefix(smol: Session) -> None:
    dataset = dataset_from_rows(
        load_dataset("tweets-en").rows()[:9], "nine", input_name="Tweet", answer_name="Sentiment"
    )
    template = template_from_spec("few:3", dataset)
    result = compare(smol, dataset, [template], limit=None, seed=1)["templates"][0]
    shots = [shot["index"] for shot in result["shots"]]
    assert sorted(dataset.labels[i] for i in shots) == ["negative", "neutral", "positive"]  # round robin
    prefixes = set()
    for example in result["examples"]:
        assert example["index"] not in example["shots"]
        first_shot = next(s for s in example["sections"] if s["name"] == "shot 1")
        assert example["prompt"][first_shot["start"] : first_shot["end"]] == render_shot(
            template, dataset, example["shots"][0]
        )
        if example["index"] not in shots:
            prefixes.add(example["prompt"][: example["sections"][-1]["start"]])
    assert len(prefixes) == 1
    again = compare(smol, dataset, [template], limit=None, seed=1)["templates"][0]
    assert again["metrics"] == result["metrics"]  # reproducible with the seed


def test_limit_draws_shots_from_outside_the_scored_examples() -> None:
    dataset = load_dataset("tweets-en")
    plan = plan_shots(dataset, template_from_spec("few:8", dataset), seed=0, evaluated=set(range(10)))
    assert all(index >= 10 for index in plan.shots)
    with pytest.raises(TemplateError, match="only few-shot"):
        template_from_spec("zero:3", dataset)


def test_chain_of_thought_reasons_then_scores(smol: Session) -> None:
    dataset = load_dataset("tweets-en")
    template = replace(template_from_spec("cot", dataset), reasoning_tokens=12)
    example = compare(smol, dataset, [template], limit=1)["templates"][0]["examples"][0]
    expected = smol.generate(
        example["prompt"][: example["prompt"].index("Reasoning:") + len("Reasoning:")],
        max_tokens=template.reasoning_tokens,
        temperature=0.0,
        stop=["Sentiment:", "\n\n", "###", "Tweet:"],
    ).run()
    assert example["reasoning"] == expected.text.rstrip()
    assert example["prompt"].endswith(example["reasoning"] + "\nSentiment:")
    assert sum(example["probs"].values()) == pytest.approx(1.0)


def test_task_is_registered_and_reports_progress(smol: Session) -> None:
    assert TASKS["promptlab.compare"] == "engine.promptlab.runner:compare_task"
    fractions: list[float] = []
    context = TaskContext(report=lambda fraction, message: fractions.append(fraction))
    result = compare_task(smol, {"dataset": "tweets-en", "templates": ["zero"], "limit": 3}, context)
    assert fractions[-1] == 1.0 and len(fractions) >= 3
    assert result["labels"] == ["positive", "negative", "neutral"]


def test_cli_compare_json_is_reproducible(smol: Session) -> None:
    command = [sys.executable, "main.py", "compare", "--dataset", "tweets-en", "--template", "zero"]
    command += ["--template", "few:2", "--limit", "3", "--seed", "5", "--n-ctx", "1024", "--json"]
    output = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120).stdout
    result = json.loads(output)
    assert result["labels"] == ["positive", "negative", "neutral"]
    dataset = load_dataset("tweets-en")
    here = compare(
        smol,
        dataset,
        [template_from_spec("zero", dataset), template_from_spec("few:2", dataset)],
        limit=3,
        seed=5,
    )
    # the baselines, worked out here from the first three true labels (one of each: a three-way tie)
    truth = dataset.labels[:3]
    assert truth == ["positive", "negative", "neutral"]
    assert result["baselines"]["majority"]["label"] == "positive"
    assert result["baselines"]["majority"]["tied"] == ["negative", "neutral"]
    assert result["baselines"]["majority"]["accuracy"] == pytest.approx(1 / 3)
    assert result["baselines"]["chance"] == {"labels": 3, "accuracy": pytest.approx(1 / 3)}
    assert result["model"] == smol.info().name and result["model_path"] == smol.info().path
    for printed, computed in zip(result["templates"], here["templates"], strict=True):
        assert set(printed["metrics"]) >= {"accuracy", "macro_f1", "log_loss", "ece"}
        predictions = [example["prediction"] for example in printed["examples"]]
        assert printed["predicted_counts"] == {label: predictions.count(label) for label in result["labels"]}
        most = max(result["labels"], key=predictions.count)
        flagged = predictions.count(most) >= 0.9 * len(predictions)
        assert (printed["one_label"] is not None) == flagged
        for a, b in zip(printed["examples"], computed["examples"], strict=True):
            assert {"index", "text", "prompt", "label", "prediction", "probs"} <= set(a)
            assert a["prompt"] == b["prompt"]
            assert a["probs"] == pytest.approx(b["probs"], abs=1e-9)


def test_cli_reports_a_bad_dataset(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("body,label\nx,y\n", encoding="utf-8")
    command = [sys.executable, "main.py", "compare", "--dataset", str(path), "--json"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "no 'text' column" in done.stderr
