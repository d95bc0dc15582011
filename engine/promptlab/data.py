"""Prompt lab datasets: labelled examples (`text`, `label`) from CSV / JSONL files or the built-in sets.

A dataset also carries how its examples read in a prompt (the input's name, e.g. "Tweet", and the
answer's, e.g. "Sentiment") and the label words: the text the model is asked to continue with for
each stored label (stored "positive" -> label word " Positive", with the space the prompt needs).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATASETS_DIR = Path(__file__).resolve().parents[2] / "resources" / "datasets"


class DatasetError(ValueError):
    """A dataset that cannot be used, said in one line."""


@dataclass(frozen=True)
class Builtin:
    name: str
    file: str
    title: str
    input_name: str
    answer_name: str
    instruction: str


BUILTINS: dict[str, Builtin] = {
    "tweets-en": Builtin(
        "tweets-en",
        "tweets-en.jsonl",
        "Tweet sentiment (English, 36 tweets, 12 per label)",
        "Tweet",
        "Sentiment",
        "Classify the sentiment of the tweet as one of: {labels}.",
    ),
    "tweets-pt": Builtin(
        "tweets-pt",
        "tweets-pt.jsonl",
        "Sentimento de tweets (português, 36 tweets, 12 por rótulo)",
        "Tweet",
        "Sentimento",
        "Classifique o sentimento do tweet como um destes: {labels}.",
    ),
}


@dataclass
class Dataset:
    name: str
    texts: list[str]
    labels: list[str]  # the stored label of each example
    label_set: list[str]  # distinct labels, in order of first appearance
    label_words: dict[str, str]  # stored label -> continuation scored by the model
    input_name: str = "Text"
    answer_name: str = "Label"
    instruction: str = "Classify the text as one of: {labels}."
    source: str = ""

    def __len__(self) -> int:
        return len(self.texts)

    def rows(self) -> list[dict[str, str]]:
        return [{"text": text, "label": label} for text, label in zip(self.texts, self.labels, strict=True)]

    def label_counts(self) -> dict[str, int]:
        return {label: self.labels.count(label) for label in self.label_set}

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rows": self.rows(),
            "label_set": list(self.label_set),
            "label_words": dict(self.label_words),
            "input_name": self.input_name,
            "answer_name": self.answer_name,
            "instruction": self.instruction,
            "source": self.source,
        }


def default_label_word(label: str) -> str:
    """' Positive' for 'positive': a leading space (it follows 'Sentiment:') and a capital."""
    return " " + label.strip()[:1].upper() + label.strip()[1:]


def dataset_from_rows(
    rows: list[dict[str, Any]],
    name: str = "dataset",
    labels: list[str] | None = None,
    label_words: dict[str, str] | None = None,
    **task: str,
) -> Dataset:
    """Check rows (each with `text` and `label`) against an optional fixed label set and build a Dataset."""
    if not rows:
        raise DatasetError(f"{name}: the dataset has no examples")
    texts, stored = [], []
    for number, row in enumerate(rows, start=1):
        missing = [column for column in ("text", "label") if column not in row or row[column] is None]
        if missing:
            raise DatasetError(f"{name}: row {number} has no '{missing[0]}' column (need 'text' and 'label')")
        texts.append(str(row["text"]))
        stored.append(str(row["label"]).strip())
    found = list(dict.fromkeys(stored))
    label_set = list(labels) if labels else found
    for number, label in enumerate(stored, start=1):
        if label not in label_set:
            raise DatasetError(
                f"{name}: row {number} has unknown label '{label}' (labels: {', '.join(label_set)})"
            )
    if len(label_set) < 2:
        raise DatasetError(f"{name}: need at least two labels, found {label_set}")
    words = {label: default_label_word(label) for label in label_set}
    for label, word in (label_words or {}).items():
        if label not in label_set:
            raise DatasetError(f"{name}: label word given for unknown label '{label}'")
        if not word.strip():
            raise DatasetError(f"{name}: the label word for '{label}' is empty")
        words[label] = word
    return Dataset(name, texts, stored, label_set, words, **task)


def _read_rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise DatasetError(f"no dataset file at {path}")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{path.name}: line {number} is not JSON ({error.msg})") from None
            if not isinstance(row, dict):
                raise DatasetError(f"{path.name}: line {number} is not a JSON object")
            rows.append(row)
        return rows
    if suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",")
            header = reader.fieldnames or []
            for column in ("text", "label"):
                if column not in header:
                    raise DatasetError(f"{path.name}: no '{column}' column (columns: {', '.join(header)})")
            return list(reader)
    raise DatasetError(f"{path.name}: use a .csv or .jsonl file with 'text' and 'label' columns")


def load_dataset(
    source: str | Path, labels: list[str] | None = None, label_words: dict[str, str] | None = None
) -> Dataset:
    """A built-in name (see BUILTINS) or a path to a .csv / .jsonl file."""
    builtin = BUILTINS.get(str(source))
    if builtin is not None:
        path = DATASETS_DIR / builtin.file
        return dataset_from_rows(
            _read_rows(path),
            builtin.name,
            labels,
            label_words,
            input_name=builtin.input_name,
            answer_name=builtin.answer_name,
            instruction=builtin.instruction,
            source=builtin.name,
        )
    path = Path(source)
    return dataset_from_rows(_read_rows(path), path.stem, labels, label_words, source=str(path))


def dataset_from_dict(data: dict[str, Any]) -> Dataset:
    """The inverse of Dataset.as_dict (how the GUI sends an edited dataset to the engine)."""
    return dataset_from_rows(
        list(data["rows"]),
        data.get("name", "dataset"),
        data.get("label_set"),
        data.get("label_words"),
        input_name=data.get("input_name", "Text"),
        answer_name=data.get("answer_name", "Label"),
        instruction=data.get("instruction", "Classify the text as one of: {labels}."),
        source=data.get("source", ""),
    )
