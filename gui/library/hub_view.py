"""The Model tab's Download view: search the Hugging Face Hub for GGUF repositories and download a file.

The file that suits this machine's memory is marked; it downloads into the shared Hugging Face cache with
progress, speed and Cancel, and a cancelled download resumes where it stopped. Hub work runs in Python
threads (the engine's Hub modules are Qt-free); results come back through queued signals. A search or a
file listing gives up by itself after a few seconds; Cancel stops waiting for it at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import available_memory_bytes
from engine.library import hub_access
from engine.library.catalog import human_size
from engine.library.hub_download import DownloadProgress, DownloadResult, download_model
from engine.library.hub_search import HubFile, RepoSummary, list_gguf_files, search_repos, suggest_file
from gui.library.hub_rows import (
    FILE_COLUMNS,
    FIT_TIP,
    REPO_COLUMNS,
    average_speed_text,
    file_row,
    progress_text,
    repo_row,
    speed_text,
    suggestion_text,
)
from gui.library.library_rows import QUANT_TIP
from gui.library.widgets import SPACING, Banner, item_table, muted
from gui.library.worker import Worker


class HubView(QWidget):
    """Search the Hugging Face Hub, choose a file, download it with progress, cancel and resume."""

    load_requested = Signal(str)
    downloaded = Signal(str)  # the path of a finished download

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repos: list[RepoSummary] = []
        self.files: list[HubFile] = []
        self.repo_id: str | None = None
        self.request = 0  # newer searches and listings, and Cancel, make older answers stale
        self.looking_up: str | None = None  # "search" or "files" while the Hub's answer is awaited
        self.cancel: threading.Event | None = None
        self.downloading: HubFile | None = None
        self.last_download: DownloadResult | None = None
        self.available = available_memory_bytes()
        self.repo_model = QStandardItemModel(0, len(REPO_COLUMNS), self)
        self.repo_model.setHorizontalHeaderLabels(list(REPO_COLUMNS))
        self.file_model = QStandardItemModel(0, len(FILE_COLUMNS), self)
        self.file_model.setHorizontalHeaderLabels(list(FILE_COLUMNS))
        self.file_model.horizontalHeaderItem(1).setToolTip(QUANT_TIP)
        self.file_model.horizontalHeaderItem(3).setToolTip(FIT_TIP)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_search_row())
        self.banner = Banner()
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
        self.search_cancel_button = QPushButton("Cancel")
        self.search_cancel_button.setToolTip(
            "Stop waiting for the Hub. Without an answer, a search gives up by itself after "
            f"{hub_access.HUB_TIMEOUT_S:g} seconds."
        )
        self.search_cancel_button.clicked.connect(self.cancel_lookup)
        self.search_cancel_button.hide()
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.search_cancel_button)
        return row

    def _build_lists(self) -> QSplitter:
        self.repo_table = item_table(self.repo_model)
        self.repo_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.repo_table.horizontalHeader().setStretchLastSection(False)
        self.repo_table.selectionModel().currentRowChanged.connect(self._on_repo_changed)
        self.file_table = item_table(self.file_model)
        self.file_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.file_table.horizontalHeader().setStretchLastSection(False)
        self.file_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.file_table.doubleClicked.connect(lambda _index: self.download_selected())
        self.repo_hint = muted(QLabel("Search to see repositories."))
        self.file_hint = muted(QLabel("Choose a repository to see its GGUF files."))
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
        self.speed_label = muted(QLabel())
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
        request = self._start_lookup("search")
        self._clear_lists()  # they answered the previous query: not this one, even if it is cancelled
        where = hub_access.hub_host()
        self.repo_hint.setText(f"Searching {where} for “{query}”…" if query else f"Searching {where}…")
        self.repo_hint.show()
        self.banner.show_message(None)
        worker = self._worker(
            lambda repos: self._show_repos(request, repos), lambda error: self._show_error(request, error)
        )
        worker.start(lambda: search_repos(query))

    def _clear_lists(self) -> None:
        self.repos, self.files, self.repo_id = [], [], None
        self.repo_model.removeRows(0, self.repo_model.rowCount())
        self.file_model.removeRows(0, self.file_model.rowCount())
        self.file_hint.setText("Choose a repository to see its GGUF files.")
        self.file_hint.show()
        self.suggestion.clear()
        self._update_buttons()

    def _start_lookup(self, kind: str) -> int:
        """A new search or listing: older answers become stale; Cancel shows while it runs."""
        self.request += 1
        self.looking_up = kind
        self.search_cancel_button.show()
        return self.request

    def _end_lookup(self, request: int) -> bool:
        """Whether the answer to `request` is still awaited (then the wait is over)."""
        if request != self.request:
            return False
        self.looking_up = None
        self.search_cancel_button.hide()
        return True

    @Slot()
    def cancel_lookup(self) -> None:
        """Stop waiting: the thread ends within the time limit, and its late answer is ignored."""
        kind = self.looking_up
        if kind is None:
            return
        self._end_lookup(self.request)
        self.request += 1
        if kind == "search":
            self.repo_hint.setText("Search cancelled.")
            self.repo_hint.show()
        else:
            self.file_hint.setText("Listing cancelled. Search again to retry.")

    def _worker(self, done: Callable[[Any], None], failed: Callable[[str], None]) -> Worker:
        worker = Worker(self)
        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(worker.deleteLater)
        worker.failed.connect(worker.deleteLater)
        return worker

    def _show_repos(self, request: int, repos: list[RepoSummary]) -> None:
        if not self._end_lookup(request):
            return
        self.repos = repos
        self.repo_model.removeRows(0, self.repo_model.rowCount())
        for repo in repos:
            self.repo_model.appendRow(repo_row(repo))
        self.repo_hint.setText("No GGUF repositories match." if not repos else "")
        self.repo_hint.setVisible(not repos)
        if repos:
            self.repo_table.selectRow(0)

    def _on_repo_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.repos):
            self.list_files(self.repos[current.row()].repo_id)

    def list_files(self, repo_id: str) -> None:
        request = self._start_lookup("files")
        self.repo_id = repo_id
        self.file_model.removeRows(0, self.file_model.rowCount())
        self.file_hint.setText(f"Listing {repo_id}…")
        self.file_hint.show()
        self.suggestion.clear()
        worker = self._worker(
            lambda files: self._show_files(request, files), lambda error: self._show_error(request, error)
        )
        worker.start(lambda: list_gguf_files(repo_id))

    def _show_files(self, request: int, files: list[HubFile]) -> None:
        if not self._end_lookup(request):
            return
        self.files = files
        self.available = available_memory_bytes()
        suggested = suggest_file(files, self.available)
        self.file_model.removeRows(0, self.file_model.rowCount())
        for file in files:
            self.file_model.appendRow(file_row(file, file is suggested, self.available))
        self.file_hint.setText("This repository has no .gguf files." if not files else "")
        self.file_hint.setVisible(not files)
        self._show_suggestion(suggested)
        if suggested is not None:
            self.file_table.selectRow(files.index(suggested))
        self._update_buttons()

    def _show_suggestion(self, suggested: HubFile | None) -> None:
        if suggested is None:
            self.suggestion.clear()
            return
        self.suggestion.setText(suggestion_text(suggested, self.available))

    def _show_error(self, request: int, message: str) -> None:
        if not self._end_lookup(request):
            return  # cancelled, or a newer search is running: its own answer will show
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
        self.progress.setFormat(progress_text(progress))
        self.speed_label.setText(speed_text(progress))

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
        self.speed_label.setText(average_speed_text(result))
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
