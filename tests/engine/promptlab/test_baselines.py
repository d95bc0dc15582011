"""Baselines to read the prompt lab's metrics against, on hand-made sets (numbers worked out by hand)."""

from __future__ import annotations

import pytest

from engine.promptlab.metrics import baselines, one_label, one_label_note, summarize

LABELS = ["pos", "neg", "neu"]


def test_majority_and_chance_baselines_on_a_hand_made_set() -> None:
    truth = ["pos", "pos", "pos", "neg", "neu", "neu"]
    marks = baselines(truth, LABELS)
    majority = marks["majority"]
    assert (majority["label"], majority["count"], majority["total"], majority["tied"]) == ("pos", 3, 6, [])
    assert majority["accuracy"] == pytest.approx(3 / 6)
    # always "pos": pos TP 3, FP 3, FN 0 -> F1 6/9; neg and neu occur as truth only -> F1 0; mean 2/9
    assert majority["macro_f1"] == pytest.approx(2 / 9)
    assert marks["chance"] == {"labels": 3, "accuracy": pytest.approx(1 / 3)}


def test_a_tied_majority_names_the_first_label_and_its_ties() -> None:
    majority = baselines(["neg", "pos", "neu", "pos", "neg", "neu"], LABELS)["majority"]
    assert (majority["label"], majority["tied"], majority["accuracy"]) == ("pos", ["neg", "neu"], 2 / 6)


def test_one_label_flags_a_template_that_answers_the_same_for_almost_everything() -> None:
    truth = ["pos", "pos", "neg", "neg", "neu", "neu", "pos", "neg", "neu", "pos"]
    everything_pos = ["pos"] * 10
    flag = one_label(truth, everything_pos, LABELS)
    assert flag == {"label": "pos", "count": 10, "total": 10, "always_accuracy": pytest.approx(4 / 10)}
    assert one_label_note(flag, 0.4) == (
        "predicts 'pos' for 10 of 10 examples: no better than always answering it (accuracy 0.400)"
    )
    nine_of_ten = ["pos"] * 9 + ["neu"]  # 9/10 = the threshold: still "almost everything"
    flag = one_label(truth, nine_of_ten, LABELS)
    assert flag is not None and flag["count"] == 9
    assert "close to always answering it (accuracy 0.500, always 'pos' 0.400)" in one_label_note(flag, 0.5)
    eight_of_ten = ["pos"] * 8 + ["neu", "neg"]
    assert one_label(truth, eight_of_ten, LABELS) is None


def test_summarize_carries_the_prediction_counts_and_the_flag() -> None:
    examples = [
        {"label": label, "prediction": "pos", "probs": {"pos": 0.8, "neg": 0.1, "neu": 0.1}}
        for label in ("pos", "neg", "neu", "neu")
    ]
    summary = summarize(examples, LABELS)
    assert summary["predicted_counts"] == {"pos": 4, "neg": 0, "neu": 0}
    assert summary["one_label"] == {"label": "pos", "count": 4, "total": 4, "always_accuracy": 0.25}
    assert summary["metrics"]["accuracy"] == 0.25
