"""The sampling explorer: a real (or lesson) next-token distribution, reshaped live by the sampling chain.

The model is asked once per step for a logits row; every control re-applies the chain to the cached row
(`engine.core.sampling`, numpy), so moving a slider never calls the engine.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.core.lessons import Lesson, load_lessons, settings_with, synthetic_logits
from engine.process.protocol import Distribution, Failed, Tokens
from engine.core.sampling import (
    LLAMA_ORDER,
    STAGES,
    ChainResult,
    SamplingSettings,
    apply_chain,
    min_p_threshold,
    sample_counts,
    stage_input,
    temperature_sweep,
    top_indices,
)
from gui.shell.bridge import EngineBridge
from gui.shell.widgets import ask_save_path, double_spin
from gui.sampling.charts import CumulativeChart, DistributionChart, SweepChart, TimelineChart
from gui.shell.text import percent

STAGE_NAMES = {
    "temperature": "temperature",
    "top_k": "top-k",
    "typical_p": "typical-p",
    "top_p": "top-p",
    "min_p": "min-p",
}
SWEEP_TEMPERATURES = np.round(np.linspace(0.05, 2.5, 50), 3)
TABLE_COLUMNS = ("Rank", "Token", "Probability", "After chain", "Cumulative", "Removed by", "Sampled")


@dataclass
class StepView:
    """One step of the explorer's path: its logits and the labels of its likely tokens."""

    logits: np.ndarray
    labels: dict[int, str]
    special: frozenset[int]
    text: str  # the continuation so far (after the prompt)


@dataclass
class PathEntry:
    token: int
    label: str
    entropy_bits: float
    prob: float


class SamplingPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.lessons = load_lessons()
        self.steps: list[StepView] = []  # steps[i] is the distribution after path[:i]
        self.path: list[PathEntry] = []
        self.result: ChainResult | None = None
        self.shown_tokens: np.ndarray = np.empty(0, dtype=np.int64)
        self.selected: int | None = None  # index into shown_tokens
        self.samples: dict[int, int] | None = None
        self.synthetic: Lesson | None = None
        self.messages: list[tuple[str, str]] = []  # when the prompt came from a chat
        self._pending_probe: int | None = None
        self._pending_lookups: dict[int, str] = {}  # request id -> the text looked up
        self.watched: dict[str, tuple[tuple[int, str], ...]] = {}  # text -> its tokens, shown every step
        self._run_remaining = 0
        self.marked_token: int | None = None  # the token a chat reply took at the opened step
        self._build()
        bridge.received.connect(self._on_engine_event)
        self._show_empty()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_lesson_row())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(False)
        layout.addWidget(self.explanation)
        layout.addLayout(self._build_prompt_row())
        self.breadcrumb = QLabel()
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.breadcrumb.linkActivated.connect(self._on_breadcrumb)
        self.breadcrumb.setToolTip("The chosen path: click a token to go back to that step")
        layout.addWidget(self.breadcrumb)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_charts())
        splitter.addWidget(self._build_controls())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)

    def _build_lesson_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lesson_combo = QComboBox()
        self.lesson_combo.addItem("Free exploration (your own prompt)", "")
        for lesson in self.lessons:
            self.lesson_combo.addItem(lesson.title, lesson.id)
        self.lesson_combo.setToolTip(
            "Built-in lessons: a prompt or a small distribution, with an explanation"
        )
        self.lesson_combo.activated.connect(
            lambda _index: self.open_lesson(str(self.lesson_combo.currentData()))
        )
        self.preset_row = QHBoxLayout()
        row.addWidget(QLabel("<b>Lesson</b>"))
        row.addWidget(self.lesson_combo, 1)
        row.addLayout(self.preset_row)
        return row

    def _build_prompt_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText("A prompt, e.g. “Recife é uma” — then Start")
        self.prompt.setMaximumHeight(60)
        self.chat_template = QCheckBox("Chat template")
        self.chat_template.setToolTip("Wrap the prompt as a user message in the model's chat template")
        self.start_button = QPushButton("Start")
        self.start_button.setToolTip("Ask the model for the distribution after the prompt")
        self.start_button.clicked.connect(self.start)
        self.step_button = QPushButton("Step ▸")
        self.step_button.setToolTip(
            "Append the selected candidate (click a bar), or a sample from the final distribution"
        )
        self.step_button.clicked.connect(self.step)
        self.back_button = QPushButton("◂ Back")
        self.back_button.clicked.connect(self.back)
        self.run_count = QSpinBox()
        self.run_count.setRange(1, 200)
        self.run_count.setValue(10)
        self.run_count.setToolTip("How many tokens Run samples, one step at a time")
        self.run_button = QPushButton("Run")
        self.run_button.clicked.connect(lambda: self.run(self.run_count.value()))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(42)
        self.seed.setToolTip("Seed of the sampling: same seed, same draws")
        buttons = QVBoxLayout()
        first = QHBoxLayout()
        first_widgets: list[QWidget] = [
            self.chat_template,
            self.start_button,
            self.back_button,
            self.step_button,
        ]
        for widget in first_widgets:
            first.addWidget(widget)
        second = QHBoxLayout()
        second_widgets: list[QWidget] = [
            QLabel("Run"),
            self.run_count,
            self.run_button,
            QLabel("seed"),
            self.seed,
        ]
        for widget in second_widgets:
            second.addWidget(widget)
        buttons.addLayout(first)
        buttons.addLayout(second)
        row.addWidget(self.prompt, 1)
        row.addLayout(buttons)
        return row

    def _build_charts(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stats = QLabel()
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.stats)
        self.distribution = DistributionChart()
        self.distribution.bar_clicked.connect(self.select)
        layout.addWidget(self.distribution, 3)
        self.tabs = QTabWidget()
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.table.itemChanged.connect(self._on_table_edited)
        self.cumulative = CumulativeChart()
        self.timeline = TimelineChart()
        self.timeline.step_clicked.connect(self.go_to_step)
        self.sweep = SweepChart()
        self.tabs.addTab(self.table, "Table")
        self.tabs.addTab(self.cumulative, "Cumulative (top-p)")
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.sweep, "Temperature sweep")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 2)
        return box

    def _build_controls(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        chain = QGroupBox("Sampling chain")
        form = QFormLayout(chain)
        self.temperature = double_spin(
            0.0, 3.0, 0.05, "Divides the logits: < 1 sharpens, > 1 flattens, 0 = greedy", 1.0
        )
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        self.top_k.setSpecialValueText("off")
        self.top_k.setToolTip("Keep the k most probable tokens (0 = off)")
        self.top_p = double_spin(
            0.0, 1.0, 0.01, "Keep tokens until their cumulative probability reaches p", 1.0
        )
        self.min_p = double_spin(0.0, 1.0, 0.01, "Drop tokens below min-p × the top token's probability", 0.0)
        self.typical_p = double_spin(0.0, 1.0, 0.01, "Locally typical sampling (1 = off)", 1.0)
        for label, widget in (
            ("Temperature", self.temperature),
            ("Top-k", self.top_k),
            ("Top-p", self.top_p),
            ("Min-p", self.min_p),
            ("Typical-p", self.typical_p),
        ):
            form.addRow(label, widget)
            widget.valueChanged.connect(self.refresh)
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setToolTip("Drag to reorder the chain; it runs top to bottom")
        self.order.setMaximumHeight(118)
        self.order.model().rowsMoved.connect(lambda *_args: self.refresh())
        self._set_order(LLAMA_ORDER)
        order_buttons = QHBoxLayout()
        llama = self.order_button_llama = QPushButton("llama.cpp order")
        llama.setToolTip("top-k → typical → top-p → min-p → temperature (temperature last)")
        llama.clicked.connect(lambda: self._set_order(LLAMA_ORDER, refresh=True))
        course = self.order_button_temperature_first = QPushButton("Temperature first")
        course.setToolTip("temperature → top-k → top-p → … (as many lectures present it)")
        course.clicked.connect(
            lambda: self._set_order(("temperature", "top_k", "typical_p", "top_p", "min_p"), True)
        )
        order_buttons.addWidget(llama)
        order_buttons.addWidget(course)
        form.addRow(QLabel("Order"))
        form.addRow(self.order)
        form.addRow(order_buttons)
        layout.addWidget(chain)
        view = QGroupBox("View")
        view_form = QFormLayout(view)
        self.bar_count = QSpinBox()
        self.bar_count.setRange(3, 100)
        self.bar_count.setValue(20)
        self.bar_count.valueChanged.connect(self.refresh)
        self.log_scale = QCheckBox("Log scale")
        self.log_scale.toggled.connect(self.distribution.set_log_scale)
        self.lookup = QLineEdit()
        self.lookup.setPlaceholderText("a token, e.g. “ cidade”")
        self.lookup.setToolTip("Rank and probability of any token (its first token when it splits)")
        self.lookup.returnPressed.connect(self.look_up)
        self.lookup_result = QLabel()
        self.lookup_result.setWordWrap(True)
        view_form.addRow("Bars", self.bar_count)
        view_form.addRow(self.log_scale)
        view_form.addRow("Find", self.lookup)
        view_form.addRow(self.lookup_result)
        layout.addWidget(view)
        samples = QGroupBox("Sample")
        sample_row = QHBoxLayout(samples)
        self.draws = QSpinBox()
        self.draws.setRange(10, 100_000)
        self.draws.setValue(2000)
        sample_button = QPushButton("Sample")
        sample_button.setToolTip("Draw from the final distribution (seeded) and compare with the bars")
        sample_button.clicked.connect(lambda: self.sample(self.draws.value()))
        sample_row.addWidget(self.draws)
        sample_row.addWidget(sample_button)
        layout.addWidget(samples)
        exports = QHBoxLayout()
        for text, kind in (("CSV", "csv"), ("JSON", "json"), ("PNG", "png"), ("SVG", "svg")):
            button = QPushButton(text)
            button.setToolTip(f"Export the step as {text}")
            button.clicked.connect(lambda _checked=False, kind=kind: self.export_dialog(kind))
            exports.addWidget(button)
        layout.addLayout(exports)
        layout.addStretch(1)
        return box

    def _set_order(self, order: tuple[str, ...], refresh: bool = False) -> None:
        self.order.clear()
        for stage in order:
            self.order.addItem(STAGE_NAMES[stage])
            self.order.item(self.order.count() - 1).setData(Qt.ItemDataRole.UserRole, stage)
        if refresh:
            self.refresh()

    # --- settings ----------------------------------------------------------------------------------

    def settings(self) -> SamplingSettings:
        order = tuple(
            str(self.order.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.order.count())
        )
        return SamplingSettings(
            temperature=self.temperature.value(),
            top_k=self.top_k.value(),
            top_p=self.top_p.value(),
            min_p=self.min_p.value(),
            typical_p=self.typical_p.value(),
            order=order,
        )

    def apply_settings(self, values: dict[str, Any]) -> None:
        settings = settings_with(self.settings(), values)
        spins = (self.temperature, self.top_k, self.top_p, self.min_p, self.typical_p)
        for spin in spins:
            spin.blockSignals(True)
        self.temperature.setValue(settings.temperature)
        self.top_k.setValue(settings.top_k)
        self.top_p.setValue(settings.top_p)
        self.min_p.setValue(settings.min_p)
        self.typical_p.setValue(settings.typical_p)
        for spin in spins:
            spin.blockSignals(False)
        self._set_order(settings.order)
        self.refresh()

    # --- lessons -----------------------------------------------------------------------------------

    def open_lesson(self, lesson_id: str) -> None:
        lesson = next((item for item in self.lessons if item.id == lesson_id), None)
        self._clear_presets()
        self.watched = {}
        if lesson is None:
            self.explanation.setVisible(False)
            self.synthetic = None
            return
        self.lesson_combo.setCurrentIndex(self.lesson_combo.findData(lesson_id))
        self.explanation.setText(f"<b>{lesson.title}</b> — {lesson.explanation}")
        self.explanation.setVisible(True)
        for preset in lesson.presets:
            button = QPushButton(preset.label)
            button.clicked.connect(lambda _checked=False, values=preset.settings: self.apply_settings(values))
            self.preset_row.addWidget(button)
        if lesson.kind == "synthetic":
            self._open_synthetic(lesson)
        else:
            self.synthetic = None
            self.prompt.setPlainText(lesson.prompt)
            self.chat_template.setChecked(lesson.chat)
            self.apply_settings(lesson.settings)
            self.start()
            for word in lesson.watch:
                self.look_up(word)

    def _clear_presets(self) -> None:
        while self.preset_row.count():
            item = self.preset_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _open_synthetic(self, lesson: Lesson) -> None:
        self.synthetic = lesson
        self.messages = []
        labels = dict(enumerate(lesson.tokens))
        self.path = []
        self.steps = [StepView(synthetic_logits(lesson.probs), labels, frozenset(), "")]
        self.prompt.setPlainText("")
        self.apply_settings(lesson.settings)

    # --- stepping ----------------------------------------------------------------------------------

    def start(self) -> None:
        self.synthetic = None if self.lesson_combo.currentData() in ("", None) else self.synthetic
        if self.synthetic is not None:
            return
        self.messages = []
        self.path = []
        self.steps = []
        self.marked_token = None
        self._request_step()

    def open_prompt(self, prompt: str) -> None:
        """Start from a plain prompt given by another view (e.g. one example of the prompt lab)."""
        self.lesson_combo.setCurrentIndex(0)
        self.open_lesson("")
        self.chat_template.setChecked(False)  # the text is exactly what the model saw
        self.prompt.setPlainText(prompt)
        self.start()

    def open_chat_step(self, step: dict[str, Any]) -> None:
        """Show a step of a chat reply: the chat's messages, and the reply's tokens before it."""
        record = step["record"]
        self.lesson_combo.setCurrentIndex(0)
        self.open_lesson("")
        self.messages = list(step["messages"])
        self.prompt.setPlainText(self.messages[-1][1] if self.messages else "")
        self.chat_template.setChecked(True)
        self.apply_settings(
            {
                key: step["settings"][key]
                for key in ("temperature", "top_k", "top_p", "min_p")
                if key in step["settings"]
            }
        )
        self.path = [PathEntry(token, "", 0.0, 0.0) for token in step["reply_prefix"]]
        self.marked_token = record.token_id
        self.steps = []
        self.status_message.emit(f"Opening step {record.index + 1} of the chat reply…")
        self._request_step()

    def _request_step(self) -> None:
        if self.bridge.info is None:
            self.status_message.emit("Load a model first: the model bar at the top.")
            self._run_remaining = 0
            return
        prefix = tuple(entry.token for entry in self.path)
        if self.messages:
            self._pending_probe = self.bridge.probe("", self.messages, prefix)
        elif self.chat_template.isChecked():
            self._pending_probe = self.bridge.probe("", [("user", self.prompt.toPlainText())], prefix)
        else:
            self._pending_probe = self.bridge.probe(self.prompt.toPlainText(), [], prefix)
        self._set_busy(True)

    def step(self) -> None:
        """Append the selected candidate, or a seeded sample from the final distribution."""
        if self.result is None or self.synthetic is not None or self._pending_probe is not None:
            return
        if self.selected is not None and self.selected < self.shown_tokens.size:
            token = int(self.shown_tokens[self.selected])
        else:
            rng = np.random.default_rng(self.seed.value() + len(self.path))
            kept = self.result.kept
            weights = self.result.probs_after[kept].astype(np.float64)
            token = int(rng.choice(kept, p=weights / weights.sum()))
        self.choose(token)

    def choose(self, token: int) -> None:
        """Continue the text with `token` (any token, not only the top one)."""
        assert self.result is not None
        current = self.steps[-1]
        self.path.append(
            PathEntry(
                token,
                current.labels.get(token, f"#{token}"),
                self.result.entropy_bits,
                float(self.result.probs[token]),
            )
        )
        self.selected = None
        self._request_step()

    def run(self, count: int) -> None:
        self._run_remaining = count
        self.step()

    def back(self) -> None:
        if len(self.steps) > 1:
            self.go_to_step(len(self.steps) - 2)

    @Slot(int)
    def go_to_step(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.steps = self.steps[: index + 1]
            self.path = self.path[:index]
            self.selected = None
            self.refresh()

    def _on_breadcrumb(self, link: str) -> None:
        self.go_to_step(int(link.split(":")[1]))

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Distribution) and event.request_id == self._pending_probe:
            self._pending_probe = None
            self._set_busy(False)
            self._add_step(event)
            if self._run_remaining > 1:
                self._run_remaining -= 1
                self.step()
            else:
                self._run_remaining = 0
        elif isinstance(event, Tokens) and event.request_id in self._pending_lookups:
            self.watched[self._pending_lookups.pop(event.request_id)] = event.tokens
            self._write_watched()
        elif isinstance(event, Failed) and event.request_id in (self._pending_probe, *self._pending_lookups):
            self._pending_probe = None
            self._pending_lookups.pop(event.request_id, None)
            self._run_remaining = 0
            self._set_busy(False)
            self.status_message.emit(f"The explorer's request failed: {event.message}")

    def _add_step(self, event: Distribution) -> None:
        for entry in self.path:  # labels of a path opened from a chat arrive with the first step
            if not entry.label:
                entry.label = event.labels.get(entry.token, f"#{entry.token}")
        self.steps.append(StepView(event.logits, event.labels, event.special, event.text))
        self.samples = None
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.start_button, self.step_button, self.run_button, self.back_button):
            button.setEnabled(not busy)

    # --- drawing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-apply the chain to the current step's cached logits and redraw everything."""
        if not self.steps:
            self._show_empty()
            return
        current = self.steps[-1]
        settings = self.settings()
        self.result = apply_chain(current.logits, settings)
        count = min(self.bar_count.value(), current.logits.size)
        self.shown_tokens = top_indices(current.logits, count)
        chosen = self._chosen_index()
        labels = [self._label(int(token)) for token in self.shown_tokens]
        before = self.result.probs[self.shown_tokens]
        after = self.result.probs_after[self.shown_tokens]
        removed = [self.result.removed_stage(int(token)) for token in self.shown_tokens]
        self.distribution.set_data(
            labels, before, after, [STAGE_NAMES[r] if r else None for r in removed], chosen, self.selected
        )
        self.distribution.set_min_p_threshold(min_p_threshold(self.result.probs, settings))
        self.distribution.set_empirical(self._empirical())
        self._draw_cumulative(settings)
        self._draw_timeline()
        self._draw_sweep(settings)
        self._fill_table(labels, before, after, removed)
        self._write_stats()
        self._write_breadcrumb()
        self._write_watched()

    def _chosen_index(self) -> int | None:
        """Where the chat reply's own token is among the bars, when a chat step is open."""
        if self.marked_token is None or len(self.steps) != 1:
            return None
        found = np.flatnonzero(self.shown_tokens == self.marked_token)
        return int(found[0]) if found.size else None

    def _label(self, token: int) -> str:
        return self.steps[-1].labels.get(token, f"#{token}")

    def _empirical(self) -> np.ndarray | None:
        if self.samples is None:
            return None
        total = sum(self.samples.values())
        return np.array([self.samples.get(int(token), 0) / total for token in self.shown_tokens])

    def _draw_cumulative(self, settings: SamplingSettings) -> None:
        seen = stage_input(self.steps[-1].logits, settings, "top_p")
        ordered = np.sort(seen[self.shown_tokens])[::-1]
        cumulative = np.cumsum(ordered)
        through_top_p = {STAGES.index(stage) for stage in settings.order[: settings.order.index("top_p") + 1]}
        removed = self.result.removed_by[self.shown_tokens] if self.result else np.empty(0)
        kept_by_top_p = sum(1 for stage in removed if int(stage) not in through_top_p)
        self.cumulative.set_data(cumulative, kept_by_top_p)
        self.cumulative.set_top_p(settings.top_p if settings.top_p < 1.0 else None)

    def _on_tab_changed(self, _index: int) -> None:
        if self.steps:
            self._draw_sweep(self.settings())

    def _draw_timeline(self) -> None:
        if not self.path:
            self.timeline.clear()
            return
        entropy = np.array([entry.entropy_bits for entry in self.path])
        prob = np.array([entry.prob for entry in self.path])
        self.timeline.set_data(entropy, prob, len(self.path) - 1)

    def _draw_sweep(self, settings: SamplingSettings) -> None:
        if self.tabs.currentWidget() is not self.sweep:
            return  # 50 chain runs per redraw: computed only while its tab is open
        entropy, top1 = temperature_sweep(self.steps[-1].logits, settings, SWEEP_TEMPERATURES)
        self.sweep.set_data(SWEEP_TEMPERATURES, entropy, top1, settings.temperature)

    def _fill_table(
        self, labels: list[str], before: np.ndarray, after: np.ndarray, removed: list[str | None]
    ) -> None:
        editable = self.synthetic is not None
        self.table.blockSignals(True)
        self.table.setRowCount(len(labels))
        cumulative = np.cumsum(before)
        sampled = self._empirical()
        for row, token in enumerate(self.shown_tokens):
            values = (
                str(self.result.rank(int(token))) if self.result else "",
                labels[row] if editable else repr(labels[row]),
                percent(float(before[row])),
                percent(float(after[row])),
                percent(float(cumulative[row])),
                _stage_name(removed[row]),
                percent(float(sampled[row])) if sampled is not None else "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                if editable and column in (1, 2):
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if removed[row]:
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _write_stats(self) -> None:
        assert self.result is not None
        shown_mass = float(self.result.probs[self.shown_tokens].sum())
        kept = self.result.kept.size
        vocabulary = self.result.logits.size
        self.stats.setText(
            f"Entropy <b>{self.result.entropy_bits:.2f} bits</b> · the {self.shown_tokens.size} bars hold "
            f"{percent(shown_mass)} (tail beyond them {percent(max(0.0, 1 - shown_mass))}) · "
            f"<b>{kept:,}</b> of {vocabulary:,} tokens survive the chain"
        )

    def _write_breadcrumb(self) -> None:
        if self.synthetic is not None:
            self.breadcrumb.setText(
                "<i>A synthetic distribution: edit a token's probability in the table.</i>"
            )
            return
        prompt = self.prompt.toPlainText()
        parts = [f"<a href='step:0'>{_escape(prompt[-60:]) or '(prompt)'}</a>"]
        for index, entry in enumerate(self.path, start=1):
            parts.append(f"<a href='step:{index}'><code>{_escape(repr(entry.label))}</code></a>")
        self.breadcrumb.setText(" › ".join(parts) + " › <b>?</b>")

    def _show_empty(self) -> None:
        self.result = None
        self.shown_tokens = np.empty(0, dtype=np.int64)
        self.distribution.clear()
        self.cumulative.clear()
        self.timeline.clear()
        self.sweep.clear()
        self.table.setRowCount(0)
        self.stats.setText("Pick a lesson, or type a prompt and press <b>Start</b>.")
        self.breadcrumb.setText("")

    # --- interaction -------------------------------------------------------------------------------

    @Slot(int)
    def select(self, index: int) -> None:
        if 0 <= index < self.shown_tokens.size:
            self.selected = index
            self.table.selectRow(index)
            self.distribution.set_selected(index)

    def _on_table_selection(self) -> None:
        rows = {item.row() for item in self.table.selectedItems()}
        if len(rows) == 1:
            row = rows.pop()
            if row != self.selected:
                self.selected = row
                self.distribution.set_selected(row)

    def _on_table_edited(self, item: QTableWidgetItem) -> None:
        """A synthetic lesson's token or probability was edited: rebuild its distribution."""
        if self.synthetic is None or not self.steps:
            return
        tokens = list(self.synthetic.tokens)
        probs = list(self.synthetic.probs)
        token_index = int(self.shown_tokens[item.row()])
        try:
            if item.column() == 2:
                probs[token_index] = float(item.text().replace("%", "").strip()) / 100
            else:
                tokens[token_index] = item.text()
            logits = synthetic_logits(probs)
        except ValueError:
            self.status_message.emit("A probability must be a number such as 40 % (they are renormalised).")
            self.refresh()
            return
        self.synthetic = replace(self.synthetic, tokens=tuple(tokens), probs=tuple(probs))
        self.steps = [StepView(logits, dict(enumerate(tokens)), frozenset(), "")]
        self.refresh()

    def sample(self, draws: int) -> None:
        if self.result is None:
            return
        self.samples = sample_counts(self.result, draws, self.seed.value())
        self.refresh()

    def look_up(self, text: str | None = None) -> None:
        """Follow a token's rank and probability at every step (the first token when the text splits)."""
        text = self.lookup.text() if text is None else text
        if not text:
            return
        if self.synthetic is not None and self.steps:
            matches = [(i, label) for i, label in self.steps[-1].labels.items() if label == text]
            self.watched[text] = tuple(matches)
            self._write_watched()
        elif self.bridge.info is not None:
            self._pending_lookups[self.bridge.tokenize(text)] = text

    def _write_watched(self) -> None:
        lines = [self._lookup_line(text, tokens) for text, tokens in self.watched.items()]
        self.lookup_result.setText("<br>".join(lines))

    def _lookup_line(self, looked_up: str, tokens: tuple[tuple[int, str], ...]) -> str:
        if not tokens:
            return f"<code>{_escape(repr(looked_up))}</code>: no such token"
        if self.result is None:
            return ""
        token, text = tokens[0]
        split = f" (first of {len(tokens)} tokens)" if len(tokens) > 1 else ""
        stage = self.result.removed_stage(token)
        fate = (
            f"removed by {STAGE_NAMES[stage]}"
            if stage
            else f"{percent(float(self.result.probs_after[token]))} after the chain"
        )
        return (
            f"<code>{_escape(repr(text))}</code>: rank <b>{self.result.rank(token):,}</b>, "
            f"p = <b>{percent(float(self.result.probs[token]))}</b>, {fate}{split}"
        )

    # --- export ------------------------------------------------------------------------------------

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
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(
                    handle, fieldnames=["rank", "id", "token", "prob", "prob_after", "removed_by"]
                )
                writer.writeheader()
                writer.writerows(self.table_rows())
        elif kind == "json":
            settings = self.settings()
            payload = {
                "prompt": self.prompt.toPlainText(),
                "path": [entry.label for entry in self.path],
                "settings": {**settings.__dict__, "order": list(settings.order)},
                "entropy_bits": self.result.entropy_bits,
                "candidates": self.table_rows(),
            }
            path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        elif kind == "png":
            self.distribution.export_png(path)
        else:
            self.distribution.export_svg(path)
        self.status_message.emit(f"Exported to {path}")

    def export_dialog(self, kind: str) -> None:
        if self.result is None:
            self.status_message.emit("Nothing to export yet.")
            return
        path = ask_save_path(self, "Export step", f"step.{kind}")
        if path is not None:
            self.export(kind, path)


def _stage_name(stage: str | None) -> str:
    return STAGE_NAMES[stage] if stage else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
