"""The "Model" tab: choose a model to load and read what the loaded one is made of.

The panel never loads anything itself. It asks through `load_requested` / `unload_requested`, and the
window answers with `set_busy`, `set_error` and `show_info` (a `ModelInfo.as_dict()`, optionally with the
GGUF key/values under "metadata").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import PACKAGED, ModelError, PackagedModel, resolve_model
from engine.library.recommended import PACKAGED_LANGUAGES
from gui.library.hub_view import HubView
from gui.library.languages import packaged_details, packaged_line
from gui.library.library_view import LibraryView
from gui.library.loaded_model import GGUF_TIP, LoadedModelView
from gui.library.loaded_model import translated as loaded_text
from gui.library.model_rows import LOADED_ROLE, PATH_ROLE, SUBTITLE_ROLE, TARGET_ROLE, ModelRowDelegate
from gui.library.model_text import status_word
from gui.library.widgets import SPACING, heading, padded, secondary

FILE_NOT_FOUND = str(QT_TRANSLATE_NOOP("ModelPanel", "file not found"))


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


class ModelPanel(LoadedModelView):
    """The model manager: packaged and recent models on the left, the loaded model on the right."""

    load_requested = Signal(str)  # a packaged model key or a path to a .gguf file

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
        padded(layout)
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
        self.sections.addTab(overview, self.tr("Overview"))
        self.sections.addTab(self.library, self.tr("Library"))
        self.sections.addTab(self.hub, self.tr("Download"))
        self.sections.setTabToolTip(
            0, self.tr("Packaged and recent models, and the facts of the loaded one.")
        )
        self.sections.setTabToolTip(1, self.tr("Every GGUF model on this machine, wherever it is."))
        self.sections.setTabToolTip(
            2,
            self.tr(
                "Search the Hugging Face Hub and download GGUF models, or pick one for Portuguese "
                "and Spanish."
            ),
        )
        return self.sections

    # --- building: the models column -------------------------------------------------------------

    def _build_models_column(self) -> QWidget:
        column = QWidget()
        column.setMinimumWidth(280)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, SPACING, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(self.tr("Models")))
        layout.addWidget(self._build_model_list(), 1)
        self.model_details = secondary(QLabel())
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
        self.model_list.setToolTip(loaded_text(GGUF_TIP))
        self.packaged_section = self._section_item(self.tr("Packaged"))
        self.recent_section = self._section_item(self.tr("Recent"))
        self.model_list.itemActivated.connect(self._on_item_activated)
        self.model_list.currentItemChanged.connect(self._on_current_changed)
        return self.model_list

    def _section_item(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.model_list, [self.locale().toUpper(title)])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not loadable
        font = item.font(0)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        item.setFont(0, font)
        item.setExpanded(True)
        return item

    def _build_load_buttons(self) -> QHBoxLayout:
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.setToolTip(self.tr("Load the selected model (or double-click it)."))
        self.load_button.clicked.connect(self._load_current)
        self.open_button = QPushButton(self.tr("Open GGUF file…"))
        self.open_button.setToolTip(
            self.tr("{gguf}\n\nYou can also drop a .gguf file onto this tab.").format(
                gguf=loaded_text(GGUF_TIP)
            )
        )
        self.open_button.clicked.connect(self._open_file)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.load_button)
        return row

    # --- public API ------------------------------------------------------------------------------

    def set_recent(self, paths: list[str]) -> None:
        """Show recently used model files; missing ones stay listed but greyed out."""
        self.recent_section.takeChildren()
        for path in paths:
            self._add_recent_row(path)
        if not paths:
            placeholder = QTreeWidgetItem(self.recent_section, [self.tr("No recent files yet")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._mark_loaded_row()

    def show_info(self, info: dict[str, Any] | None) -> None:
        """Describe the loaded model, or show the empty state for None."""
        self._loaded = info is not None
        self._loaded_path = str(info.get("path")) if info else None
        self._update_controls()
        self._mark_loaded_row()
        self._show_loaded(info)

    def set_busy(self, busy: bool) -> None:
        """While a load runs, nothing may ask for another."""
        self._busy = busy
        self._update_controls()

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
        languages = PACKAGED_LANGUAGES.get(model.key)
        # The row says which language the model suits; its status only where it is missing.
        subtitle = [packaged_line(languages)] if languages else [model.key]
        if path is None or languages is None:
            subtitle.append(status_word(path))
        item.setData(0, SUBTITLE_ROLE, " · ".join(subtitle))
        item.setData(0, TARGET_ROLE, model.key)
        item.setData(0, PATH_ROLE, str(path) if path else None)
        details = packaged_details(model.description, languages)
        item.setToolTip(0, f"{details}\n\n{path or status}")
        item.setData(0, Qt.ItemDataRole.WhatsThisRole, details)

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
            item.setToolTip(0, QCoreApplication.translate("ModelPanel", FILE_NOT_FOUND))

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
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), "", self.tr("GGUF models (*.gguf)")
        )
        if path and not self._busy:
            self.load_requested.emit(path)

    def _update_controls(self) -> None:
        self.load_button.setEnabled(not self._busy and self._selected_target() is not None)
        self.open_button.setEnabled(not self._busy)
        self.model_list.setEnabled(not self._busy)
        self.unload_button.setEnabled(self._loaded and not self._busy)
