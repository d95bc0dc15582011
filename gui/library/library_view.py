"""The Model tab's Library view: every GGUF model on this machine, in one sortable, filterable table.

Packaged models, the Hugging Face cache and folders the user added; double-click loads, Delete… removes
a model's files, Reveal opens its folder. Folders and last-used times live in the app's settings.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import ModelError
from engine.library.catalog import LibraryModel, delete_model, hf_cache_dir, scan_library
from gui.library.library_rows import (
    CONTEXT_TIP,
    ENTRY_ROLE,
    LIBRARY_COLUMNS,
    LIBRARY_EMPTY_TEXT,
    QUANT_TIP,
    SOURCE_TIP,
    library_row,
    reveal_url,
    source_tip,
    translated,
)
from gui.library.model_text import size_text
from gui.library.widgets import SORT_ROLE, SPACING, Banner, item_table, muted

FOLDERS_KEY = "library/folders"
LAST_USED_KEY = "library/last_used"


class LibraryView(QWidget):
    """Every model on this machine, in one sortable, filterable table."""

    load_requested = Signal(str)  # a packaged key or a path to a .gguf file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: QSettings | None = None
        self.folders: list[str] = []
        self.last_used: dict[str, float] = {}
        self.entries: list[LibraryModel] = []
        self.scanned = False
        self.model = QStandardItemModel(0, len(LIBRARY_COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translated(column) for column in LIBRARY_COLUMNS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_toolbar())
        self.banner = Banner()
        layout.addWidget(self.banner)
        layout.addWidget(self._build_stack(), 1)
        layout.addLayout(self._build_actions())
        self._update_actions()

    # --- building --------------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, architecture, quantization, source or path")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.folders_button = QPushButton(self.tr("Folders"))
        self.folders_button.setToolTip(
            self.tr(
                "Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged "
                "models and the Hugging Face cache."
            )
        )
        self.folders_menu = QMenu(self)
        self.folders_menu.aboutToShow.connect(self._fill_folders_menu)
        self.folders_button.setMenu(self.folders_menu)
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_folder_button.setToolTip(self.tr("Add a folder of .gguf files to the library."))
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Look for models again (new downloads, files copied into folders).")
        )
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.folders_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.refresh_button)
        return row

    def _build_stack(self) -> QStackedWidget:
        self.table = item_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.load_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the last column (where the file is) takes what the others leave: no sideways scrolling at 1024 px
        for column, width in enumerate((220, 90, 125, 90, 70, 100, 110)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setMinimumSectionSize(60)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a path keeps its file name in sight
        for column, tip in ((3, QUANT_TIP), (4, CONTEXT_TIP), (6, SOURCE_TIP)):
            self.model.horizontalHeaderItem(column).setToolTip(
                source_tip() if tip == SOURCE_TIP else translated(tip)
            )
        self.empty_label = muted(QLabel(translated(LIBRARY_EMPTY_TEXT)))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QFrame()
        empty.setObjectName("libraryEmpty")
        empty.setStyleSheet("#libraryEmpty { border: 2px dashed palette(mid); border-radius: 8px; }")
        QVBoxLayout(empty).addWidget(self.empty_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        return self.stack

    def _build_actions(self) -> QHBoxLayout:
        self.details = muted(QLabel())
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Show in folder"))
        self.reveal_button.setToolTip(self.tr("Open the folder that holds this model in the file manager."))
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr(
                "Delete the model's file (every part of a split model). For the Hugging Face cache, the "
                "cached file itself is removed, so other tools that share the cache lose it too. Asks first."
            )
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.setToolTip(self.tr("Load the selected model (or double-click it)."))
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load_selected)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.details, 1)
        row.addWidget(self.reveal_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.load_button)
        return row

    # --- settings -------------------------------------------------------------------------------

    def attach_settings(self, settings: QSettings) -> None:
        """Folders and last-used times live in the app's settings file."""
        self.settings = settings
        self.folders = [str(folder) for folder in self._json(FOLDERS_KEY, [])]
        self.last_used = {str(key): float(value) for key, value in self._json(LAST_USED_KEY, {}).items()}
        if self.scanned:
            self.refresh()

    def _json(self, key: str, default: Any) -> Any:
        if self.settings is None:
            return default
        try:
            value = json.loads(str(self.settings.value(key, json.dumps(default))))
        except ValueError:
            return default
        return value if isinstance(value, type(default)) else default

    def _save(self) -> None:
        if self.settings is not None:
            self.settings.setValue(FOLDERS_KEY, json.dumps(self.folders))
            self.settings.setValue(LAST_USED_KEY, json.dumps(self.last_used))

    def mark_used(self, target: str) -> None:
        """Remember that a model (packaged key or path) was loaded now."""
        self.last_used[target] = time.time()
        self._save()
        if self.scanned:
            self.refresh()

    def add_folder(self, folder: str) -> None:
        if folder and folder not in self.folders:
            self.folders.append(folder)
            self._save()
        self.refresh()

    def remove_folder(self, folder: str) -> None:
        self.folders = [known for known in self.folders if known != folder]
        self._save()
        self.refresh()

    # --- scanning -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.scanned:
            self.refresh()  # scanned when first seen, not at start-up

    @Slot()
    def refresh(self) -> None:
        """Scan again (header reads only: milliseconds per file) and refill the table."""
        self.scanned = True
        self.show_entries(scan_library(self.folders, last_used=self.last_used))

    def show_entries(self, entries: list[LibraryModel]) -> None:
        """Fill the table (the empty state where there is nothing), keeping the selection."""
        self.entries = entries
        selected = self.selected_entry()
        self.model.removeRows(0, self.model.rowCount())
        for entry in self.entries:
            self.model.appendRow(library_row(entry))
        self.stack.setCurrentIndex(0 if self.entries else 1)
        if selected is not None:
            self.select_path(selected.path)
        self._update_actions()

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    # --- selection and actions ------------------------------------------------------------------

    def selected_entry(self) -> LibraryModel | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        entry = rows[0].siblingAtColumn(0).data(ENTRY_ROLE)
        return entry if isinstance(entry, LibraryModel) else None

    def select_path(self, path: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = index.data(ENTRY_ROLE)
            if isinstance(entry, LibraryModel) and entry.path == path:
                self.table.selectRow(row)
                return True
        return False

    def visible_entries(self) -> list[LibraryModel]:
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.load_button.setEnabled(entry is not None and entry.error is None)
        self.reveal_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None and entry.source != "packaged")
        if entry is None:
            count = len(self.entries)
            self.details.setText(self.tr("%n model(s)", "", count) if self.scanned else "")
        else:
            self.details.setText(entry.error or entry.path)

    @Slot()
    def load_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.error is None:
            self.load_requested.emit(entry.load_target)

    @Slot()
    def reveal_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and not QDesktopServices.openUrl(reveal_url(entry)):
            self.banner.show_message(
                self.tr("Could not open a file manager for {folder}").format(folder=Path(entry.path).parent),
                error=True,
            )

    def delete_selected(self, confirm: bool = True) -> bool:
        entry = self.selected_entry()
        if entry is None or entry.source == "packaged":
            return False
        if confirm and not self._confirm_delete(entry):
            return False
        try:
            delete_model(entry)
        except (OSError, ModelError) as error:
            self.banner.show_message(
                self.tr("Could not delete {model}: {error}").format(model=entry.name, error=error), error=True
            )
            return False
        self.banner.show_message(
            self.tr("Deleted {model} ({size} freed).").format(
                model=entry.name, size=size_text(entry.size_bytes)
            )
        )
        self.refresh()
        return True

    def _confirm_delete(self, entry: LibraryModel) -> bool:
        where = (
            self.tr("It is in the Hugging Face cache, which other tools share: they lose it too.")
            if entry.source == "hf-cache"
            else self.tr("The file is deleted from disk.")
        )
        question = self.tr("Delete {model} ({size})?").format(
            model=entry.name, size=size_text(entry.size_bytes)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete model"),
            f"{question}\n\n{entry.path}\n\n{where}",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmDelete")
        box.exec()
        return box.clickedButton() is delete

    # --- folders --------------------------------------------------------------------------------

    def _fill_folders_menu(self) -> None:
        self.folders_menu.clear()
        cache = self.folders_menu.addAction(
            self.tr("Hugging Face cache: {folder}").format(folder=hf_cache_dir())
        )
        cache.setEnabled(False)
        for folder in self.folders:
            action = self.folders_menu.addAction(self.tr("Remove {folder}").format(folder=folder))
            action.triggered.connect(lambda _checked=False, folder=folder: self.remove_folder(folder))
        if not self.folders:
            self.folders_menu.addAction(self.tr("No folders added yet")).setEnabled(False)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of GGUF models"), str(Path.home())
        )
        if folder:
            self.add_folder(folder)
