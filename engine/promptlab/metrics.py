"""Prompt lab metrics over label probabilities: accuracy, macro-F1, log-loss, calibration, confusion.

Definitions (the README states the same):
- accuracy: share of examples whose argmax label is the true label.
- macro-F1: the unweighted mean over labels of F1 = 2·TP / (2·TP + FP + FN), over the labels that occur
  as a true label or as a prediction (a label that never occurs in either has no F1).
- log-loss: mean of −ln p(true label), with p clipped to [1e-15, 1].
- expected calibration error (ECE): confidence = the probability of the predicted label; examples go
  into 10 equal-width bins of confidence, (0, 0.1], (0.1, 0.2], …, (0.9, 1.0]; ECE = Σ_b (n_b / N) ·
  |accuracy_b − mean confidence_b|.
- confusion matrix: rows are true labels, columns predicted labels, in label-set order.

Baselines, to read the metrics against:
- majority: always answer the most frequent true label of the scored examples (the first in label-set
  order on a tie); its accuracy is that label's share, its macro-F1 2c / (N + c) over the labels that
  occur (c = that label's count).
- chance: a label drawn uniformly at random, expected accuracy 1 / number of labels.
- one label: a template that predicts one label for at least ONE_LABEL_SHARE of the examples; its
  accuracy is then close to (or exactly) that of always answering that label, whatever the prompt says.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

ECE_BINS = 10
PROBABILITY_FLOOR = 1e-15
ONE_LABEL_SHARE = 0.9  # "(almost) every example gets the same prediction"


def confusion_matrix(truth: list[str], predicted: list[str], labels: list[str]) -> list[list[int]]:
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for true, guess in zip(truth, predicted, strict=True):
        matrix[position[true]][position[guess]] += 1
    return matrix


def macro_f1(truth: list[str], predicted: list[str], labels: list[str]) -> float:
    scores = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(truth, predicted, strict=True))
        fp = sum(t != label and p == label for t, p in zip(truth, predicted, strict=True))
        fn = sum(t == label and p != label for t, p in zip(truth, predicted, strict=True))
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def log_loss(true_probabilities: list[float]) -> float:
    clipped = [min(max(p, PROBABILITY_FLOOR), 1.0) for p in true_probabilities]
    return float(-np.mean([math.log(p) for p in clipped]))


def _bin_of(confidence: float) -> int:
    return min(max(math.ceil(confidence * ECE_BINS) - 1, 0), ECE_BINS - 1)


def reliability(confidences: list[float], correct: list[bool]) -> list[dict[str, Any]]:
    """Per confidence bin: its range, count, mean confidence and accuracy (None when empty)."""
    bins: list[dict[str, Any]] = []
    for b in range(ECE_BINS):
        members = [i for i, c in enumerate(confidences) if _bin_of(c) == b]
        bins.append(
            {
                "low": b / ECE_BINS,
                "high": (b + 1) / ECE_BINS,
                "count": len(members),
                "confidence": float(np.mean([confidences[i] for i in members])) if members else None,
                "accuracy": float(np.mean([correct[i] for i in members])) if members else None,
            }
        )
    return bins


def expected_calibration_error(confidences: list[float], correct: list[bool]) -> float:
    total = len(confidences)
    if not total:
        return 0.0
    return float(
        sum(
            item["count"] / total * abs(item["accuracy"] - item["confidence"])
            for item in reliability(confidences, correct)
            if item["count"]
        )
    )


def label_counts(values: list[str], labels: list[str]) -> dict[str, int]:
    """How often each label occurs in `values`, in label-set order (zeros included)."""
    return {label: sum(value == label for value in values) for label in labels}


def baselines(truth: list[str], labels: list[str]) -> dict[str, Any]:
    """The majority-class and chance baselines of a set of true labels (see the module docstring)."""
    counts = label_counts(truth, labels)
    total = len(truth)
    majority = max(labels, key=lambda label: counts[label])  # max keeps the first of tied labels
    return {
        "majority": {
            "label": majority,
            "count": counts[majority],
            "total": total,
            "tied": [label for label in labels if counts[label] == counts[majority] and label != majority],
            "accuracy": counts[majority] / total if total else 0.0,
            "macro_f1": macro_f1(truth, [majority] * total, labels),
        },
        "chance": {"labels": len(labels), "accuracy": 1 / len(labels) if labels else 0.0},
    }


def one_label(truth: list[str], predicted: list[str], labels: list[str]) -> dict[str, Any] | None:
    """The label predicted for at least ONE_LABEL_SHARE of the examples, with the accuracy of always
    answering it; None when the predictions are spread over the labels."""
    if not predicted:
        return None
    counts = label_counts(predicted, labels)
    label = max(labels, key=lambda label: counts[label])
    if counts[label] < ONE_LABEL_SHARE * len(predicted):
        return None
    return {
        "label": label,
        "count": counts[label],
        "total": len(predicted),
        "always_accuracy": sum(t == label for t in truth) / len(truth),
    }


def one_label_note(flag: dict[str, Any], accuracy: float) -> str:
    """The one-label finding in words, e.g. "predicts 'positive' for 36 of 36 examples: no better than
    always answering it (accuracy 0.333)"."""
    said = f"predicts '{flag['label']}' for {flag['count']} of {flag['total']} examples"
    always = flag["always_accuracy"]
    if accuracy <= always + 1e-12:
        return f"{said}: no better than always answering it (accuracy {always:.3f})"
    label = flag["label"]
    return f"{said}: close to always answering it (accuracy {accuracy:.3f}, always '{label}' {always:.3f})"


def summarize(examples: list[dict[str, Any]], labels: list[str]) -> dict[str, Any]:
    """Metrics, confusion matrix and reliability bins of scored examples (`label`, `prediction`, `probs`),
    how often each label was predicted, and whether (almost) every example got the same prediction."""
    truth = [example["label"] for example in examples]
    predicted = [example["prediction"] for example in examples]
    correct = [t == p for t, p in zip(truth, predicted, strict=True)]
    confidences = [example["probs"][example["prediction"]] for example in examples]
    return {
        "predicted_counts": label_counts(predicted, labels),
        "one_label": one_label(truth, predicted, labels),
        "metrics": {
            "accuracy": float(np.mean(correct)) if correct else 0.0,
            "macro_f1": macro_f1(truth, predicted, labels),
            "log_loss": log_loss([example["probs"][example["label"]] for example in examples]),
            "ece": expected_calibration_error(confidences, correct),
        },
        "confusion": confusion_matrix(truth, predicted, labels),
        "reliability": reliability(confidences, correct),
    }


def spread(values: list[float]) -> dict[str, float]:
    """min / max / mean / population standard deviation of a list of accuracies."""
    array = np.asarray(values, dtype=np.float64)
    return {
        "min": float(array.min()),
        "max": float(array.max()),
        "mean": float(array.mean()),
        "std": float(array.std()),
    }
