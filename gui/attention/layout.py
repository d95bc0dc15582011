"""The attention view's widgets and their arrangement; AttentionPanel wires them to its behaviour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
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

from gui.attention.charts import (
    AttendsToChart,
    AttentionHeatmap,
    HeadEntropyChart,
    OverviewGrid,
    SectionHeatmap,
)
from gui.attention.export import EXPORT_CHOICES
from gui.attention.texts import HOVER_HINT
from gui.attention.token_list import TokenList

DEFAULT_PROMPT = "The cat sat on the mat because it was tired."
PROGRESS_WIDTH = 240
CHART_MIN_HEIGHT = 130  # the side charts keep room to be read (axis, ticks, a few bars)
# long texts, translated where shown: QCoreApplication.translate("AttentionLayout", CAPTURE_TIP)
CAPTURE_TIP = str(
    QT_TRANSLATE_NOOP(
        "AttentionLayout", "Run the prompt through the model and read every attention map (Ctrl+Return)"
    )
)

SECTIONS_TIP = str(
    QT_TRANSLATE_NOOP(
        "AttentionLayout",
        "How much each part of the prompt attends to each other part. Every token is in one part, so each "
        "row adds up to 100 %: text the chat template adds (its role markers, and any default system prompt "
        "it inserts) is “template”, text outside the named parts (such as ### between examples) is “other "
        "text”, and tokens generated after the prompt are “generated”. Hover a cell to read a part's text.",
    )
)

CAUSAL_NOTE = str(
    QT_TRANSLATE_NOOP(
        "AttentionLayout",
        "<b>Why is the upper triangle empty?</b> A language model reads left to right. When it computes "
        "token <i>q</i>, the <i>causal mask</i> sets the scores of every later key (<i>k</i> &gt; <i>q</i>) "
        "to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row "
        "is a softmax, so the weights a token gives to the keys it can see sum to 1."
        "<br><br><b>Reading a row:</b> bright cells are the tokens this token draws information from in "
        "this layer and head. Many heads put much of their weight on the first token, an "
        "<i>attention sink</i> that works as a resting place; tick <i>Ignore the first token</i> to "
        "stretch the colours over the rest.",
    )
)


class AttentionLayout(QWidget):
    """The prompt row, the layer/head/scaling controls, the map tabs and the side charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

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
        self.prompt.setPlaceholderText(self.tr("Type a prompt, then Capture (Ctrl+Return)"))
        self.prompt.setToolTip(
            self.tr("The text whose attention is captured: every token, every layer, every head")
        )
        self.prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        row.addWidget(self.prompt, 1)
        column = QVBoxLayout()
        self.capture_button = QPushButton(self.tr("Capture"))
        self.capture_button.setDefault(True)
        self.capture_button.setToolTip(QCoreApplication.translate("AttentionLayout", CAPTURE_TIP))
        column.addWidget(self.capture_button)
        generate_row = QHBoxLayout()
        generate_row.addWidget(QLabel(self.tr("then generate")))
        self.generate = QSpinBox()
        self.generate.setRange(0, 64)
        self.generate.setSuffix(self.tr(" tokens"))
        self.generate.setToolTip(
            self.tr("Also generate this many tokens greedily and capture the attention of each new token")
        )
        generate_row.addWidget(self.generate)
        column.addLayout(generate_row)
        row.addLayout(column)
        row.addLayout(self._build_progress_column())
        return row

    def _build_progress_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(PROGRESS_WIDTH)
        self.progress.setVisible(False)
        self.progress_note = QLabel("")  # what the engine is doing, from the first moment
        self.progress_note.setFixedWidth(PROGRESS_WIDTH)
        self.progress_note.setWordWrap(True)
        self.progress_note.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the capture (Esc)"))
        self.cancel_button.setVisible(False)
        column.addWidget(self.progress)
        column.addWidget(self.progress_note)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return column

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Layer")))
        self.layer_slider = QSlider(Qt.Orientation.Horizontal)
        self.layer_slider.setFixedWidth(200)
        self.layer_slider.setToolTip(
            self.tr("Layer 0 reads the token embeddings; later layers read what earlier ones wrote")
        )
        self.layer_spin = QSpinBox()
        self.layer_spin.setToolTip(self.layer_slider.toolTip())
        self.layer_slider.valueChanged.connect(self.layer_spin.setValue)
        self.layer_spin.valueChanged.connect(self.layer_slider.setValue)
        row.addWidget(self.layer_slider)
        row.addWidget(self.layer_spin)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Head")))
        self.head_combo = QComboBox()
        self.head_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.head_combo.setToolTip(
            self.tr(
                "Each head computes its own attention pattern; the mean shows what the layer does overall"
            )
        )
        row.addWidget(self.head_combo)
        row.addSpacing(16)
        self.ignore_sink = QCheckBox(self.tr("Ignore the first token when scaling colours"))
        self.ignore_sink.setToolTip(
            self.tr(
                "Many heads park most of their weight on the first token (an attention sink). Scaling the "
                "colours to the largest weight elsewhere makes the rest of the pattern visible."
            )
        )
        row.addWidget(self.ignore_sink)
        row.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for label, kind in EXPORT_CHOICES:
            action = QAction(QCoreApplication.translate("AttentionExport", label), menu)
            self.export_actions[kind] = action
            menu.addAction(action)
        self.export_button.setMenu(menu)
        self.export_button.setToolTip(self.tr("Save what is shown"))
        self.inside_button = QToolButton()
        self.inside_button.setText(self.tr("Inside ▸"))
        self.inside_button.setToolTip(
            self.tr(
                "Look inside the model on this prompt: each layer's guess at the next token (logit lens) "
                "and which words pushed it (attribution)"
            )
        )
        row.addWidget(self.inside_button)
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
        self.views.addTab(self.heatmap, self.tr("Map"))
        self.views.addTab(self.overview, self.tr("All layers × heads"))
        self.views.addTab(self.sections_map, self.tr("Sections"))
        self.views.setTabToolTip(1, self.tr("A thumbnail of every head in every layer; click one to open it"))
        self.views.setTabToolTip(2, QCoreApplication.translate("AttentionLayout", SECTIONS_TIP))
        layout.addWidget(self.views, 1)
        self.hover = QLabel(QCoreApplication.translate("AttentionTexts", HOVER_HINT))
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hover)
        return container

    def _build_side(self) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.attends = AttendsToChart()
        self.attends.setMinimumHeight(CHART_MIN_HEIGHT)
        side.addWidget(self.attends)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setToolTip(
            self.tr("Click a token to see what it attends to; shading shows its weights")
        )
        self.token_list = TokenList()
        self.token_views = QTabWidget()
        self.token_views.setDocumentMode(True)
        self.token_views.addTab(self.text_view, self.tr("Text"))
        self.token_views.addTab(self.token_list, self.tr("Token list"))
        self.token_views.setTabToolTip(
            1, self.tr("Every token in full, with its position and weight; type to find one")
        )
        side.addWidget(self.token_views)
        self.entropy = HeadEntropyChart()
        self.entropy.setMinimumHeight(CHART_MIN_HEIGHT)
        side.addWidget(self.entropy)
        note = QTextBrowser()
        note.setHtml(QCoreApplication.translate("AttentionLayout", CAUSAL_NOTE))
        note.setFrameShape(QTextBrowser.Shape.NoFrame)
        note.viewport().setAutoFillBackground(False)  # reads as a note on the panel, not an input
        note.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 8)  # the note scrolls rather than crowd
        self.token_views.setMinimumHeight(4 * self.fontMetrics().lineSpacing() + 8)
        side.addWidget(note)
        # the charts first: at 1024 x 700 the text and the note give up room before the charts do
        for index, stretch in enumerate((3, 2, 3, 1)):
            side.setStretchFactor(index, stretch)
        side.setSizes([200, 130, 170, 80])
        self.side = side
        return side

    def remembered_inputs(self) -> dict[str, QWidget]:
        return {"prompt": self.prompt, "generate": self.generate, "ignore_sink": self.ignore_sink}
