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
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

ECE_BINS = 10
PROBABILITY_FLOOR = 1e-15


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


def summarize(examples: list[dict[str, Any]], labels: list[str]) -> dict[str, Any]:
    """Metrics, confusion matrix and reliability bins of scored examples (`label`, `prediction`, `probs`)."""
    truth = [example["label"] for example in examples]
    predicted = [example["prediction"] for example in examples]
    correct = [t == p for t, p in zip(truth, predicted, strict=True)]
    confidences = [example["probs"][example["prediction"]] for example in examples]
    return {
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
