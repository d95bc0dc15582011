"""The sampling explorer: a real (or lesson) next-token distribution, reshaped live by the sampling chain.

The model is asked once per step for a logits row; every control re-applies the chain to the cached row
(`engine.core.sampling`, numpy), so moving a slider never calls the engine. This module lays the panel out;
its parts live beside it: the chain's controls, the views, the stepping, the lessons and the exports.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.sampling.chain import ChainControls
from gui.sampling.cumulative import CumulativeChart
from gui.sampling.distribution import DistributionChart
from gui.sampling.exports import ExplorerExports
from gui.sampling.lessons import ExplorerLessons
from gui.sampling.sweep import SweepChart
from gui.sampling.timeline import TimelineChart
from gui.sampling.views import TABLE_COLUMNS
from gui.shell.bridge import EngineBridge


class SamplingPanel(ExplorerLessons, ExplorerExports, QWidget):
    """The explorer's tab: lesson and prompt rows, the path, the charts and table, and the side controls."""

    status_message = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_state(bridge)
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

    def _build_prompt_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText("A prompt, e.g. “Recife é uma” — then Start")
        self.prompt.setMaximumHeight(60)
        row.addWidget(self.prompt, 1)
        row.addLayout(self._build_step_buttons())
        return row

    def _build_step_buttons(self) -> QVBoxLayout:
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
        return buttons

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
        self._build_table()
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

    def _build_table(self) -> None:
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.table.itemChanged.connect(self._on_table_edited)

    def _build_controls(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        self.chain = ChainControls()
        self.chain.changed.connect(self.refresh)
        layout.addWidget(self.chain)
        layout.addWidget(self._build_view_box())
        layout.addWidget(self._build_sample_box())
        layout.addLayout(self._build_export_row())
        layout.addStretch(1)
        return box

    def _build_view_box(self) -> QGroupBox:
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
        return view

    def _build_sample_box(self) -> QGroupBox:
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
        return samples
