"""The attention view: what each token looks at, in every layer and head, read out of llama.cpp.

A capture runs in the engine process (engine/attention/capture.py) and returns every layer x head x
query x key weight; everything here (layer, head, query, scaling, exports) redraws from that array
without asking the engine again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from engine.attention.maps import AttentionMaps
from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.attention.export import matrix_csv, write_export
from gui.attention.layout import CAPTURE_TIP, AttentionLayout
from gui.attention.texts import (
    HOVER_HINT,
    empty_text,
    heatmap_hover_text,
    model_title,
    overview_hover_text,
    section_preview,
    sections_hover_text,
    summary_text,
    token_html,
)
from gui.shell.bridge import EngineBridge
from gui.shell.widgets import ask_save_path

MEAN_OF_HEADS = -1


class AttentionPanel(AttentionLayout):
    status_message = Signal(str)
    explain_prompt = Signal(str)  # "Inside ▸": the prompt in the editor, for the Inside view

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.maps: AttentionMaps | None = None
        self.maps_model: str | None = None  # the model that made `maps`
        self.request_id: int | None = None
        self.request_model: str | None = None  # the model loaded when the capture was asked for
        self.cleared_note = ""  # why the map went away (another model), until the next capture
        self.query: int | None = None
        self._connect()
        self._set_model_ready(False)
        bridge.received.connect(self._on_engine_event)

    def _connect(self) -> None:
        self.capture_button.clicked.connect(lambda _checked=False: self.capture())
        self.inside_button.clicked.connect(self._explain_prompt)
        self.cancel_button.clicked.connect(self.cancel)
        # Ctrl+Return belongs to the window, which hands it to the current tab's primary_action
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        self.layer_spin.valueChanged.connect(lambda _value: self.redraw())
        self.head_combo.currentIndexChanged.connect(lambda _index: self.redraw())
        self.ignore_sink.toggled.connect(lambda _on: self.redraw())
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, chosen=kind: self.export_dialog(chosen))
        self.views.currentChanged.connect(lambda _index: self.redraw())
        self.heatmap.hovered.connect(self._on_heatmap_hover)
        self.heatmap.clicked.connect(lambda row, _column: self.select_query(row))
        self.overview.hovered.connect(self._on_overview_hover)
        self.overview.clicked.connect(self._on_overview_click)
        self.sections_map.hovered.connect(self._on_sections_hover)
        self.attends.key_clicked.connect(self.select_query)
        self.token_list.token_clicked.connect(self.select_query)
        self.text_view.anchorClicked.connect(self._on_token_link)
        self.entropy.head_clicked.connect(self.select_head)

    # --- engine ----------------------------------------------------------------------------------

    def _set_model_ready(self, ready: bool) -> None:
        self.capture_button.setEnabled(ready and self.request_id is None)
        if ready:
            self.capture_button.setToolTip(QCoreApplication.translate("AttentionLayout", CAPTURE_TIP))
        else:
            self.capture_button.setToolTip(self.tr("Load a model first"))

    def primary_action(self) -> None:
        """What Ctrl+Return does while this view is shown."""
        self.capture()

    def capture(self, params: dict[str, Any] | None = None) -> int | None:
        """Capture the prompt in the editor (or `params`: prompt or messages, sections, generate)."""
        if self.bridge.info is None:
            self.status_message.emit(self.tr("Load a model to capture attention"))
            return None
        if self.request_id is not None:
            self.bridge.cancel(self.request_id)
        chosen: dict[str, Any] = dict(params) if params else {"prompt": self.prompt.toPlainText()}
        chosen.setdefault("generate", self.generate.value())
        if not chosen.get("prompt") and not chosen.get("messages"):
            self.status_message.emit(self.tr("Type a prompt to capture"))
            return None
        self.request_id = self.bridge.run_task("attention", chosen)
        self.request_model = self.bridge.model
        self._set_busy(True)
        return self.request_id

    def _explain_prompt(self) -> None:
        prompt = self.prompt.toPlainText()
        if not prompt.strip():
            self.status_message.emit(self.tr("Type a prompt to look inside"))
            return
        self.explain_prompt.emit(prompt)

    def show_chat(self, messages: list[tuple[str, str]], reply: str = "") -> int | None:
        """Capture a conversation as the model sees it (chat template), split into its messages."""
        self.prompt.setPlainText("\n\n".join(f"[{role}] {content}" for role, content in messages))
        return self.capture({"messages": [list(message) for message in messages], "reply": reply})

    def show_prompt(self, prompt: str, sections: list[dict[str, Any]] | None = None) -> int | None:
        """Capture a prompt given by another view (e.g. the prompt lab), with named character ranges."""
        self.prompt.setPlainText(prompt)
        return self.capture({"prompt": prompt, "sections": list(sections or [])})

    def cancel(self) -> None:
        if self.request_id is not None:
            self.bridge.cancel(self.request_id)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.progress_note, self.cancel_button):
            widget.setVisible(busy)
        self.progress.setRange(0, 0)  # busy, with no fraction to show until the engine reports one
        self.progress_note.setText(self.tr("Starting the capture…") if busy else "")
        self.capture_button.setEnabled(not busy and self.bridge.info is not None)

    def _show_progress(self, event: TaskProgress) -> None:
        if event.fraction > 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(event.fraction * 100))
        if event.message:
            self.progress_note.setText(event.message)

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded | Unloaded):
            self._on_model_changed(event.model if isinstance(event, Loaded) else None)
        elif isinstance(event, TaskProgress) and event.request_id == self.request_id:
            self._show_progress(event)
        elif isinstance(event, TaskResult) and event.request_id == self.request_id:
            self.request_id = None
            self._set_busy(False)
            self._show_result(event.result)
        elif isinstance(event, Failed) and event.request_id == self.request_id:
            self.request_id = None
            self._set_busy(False)
            cancelled = event.kind == "cancelled"
            if cancelled:
                self.status_message.emit(self.tr("Capture cancelled"))
            else:
                self.status_message.emit(self.tr("Capture failed: {error}").format(error=event.message))

    def _on_model_changed(self, model: str | None) -> None:
        """A map belongs to the model that made it: another model's arrival clears it, and says so."""
        self._set_model_ready(model is not None)
        shown = self.maps_model if self.maps is not None else None
        if shown is not None:
            if model:
                note = self.tr("The last map came from {old}; {new} is loaded now.")
            else:
                note = self.tr("The last map came from {old}; no model is loaded now.")
            self.cleared_note = note.format(old=model_title(shown), new=model_title(model))
        self.set_maps(None)

    def _show_result(self, maps: AttentionMaps) -> None:
        if self.request_model != self.bridge.model:  # a capture that ended after a model change
            self.status_message.emit(
                self.tr("That capture came from {model}, which is no longer loaded; capture again").format(
                    model=model_title(self.request_model)
                )
            )
            return
        self.set_maps(maps, self.request_model)

    # --- state -----------------------------------------------------------------------------------

    def set_maps(self, maps: AttentionMaps | None, model: str | None = None) -> None:
        """Show `maps`, made by `model` (None clears the view)."""
        self.maps = maps
        self.maps_model = model if maps is not None else None
        if maps is not None:
            self.cleared_note = ""
        self.hover.setText(QCoreApplication.translate("AttentionTexts", HOVER_HINT))
        self.query = None if maps is None else maps.n_tokens - 1
        self._fill_selectors()
        self.views.setTabEnabled(2, bool(maps and maps.sections))
        if maps is not None and not maps.sections and self.views.currentIndex() == 2:
            self.views.setCurrentIndex(0)
        self.redraw()

    def _fill_selectors(self) -> None:
        maps = self.maps
        for widget in (self.layer_spin, self.layer_slider, self.head_combo):
            widget.blockSignals(True)
        self.head_combo.clear()
        if maps is not None:
            low, high = min(maps.layers), max(maps.layers)
            self.layer_spin.setRange(low, high)
            self.layer_slider.setRange(low, high)
            self.layer_spin.setValue(
                high if self.layer_spin.value() > high else max(low, self.layer_spin.value())
            )
            self.layer_slider.setValue(self.layer_spin.value())
            self.head_combo.addItem(self.tr("Mean of all heads"), MEAN_OF_HEADS)
            group = maps.n_heads // max(1, maps.n_kv_heads)
            for head in maps.heads:
                label = self.tr("Head {head}  ·  shares KV head {kv_head}")
                self.head_combo.addItem(label.format(head=head, kv_head=head // group), head)
        for widget in (self.layer_spin, self.layer_slider, self.head_combo):
            widget.blockSignals(False)
            widget.setEnabled(maps is not None)

    @property
    def layer(self) -> int:
        return self.layer_spin.value()

    @property
    def head(self) -> int | None:
        data = self.head_combo.currentData()
        return None if data is None or data == MEAN_OF_HEADS else int(data)

    def select_layer(self, layer: int) -> None:
        self.layer_spin.setValue(layer)

    def select_head(self, head: int | None) -> None:
        index = self.head_combo.findData(MEAN_OF_HEADS if head is None else head)
        if index >= 0:
            self.head_combo.setCurrentIndex(index)

    def select_query(self, query: int) -> None:
        if self.maps is not None and 0 <= query < self.maps.n_tokens:
            self.query = query
            self.redraw()

    def texts(self) -> list[str]:
        return [] if self.maps is None else [text for _, text in self.maps.tokens]

    def current_matrix(self) -> np.ndarray | None:
        if self.maps is None or self.layer not in self.maps.layers:
            return None
        return self.maps.matrix(self.layer, self.head)

    def sliding_window_size(self) -> int | None:
        maps = self.maps
        return maps.sliding_window if maps is not None and maps.is_sliding(self.layer) else None

    # --- drawing ---------------------------------------------------------------------------------

    def redraw(self) -> None:
        matrix = self.current_matrix()
        if self.maps is None or matrix is None:
            for chart in (self.heatmap, self.overview, self.sections_map, self.entropy, self.attends):
                chart.clear()
            self.text_view.setHtml(empty_text(self.bridge.info is not None))
            self.token_list.set_tokens([], None, None)
            self.summary.setText(self._summary_text())
            return
        texts = self.texts()
        self.heatmap.set_data(matrix, texts, self.sliding_window_size(), self._scale_max(matrix))
        self.heatmap.set_selected_query(self.query)
        if self.views.currentIndex() == 1:
            self.overview.set_data(self.maps.weights, self.maps.layers, self.maps.heads)
            self.overview.mark(self.layer, self.head)
        if self.maps.sections and self.views.currentIndex() == 2:
            names = [section.name for section in self.maps.sections]
            self.sections_map.set_data(self.maps.section_matrix(self.layer, self.head), names)
        self._draw_entropy()
        self._draw_query(matrix, texts)
        self.summary.setText(self._summary_text())

    def _scale_max(self, matrix: np.ndarray) -> float:
        if not self.ignore_sink.isChecked() or matrix.shape[1] < 2:
            return 1.0
        return float(max(matrix[1:, 1:].max(), 1e-3))

    def _draw_entropy(self) -> None:
        assert self.maps is not None
        entropy = self.maps.head_entropy_bits(self.layer)
        uniform = float(np.mean(np.log2(np.arange(1, self.maps.n_tokens + 1))))
        self.entropy.set_data(entropy, self.maps.heads, uniform, self.head)

    def _draw_query(self, matrix: np.ndarray, texts: list[str]) -> None:
        if self.query is None:
            self.attends.clear()
            self.text_view.setHtml(self._token_html(texts, None))
            self.token_list.set_tokens(texts, None, None)
            return
        row = matrix[self.query]
        self.attends.set_data(row, texts, self.query)
        self.text_view.setHtml(self._token_html(texts, row))
        self.token_list.set_tokens(texts, row, self.query)

    def _token_html(self, texts: list[str], weights: np.ndarray | None) -> str:
        n_prompt = None if self.maps is None else self.maps.n_prompt
        return token_html(texts, weights, self.query, n_prompt, self.palette())

    def _summary_text(self) -> str:
        made_by = model_title(self.maps_model)
        return summary_text(self.maps, self.layer, self.bridge.info is not None, made_by, self.cleared_note)

    # --- hover and clicks ------------------------------------------------------------------------

    def _on_heatmap_hover(self, row: int, column: int) -> None:
        matrix = self.heatmap.matrix
        if row < 0 or matrix is None:
            return
        self.hover.setText(heatmap_hover_text(self.texts(), matrix[row, column], row, column))

    def _on_overview_hover(self, row: int, column: int) -> None:
        found = self.overview.layer_head_at(row, column) if row >= 0 else None
        if found is None or self.maps is None:
            return
        self.hover.setText(overview_hover_text(self.maps, *found))

    def _on_overview_click(self, row: int, column: int) -> None:
        found = self.overview.layer_head_at(row, column)
        if found is None:
            return
        layer, head = found
        self.select_layer(layer)
        self.select_head(head)
        self.views.setCurrentIndex(0)

    def _on_sections_hover(self, row: int, column: int) -> None:
        if row < 0 or self.maps is None:
            return
        names = [section.name for section in self.maps.sections]
        value = self.sections_map.matrix[row, column] if self.sections_map.matrix is not None else 0.0
        preview = section_preview(self.maps, self.maps.sections[column])
        self.hover.setText(sections_hover_text(names, value, row, column, preview))

    def _on_token_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("token:"):
            self.select_query(int(text.split(":", 1)[1]))

    # --- export ----------------------------------------------------------------------------------

    def export_dialog(self, kind: str) -> None:
        if self.maps is None:
            self.status_message.emit(self.tr("Capture a prompt first"))
            return
        path = ask_save_path(self, self.tr("Export attention"), f"attention-layer{self.layer}.{kind}")
        if path is not None:
            self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        matrix = self.current_matrix()
        if self.maps is None or matrix is None:
            raise ValueError("nothing to export: capture a prompt first")
        write_export(kind, path, self.maps, self.heatmap, lambda: self.matrix_csv(matrix))
        self.status_message.emit(self.tr("Saved {name}").format(name=path.name))

    def matrix_csv(self, matrix: np.ndarray) -> str:
        return matrix_csv(matrix, self.texts(), self.layer, self.head)
