"""The "Model" tab: choose a model to load and read what the loaded one is made of.

The panel never loads anything itself. It asks through `load_requested` / `unload_requested`, and the
window answers with `set_busy`, `set_error` and `show_info` (a `ModelInfo.as_dict()`, optionally with the
GGUF key/values under "metadata").
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import PACKAGED, ModelError, PackagedModel, resolve_model
from gui.library.views import HubView, LibraryView

SPACING = 12
ItemIndex = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole  # the key or path a list row loads
PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # the file a list row stands for, to mark the loaded one
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the metadata filter matches (not the elided text)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # a list row's muted second line
LOADED_ROLE = Qt.ItemDataRole.UserRole + 4  # True on the row of the model that is loaded now
METADATA_DISPLAY_LIMIT = 120
TOOLTIP_LIMIT = 4000

EMPTY_STATE_TEXT = "No model loaded. Pick one on the left, open a .gguf file, or drop one here."
NO_TEMPLATE_TEXT = "This model has no chat template; Lanterna uses a plain fallback template."
FILE_NOT_FOUND = "file not found"

GGUF_TIP = (
    "GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings "
    "(the metadata) travel together in one .gguf file."
)
QUANTIZATION_TIP = (
    "Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with "
    "(Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small "
    "cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor."
)
TRAINED_CONTEXT_TIP = "The longest sequence, in tokens, the model was trained to attend over."
LOADED_CONTEXT_TIP = (
    "The context window llama.cpp allocated for this session: prompt plus generated tokens must fit in it."
)
HEADS_TIP = (
    "Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; "
    "sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache."
)
VOCAB_TIP = "How many distinct tokens the tokenizer knows: the width of every next-token distribution."
EMBEDDING_TIP = "The width of the vector that represents each token inside the model."
SPECIAL_TOKENS_TIP = (
    "Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…"
)
CHAT_TEMPLATE_TIP = (
    "A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact "
    "prompt text the model was fine-tuned on."
)

_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


# --- pure helpers ---------------------------------------------------------------------------------


def format_bytes(n: int) -> str:
    """A file size in decimal units, the way file managers show it: 98362432 -> '98.4 MB'."""
    if n < 1000:
        return f"{n} bytes"
    value = float(n)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def format_params(n: int) -> str:
    """A parameter count with three significant digits: 134515008 -> '135 M', 7241732096 -> '7.24 B'."""
    for scale, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if n >= scale:
            return f"{_three_digits(n / scale)} {unit}"
    return str(n)


def _three_digits(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def visible_text(text: str) -> str:
    """Make control characters visible: a newline token should not show up as an empty cell."""
    return "".join(_visible_char(char) for char in text)


def _visible_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char) == "Cc":
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    return char


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters; a cut is shown with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heads_text(n_heads: int, n_kv_heads: int) -> str:
    """'9 / 3 — grouped-query attention: 3 query heads share each KV head'."""
    counts = f"{n_heads} / {n_kv_heads}"
    if n_kv_heads <= 0 or n_heads == n_kv_heads:
        return f"{counts} — every query head has its own KV head"
    share = n_heads // n_kv_heads if n_heads % n_kv_heads == 0 else round(n_heads / n_kv_heads, 1)
    return f"{counts} — grouped-query attention: {share} query heads share each KV head"


def gguf_path_from_mime(mime: QMimeData) -> str | None:
    """The first local .gguf file in a drag, or None: anything else is not ours to load."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".gguf"):
            return url.toLocalFile()
    return None


def packaged_status(model: PackagedModel) -> tuple[Path | None, str]:
    """Where a packaged model's file is, or None and the reason it is not installed."""
    try:
        return resolve_model(model.key), "installed"
    except ModelError as error:
        return None, str(error)


# --- small widget helpers ---------------------------------------------------------------------------


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _secondary(label: QLabel) -> QLabel:
    # PlaceholderText is the palette's muted text colour in both light and dark themes.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _padded(layout: QVBoxLayout | QHBoxLayout | QFormLayout) -> None:
    layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
    layout.setSpacing(SPACING)


def _read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    _compact_rows(table)
    return table


def _compact_rows(table: QTableView) -> None:
    # One line of text plus a little air, instead of the style's tall default rows.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + SPACING // 2)


def _tab_page(*widgets: QWidget) -> QWidget:
    """A tab's page: its content lines up with the tab bar, one spacing below it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, SPACING, 0, 0)
    layout.setSpacing(SPACING)
    for widget in widgets:
        layout.addWidget(widget)
    return page


class ModelRowDelegate(QStyledItemDelegate):
    """Draws a list row as a title over a muted subtitle, and section headings as small muted caps."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: ItemIndex) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        if not index.parent().isValid():
            return QSize(size.width(), line + SPACING + self.PADDING)  # room above each section heading
        lines = 2 if index.data(SUBTITLE_ROLE) else 1
        return QSize(size.width(), lines * line + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        title = view_option.text
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        painter.save()
        if index.parent().isValid():
            self._paint_row(painter, view_option, title, index)
        else:
            self._paint_heading(painter, view_option, title)
        painter.restore()

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, title: str) -> None:
        rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, -2)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, title: str, row: ItemIndex) -> None:
        main, muted = self._row_colors(option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(option.font)
        loaded = bool(row.data(LOADED_ROLE))
        title_font.setBold(loaded)
        subtitle = str(row.data(SUBTITLE_ROLE) or "") + (" · loaded" if loaded else "")
        if not subtitle:
            self._draw_line(painter, rect, title, title_font, main)
            return
        top, bottom = rect.adjusted(0, 0, 0, -rect.height() // 2), rect.adjusted(0, rect.height() // 2, 0, 0)
        self._draw_line(painter, top, title, title_font, main)
        self._draw_line(painter, bottom, subtitle, QFont(option.font), muted)

    @staticmethod
    def _row_colors(option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
        """Title and subtitle colours from the palette, for selected, disabled and normal rows."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        main_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = main_role if selected or not enabled else QPalette.ColorRole.PlaceholderText
        return option.palette.color(group, main_role), option.palette.color(group, muted_role)

    @staticmethod
    def _draw_line(painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor) -> None:
        painter.setFont(font)
        painter.setPen(color)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


# --- the panel ----------------------------------------------------------------------------------------


class ModelPanel(QWidget):
    """The model manager: packaged and recent models on the left, the loaded model on the right."""

    load_requested = Signal(str)  # a packaged model key or a path to a .gguf file
    unload_requested = Signal()

    SUMMARY_FIELDS = (
        ("name", "Name", ""),
        ("architecture", "Architecture", ""),
        ("parameters", "Parameters", ""),
        ("quantization", "Quantization", QUANTIZATION_TIP),
        ("file_size", "File size", ""),
        ("trained_context", "Trained context", TRAINED_CONTEXT_TIP),
        ("loaded_context", "Loaded context", LOADED_CONTEXT_TIP),
        ("layers", "Layers", ""),
        ("heads", "Heads / KV heads", HEADS_TIP),
        ("embedding", "Embedding size", EMBEDDING_TIP),
        ("vocabulary", "Vocabulary size", VOCAB_TIP),
        ("gpu_offload", "GPU offload", ""),
        ("path", "File", GGUF_TIP),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._busy = False
        self._loaded = False
        self._loaded_path: str | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_models_column())
        splitter.addWidget(self._build_loaded_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 660])
        layout = QVBoxLayout(self)
        _padded(layout)
        layout.addWidget(self._build_sections(splitter))
        self._fill_packaged()
        self.set_recent([])
        self.set_error(None)
        self.show_info(None)

    def _build_sections(self, overview: QWidget) -> QTabWidget:
        """Overview (packaged, recent, the loaded model), the model library and Hub downloads."""
        self.library = LibraryView()
        self.hub = HubView()
        self.library.load_requested.connect(self.load_requested)
        self.hub.load_requested.connect(self.load_requested)
        self.hub.downloaded.connect(self.library.refresh)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(overview, "Overview")
        self.sections.addTab(self.library, "Library")
        self.sections.addTab(self.hub, "Download")
        self.sections.setTabToolTip(0, "Packaged and recent models, and the facts of the loaded one.")
        self.sections.setTabToolTip(1, "Every GGUF model on this machine, wherever it is.")
        self.sections.setTabToolTip(2, "Search the Hugging Face Hub and download GGUF models.")
        return self.sections

    # --- building: the models column -------------------------------------------------------------

    def _build_models_column(self) -> QWidget:
        column = QWidget()
        column.setMinimumWidth(280)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, SPACING, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(_heading("Models"))
        layout.addWidget(self._build_model_list(), 1)
        self.model_details = _secondary(QLabel())
        self.model_details.setWordWrap(True)
        self.model_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.model_details)
        layout.addLayout(self._build_load_buttons())
        return column

    def _build_model_list(self) -> QTreeWidget:
        self.model_list = QTreeWidget()
        self.model_list.setHeaderHidden(True)
        self.model_list.setRootIsDecorated(False)
        self.model_list.setIndentation(0)  # section headings are told apart by their style, not an indent
        self.model_list.setUniformRowHeights(False)
        self.model_list.setItemDelegate(ModelRowDelegate(self.model_list))
        self.model_list.setToolTip(GGUF_TIP)
        self.packaged_section = self._section_item("Packaged")
        self.recent_section = self._section_item("Recent")
        self.model_list.itemActivated.connect(self._on_item_activated)
        self.model_list.currentItemChanged.connect(self._on_current_changed)
        return self.model_list

    def _section_item(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.model_list, [title.upper()])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not loadable
        font = item.font(0)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        item.setFont(0, font)
        item.setExpanded(True)
        return item

    def _build_load_buttons(self) -> QHBoxLayout:
        self.load_button = QPushButton("Load")
        self.load_button.setToolTip("Load the selected model (or double-click it).")
        self.load_button.clicked.connect(self._load_current)
        self.open_button = QPushButton("Open GGUF file…")
        self.open_button.setToolTip(f"{GGUF_TIP}\n\nYou can also drop a .gguf file onto this tab.")
        self.open_button.clicked.connect(self._open_file)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.load_button)
        return row

    # --- building: the loaded-model column -------------------------------------------------------

    def _build_loaded_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_loaded_header())
        layout.addWidget(self._build_error_banner())
        self.info_stack = QStackedWidget()
        self.info_stack.addWidget(self._build_empty_state())
        self.info_stack.addWidget(self._build_info_tabs())
        layout.addWidget(self.info_stack, 1)
        return column

    def _build_loaded_header(self) -> QHBoxLayout:
        self.unload_button = QPushButton("Unload")
        self.unload_button.setToolTip("Free the loaded model's memory.")
        self.unload_button.clicked.connect(self.unload_requested)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(_heading("Loaded model"))
        row.addStretch(1)
        row.addWidget(self.unload_button)
        return row

    def _build_error_banner(self) -> QFrame:
        self.error_banner = QFrame()
        self.error_banner.setObjectName("errorBanner")
        # A translucent red reads as "error" on light and dark backgrounds; the text keeps the palette's.
        self.error_banner.setStyleSheet(
            "#errorBanner { background: rgba(220, 60, 60, 0.14); border: 1px solid rgba(220, 60, 60, 0.75);"
            " border-radius: 6px; }"
        )
        self.error_label = _value_label()
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(self.error_banner)
        _padded(layout)
        layout.addWidget(self.error_label)
        return self.error_banner

    def _build_empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("emptyState")
        # A dashed outline hints that files can be dropped here; palette(mid) suits both themes.
        frame.setStyleSheet("#emptyState { border: 2px dashed palette(mid); border-radius: 8px; }")
        self.empty_state = _secondary(QLabel(EMPTY_STATE_TEXT))
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        font = self.empty_state.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.empty_state.setFont(font)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 3)
        layout.addWidget(self.empty_state)
        return frame

    def _build_info_tabs(self) -> QTabWidget:
        self.info_tabs = QTabWidget()
        self.info_tabs.setDocumentMode(True)
        self.info_tabs.addTab(self._build_summary(), "Summary")
        self.info_tabs.addTab(self._build_special_tokens(), "Special tokens")
        self.info_tabs.addTab(self._build_chat_template(), "Chat template")
        self.info_tabs.addTab(self._build_metadata(), "Metadata")
        return self.info_tabs

    def _build_summary(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        _padded(form)
        form.setContentsMargins(0, SPACING, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary_values: dict[str, QLabel] = {}
        for field, title, tip in self.SUMMARY_FIELDS:
            caption = _secondary(QLabel(title))
            value = _value_label()
            caption.setToolTip(tip)
            value.setToolTip(tip)
            form.addRow(caption, value)
            self.summary_values[field] = value
        return page

    def _build_special_tokens(self) -> QWidget:
        self.special_tokens_table = _read_only_table(["Name", "ID", "Text"])
        self.special_tokens_table.setToolTip(SPECIAL_TOKENS_TIP)
        return _tab_page(self.special_tokens_table)

    def _build_chat_template(self) -> QWidget:
        self.chat_template_note = _secondary(QLabel(NO_TEMPLATE_TEXT))
        self.chat_template_note.setWordWrap(True)
        self.chat_template_view = QPlainTextEdit()
        self.chat_template_view.setReadOnly(True)
        self.chat_template_view.setAcceptDrops(False)  # let a dropped .gguf reach the panel
        self.chat_template_view.setFont(self._mono_font())
        self.chat_template_view.setToolTip(CHAT_TEMPLATE_TIP)
        return _tab_page(self.chat_template_note, self.chat_template_view)

    def _build_metadata(self) -> QWidget:
        self.metadata_filter = QLineEdit()
        self.metadata_filter.setPlaceholderText("Filter keys and values…")
        self.metadata_filter.setClearButtonEnabled(True)
        self.metadata_filter.setAcceptDrops(False)
        self.metadata_model = QStandardItemModel(0, 2, self)
        self.metadata_model.setHorizontalHeaderLabels(["Key", "Value"])
        self.metadata_proxy = QSortFilterProxyModel(self)
        self.metadata_proxy.setSourceModel(self.metadata_model)
        self.metadata_proxy.setFilterKeyColumn(-1)
        self.metadata_proxy.setFilterRole(FULL_TEXT_ROLE)
        self.metadata_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.metadata_filter.textChanged.connect(self.metadata_proxy.setFilterFixedString)
        self.metadata_view = QTableView()
        self.metadata_view.setModel(self.metadata_proxy)
        self.metadata_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metadata_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metadata_view.setAlternatingRowColors(True)
        self.metadata_view.setSortingEnabled(True)
        self.metadata_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        _compact_rows(self.metadata_view)
        self.metadata_view.setWordWrap(False)
        self.metadata_view.verticalHeader().setVisible(False)
        self.metadata_view.horizontalHeader().setStretchLastSection(True)
        self.metadata_view.setToolTip("The GGUF file's key/value settings, exactly as llama.cpp reads them.")
        return _tab_page(self.metadata_filter, self.metadata_view)

    @staticmethod
    def _widen_columns(table: QTableWidget) -> None:
        # Fit the contents, then add air so narrow columns (names, ids) do not look cramped.
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, max(table.columnWidth(column) + 2 * SPACING, 80))

    @staticmethod
    def _mono_font() -> QFont:
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    # --- public API ------------------------------------------------------------------------------

    def set_recent(self, paths: list[str]) -> None:
        """Show recently used model files; missing ones stay listed but greyed out."""
        self.recent_section.takeChildren()
        for path in paths:
            self._add_recent_row(path)
        if not paths:
            placeholder = QTreeWidgetItem(self.recent_section, ["No recent files yet"])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._mark_loaded_row()

    def show_info(self, info: dict[str, Any] | None) -> None:
        """Describe the loaded model, or show the empty state for None."""
        self._loaded = info is not None
        self._loaded_path = str(info.get("path")) if info else None
        self._update_controls()
        self._mark_loaded_row()
        if info is None:
            self.info_stack.setCurrentIndex(0)
            return
        self._fill_summary(info)
        self._fill_special_tokens(info.get("special_tokens") or {})
        self._fill_chat_template(info.get("chat_template"))
        self._fill_metadata(info.get("metadata") or {})
        self.info_stack.setCurrentIndex(1)

    def set_busy(self, busy: bool) -> None:
        """While a load runs, nothing may ask for another."""
        self._busy = busy
        self._update_controls()

    def set_error(self, message: str | None) -> None:
        """Show an error above the model info; None clears it."""
        self.error_label.setText(message or "")
        self.error_banner.setVisible(bool(message))

    # --- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_if_gguf(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_if_gguf(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = gguf_path_from_mime(event.mimeData())
        if path is None or self._busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_requested.emit(path)

    def _accept_if_gguf(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if not self._busy and gguf_path_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- the models list -------------------------------------------------------------------------

    def _fill_packaged(self) -> None:
        for model in PACKAGED:
            self._add_packaged_row(model)
        first = self.packaged_section.child(0)
        if first is not None:
            self.model_list.setCurrentItem(first)

    def _add_packaged_row(self, model: PackagedModel) -> None:
        path, status = packaged_status(model)
        item = QTreeWidgetItem(self.packaged_section, [model.title])
        item.setData(0, SUBTITLE_ROLE, f"{model.key} · {status_word(path)}")
        item.setData(0, TARGET_ROLE, model.key)
        item.setData(0, PATH_ROLE, str(path) if path else None)
        item.setToolTip(0, f"{model.description}\n\n{path or status}")
        item.setData(0, Qt.ItemDataRole.WhatsThisRole, model.description)

    def _add_recent_row(self, path: str) -> None:
        file = Path(path)
        item = QTreeWidgetItem(self.recent_section, [file.name])
        item.setData(0, SUBTITLE_ROLE, str(file.parent))
        item.setData(0, TARGET_ROLE, path)
        item.setData(0, PATH_ROLE, path)
        if file.is_file():
            item.setToolTip(0, path)
            item.setData(0, Qt.ItemDataRole.WhatsThisRole, path)
        else:
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed by the style; kept so the user sees it went
            item.setToolTip(0, FILE_NOT_FOUND)

    def _mark_loaded_row(self) -> None:
        loaded = self._loaded_path
        for item in self._model_rows():
            item.setData(0, LOADED_ROLE, loaded is not None and item.data(0, PATH_ROLE) == loaded)

    def _model_rows(self) -> list[QTreeWidgetItem]:
        sections = (self.packaged_section, self.recent_section)
        rows = [section.child(index) for section in sections for index in range(section.childCount())]
        return [row for row in rows if row is not None]

    def _selected_target(self) -> str | None:
        item = self.model_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        target = item.data(0, TARGET_ROLE)
        return str(target) if target else None

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target and not self._busy and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.load_requested.emit(str(target))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        details = current.data(0, Qt.ItemDataRole.WhatsThisRole) if current else None
        self.model_details.setText(str(details) if details else "")
        self._update_controls()

    @Slot()
    def _load_current(self) -> None:
        target = self._selected_target()
        if target and not self._busy:
            self.load_requested.emit(target)

    @Slot()
    def _open_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "Open a GGUF model", "", "GGUF models (*.gguf)")
        if path and not self._busy:
            self.load_requested.emit(path)

    def _update_controls(self) -> None:
        self.load_button.setEnabled(not self._busy and self._selected_target() is not None)
        self.open_button.setEnabled(not self._busy)
        self.model_list.setEnabled(not self._busy)
        self.unload_button.setEnabled(self._loaded and not self._busy)

    # --- the loaded model ------------------------------------------------------------------------

    def _fill_summary(self, info: dict[str, Any]) -> None:
        for field, text in summary_texts(info).items():
            self.summary_values[field].setText(text)

    def _fill_special_tokens(self, tokens: dict[str, dict[str, Any]]) -> None:
        table = self.special_tokens_table
        table.setRowCount(len(tokens))
        for row, (name, token) in enumerate(tokens.items()):
            text = str(token.get("text", ""))
            cells = [name, str(token.get("id", "")), visible_text(text)]
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(f"{name}: token {token.get('id')}, text {text!r}")
                if column == 2:
                    item.setFont(self._mono_font())  # token text is code-like: spacing and escapes matter
                table.setItem(row, column, item)
        self._widen_columns(table)
        self.info_tabs.setTabText(1, f"Special tokens ({len(tokens)})")

    def _fill_chat_template(self, template: str | None) -> None:
        self.chat_template_note.setVisible(template is None)
        self.chat_template_view.setVisible(template is not None)
        self.chat_template_view.setPlainText(template or "")

    def _fill_metadata(self, metadata: dict[str, str]) -> None:
        model = self.metadata_model
        model.removeRows(0, model.rowCount())
        for key in sorted(metadata):
            model.appendRow([_metadata_cell(key), _metadata_cell(str(metadata[key]))])
        self.metadata_view.resizeColumnToContents(0)
        self.info_tabs.setTabText(3, f"Metadata ({len(metadata)})")


def status_word(path: Path | None) -> str:
    return "installed" if path else "not installed"


def _metadata_cell(text: str) -> QStandardItem:
    item = QStandardItem(shorten(visible_text(text), METADATA_DISPLAY_LIMIT))
    item.setData(text, FULL_TEXT_ROLE)
    item.setToolTip(shorten(text, TOOLTIP_LIMIT))
    item.setEditable(False)
    return item


def summary_texts(info: dict[str, Any]) -> dict[str, str]:
    """The summary form's text, field by field, from a `ModelInfo.as_dict()`."""
    n_params, file_size = int(info.get("n_params", 0)), int(info.get("file_size", 0))
    return {
        "name": str(info.get("name") or Path(str(info.get("path", ""))).stem),
        "architecture": str(info.get("architecture", "—")),
        "parameters": f"{format_params(n_params)} ({n_params:,})",
        "quantization": str(info.get("quantization", "—")),
        "file_size": f"{format_bytes(file_size)} ({file_size:,} bytes)",
        "trained_context": f"{int(info.get('context_length', 0)):,} tokens",
        "loaded_context": f"{int(info.get('n_ctx', 0)):,} tokens",
        "layers": str(info.get("n_layers", "—")),
        "heads": heads_text(int(info.get("n_heads", 0)), int(info.get("n_kv_heads", 0))),
        "embedding": f"{int(info.get('n_embd', 0)):,}",
        "vocabulary": f"{int(info.get('vocab_size', 0)):,} tokens",
        "gpu_offload": "available in this build" if info.get("gpu_offload_supported") else "CPU only build",
        "path": str(info.get("path", "—")),
    }
