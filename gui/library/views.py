"""The Model tab's Library and Download views.

Library: every GGUF model on this machine (packaged, the Hugging Face cache, folders the user added),
filterable and sortable; double-click loads, Delete… removes a model's files, Reveal opens its folder.
Download: search the Hugging Face Hub for GGUF repositories, pick a file (the one that suits this
machine's memory is marked), download it into the shared Hugging Face cache with progress, speed and
Cancel; a cancelled download resumes where it stopped.

Hub work runs in Python threads (engine/hub.py is Qt-free); results come back through queued signals.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QPalette, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.library.hub import (
    DownloadProgress,
    DownloadResult,
    HubError,
    HubFile,
    RepoSummary,
    download_model,
    list_gguf_files,
    memory_fit,
    search_repos,
    suggest_file,
)
from engine.library.catalog import LibraryModel, delete_model, hf_cache_dir, human_size, scan_library
from engine.core.models import ModelError, available_memory_bytes

SPACING = 12
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11
FOLDERS_KEY = "library/folders"
LAST_USED_KEY = "library/last_used"

SOURCE_LABELS = {"packaged": "Packaged", "hf-cache": "Hugging Face cache", "folder": "Folder"}
LIBRARY_COLUMNS = ("Name", "Architecture", "Size", "Quantization", "Context", "Last used", "Source", "Path")
FILE_COLUMNS = ("File", "Quantization", "Size", "Fits in memory")
FIT_TEXT = {"fits": "Fits", "tight": "Tight", "too big": "Too big", "unknown": "Unknown"}

LIBRARY_EMPTY_TEXT = (
    "No models found.\n\nDownload one from the Hugging Face Hub (the Download tab), "
    "or add a folder that holds .gguf files."
)
CONTEXT_TIP = "Trained context: the longest sequence, in tokens, the model was trained to attend over."
SOURCE_TIP = (
    "Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools "
    f"({hf_cache_dir()}). Folder: a folder you added."
)
FIT_TIP = (
    "Compares the file's size with the memory this machine has free now. A model needs its file's size "
    "in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, "
    "'Tight' may swap, 'Too big' will not load well."
)
QUANT_TIP = (
    "Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, "
    "slightly less accurate. Q4_K_M is a common balance."
)


def _item(text: str, sort_value: Any = None, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.lower() if sort_value is None else sort_value, SORT_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _table(model: QSortFilterProxyModel | QStandardItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + SPACING // 2)
    return table


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    return label


def format_last_used(stamp: float | None, now: float | None = None) -> str:
    if stamp is None:
        return "Never"
    age = (now or time.time()) - stamp
    if age < 60:
        return "Just now"
    if age < 3600:
        return f"{int(age // 60)} min ago"
    if age < 86400:
        return f"{int(age // 3600)} h ago"
    if age < 86400 * 30:
        return f"{int(age // 86400)} days ago"
    return time.strftime("%Y-%m-%d", time.localtime(stamp))


def reveal_url(entry: LibraryModel) -> QUrl:
    """The folder that holds the model (the snapshot folder for the HF cache), as a file URL."""
    return QUrl.fromLocalFile(str(Path(entry.path).parent))


class _Worker(QObject):
    """Runs one function in a Python thread; its result or error comes back as a queued signal."""

    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(object)

    def start(self, function: Callable[[], Any]) -> None:
        threading.Thread(target=self._run, args=(function,), daemon=True).start()

    def _run(self, function: Callable[[], Any]) -> None:
        try:
            result = function()
        except (HubError, ModelError, OSError) as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a thread's error must reach the window, whatever it is
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished.emit(result)


class _Banner(QFrame):
    """A message line above a view: an error (red tint) or a note (no frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("libraryBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        layout.addWidget(self.label)
        self.hide()

    def show_message(self, text: str | None, error: bool = False) -> None:
        # A translucent tint reads as "error" or "note" on light and dark palettes alike.
        tint = "220, 60, 60" if error else "60, 120, 220"
        self.setStyleSheet(
            f"#libraryBanner {{ background: rgba({tint}, 0.12); border: 1px solid rgba({tint}, 0.6);"
            " border-radius: 6px; }"
        )
        self.label.setText(text or "")
        self.setVisible(bool(text))


# --- the library ------------------------------------------------------------------------------------


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
        self.model.setHorizontalHeaderLabels(list(LIBRARY_COLUMNS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_toolbar())
        self.banner = _Banner()
        layout.addWidget(self.banner)
        layout.addWidget(self._build_stack(), 1)
        layout.addLayout(self._build_actions())
        self._update_actions()

    # --- building --------------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by name, architecture, quantization, source or path")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.folders_button = QPushButton("Folders")
        self.folders_button.setToolTip(
            "Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged "
            "models and the Hugging Face cache."
        )
        self.folders_menu = QMenu(self)
        self.folders_menu.aboutToShow.connect(self._fill_folders_menu)
        self.folders_button.setMenu(self.folders_menu)
        self.add_folder_button = QPushButton("Add folder…")
        self.add_folder_button.setToolTip("Add a folder of .gguf files to the library.")
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Look for models again (new downloads, files copied into folders).")
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.folders_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.refresh_button)
        return row

    def _build_stack(self) -> QStackedWidget:
        self.table = _table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.load_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 90, 130, 95, 75, 95, 310)):
            header.resizeSection(column, width)
        for column, tip in ((3, QUANT_TIP), (4, CONTEXT_TIP), (6, SOURCE_TIP)):
            self.model.horizontalHeaderItem(column).setToolTip(tip)
        self.empty_label = _muted(QLabel(LIBRARY_EMPTY_TEXT))
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
        self.details = _muted(QLabel())
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton("Show in folder")
        self.reveal_button.setToolTip("Open the folder that holds this model in the file manager.")
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip(
            "Delete the model's file (every part of a split model). For the Hugging Face cache, the cached "
            "file itself is removed, so other tools that share the cache lose it too. Asks first."
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.load_button = QPushButton("Load")
        self.load_button.setToolTip("Load the selected model (or double-click it).")
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
            self.model.appendRow(self._row(entry))
        self.stack.setCurrentIndex(0 if self.entries else 1)
        if selected is not None:
            self.select_path(selected.path)
        self._update_actions()

    def _row(self, entry: LibraryModel) -> list[QStandardItem]:
        context = f"{entry.context_length:,}" if entry.context_length else "?"
        source = SOURCE_LABELS.get(entry.source, entry.source)
        if entry.repo:
            source = f"{source}: {entry.repo}"
        parts = f" ({entry.parts} parts)" if entry.parts > 1 else ""
        name = _item(entry.name, tooltip=entry.error or entry.path)
        name.setData(entry, ENTRY_ROLE)
        return [
            name,
            _item(entry.architecture),
            _item(human_size(entry.size_bytes) + parts, entry.size_bytes),
            _item(entry.quantization or "?"),
            _item(context, entry.context_length or 0),
            _item(format_last_used(entry.last_used), entry.last_used or 0.0),
            _item(source, tooltip=SOURCE_TIP),
            _item(entry.path, tooltip=entry.path),
        ]

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
            self.details.setText(f"{count} model{'s' if count != 1 else ''}" if self.scanned else "")
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
                f"Could not open a file manager for {Path(entry.path).parent}", error=True
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
            self.banner.show_message(f"Could not delete {entry.name}: {error}", error=True)
            return False
        self.banner.show_message(f"Deleted {entry.name} ({human_size(entry.size_bytes)} freed).")
        self.refresh()
        return True

    def _confirm_delete(self, entry: LibraryModel) -> bool:
        where = (
            "It is in the Hugging Face cache, which other tools share: they lose it too."
            if entry.source == "hf-cache"
            else "The file is deleted from disk."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete model",
            f"Delete {entry.name} ({human_size(entry.size_bytes)})?\n\n{entry.path}\n\n{where}",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmDelete")
        box.exec()
        return box.clickedButton() is delete

    # --- folders --------------------------------------------------------------------------------

    def _fill_folders_menu(self) -> None:
        self.folders_menu.clear()
        cache = self.folders_menu.addAction(f"Hugging Face cache: {hf_cache_dir()}")
        cache.setEnabled(False)
        for folder in self.folders:
            action = self.folders_menu.addAction(f"Remove {folder}")
            action.triggered.connect(lambda _checked=False, folder=folder: self.remove_folder(folder))
        if not self.folders:
            self.folders_menu.addAction("No folders added yet").setEnabled(False)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of GGUF models", str(Path.home()))
        if folder:
            self.add_folder(folder)


# --- the Hub ----------------------------------------------------------------------------------------


class HubView(QWidget):
    """Search the Hugging Face Hub, choose a file, download it with progress, cancel and resume."""

    load_requested = Signal(str)
    downloaded = Signal(str)  # the path of a finished download

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repos: list[RepoSummary] = []
        self.files: list[HubFile] = []
        self.repo_id: str | None = None
        self.request = 0  # newer searches and listings make older answers stale
        self.cancel: threading.Event | None = None
        self.downloading: HubFile | None = None
        self.last_download: DownloadResult | None = None
        self.available = available_memory_bytes()
        self.repo_model = QStandardItemModel(0, 3, self)
        self.repo_model.setHorizontalHeaderLabels(["Repository", "Downloads", "Likes"])
        self.file_model = QStandardItemModel(0, len(FILE_COLUMNS), self)
        self.file_model.setHorizontalHeaderLabels(list(FILE_COLUMNS))
        self.file_model.horizontalHeaderItem(1).setToolTip(QUANT_TIP)
        self.file_model.horizontalHeaderItem(3).setToolTip(FIT_TIP)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_search_row())
        self.banner = _Banner()
        layout.addWidget(self.banner)
        layout.addWidget(self._build_lists(), 1)
        layout.addLayout(self._build_download_row())
        self._set_downloading(False)

    def _build_search_row(self) -> QHBoxLayout:
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            "Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5"
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton("Search")
        self.search_button.setToolTip(
            "Search GGUF repositories on the Hugging Face Hub, most downloaded first."
        )
        self.search_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.search_button)
        return row

    def _build_lists(self) -> QSplitter:
        self.repo_table = _table(self.repo_model)
        self.repo_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.repo_table.horizontalHeader().setStretchLastSection(False)
        self.repo_table.selectionModel().currentRowChanged.connect(self._on_repo_changed)
        self.file_table = _table(self.file_model)
        self.file_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.file_table.horizontalHeader().setStretchLastSection(False)
        self.file_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.file_table.doubleClicked.connect(lambda _index: self.download_selected())
        self.repo_hint = _muted(QLabel("Search to see repositories."))
        self.file_hint = _muted(QLabel("Choose a repository to see its GGUF files."))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._column("Repositories", self.repo_table, self.repo_hint))
        splitter.addWidget(self._column("Files", self.file_table, self.file_hint, self.suggestion))
        splitter.setSizes([420, 580])
        return splitter

    @staticmethod
    def _column(title: str, *widgets: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        label = QLabel(title)
        font = label.font()
        font.setWeight(font.Weight.DemiBold)
        label.setFont(font)
        layout.addWidget(label)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return column

    def _build_download_row(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.speed_label = _muted(QLabel())
        self.speed_label.setMinimumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(
            "Stop the download. The part already received is kept: download again to resume."
        )
        self.cancel_button.clicked.connect(self.cancel_download)
        self.download_button = QPushButton("Download")
        self.download_button.setToolTip(
            "Download the selected file (every part of a split model) into the Hugging Face cache, which "
            "other tools share. The file is checked against the Hub's SHA-256 before it appears."
        )
        self.download_button.clicked.connect(self.download_selected)
        self.load_button = QPushButton("Load")
        self.load_button.setToolTip("Load the model just downloaded.")
        self.load_button.clicked.connect(self._load_downloaded)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.progress, 1)
        row.addWidget(self.speed_label)
        row.addWidget(self.cancel_button)
        row.addWidget(self.download_button)
        row.addWidget(self.load_button)
        return row

    # --- search and files ------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        query = self.query_edit.text().strip()
        self.request += 1
        request = self.request
        self.repo_hint.setText(f"Searching for “{query}”…" if query else "Searching…")
        self.repo_hint.show()
        self.banner.show_message(None)
        worker = self._worker(lambda repos: self._show_repos(request, repos), self._show_error)
        worker.start(lambda: search_repos(query))

    def _worker(self, done: Callable[[Any], None], failed: Callable[[str], None]) -> _Worker:
        worker = _Worker(self)
        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(worker.deleteLater)
        worker.failed.connect(worker.deleteLater)
        return worker

    def _show_repos(self, request: int, repos: list[RepoSummary]) -> None:
        if request != self.request:
            return
        self.repos = repos
        self.repo_model.removeRows(0, self.repo_model.rowCount())
        for repo in repos:
            name = _item(repo.repo_id + ("  (gated)" if repo.gated else ""))
            if repo.gated:
                name.setToolTip(
                    "Gated: accept the model's terms on its Hugging Face page and log in to download."
                )
            self.repo_model.appendRow(
                [name, _item(f"{repo.downloads:,}", repo.downloads), _item(f"{repo.likes:,}", repo.likes)]
            )
        self.repo_hint.setText("No GGUF repositories match." if not repos else "")
        self.repo_hint.setVisible(not repos)
        if repos:
            self.repo_table.selectRow(0)

    def _on_repo_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.repos):
            self.list_files(self.repos[current.row()].repo_id)

    def list_files(self, repo_id: str) -> None:
        self.request += 1
        request = self.request
        self.repo_id = repo_id
        self.file_model.removeRows(0, self.file_model.rowCount())
        self.file_hint.setText(f"Listing {repo_id}…")
        self.file_hint.show()
        self.suggestion.clear()
        worker = self._worker(lambda files: self._show_files(request, files), self._show_error)
        worker.start(lambda: list_gguf_files(repo_id))

    def _show_files(self, request: int, files: list[HubFile]) -> None:
        if request != self.request:
            return
        self.files = files
        self.available = available_memory_bytes()
        suggested = suggest_file(files, self.available)
        self.file_model.removeRows(0, self.file_model.rowCount())
        for file in files:
            self.file_model.appendRow(self._file_row(file, file is suggested))
        self.file_hint.setText("This repository has no .gguf files." if not files else "")
        self.file_hint.setVisible(not files)
        self._show_suggestion(suggested)
        if suggested is not None:
            self.file_table.selectRow(files.index(suggested))
        self._update_buttons()

    def _file_row(self, file: HubFile, suggested: bool) -> list[QStandardItem]:
        parts = f" ({len(file.parts)} parts)" if file.parts else ""
        fit = memory_fit(file.size_bytes, self.available)
        name = _item(
            ("★ " if suggested else "") + file.filename, file.filename.lower(), file.filename + parts
        )
        if suggested:
            name.setToolTip(
                "Suggested: the largest file that fits comfortably in this machine's free memory."
            )
        return [
            name,
            _item(file.quantization or "?", tooltip=QUANT_TIP),
            _item(human_size(file.size_bytes) + parts, file.size_bytes or 0),
            _item(FIT_TEXT[fit], tooltip=FIT_TIP),
        ]

    def _show_suggestion(self, suggested: HubFile | None) -> None:
        if suggested is None:
            self.suggestion.clear()
            return
        free = human_size(self.available) if self.available else "unknown"
        self.suggestion.setText(
            f"★ Suggested for this machine ({free} memory free): <b>{suggested.filename}</b> "
            f"({suggested.quantization or 'unknown quantization'}, {human_size(suggested.size_bytes)})"
        )

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.repo_hint.setVisible(not self.repos)
        self.repo_hint.setText("Search to see repositories.")
        self.file_hint.setVisible(not self.files)
        self.file_hint.setText("Choose a repository to see its GGUF files.")
        self.banner.show_message(message, error=True)

    # --- download --------------------------------------------------------------------------------

    def selected_file(self) -> HubFile | None:
        rows = self.file_table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows and rows[0].row() < len(self.files) else None

    def select_file(self, filename: str) -> None:
        for row, file in enumerate(self.files):
            if file.filename == filename:
                self.file_table.selectRow(row)

    @Slot()
    def download_selected(self) -> None:
        file = self.selected_file()
        if file is None or self.downloading is not None:
            return
        self.cancel = threading.Event()
        self.downloading = file
        self.last_download = None
        self.banner.show_message(None)
        self.progress.setValue(0)
        self.progress.setFormat(f"Starting {file.filename}…")
        self._set_downloading(True)
        cancel = self.cancel
        worker = self._worker(self._on_downloaded, self._on_download_failed)
        # The callback runs in the download thread; the queued signal updates the bar in this one.
        worker.progressed.connect(self._on_progress)
        worker.start(
            lambda: download_model(
                file.repo_id, file.filename, progress=worker.progressed.emit, cancel=cancel
            )
        )

    @Slot(object)
    def _on_progress(self, progress: DownloadProgress) -> None:
        if self.downloading is None:
            return
        self.progress.setValue(int(progress.fraction * 1000))
        self.progress.setFormat(
            f"{progress.fraction * 100:.0f} %  ·  {human_size(progress.done_bytes)} of "
            f"{human_size(progress.total_bytes)}"
        )
        speed = f"{human_size(int(progress.bytes_per_second))}/s" if progress.bytes_per_second else ""
        left = progress.total_bytes - progress.done_bytes
        eta = f", {left / progress.bytes_per_second:.0f} s left" if progress.bytes_per_second else ""
        self.speed_label.setText(speed + eta)

    @Slot()
    def cancel_download(self) -> None:
        if self.cancel is not None:
            self.cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat("Cancelling…")

    def _on_downloaded(self, result: DownloadResult) -> None:
        self.downloading = None
        self.last_download = result
        self._set_downloading(False)
        self.progress.setValue(1000)
        self.progress.setFormat(f"Downloaded and verified · {human_size(result.size_bytes)}")
        rate = result.size_bytes / result.seconds if result.seconds > 0 else 0
        self.speed_label.setText(f"{human_size(int(rate))}/s average" if rate else "")
        self.banner.show_message(f"{Path(result.path).name} is in the library: {result.path}")
        self.downloaded.emit(result.path)

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        cancelled = self.cancel is not None and self.cancel.is_set()
        self.downloading = None
        self._set_downloading(False)
        self.speed_label.clear()
        if cancelled:
            self.progress.setFormat("Cancelled · download again to resume")
            self.banner.show_message("Download cancelled. The part received is kept; Download resumes it.")
        else:
            self.progress.setFormat("Download failed")
            self.banner.show_message(message, error=True)

    def _set_downloading(self, active: bool) -> None:
        self.cancel_button.setEnabled(active)
        self.cancel_button.setVisible(active)
        self.progress.setVisible(active or self.progress.value() > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.downloading is not None
        self.download_button.setEnabled(not busy and self.selected_file() is not None)
        self.load_button.setEnabled(not busy and self.last_download is not None)
        self.load_button.setVisible(self.last_download is not None)

    @Slot()
    def _load_downloaded(self) -> None:
        if self.last_download is not None:
            self.load_requested.emit(self.last_download.path)

    def shutdown(self) -> None:
        """Stop a running download (it resumes next time)."""
        if self.cancel is not None:
            self.cancel.set()
