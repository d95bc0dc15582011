"""The Inside view's widgets and their arrangement (the behaviour lives in panel.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.inside.grid import LensGrid, TargetChart
from gui.inside.texts import ATTRIBUTION_NOTE, CONTEXT, EMPTY_ATTRIBUTION, EMPTY_LENS, LENS_NOTE

# menu labels, translated where shown: QCoreApplication.translate("InsideLayout", label)
EXPORT_CHOICES = (
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Lens grid as PNG…")), "lens_png"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Lens as CSV…")), "lens_csv"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Lens as JSON…")), "lens_json"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Target chart as PNG…")), "chart_png"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Attribution as PNG…")), "attribution_png"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Attribution as CSV…")), "attribution_csv"),
    (str(QT_TRANSLATE_NOOP("InsideLayout", "Attribution as JSON…")), "attribution_json"),
)
UNITS = ("word", "token", "sentence")  # what the engine leaves out at a time; shown translated


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class InsideLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_inputs())
        layout.addLayout(self._build_progress())
        self.views = QTabWidget()
        self.views.addTab(self._build_lens(), self.tr("Logit lens"))
        self.views.addTab(self._build_attribution(), self.tr("Attribution"))
        layout.addWidget(self.views, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def _build_inputs(self) -> QHBoxLayout:
        self.prompt = QPlainTextEdit("The capital city of France is called")
        self.prompt.setPlaceholderText(self.tr("A prompt to look inside"))
        self.prompt.setMaximumHeight(70)
        self.prompt.setToolTip(self.tr("The prompt, as plain text (BOS is added as the model expects)"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("default: the model's own choice"))
        self.target.setToolTip(
            self.tr(
                "The continuation to follow or explain, with its leading space (' Paris'), or #id for a token"
            )
        )
        self.contrast = QLineEdit()
        self.contrast.setPlaceholderText(self.tr("optional, e.g.  Lyon"))
        self.contrast.setToolTip(
            self.tr("Attribution only: explain why the target rather than this continuation")
        )
        self.unit = QComboBox()
        unit_names = {"word": self.tr("word"), "token": self.tr("token"), "sentence": self.tr("sentence")}
        for unit in UNITS:
            self.unit.addItem(unit_names[unit], unit)
        self.unit.setToolTip(self.tr("What is left out at a time when scoring the prompt"))
        self.top_k = QSpinBox()
        self.top_k.setRange(1, 20)
        self.top_k.setValue(5)
        self.top_k.setToolTip(self.tr("Top tokens kept per layer and position (shown on hover)"))
        self.generate = QSpinBox()
        self.generate.setRange(0, 32)
        self.generate.setToolTip(self.tr("Also look at this many greedily generated tokens (lens only)"))
        form = QFormLayout()
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Rather than"), self.contrast)
        options = QHBoxLayout()
        choices = (
            (self.tr("Unit"), self.unit),
            (self.tr("Top k"), self.top_k),
            (self.tr("Generate"), self.generate),
        )
        for label, widget in choices:
            options.addWidget(QLabel(label))
            options.addWidget(widget)
        form.addRow(options)
        self.lens_button = QPushButton(self.tr("Run lens"))
        self.lens_button.setToolTip(
            self.tr("Each layer's next-token prediction at every position (Ctrl+Return)")
        )
        self.attribute_button = QPushButton(self.tr("Attribute"))
        self.attribute_button.setToolTip(self.tr("Occlusion, then attention rollout, for the target"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for title, kind in EXPORT_CHOICES:
            self.export_actions[kind] = menu.addAction(QCoreApplication.translate("InsideLayout", title))
        self.export_button.setMenu(menu)
        buttons = QVBoxLayout()
        for button in (self.lens_button, self.attribute_button, self.export_button):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 3)
        row.addLayout(form, 2)
        row.addLayout(buttons)
        return row

    def _build_progress(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress_note = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running computation (Esc)"))
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.progress_note)
        row.addWidget(self.cancel_button)
        for widget in (self.progress, self.progress_note, self.cancel_button):
            widget.setVisible(False)
        return row

    def _build_lens(self) -> QWidget:
        self.grid = LensGrid()
        self.lens_empty = _note(QCoreApplication.translate(CONTEXT, EMPTY_LENS))
        self.chart = TargetChart()
        self.chart.setMinimumHeight(160)
        self.lens_hover = QLabel(
            self.tr("Click a column to follow that position; hover a cell for its numbers.")
        )
        self.lens_hover.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lens_empty)
        top_layout.addWidget(self.grid, 1)
        splitter.addWidget(top)
        splitter.addWidget(self.chart)
        splitter.setSizes([420, 200])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.lens_hover)
        layout.addWidget(_note(QCoreApplication.translate(CONTEXT, LENS_NOTE)))
        return page

    def _build_attribution(self) -> QWidget:
        self.occlusion_view = QTextBrowser()
        self.occlusion_view.setOpenLinks(False)
        self.rollout_view = QTextBrowser()
        self.rollout_view.setOpenLinks(False)
        for view in (self.occlusion_view, self.rollout_view):
            view.setHtml(QCoreApplication.translate(CONTEXT, EMPTY_ATTRIBUTION))
            view.setMaximumHeight(140)
        self.scores = QTableWidget(0, 3)
        self.scores.setHorizontalHeaderLabels(
            [self.tr("unit"), self.tr("occlusion Δ log p (nats)"), self.tr("rollout share")]
        )
        self.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scores.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attribution_hover = QLabel(self.tr("Hover a unit for its score."))
        page = self.attribution_page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("<b>Occlusion</b> — the drop in log p(target) when the unit is left out"))
        )
        layout.addWidget(self.occlusion_view)
        layout.addWidget(
            QLabel(self.tr("<b>Attention rollout</b> — a different method: attention flow, target-blind"))
        )
        layout.addWidget(self.rollout_view)
        layout.addWidget(self.attribution_hover)
        layout.addWidget(self.scores, 1)
        layout.addWidget(_note(QCoreApplication.translate(CONTEXT, ATTRIBUTION_NOTE)))
        return page

    def remembered_inputs(self) -> dict[str, QWidget]:
        return {
            "prompt": self.prompt,
            "target": self.target,
            "contrast": self.contrast,
            "unit": self.unit,
            "top_k": self.top_k,
            "generate": self.generate,
        }
