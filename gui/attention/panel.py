"""The attention view: what each token looks at, in every layer and head, read out of llama.cpp.

A capture runs in the engine process (engine/attention.py) and returns every layer x head x query x key
weight; everything here (layer, head, query, scaling, exports) redraws from that array without asking
the engine again.
"""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.attention.maps import AttentionMaps
from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.attention.charts import (
    AttendsToChart,
    AttentionHeatmap,
    HeadEntropyChart,
    OverviewGrid,
    SectionHeatmap,
)
from gui.shell.bridge import EngineBridge
from gui.shell.widgets import ask_save_path
from gui.shell.charts import AFTER_COLOUR, token_label
from gui.shell.theme import blend, is_dark

DEFAULT_PROMPT = "The cat sat on the mat because it was tired."
MEAN_OF_HEADS = -1
CAPTURE_TIP = "Run the prompt through the model and read every attention map (Ctrl+Return)"

CAUSAL_NOTE = (
    "<b>Why is the upper triangle empty?</b> A language model reads left to right. When it computes "
    "token <i>q</i>, the <i>causal mask</i> sets the scores of every later key (<i>k</i> &gt; <i>q</i>) "
    "to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row "
    "is a softmax, so the weights a token gives to the keys it can see sum to 1."
    "<br><br><b>Reading a row:</b> bright cells are the tokens this token draws information from in "
    "this layer and head. Many heads put much of their weight on the first token, an "
    "<i>attention sink</i> that works as a resting place; tick <i>Ignore the first token</i> to "
    "stretch the colours over the rest."
)


class AttentionPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.maps: AttentionMaps | None = None
        self.request_id: int | None = None
        self.query: int | None = None
        self._build()
        self._set_model_ready(False)
        bridge.received.connect(self._on_engine_event)

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(self._build_prompt_row())
        layout.addLayout(self._build_controls())
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_maps())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    def _build_prompt_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prompt = QPlainTextEdit(DEFAULT_PROMPT)
        self.prompt.setPlaceholderText("Type a prompt, then Capture (Ctrl+Return)")
        self.prompt.setToolTip("The text whose attention is captured: every token, every layer, every head")
        self.prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        row.addWidget(self.prompt, 1)
        column = QVBoxLayout()
        self.capture_button = QPushButton("Capture")
        self.capture_button.setDefault(True)
        self.capture_button.setToolTip(CAPTURE_TIP)
        self.capture_button.clicked.connect(self.capture)
        column.addWidget(self.capture_button)
        generate_row = QHBoxLayout()
        generate_row.addWidget(QLabel("then generate"))
        self.generate = QSpinBox()
        self.generate.setRange(0, 64)
        self.generate.setSuffix(" tokens")
        self.generate.setToolTip(
            "Also generate this many tokens greedily and capture the attention of each new token"
        )
        generate_row.addWidget(self.generate)
        column.addLayout(generate_row)
        row.addLayout(column)
        progress_column = QVBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(160)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the capture (Esc)")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_column.addWidget(self.progress)
        progress_column.addWidget(self.cancel_button)
        row.addLayout(progress_column)
        QShortcut(QKeySequence("Ctrl+Return"), self.prompt, self.capture)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        return row

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("Layer"))
        self.layer_slider = QSlider(Qt.Orientation.Horizontal)
        self.layer_slider.setFixedWidth(200)
        self.layer_slider.setToolTip(
            "Layer 0 reads the token embeddings; later layers read what earlier ones wrote"
        )
        self.layer_spin = QSpinBox()
        self.layer_spin.setToolTip(self.layer_slider.toolTip())
        self.layer_slider.valueChanged.connect(self.layer_spin.setValue)
        self.layer_spin.valueChanged.connect(self.layer_slider.setValue)
        self.layer_spin.valueChanged.connect(lambda _value: self.redraw())
        row.addWidget(self.layer_slider)
        row.addWidget(self.layer_spin)
        row.addSpacing(16)
        row.addWidget(QLabel("Head"))
        self.head_combo = QComboBox()
        self.head_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.head_combo.setToolTip(
            "Each head computes its own attention pattern; the mean shows what the layer does overall"
        )
        self.head_combo.currentIndexChanged.connect(lambda _index: self.redraw())
        row.addWidget(self.head_combo)
        row.addSpacing(16)
        self.ignore_sink = QCheckBox("Ignore the first token when scaling colours")
        self.ignore_sink.setToolTip(
            "Many heads park most of their weight on the first token (an attention sink). Scaling the "
            "colours to the largest weight elsewhere makes the rest of the pattern visible."
        )
        self.ignore_sink.toggled.connect(lambda _on: self.redraw())
        row.addWidget(self.ignore_sink)
        row.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText("Export")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for label, kind in (
            ("Map as PNG…", "png"),
            ("Map as SVG…", "svg"),
            ("This matrix as CSV…", "csv"),
            ("Every layer and head as NPZ…", "npz"),
            ("Every layer and head as JSON…", "json"),
        ):
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, chosen=kind: self.export_dialog(chosen))
            menu.addAction(action)
        self.export_button.setMenu(menu)
        self.export_button.setToolTip("Save what is shown")
        row.addWidget(self.export_button)
        return row

    def _build_maps(self) -> QWidget:
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        self.views = QTabWidget()
        self.heatmap = AttentionHeatmap()
        self.overview = OverviewGrid()
        self.sections_map = SectionHeatmap()
        self.views.addTab(self.heatmap, "Map")
        self.views.addTab(self.overview, "All layers × heads")
        self.views.addTab(self.sections_map, "Sections")
        self.views.setTabToolTip(1, "A thumbnail of every head in every layer; click one to open it")
        self.views.setTabToolTip(2, "How much each part of the prompt attends to each other part")
        self.views.currentChanged.connect(lambda _index: self.redraw())
        layout.addWidget(self.views, 1)
        self.hover = QLabel("Hover over the map for exact weights; click a row to follow one token.")
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hover)
        self.heatmap.hovered.connect(self._on_heatmap_hover)
        self.heatmap.clicked.connect(lambda row, _column: self.select_query(row))
        self.overview.hovered.connect(self._on_overview_hover)
        self.overview.clicked.connect(self._on_overview_click)
        self.sections_map.hovered.connect(self._on_sections_hover)
        return container

    def _build_side(self) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical)
        self.attends = AttendsToChart()
        self.attends.key_clicked.connect(self.select_query)
        side.addWidget(self.attends)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setToolTip("Click a token to see what it attends to; shading shows its weights")
        self.text_view.anchorClicked.connect(self._on_token_link)
        side.addWidget(self.text_view)
        self.entropy = HeadEntropyChart()
        self.entropy.head_clicked.connect(self.select_head)
        side.addWidget(self.entropy)
        note = QTextBrowser()
        note.setHtml(CAUSAL_NOTE)
        note.setFrameShape(QTextBrowser.Shape.NoFrame)
        note.viewport().setAutoFillBackground(False)  # reads as a note on the panel, not an input
        side.addWidget(note)
        side.setSizes([220, 120, 180, 160])
        return side

    def remembered_inputs(self) -> dict[str, QWidget]:
        return {"prompt": self.prompt, "generate": self.generate, "ignore_sink": self.ignore_sink}

    # --- engine ----------------------------------------------------------------------------------

    def _set_model_ready(self, ready: bool) -> None:
        self.capture_button.setEnabled(ready and self.request_id is None)
        self.capture_button.setToolTip(CAPTURE_TIP if ready else "Load a model first")

    def capture(self, params: dict[str, Any] | None = None) -> int | None:
        """Capture the prompt in the editor (or `params`: prompt or messages, sections, generate)."""
        if self.bridge.info is None:
            self.status_message.emit("Load a model to capture attention")
            return None
        if self.request_id is not None:
            self.bridge.cancel(self.request_id)
        chosen: dict[str, Any] = dict(params) if params else {"prompt": self.prompt.toPlainText()}
        chosen.setdefault("generate", self.generate.value())
        if not chosen.get("prompt") and not chosen.get("messages"):
            self.status_message.emit("Type a prompt to capture")
            return None
        self.request_id = self.bridge.run_task("attention", chosen)
        self._set_busy(True)
        return self.request_id

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
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.capture_button.setEnabled(not busy and self.bridge.info is not None)

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded):
            self._set_model_ready(True)
            self.set_maps(None)
        elif isinstance(event, Unloaded):
            self._set_model_ready(False)
            self.set_maps(None)
        elif isinstance(event, TaskProgress) and event.request_id == self.request_id:
            self.progress.setValue(round(event.fraction * 100))
        elif isinstance(event, TaskResult) and event.request_id == self.request_id:
            self.request_id = None
            self._set_busy(False)
            self.set_maps(event.result)
        elif isinstance(event, Failed) and event.request_id == self.request_id:
            self.request_id = None
            self._set_busy(False)
            cancelled = event.kind == "cancelled"
            self.status_message.emit("Capture cancelled" if cancelled else f"Capture failed: {event.message}")

    # --- state -----------------------------------------------------------------------------------

    def set_maps(self, maps: AttentionMaps | None) -> None:
        self.maps = maps
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
            self.head_combo.addItem("Mean of all heads", MEAN_OF_HEADS)
            group = maps.n_heads // max(1, maps.n_kv_heads)
            for head in maps.heads:
                self.head_combo.addItem(f"Head {head}  ·  shares KV head {head // group}", head)
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
            self.text_view.setHtml(self._empty_text())
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
            return
        row = matrix[self.query]
        self.attends.set_data(row, texts, self.query)
        self.text_view.setHtml(self._token_html(texts, row))

    def _token_html(self, texts: list[str], weights: np.ndarray | None) -> str:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        strongest = float(weights[: (self.query or 0) + 1].max()) if weights is not None else 1.0
        parts = []
        for index, text in enumerate(texts):
            style = "text-decoration:none;"
            if weights is not None and self.query is not None and index <= self.query:
                alpha = min(1.0, float(weights[index]) / max(strongest, 1e-6)) * (
                    0.9 if is_dark(palette) else 0.75
                )
                style += f"background-color:{blend(AFTER_COLOUR, base, alpha)};"
            if index == self.query:
                style += "font-weight:bold; text-decoration:underline;"
            if self.maps is not None and index >= self.maps.n_prompt:
                style += "font-style:italic;"
            colour = palette.color(QPalette.ColorRole.Text).name()
            shown = html.escape(text).replace("\n", "↵<br>") or "∅"
            parts.append(f'<a href="token:{index}" style="color:{colour};{style}">{shown}</a>')
        return "<div style='line-height:150%'>" + "".join(parts) + "</div>"

    def _empty_text(self) -> str:
        if self.bridge.info is None:
            return "<p>Load a model, then capture a prompt to see its attention.</p>"
        return "<p>Capture a prompt to see its tokens here.</p>"

    def _summary_text(self) -> str:
        maps = self.maps
        if maps is None:
            if self.bridge.info is None:
                return "No model loaded."
            return (
                "Type a prompt and press <b>Capture</b> (Ctrl+Return) to read its attention out of llama.cpp."
            )
        parts = [
            f"<b>{maps.n_tokens}</b> tokens ({maps.n_prompt} prompt"
            + (
                f", {maps.n_tokens - maps.n_prompt} generated, in italics"
                if maps.n_tokens > maps.n_prompt
                else ""
            )
            + f") · {maps.n_layers} layers × {maps.n_heads} heads"
        ]
        if maps.n_kv_heads < maps.n_heads:
            group = maps.n_heads // maps.n_kv_heads
            parts.append(
                f"grouped-query attention: {maps.n_heads} query heads share {maps.n_kv_heads} key/value "
                f"heads ({group} each), so heads in a group read the same keys through different queries"
            )
        if maps.sliding_window is not None:
            kind = "sliding-window" if maps.is_sliding(self.layer) else "global"
            parts.append(
                f"layer {self.layer} is <b>{kind}</b>: sliding-window layers see only the last "
                f"{maps.sliding_window} tokens (keys further back are masked and drawn empty)"
            )
        return " · ".join(parts)

    # --- hover and clicks ------------------------------------------------------------------------

    def _on_heatmap_hover(self, row: int, column: int) -> None:
        matrix = self.heatmap.matrix
        if row < 0 or matrix is None:
            return
        texts = self.texts()
        value = matrix[row, column]
        pair = f"query {token_label(texts[row])!r} ({row}) → key {token_label(texts[column])!r} ({column})"
        if np.isnan(value):
            reason = "a later token" if column > row else "outside the sliding window"
            self.hover.setText(f"{pair}: masked, {reason}")
        else:
            self.hover.setText(f"{pair}: weight {value:.4f}")

    def _on_overview_hover(self, row: int, column: int) -> None:
        found = self.overview.layer_head_at(row, column) if row >= 0 else None
        if found is None or self.maps is None:
            return
        layer, head = found
        entropy = self.maps.head_entropy_bits(layer)[self.maps.heads.index(head)]
        kind = ""
        if self.maps.sliding_window is not None:
            kind = " (sliding window)" if self.maps.is_sliding(layer) else " (global)"
        self.hover.setText(
            f"layer {layer}{kind}, head {head}: mean entropy {entropy:.2f} bits · click to open it"
        )

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
        self.hover.setText(f"tokens of {names[row]!r} put {value:.1%} of their weight on {names[column]!r}")

    def _on_token_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("token:"):
            self.select_query(int(text.split(":", 1)[1]))

    # --- export ----------------------------------------------------------------------------------

    def export_dialog(self, kind: str) -> None:
        if self.maps is None:
            self.status_message.emit("Capture a prompt first")
            return
        path = ask_save_path(self, "Export attention", f"attention-layer{self.layer}.{kind}")
        if path is not None:
            self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        matrix = self.current_matrix()
        if self.maps is None or matrix is None:
            raise ValueError("nothing to export: capture a prompt first")
        if kind == "png":
            self.heatmap.export_png(path)
        elif kind == "svg":
            self.heatmap.export_svg(path)
        elif kind == "csv":
            path.write_text(self.matrix_csv(matrix), encoding="utf-8")
        elif kind == "npz":
            np.savez_compressed(path, **self.maps.as_arrays())  # type: ignore[arg-type]
        elif kind == "json":
            path.write_text(json.dumps(self.maps.as_json(), ensure_ascii=False), encoding="utf-8")
        else:
            raise ValueError(f"unknown export kind {kind!r}")
        self.status_message.emit(f"Saved {path.name}")

    def matrix_csv(self, matrix: np.ndarray) -> str:
        texts = self.texts()
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        head = "mean" if self.head is None else str(self.head)
        writer.writerow([f"layer {self.layer} head {head}: query \\ key", *texts])
        for index, row in enumerate(matrix):
            writer.writerow([texts[index], *(f"{value:.6f}" for value in row)])
        return buffer.getvalue()
