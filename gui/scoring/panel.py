"""The Score view: any text scored by the loaded model (teacher forcing), two texts side by side, and
model-vs-model comparison on one text. The engine computes (engine/scoring); this view only shows,
drops results that are no longer current, and exports what it shows."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QToolTip, QWidget

from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.scoring.layout import ScoreLayout, hover_hint
from gui.scoring.texts import (
    comparison_details,
    legend_html,
    summary_rows,
    token_colour,
    token_details,
    tokens_html,
    totals_html,
    viridis,
)
from gui.shell.bridge import EngineBridge
from gui.shell.text import number
from gui.shell.widgets import ask_save_path


class ScorePanel(ScoreLayout):
    status_message = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.scores: dict[str, dict[str, Any]] = {}  # "a" / "b" -> the engine's TextScore dict
        self.comparison: dict[str, Any] | None = None
        self.pending: dict[int, str] = {}  # request id -> "a" | "b" | "compare" | "copy"
        self.queued_b: str | None = None  # text B waits for A (one engine request at a time)
        self.request_model: str | None = None
        self.score_button.clicked.connect(lambda _c=False: self.score())
        self.compare_button.clicked.connect(lambda _c=False: self.compare())
        self.copy_button.clicked.connect(lambda _c=False: self.make_copy())
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_text)
        self.colour_mode.currentIndexChanged.connect(lambda _i: self.redraw())
        self.model_b.activated.connect(self._on_model_b_chosen)
        for view, side in ((self.tokens_a, "a"), (self.tokens_b, "b")):
            view.highlighted.connect(lambda url, chosen=side: self._on_hover(chosen, url))
        self.export_csv.clicked.connect(lambda _c=False: self._export_dialog("csv"))
        self.export_json.clicked.connect(lambda _c=False: self._export_dialog("json"))
        self.export_png.clicked.connect(lambda _c=False: self._export_dialog("png"))
        bridge.received.connect(self._on_engine_event)
        self._set_exports()

    def remembered_inputs(self) -> dict[str, QWidget]:
        return {"text_a": self.text_a, "text_b": self.text_b, "top_n": self.top_n, "colour": self.colour_mode}

    def primary_action(self) -> None:
        self.score()

    # --- requests --------------------------------------------------------------------------------

    def _ready(self, no_model: str) -> bool:
        """Whether a model is loaded and text A is there; else says so (`no_model`: what to say)."""
        if self.bridge.info is None:
            self.status_message.emit(no_model)
            return False
        if not self.text_a.toPlainText().strip():
            self.status_message.emit(self.tr("Type a text to score"))
            return False
        return True

    def score(self) -> int | None:
        """Score text A (and then text B, if any) with the loaded model."""
        if not self._ready(self.tr("Load a model to score a text")):
            return None
        self.cancel()
        self.comparison, self.scores = None, {}
        text_b = self.text_b.toPlainText()
        self.queued_b = text_b if text_b.strip() else None
        return self._score_side("a", self.text_a.toPlainText())

    def _score_side(self, side: str, text: str) -> int:
        params = {"text": text, "top_n": self.top_n.value(), "label": side}
        request_id = self.bridge.run_task("scoring.score", params)
        self.pending[request_id] = side
        self.request_model = self.bridge.model
        self._set_busy(True, self.tr("scoring text {side}…").format(side=side.upper()))
        return request_id

    def compare(self, model_b: str | None = None) -> int | None:
        """Read text A with the loaded model (A) and with model B (a key or a .gguf path)."""
        if not self._ready(self.tr("Load a model to compare models")):
            return None
        chosen = model_b or str(self.model_b.currentData() or "")
        if not chosen:
            self.status_message.emit(self.tr("Choose model B first"))
            return None
        self.cancel()
        self.comparison, self.scores = None, {}
        request_id = self.bridge.run_task(
            "scoring.compare", {"text": self.text_a.toPlainText(), "model_b": chosen}
        )
        self.pending[request_id] = "compare"
        self.request_model = self.bridge.model
        self._set_busy(True, self.tr("comparing the two models…"))
        return request_id

    def make_copy(self) -> int | None:
        if self.bridge.info is None:
            self.status_message.emit(self.tr("Load a model to make a smaller copy of it"))
            return None
        request_id = self.bridge.run_task("scoring.quantize", {"type": self.copy_type.currentText()})
        self.pending[request_id] = "copy"
        self._set_busy(True, self.tr("quantizing with llama.cpp…"))
        return request_id

    def cancel(self) -> None:
        self.queued_b = None
        for request_id in list(self.pending):
            self.bridge.cancel(request_id)

    def open_text(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a text"), "", self.tr("Text (*.txt *.md);;All files (*)")
        )
        if name:
            self.text_a.setPlainText(Path(name).read_text(encoding="utf-8", errors="replace"))

    def _on_model_b_chosen(self, index: int) -> None:
        if self.model_b.itemData(index) == "":
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Model B"), "", self.tr("GGUF models (*.gguf)")
            )
            if name:
                self.add_model_b(name, Path(name).name)

    def add_model_b(self, path: str, title: str) -> None:
        if self.model_b.findData(path) < 0:
            self.model_b.insertItem(self.model_b.count() - 1, title, path)
        self.model_b.setCurrentIndex(self.model_b.findData(path))

    # --- events ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded | Unloaded):
            self._on_model_changed()
            return
        request_id = int(getattr(event, "request_id", -1))
        kind = self.pending.get(request_id)
        if kind is None:
            return  # another view's request, or one this view no longer waits for
        if isinstance(event, TaskProgress):
            self.progress.setRange(0, 100)
            self.progress.setValue(round(event.fraction * 100))
            if kind == "copy":
                self.progress.setRange(0, 0)  # llama.cpp's quantizer says nothing until done: busy
            self.progress_note.setText(event.message)
        elif isinstance(event, TaskResult):
            del self.pending[request_id]
            self._on_result(kind, event.result)
        elif isinstance(event, Failed):
            del self.pending[request_id]
            self.queued_b = None
            self._set_busy(bool(self.pending))
            self.status_message.emit(self.tr("Scoring stopped: {message}").format(message=event.message))

    def _on_result(self, kind: str, result: dict[str, Any]) -> None:
        if kind == "copy":
            title = self.tr("{model} {type} (copy)").format(
                model=Path(result["source"]).stem, type=result["type"]
            )
            self.add_model_b(result["path"], title)
            size = result["size_bytes"] / 2**20
            self.status_message.emit(
                self.tr("Smaller copy ready: {type}, {size} MiB — {path}").format(
                    type=result["type"], size=number(size, 1), path=result["path"]
                )
            )
        elif self.request_model != self.bridge.model:
            self.status_message.emit(
                self.tr("That result came from a model that is no longer loaded; it is not shown")
            )
        elif kind == "compare":
            self.comparison = result
        else:
            self.scores[kind] = result
            if kind == "a" and self.queued_b is not None:
                text, self.queued_b = self.queued_b, None
                self._score_side("b", text)
        self._set_busy(bool(self.pending))
        self.redraw()

    def _on_model_changed(self) -> None:
        had_results = bool(self.scores or self.comparison)
        self.scores, self.comparison = {}, None
        self.redraw()
        if had_results:
            self.model_note.setText(self.tr("The model changed: score again to see this model's numbers."))

    def _set_busy(self, busy: bool, note: str = "") -> None:
        for widget in (self.progress, self.progress_note, self.cancel_button):
            widget.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress_note.setText(note)

    # --- drawing ---------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return "rank" if self.colour_mode.currentIndex() == 1 else "surprisal"

    def redraw(self) -> None:
        shown = bool(self.scores or self.comparison)
        self.empty.setVisible(not shown)
        self.results.setVisible(shown)
        self._set_exports()
        self.details.setText(hover_hint())
        if self.comparison is not None:
            self._draw_comparison(self.comparison)
        elif self.scores:
            self._draw_scores()
        else:
            self.chart.clear()

    def _draw_scores(self) -> None:
        self.summary.setVisible(False)
        self.colour_mode.setEnabled(True)
        first = next(iter(self.scores.values()))
        self.model_note.setText(
            self.tr("Scored by {model} (teacher forcing: the text is given, not generated)").format(
                model=first["model"]
            )
        )
        self.legend.setText(legend_html(self.mode))
        for side, view, totals in (("a", self.tokens_a, self.totals_a), ("b", self.tokens_b, self.totals_b)):
            result = self.scores.get(side)
            view.setVisible(result is not None)
            totals.setVisible(result is not None)
            if result is None:
                continue
            colours = [token_colour(token, self.mode) for token in result["tokens"]]
            view.setHtml(tokens_html(result["tokens"], colours, self.palette(), prefix=side))
            totals.setText(
                self.tr("<b>Text {side}</b>: {totals}").format(side=side.upper(), totals=totals_html(result))
            )
        a, b = self.scores.get("a"), self.scores.get("b")
        if a is not None:
            self.chart.show_surprisal(
                [t["text"] for t in a["tokens"]],
                [t["surprisal_bits"] for t in a["tokens"]],
                [t["surprisal_bits"] for t in b["tokens"]] if b else None,
            )

    def _draw_comparison(self, result: dict[str, Any]) -> None:
        self.colour_mode.setEnabled(False)
        rows, word_mode = result["tokens"], result["mode"] == "word"
        note = self.tr("A = {model_a} (loaded), B = {model_b}: {reason}").format(
            model_a=result["model_a"], model_b=result["model_b"], reason=result["reason"]
        )
        if word_mode:
            note += self.tr(" — compared word by word (surprisal summed over each word's tokens)")
        self.model_note.setText(note)
        self.tokens_b.setVisible(False)
        self.totals_b.setVisible(False)
        self.tokens_a.setVisible(True)
        self.totals_a.setVisible(True)
        self.summary.setVisible(True)
        texts = [row["text"] for row in rows]
        if word_mode:
            bits_a = [row["surprisal_a_bits"] for row in rows]
            bits_b = [row["surprisal_b_bits"] for row in rows]
            colours = [
                None if a is None or b is None else viridis(1 - min(abs(b - a), 8) / 8)
                for a, b in zip(bits_a, bits_b, strict=True)
            ]
            self.legend.setText(
                self.tr("Shade: |surprisal B − surprisal A| per word, 0 bits (bright) to 8+ bits (dark)")
            )
            self.tokens_a.setHtml(tokens_html(rows, colours, self.palette(), prefix="c"))
            self.chart.show_word_bits(texts, bits_a, bits_b)
        else:
            top = max([row["kl"] for row in rows if row["kl"] is not None] or [1.0]) or 1.0
            colours = [None if row["kl"] is None else viridis(1 - row["kl"] / top) for row in rows]
            flips = {index for index, row in enumerate(rows) if row["same_top"] is False}
            self.legend.setText(
                self.tr(
                    "Shade: KL(P_A ‖ P_B) per token, 0 (bright) to {top} nats (dark); "
                    "<u><b>underlined</b></u>: the two models' top token differs there"
                ).format(top=number(top, 3))
            )
            self.tokens_a.setHtml(tokens_html(rows, colours, self.palette(), marked=flips, prefix="c"))
            self.chart.show_kl(texts, [row["kl"] for row in rows], sorted(flips))
        if word_mode:
            self.totals_a.setText(self.tr("<b>%n</b> word(s) on text A", "", len(rows)))
        else:
            self.totals_a.setText(self.tr("<b>%n</b> token(s) on text A", "", len(rows)))
        table = summary_rows(result["summary"])
        self.summary.setRowCount(len(table))
        for index, (label, value) in enumerate(table):
            self.summary.setItem(index, 0, QTableWidgetItem(label))
            self.summary.setItem(index, 1, QTableWidgetItem(value))

    def _on_hover(self, side: str, url: QUrl) -> None:
        text = url.toString()
        if not text or ":" not in text:
            return
        prefix, index = text.split(":", 1)
        if prefix == "c" and self.comparison is not None:
            details = comparison_details(self.comparison["tokens"][int(index)], self.comparison["mode"])
        elif prefix in self.scores:
            details = token_details(self.scores[prefix]["tokens"][int(index)])
        else:
            return
        self.details.setText(details)
        QToolTip.showText(QCursor.pos(), details, self)

    # --- exports ---------------------------------------------------------------------------------

    def _set_exports(self) -> None:
        for button in (self.export_csv, self.export_json, self.export_png):
            button.setEnabled(bool(self.scores or self.comparison))

    def _export_dialog(self, kind: str) -> None:
        path = ask_save_path(self, self.tr("Export"), f"scores.{kind}")
        if path is not None:
            self.export_to(path, kind)

    def export_to(self, path: str | Path, kind: str) -> None:
        if kind == "png":
            self.chart.export_png(path)
            return
        data: dict[str, Any] = {"comparison": self.comparison} if self.comparison else {"texts": self.scores}
        if kind == "json":
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            return
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            if self.comparison is not None:
                keys = ["text", "kl", "same_top", "p_a", "p_b"]
                writer.writerow(["position", *keys])
                for index, row in enumerate(self.comparison["tokens"]):
                    writer.writerow([index, *[row.get(key) for key in keys]])
                return
            keys = ["id", "text", "logprob", "surprisal_bits", "rank", "entropy_bits"]
            writer.writerow(["text", "position", *keys])
            for side, result in self.scores.items():
                for index, token in enumerate(result["tokens"]):
                    writer.writerow([side.upper(), index, *[token.get(key) for key in keys]])
