"""The Score view's widgets: the texts, the controls, the shaded tokens side by side, the chart, the
comparison's summary table and the exports. Behaviour lives in panel.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import packaged_models
from gui.scoring.charts import TokenTrack
from gui.scoring.quantize_types import COPY_TYPES
from gui.shell.widgets import NoticePanel

HOVER_HINT = str(
    QT_TRANSLATE_NOOP(
        "ScoreLayout", "Hover a token for its probability, rank and the alternatives the model expected"
    )
)
CHART_MIN_HEIGHT = 150  # the surprisal chart keeps room for its axis, ticks and legend
EXAMPLE_A = "Recife é uma cidade"
EXAMPLE_B = "Recife é uma país"
SCORE_TIP = str(
    QT_TRANSLATE_NOOP(
        "ScoreLayout",
        "Teacher forcing: the model reads the text and, at every token, says how probable that token was "
        "given everything before it (Ctrl+Return)",
    )
)
COMPARE_TIP = str(
    QT_TRANSLATE_NOOP(
        "ScoreLayout",
        "Read the text A with the loaded model (A) and with model B. Same vocabulary: KL(P_A ‖ P_B) over the "
        "whole vocabulary at every token; different vocabularies: surprisal per word",
    )
)
COPY_TIP = str(
    QT_TRANSLATE_NOOP(
        "ScoreLayout",
        "Write a lower-precision copy of the loaded model with llama.cpp's own quantizer into "
        "Lanterna's cache folder, then compare the model with it (a few seconds for the packaged models)",
    )
)


def hover_hint() -> str:
    """HOVER_HINT in the GUI's language."""
    return QCoreApplication.translate("ScoreLayout", HOVER_HINT)


def _editor(placeholder: str, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setPlaceholderText(placeholder)
    editor.setPlainText(text)
    # three lines: a longer text scrolls in its box, and the results below keep their room at 1024 x 700
    lines = 3 * editor.fontMetrics().lineSpacing() + 2 * editor.frameWidth() + 8
    editor.setMaximumHeight(max(lines, editor.minimumSizeHint().height()))
    return editor


class ScoreLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.text_a = _editor(self.tr("Paste or type a text to score…"), EXAMPLE_A)
        self.text_b = _editor(self.tr("Optional: a second text, scored side by side"), EXAMPLE_B)
        self.open_button = QPushButton(self.tr("Open text…"))
        self.top_n = QSpinBox()
        self.top_n.setRange(0, 20)
        self.top_n.setValue(5)
        self.top_n.setPrefix(self.tr("alternatives "))
        self.top_n.setToolTip(
            self.tr("How many of the model's most probable tokens to list for each position")
        )
        self.colour_mode = QComboBox()
        self.colour_mode.addItems([self.tr("Shade by surprisal"), self.tr("Shade by rank (GLTR)")])
        self.colour_mode.setToolTip(
            self.tr(
                "Surprisal −log₂ P on a viridis scale, or GLTR's rank buckets: top 10 / 100 / 1,000 / beyond"
            )
        )
        self.score_button = QPushButton(self.tr("Score"))
        self.score_button.setToolTip(translate("ScoreLayout", SCORE_TIP))
        self.model_b = QComboBox()
        for spec in packaged_models():
            self.model_b.addItem(spec.title, spec.key)
        self.model_b.addItem(self.tr("Open GGUF…"), "")
        self.model_b.setToolTip(self.tr("Model B, compared with the loaded model A"))
        self.copy_type = QComboBox()
        self.copy_type.addItems(COPY_TYPES)
        self.copy_type.setToolTip(translate("ScoreLayout", COPY_TIP))
        self.copy_button = QPushButton(self.tr("Make a smaller copy"))
        self.copy_button.setToolTip(translate("ScoreLayout", COPY_TIP))
        self.compare_button = QPushButton(self.tr("Compare models"))
        self.compare_button.setToolTip(translate("ScoreLayout", COMPARE_TIP))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress_note = QLabel("")
        self.export_csv = QPushButton("CSV…")
        self.export_json = QPushButton("JSON…")
        self.export_png = QPushButton("PNG…")
        self.export_csv.setToolTip(self.tr("Export the tokens"))
        self.export_json.setToolTip(self.tr("Export everything shown"))
        self.export_png.setToolTip(self.tr("Export the chart"))
        self.model_note = QLabel("")
        self.model_note.setWordWrap(True)
        self.legend = QLabel("")
        self.tokens_a = QTextBrowser()
        self.tokens_b = QTextBrowser()
        for view in (self.tokens_a, self.tokens_b):
            view.setOpenLinks(False)
            view.setMouseTracking(True)
        self.totals_a = QLabel("")
        self.totals_b = QLabel("")
        for label in (self.totals_a, self.totals_b, self.legend):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        for view in (self.tokens_a, self.tokens_b):  # where the view runs short they give up room first
            view.setMinimumHeight(2 * view.fontMetrics().lineSpacing() + 12)
        self.details = QLabel(hover_hint())
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.chart = TokenTrack()
        self.summary = QTableWidget(0, 2)
        self.summary.setHorizontalHeaderLabels([self.tr("Statistic"), self.tr("Value")])
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.horizontalHeader().setStretchLastSection(True)
        self.summary.verticalHeader().setVisible(False)
        self.empty = NoticePanel(
            self.tr("Score any text"),
            self.tr(
                "Type or paste a text and press <b>Score</b>: every token is shaded by how surprised the "
                "model was (surprisal = −log₂ P, in bits), with the text's log-likelihood, cross-entropy and "
                "perplexity. Add a second text to compare the two side by side, or <b>Compare models</b> to "
                "read the text with two models (for example the loaded model and its own Q2_K copy)."
            ),
        )
        self._arrange()

    def _arrange(self) -> None:
        inputs = QGridLayout()
        inputs.addWidget(QLabel(self.tr("Text A")), 0, 0)
        inputs.addWidget(self.text_a, 0, 1)
        inputs.addWidget(QLabel(self.tr("Text B")), 1, 0)
        inputs.addWidget(self.text_b, 1, 1)
        controls = QHBoxLayout()
        row: list[QWidget] = [self.open_button, self.top_n, self.colour_mode, self.score_button]
        for widget in row:
            controls.addWidget(widget)
        controls.addStretch(1)
        # the comparison gets a row of its own, so the view fits a 1024-pixel window
        compare_row = QHBoxLayout()
        row = [
            QLabel(self.tr("Model B")),
            self.model_b,
            self.compare_button,
            self.copy_type,
            self.copy_button,
        ]
        for widget in row:
            compare_row.addWidget(widget)
        compare_row.addStretch(1)
        self.model_b.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_b.setMinimumContentsLength(24)
        busy = QHBoxLayout()
        row = [self.progress, self.progress_note, self.cancel_button]
        for widget in row:
            busy.addWidget(widget)
            widget.setVisible(False)
        busy.addStretch(1)
        # the exports end the first row of buttons: a row of their own would take the chart's room
        for widget in (self.export_csv, self.export_json, self.export_png):
            controls.addWidget(widget)
        sides = QHBoxLayout()
        for view, totals in ((self.tokens_a, self.totals_a), (self.tokens_b, self.totals_b)):
            column = QVBoxLayout()
            column.addWidget(view, 1)
            column.addWidget(totals)
            sides.addLayout(column, 1)
        sides.addWidget(self.summary, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.model_note)
        top_layout.addWidget(self.legend)
        top_layout.addLayout(sides, 1)
        top_layout.addWidget(self.details)
        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.addWidget(top)
        self.results.addWidget(self.chart)
        self.results.setChildrenCollapsible(False)
        self.chart.setMinimumHeight(CHART_MIN_HEIGHT)
        self.results.setStretchFactor(0, 3)
        self.results.setStretchFactor(1, 2)
        self.results.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addLayout(controls)
        layout.addLayout(compare_row)
        layout.addLayout(busy)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.results, 1)
        self.results.setVisible(False)
        self.summary.setVisible(False)
