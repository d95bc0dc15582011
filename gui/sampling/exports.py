"""Exporting the explorer's current step: its candidates as CSV or JSON, its distribution as PNG or SVG with
a caption that says what the picture shows (prompt, model, settings and order, step).

Every number's name says whether it is of the distribution before the chain or after it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from gui.sampling.chain import describe_order, describe_settings
from gui.sampling.picture import captioned_png, captioned_svg
from gui.sampling.state import model_title
from gui.sampling.views import ExplorerViews
from gui.shell.text import integer, number
from gui.shell.widgets import ask_save_path

EXPORT_KINDS = (("CSV", "csv"), ("JSON", "json"), ("PNG", "png"), ("SVG", "svg"))
EXPORT_TIPS = {
    "csv": str(
        QT_TRANSLATE_NOOP(
            "ExplorerExports",
            "The candidates shown, before and after the chain, with how often each was sampled",
        )
    ),
    "json": str(
        QT_TRANSLATE_NOOP(
            "ExplorerExports", "The step with its prompt, model, settings, order and candidates"
        )
    ),
    "png": str(
        QT_TRANSLATE_NOOP(
            "ExplorerExports", "The chart with a caption: prompt, model, settings and order, step"
        )
    ),
    "svg": str(QT_TRANSLATE_NOOP("ExplorerExports", "The chart with a caption, as a vector drawing")),
}
CSV_FIELDS = [
    "rank_before_chain",
    "id",
    "token",
    "prob_before_chain",
    "prob_after_chain",
    "removed_by",
    "sampled",
]


class ExplorerExports(ExplorerViews):
    """Mixin of `SamplingPanel`: the export buttons and what they write."""

    def _build_export_row(self) -> QHBoxLayout:
        exports = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for text, kind in EXPORT_KINDS:
            button = self.export_buttons[kind] = QPushButton(text)
            button.setToolTip(QCoreApplication.translate("ExplorerExports", EXPORT_TIPS[kind]))
            button.clicked.connect(lambda _checked=False, kind=kind: self.export_dialog(kind))
            exports.addWidget(button)
        return exports

    def table_rows(self) -> list[dict[str, Any]]:
        """One row per candidate shown; "sampled" counts the draws of the last Sample ("" without one)."""
        assert self.result is not None
        return [
            {
                "rank_before_chain": self.result.rank(int(token)),
                "id": int(token),
                "token": self._label(int(token)),
                "prob_before_chain": float(self.result.probs[token]),
                "prob_after_chain": float(self.result.probs_after[token]),
                "removed_by": self.result.removed_stage(int(token)),
                "sampled": "" if self.samples is None else self.samples.get(int(token), 0),
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
            captioned_png(self.distribution, self.caption_lines(), path)
        else:
            captioned_svg(self.distribution, self.caption_lines(), path)
        self.status_message.emit(self.tr("Exported to {path}").format(path=path))

    def caption_lines(self) -> list[str]:
        """What an exported picture shows, in words (the GUI's language): source, prompt and step, settings,
        order, entropy."""
        assert self.result is not None
        settings = self.settings()
        if self.synthetic is not None:
            source = self.tr("A synthetic distribution (lesson “{title}”), no model").format(
                title=self.synthetic.title
            )
            where = self.tr("Tokens {tokens}").format(tokens=", ".join(self.synthetic.tokens))
        else:
            source = self.tr("Next-token distribution of {model}").format(model=model_title(self.steps_model))
            continuation = "".join(entry.label for entry in self.path)
            where = self.tr("Prompt “{prompt}”").format(prompt=self.context_text())
            if continuation:
                where += f" + “{continuation}”"
            where += self.tr(" · step {number}").format(number=integer(len(self.path) + 1))
        colours = self.tr("pale blue bars: before the chain, teal: after it")
        if self.samples:
            colours += self.tr(", yellow: how often each came up in {draws} draws").format(
                draws=integer(sum(self.samples.values()))
            )
        entropy = self.tr("Entropy before the chain {before} bits, after it {after} bits").format(
            before=number(self.result.entropy_bits, 2), after=number(self.result.entropy_after_bits, 2)
        )
        return [
            source,
            where,
            self.tr("Chain: {settings}").format(settings=describe_settings(settings)),
            describe_order(settings),
            f"{entropy} · {colours}",
        ]

    def _export_csv(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
            writer.writeheader()
            writer.writerows(self.table_rows())

    def _export_json(self, path: Path) -> None:
        assert self.result is not None
        settings = self.settings()
        payload = {
            "model": None if self.synthetic is not None else self.steps_model,
            "prompt": self.context_text(),
            "messages": [list(message) for message in self.messages],
            "path": [entry.label for entry in self.path],
            "settings": {**settings.__dict__, "order": list(settings.order)},
            "order": describe_order(settings, english=True),
            "entropy_bits_before_chain": self.result.entropy_bits,
            "entropy_bits_after_chain": self.result.entropy_after_bits,
            "draws": sum(self.samples.values()) if self.samples else 0,
            "candidates": self.table_rows(),
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")

    def export_dialog(self, kind: str) -> None:
        if self.result is None:
            self.status_message.emit(self.tr("Nothing to export yet."))
            return
        path = ask_save_path(self, self.tr("Export step"), f"step.{kind}")
        if path is None:
            return
        try:
            self.export(kind, path)
        except OSError as error:
            self.status_message.emit(self.tr("The export was not written: {error}").format(error=error))
