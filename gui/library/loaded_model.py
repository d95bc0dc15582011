"""The Overview's right column: the loaded model's summary, special tokens, chat template and metadata.

`LoadedModelView` builds and fills that column; the Model tab's panel derives from it, so the column's
widgets are the panel's attributes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.library.model_text import shorten, summary_texts, visible_text
from gui.library.widgets import (
    SPACING,
    compact_rows,
    heading,
    padded,
    read_only_table,
    secondary,
    tab_page,
    value_label,
)
from gui.shell.widgets import error_style

FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the metadata filter matches (not the elided text)
METADATA_DISPLAY_LIMIT = 120
TOOLTIP_LIMIT = 4000

EMPTY_STATE_TEXT = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "No model loaded. Pick one on the left, open a .gguf file, or drop one here.",
    )
)
NO_TEMPLATE_TEXT = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "This model has no chat template; Lanterna uses a plain fallback template.",
    )
)

GGUF_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings "
        "(the metadata) travel together in one .gguf file.",
    )
)
QUANTIZATION_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with "
        "(Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small "
        "cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor.",
    )
)
TRAINED_CONTEXT_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "The longest sequence, in tokens, the model was trained to attend over.",
    )
)
LOADED_CONTEXT_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "The context window llama.cpp allocated for this session: prompt plus generated tokens must fit "
        "in it.",
    )
)
HEADS_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; "
        "sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache.",
    )
)
VOCAB_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "How many distinct tokens the tokenizer knows: the width of every next-token distribution.",
    )
)
EMBEDDING_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "The width of the vector that represents each token inside the model.",
    )
)
SPECIAL_TOKENS_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…",
    )
)
CHAT_TEMPLATE_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact "
        "prompt text the model was fine-tuned on.",
    )
)


def translated(text: str) -> str:
    """One of this module's marked constants in the GUI's language."""
    return QCoreApplication.translate("LoadedModelView", text)


PLACEMENT_TIP = str(
    QT_TRANSLATE_NOOP(
        "LoadedModelView",
        "Which machine holds each layer's weights, as llama.cpp placed them at load. Layers on RPC workers "
        "are computed there; this computer schedules the graph, so every view still reads them. Workers "
        "keep the weights as the file stores them, while a local run repacks some quantized layers for "
        "this CPU: the two can differ slightly (for Gemma-3-270M up to 0.03 in a probability).",
    )
)


class LoadedModelView(QWidget):
    """The loaded model's facts in four tabs, an error banner above them, an empty state when none is."""

    unload_requested = Signal()

    SUMMARY_FIELDS = (
        ("name", str(QT_TRANSLATE_NOOP("LoadedModelView", "Name")), ""),
        ("architecture", str(QT_TRANSLATE_NOOP("LoadedModelView", "Architecture")), ""),
        ("parameters", str(QT_TRANSLATE_NOOP("LoadedModelView", "Parameters")), ""),
        ("quantization", str(QT_TRANSLATE_NOOP("LoadedModelView", "Quantization")), QUANTIZATION_TIP),
        ("file_size", str(QT_TRANSLATE_NOOP("LoadedModelView", "File size")), ""),
        (
            "trained_context",
            str(QT_TRANSLATE_NOOP("LoadedModelView", "Trained context")),
            TRAINED_CONTEXT_TIP,
        ),
        ("loaded_context", str(QT_TRANSLATE_NOOP("LoadedModelView", "Loaded context")), LOADED_CONTEXT_TIP),
        ("layers", str(QT_TRANSLATE_NOOP("LoadedModelView", "Layers")), ""),
        ("placement", str(QT_TRANSLATE_NOOP("LoadedModelView", "Where layers run")), PLACEMENT_TIP),
        ("heads", str(QT_TRANSLATE_NOOP("LoadedModelView", "Heads / KV heads")), HEADS_TIP),
        ("embedding", str(QT_TRANSLATE_NOOP("LoadedModelView", "Embedding size")), EMBEDDING_TIP),
        ("vocabulary", str(QT_TRANSLATE_NOOP("LoadedModelView", "Vocabulary size")), VOCAB_TIP),
        ("gpu_offload", str(QT_TRANSLATE_NOOP("LoadedModelView", "GPU offload")), ""),
        ("path", str(QT_TRANSLATE_NOOP("LoadedModelView", "File")), GGUF_TIP),
    )

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
        self.unload_button = QPushButton(self.tr("Unload"))
        self.unload_button.setToolTip(self.tr("Free the loaded model's memory."))
        self.unload_button.clicked.connect(self.unload_requested)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(heading(self.tr("Loaded model")))
        row.addStretch(1)
        row.addWidget(self.unload_button)
        return row

    def _build_error_banner(self) -> QFrame:
        self.error_banner = QFrame()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setStyleSheet(error_style("errorBanner"))
        self.error_label = value_label()
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(self.error_banner)
        padded(layout)
        layout.addWidget(self.error_label)
        return self.error_banner

    def _build_empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("emptyState")
        # A dashed outline hints that files can be dropped here; palette(mid) suits both themes.
        frame.setStyleSheet("#emptyState { border: 2px dashed palette(mid); border-radius: 8px; }")
        self.empty_state = secondary(QLabel(translated(EMPTY_STATE_TEXT)))
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
        self.info_tabs.addTab(self._build_summary(), self.tr("Summary"))
        self.info_tabs.addTab(self._build_special_tokens(), self.tr("Special tokens"))
        self.info_tabs.addTab(self._build_chat_template(), self.tr("Chat template"))
        self.info_tabs.addTab(self._build_metadata(), self.tr("Metadata"))
        return self.info_tabs

    def _build_summary(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        padded(form)
        form.setContentsMargins(0, SPACING, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary_values: dict[str, QLabel] = {}
        for field, title, tip in self.SUMMARY_FIELDS:
            caption = secondary(QLabel(translated(title)))
            value = value_label()
            caption.setToolTip(translated(tip) if tip else "")
            value.setToolTip(translated(tip) if tip else "")
            form.addRow(caption, value)
            self.summary_values[field] = value
        return page

    def _build_special_tokens(self) -> QWidget:
        self.special_tokens_table = read_only_table([self.tr("Name"), self.tr("ID"), self.tr("Text")])
        self.special_tokens_table.setToolTip(translated(SPECIAL_TOKENS_TIP))
        return tab_page(self.special_tokens_table)

    def _build_chat_template(self) -> QWidget:
        self.chat_template_note = secondary(QLabel(translated(NO_TEMPLATE_TEXT)))
        self.chat_template_note.setWordWrap(True)
        self.chat_template_view = QPlainTextEdit()
        self.chat_template_view.setReadOnly(True)
        self.chat_template_view.setAcceptDrops(False)  # let a dropped .gguf reach the panel
        self.chat_template_view.setFont(self._mono_font())
        self.chat_template_view.setToolTip(translated(CHAT_TEMPLATE_TIP))
        return tab_page(self.chat_template_note, self.chat_template_view)

    def _build_metadata(self) -> QWidget:
        self.metadata_filter = QLineEdit()
        self.metadata_filter.setPlaceholderText(self.tr("Filter keys and values…"))
        self.metadata_filter.setClearButtonEnabled(True)
        self.metadata_filter.setAcceptDrops(False)
        self.metadata_model = QStandardItemModel(0, 2, self)
        self.metadata_model.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
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
        compact_rows(self.metadata_view)
        self.metadata_view.setWordWrap(False)
        self.metadata_view.verticalHeader().setVisible(False)
        self.metadata_view.horizontalHeader().setStretchLastSection(True)
        self.metadata_view.setToolTip(
            self.tr("The GGUF file's key/value settings, exactly as llama.cpp reads them.")
        )
        return tab_page(self.metadata_filter, self.metadata_view)

    @staticmethod
    def _widen_columns(table: QTableWidget) -> None:
        # Fit the contents, then add air so narrow columns (names, ids) do not look cramped.
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, max(table.columnWidth(column) + 2 * SPACING, 80))

    @staticmethod
    def _mono_font() -> QFont:
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    # --- filling ---------------------------------------------------------------------------------

    def set_error(self, message: str | None) -> None:
        """Show an error above the model info; None clears it."""
        self.error_label.setText(message or "")
        self.error_banner.setVisible(bool(message))

    def _show_loaded(self, info: dict[str, Any] | None) -> None:
        """Fill the tabs from a `ModelInfo.as_dict()`, or show the empty state for None."""
        if info is None:
            self.info_stack.setCurrentIndex(0)
            return
        self._fill_summary(info)
        self._fill_special_tokens(info.get("special_tokens") or {})
        self._fill_chat_template(info.get("chat_template"))
        self._fill_metadata(info.get("metadata") or {})
        self.info_stack.setCurrentIndex(1)

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
                item.setToolTip(
                    self.tr("{name}: token {id}, text {text}").format(
                        name=name, id=token.get("id"), text=repr(text)
                    )
                )
                if column == 2:
                    item.setFont(self._mono_font())  # token text is code-like: spacing and escapes matter
                table.setItem(row, column, item)
        self._widen_columns(table)
        self.info_tabs.setTabText(1, self.tr("Special tokens ({count})").format(count=len(tokens)))

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
        self.info_tabs.setTabText(3, self.tr("Metadata ({count})").format(count=len(metadata)))


def _metadata_cell(text: str) -> QStandardItem:
    item = QStandardItem(shorten(visible_text(text), METADATA_DISPLAY_LIMIT))
    item.setData(text, FULL_TEXT_ROLE)
    item.setToolTip(shorten(text, TOOLTIP_LIMIT))
    item.setEditable(False)
    return item
