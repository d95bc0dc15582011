"""Exporting the explorer's current step: its candidates as CSV or JSON, its distribution as PNG or SVG."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from gui.sampling.views import ExplorerViews
from gui.shell.widgets import ask_save_path

EXPORT_KINDS = (("CSV", "csv"), ("JSON", "json"), ("PNG", "png"), ("SVG", "svg"))
CSV_FIELDS = ["rank", "id", "token", "prob", "prob_after", "removed_by"]


class ExplorerExports(ExplorerViews):
    """Mixin of `SamplingPanel`: the export buttons and what they write."""

    def _build_export_row(self) -> QHBoxLayout:
        exports = QHBoxLayout()
        for text, kind in EXPORT_KINDS:
            button = QPushButton(text)
            button.setToolTip(f"Export the step as {text}")
            button.clicked.connect(lambda _checked=False, kind=kind: self.export_dialog(kind))
            exports.addWidget(button)
        return exports

    def table_rows(self) -> list[dict[str, Any]]:
        assert self.result is not None
        return [
            {
                "rank": self.result.rank(int(token)),
                "id": int(token),
                "token": self._label(int(token)),
                "prob": float(self.result.probs[token]),
                "prob_after": float(self.result.probs_after[token]),
                "removed_by": self.result.removed_stage(int(token)),
            }
            for token in self.shown_tokens
        ]

    def export(self, kind: str, path: Path) -> None:
        if self.result is None:
            return
        if kind == "csv":
            self._export_csv(path)
        elif kind == "json":
            self._export_json(path)
        elif kind == "png":
            self.distribution.export_png(path)
        else:
            self.distribution.export_svg(path)
        self.status_message.emit(f"Exported to {path}")

    def _export_csv(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
            writer.writeheader()
            writer.writerows(self.table_rows())

    def _export_json(self, path: Path) -> None:
        assert self.result is not None
        settings = self.settings()
        payload = {
            "prompt": self.prompt.toPlainText(),
            "path": [entry.label for entry in self.path],
            "settings": {**settings.__dict__, "order": list(settings.order)},
            "entropy_bits": self.result.entropy_bits,
            "candidates": self.table_rows(),
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")

    def export_dialog(self, kind: str) -> None:
        if self.result is None:
            self.status_message.emit("Nothing to export yet.")
            return
        path = ask_save_path(self, "Export step", f"step.{kind}")
        if path is not None:
            self.export(kind, path)
