"""The sampling explorer: a real (or lesson) next-token distribution, reshaped live by the sampling chain.

The model is asked once per step for a logits row; every control re-applies the chain to the cached row
(`engine.core.sampling`, numpy), so moving a slider never calls the engine. This module lays the panel out;
its parts live beside it: the chain's controls, the views, the watched words, the stepping, the synthetic
table, the lessons, the model changes and the exports.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QScrollArea,
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
from gui.sampling.model_change import ExplorerModelChange
from gui.sampling.sweep import SweepChart
from gui.sampling.synthetic import PROBABILITY_HINT
from gui.sampling.timeline import TimelineChart
from gui.sampling.views import TABLE_COLUMNS, TABLE_TOOLTIPS
from gui.shell.bridge import EngineBridge


class SamplingPanel(ExplorerModelChange, ExplorerExports, QWidget):
    """The explorer's tab: lesson and prompt rows, the path, the charts and table, and the side controls."""

    status_message = Signal(str)
    request_model = Signal(str)  # a lesson asks for the model it was written for (the window loads it)
    explain = Signal(object, str, str)  # chat messages (or None), the text read so far, the target token

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
        layout.addWidget(self._build_explanation())
        layout.addLayout(self._build_model_notice())
        layout.addLayout(self._build_prompt_row())
        self.breadcrumb = QLabel()
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.breadcrumb.linkActivated.connect(self._on_breadcrumb)
        self.breadcrumb.setToolTip(self.tr("The chosen path: click a token to go back to that step"))
        layout.addWidget(self.breadcrumb)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_charts())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)

    def _build_explanation(self) -> QScrollArea:
        """The lesson's text; a long one scrolls in a few lines rather than pushing the charts away."""
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.explanation_box = QScrollArea()
        self.explanation_box.setWidget(self.explanation)
        self.explanation_box.setWidgetResizable(True)
        self.explanation_box.setFrameShape(QScrollArea.Shape.NoFrame)
        self.explanation_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explanation_box.setMaximumHeight(3 * self.fontMetrics().lineSpacing() + 6)
        self.explanation_box.setVisible(False)
        return self.explanation_box

    def _build_prompt_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText(self.tr("A prompt, e.g. “Recife é uma” — then Start"))
        lines = 3 * self.prompt.fontMetrics().lineSpacing() + 12
        self.prompt.setFixedHeight(max(lines, self.prompt.minimumSizeHint().height()))
        self.prompt.textChanged.connect(self.clear_selection)  # a choice made for another prompt is not kept
        row.addWidget(self.prompt, 1)
        row.addLayout(self._build_step_buttons())
        return row

    def _build_step_buttons(self) -> QVBoxLayout:
        self.chat_template = QCheckBox(self.tr("Chat template"))
        self.chat_template.setToolTip(
            self.tr("Wrap the prompt as a user message in the model's chat template")
        )
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Ask the model for the distribution after the prompt"))
        self.start_button.clicked.connect(self.start_from_prompt_box)
        self.step_button = QPushButton(self.tr("Step: sample"))
        self.step_button.clicked.connect(self.step)
        self.back_button = QPushButton(self.tr("◂ Back"))
        self.back_button.clicked.connect(self.back)
        self.run_count = QSpinBox()
        self.run_count.setRange(1, 200)
        self.run_count.setValue(10)
        self.run_count.setToolTip(self.tr("How many tokens Run samples, one step at a time"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.clicked.connect(lambda: self.run(self.run_count.value()))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(42)
        self.seed.setToolTip(self.tr("Seed of the sampling: same seed, same draws"))
        self.inside_button = QPushButton(self.tr("Inside ▸"))
        self.inside_button.setToolTip(
            self.tr(
                "Look inside the model at this step: each layer's guess (logit lens) and which words pushed "
                "the chosen token, or the most probable one (attribution)"
            )
        )
        self.inside_button.clicked.connect(self.explain_step)
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
            QLabel(self.tr("Run")),
            self.run_count,
            self.run_button,
            QLabel(self.tr("seed")),
            self.seed,
            self.inside_button,
        ]
        for widget in second_widgets:
            second.addWidget(widget)
        buttons.addLayout(first)
        buttons.addLayout(second)
        return buttons

    def _build_charts(self) -> QSplitter:
        """The numbers and the chart above, the tabs below; the user can drag the split between them."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stats = QLabel()
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.stats.setWordWrap(True)
        layout.addWidget(self.stats)
        self.order_summary = QLabel()
        self.order_summary.setWordWrap(True)
        self.order_summary.setToolTip(
            self.tr("The chain behind every number marked “after the chain”, in its order")
        )
        layout.addWidget(self.order_summary)
        self.distribution = DistributionChart()
        self.distribution.setMinimumHeight(160)
        self.distribution.bar_clicked.connect(self.select)
        layout.addWidget(self.distribution, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(box)
        splitter.addWidget(self._build_tabs())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self._build_table()
        self.cumulative = CumulativeChart()
        self.timeline = TimelineChart()
        self.timeline.step_clicked.connect(self.go_to_step)
        self.sweep = SweepChart()
        self.tabs.addTab(self._build_table_tab(), self.tr("Table"))
        self.tabs.addTab(self.cumulative, self.tr("Cumulative (top-p)"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.sweep, self.tr("Temperature sweep"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        return self.tabs

    def _build_table_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.sum_label = QLabel()
        self.sum_label.setToolTip(QCoreApplication.translate("ExplorerSynthetic", PROBABILITY_HINT))
        self.normalise_button = QPushButton(self.tr("Normalise"))
        self.normalise_button.setToolTip(
            self.tr("Divide every probability by their sum, so that they sum to 1")
        )
        self.normalise_button.clicked.connect(self.normalise)
        row.addWidget(self.sum_label, 1)
        row.addWidget(self.normalise_button)
        layout.addLayout(row)
        self.sum_label.setVisible(False)
        self.normalise_button.setVisible(False)
        return box

    def _build_table(self) -> None:
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ExplorerViews", title) for title in TABLE_COLUMNS]
        )
        for column, tip in enumerate(TABLE_TOOLTIPS):
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setToolTip(QCoreApplication.translate("ExplorerViews", tip))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # numbers are never cut
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.table.itemChanged.connect(self._on_table_edited)

    def _build_side(self) -> QScrollArea:
        """The side controls scroll rather than shrink: a squeezed spin box cannot be read or used."""
        controls = self._build_controls()
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll_bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(controls.minimumSizeHint().width() + scroll_bar)
        return scroll

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
        view = QGroupBox(self.tr("View"))
        outer = QVBoxLayout(view)
        view_form = QFormLayout()
        outer.addLayout(view_form)
        self.bar_count = QSpinBox()
        self.bar_count.setRange(3, 100)
        self.bar_count.setValue(20)
        self.bar_count.valueChanged.connect(self.refresh)
        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.toggled.connect(self.distribution.set_log_scale)
        self.lookup = QLineEdit()
        self.lookup.setPlaceholderText(self.tr("a word, e.g. “ cidade”, then Enter"))
        self.lookup.setToolTip(
            self.tr(
                "Follow any text at every step, in the last rows of the table; a word the model splits "
                "into pieces gets the probability of the whole word (the product along its pieces)"
            )
        )
        self.lookup.returnPressed.connect(self.look_up)
        self.lookup_result = QLabel()
        self.lookup_result.setWordWrap(True)
        view_form.addRow(self.tr("Bars"), self.bar_count)
        view_form.addRow(self.log_scale)
        view_form.addRow(self.tr("Find"), self.lookup)
        outer.addWidget(self.lookup_result)
        return view

    def _build_sample_box(self) -> QGroupBox:
        samples = QGroupBox(self.tr("Sample"))
        sample_row = QHBoxLayout(samples)
        self.draws = QSpinBox()
        self.draws.setRange(10, 100_000)
        self.draws.setValue(2000)
        sample_button = self.sample_button = QPushButton(self.tr("Sample"))
        sample_button.setToolTip(
            self.tr("Draw from the distribution after the chain (seeded); compare with the bars")
        )
        sample_button.clicked.connect(lambda: self.sample(self.draws.value()))
        sample_row.addWidget(self.draws)
        sample_row.addWidget(sample_button)
        return samples

    def explain_step(self) -> None:
        """ "Inside ▸": the text the model has read at this step, and the chosen token (else its top one)."""
        if not self.is_model_step:
            self.status_message.emit(
                self.tr("Start a prompt on a model first: a made-up distribution has no layers to look into")
            )
            return
        step = self.steps[-1]
        target = step.labels.get(self.selected_token, "") if self.selected_token is not None else ""
        messages = list(self.messages) if self.messages else None
        self.explain.emit(messages, (self.context_prompt if messages is None else "") + step.text, target)
