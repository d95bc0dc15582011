"""What the attention view can save (menu choices) and how each kind is written to a file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.attention.maps import AttentionMaps
from gui.attention.charts import AttentionHeatmap

# menu labels, translated where shown: QCoreApplication.translate("AttentionExport", label)
EXPORT_CHOICES = (
    (str(QT_TRANSLATE_NOOP("AttentionExport", "Map as PNG…")), "png"),
    (str(QT_TRANSLATE_NOOP("AttentionExport", "Map as SVG…")), "svg"),
    (str(QT_TRANSLATE_NOOP("AttentionExport", "This matrix as CSV…")), "csv"),
    (str(QT_TRANSLATE_NOOP("AttentionExport", "Every layer and head as NPZ…")), "npz"),
    (str(QT_TRANSLATE_NOOP("AttentionExport", "Every layer and head as JSON…")), "json"),
)


def write_export(
    kind: str, path: Path, maps: AttentionMaps, heatmap: AttentionHeatmap, matrix_csv: Callable[[], str]
) -> None:
    """Save the shown map (png, svg), the shown matrix (csv) or every layer and head (npz, json)."""
    if kind == "png":
        heatmap.export_png(path)
    elif kind == "svg":
        heatmap.export_svg(path)
    elif kind == "csv":
        path.write_text(matrix_csv(), encoding="utf-8")
    elif kind == "npz":
        np.savez_compressed(path, **maps.as_arrays())  # type: ignore[arg-type]
    elif kind == "json":
        path.write_text(json.dumps(maps.as_json(), ensure_ascii=False), encoding="utf-8")
    else:
        raise ValueError(f"unknown export kind {kind!r}")


def matrix_csv(matrix: np.ndarray, texts: list[str], layer: int, head: int | None) -> str:
    """One layer and head (or their mean) as CSV: a row per query token, a column per key token."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    shown_head = "mean" if head is None else str(head)
    writer.writerow([f"layer {layer} head {shown_head}: query \\ key", *texts])
    for index, row in enumerate(matrix):
        writer.writerow([texts[index], *(f"{value:.6f}" for value in row)])
    return buffer.getvalue()
