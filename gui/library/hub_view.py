"""The Model tab's Download view: search the Hugging Face Hub for GGUF repositories and download a file.

Above the search, a short list of small chat models that speak Portuguese and Spanish downloads in one
click (curated_view). The file that suits this machine's memory is marked; it downloads into the shared
Hugging Face cache with progress, speed and Cancel, and a cancelled download resumes where it stopped
(hub_downloads). Hub work runs in Python threads (the engine's Hub modules are Qt-free); results come
back through queued signals. A search or a file listing gives up by itself after a few seconds; Cancel
stops waiting for it at once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import available_memory_bytes
from engine.library import hub_access
from engine.library.hub_download import DownloadResult, ProgressCallback, download_model
from engine.library.hub_search import HubFile, RepoSummary, list_gguf_files, search_repos, suggest_file
from engine.library.recommended import RecommendedModel, find_file
from gui.library.curated_view import CuratedView
from gui.library.hub_downloads import HubDownloads
from gui.library.hub_rows import (
    CONTEXT,
    FILE_COLUMNS,
    FIT_TIP,
    REPO_COLUMNS,
    file_row,
    repo_row,
    suggestion_text,
)
from gui.library.library_rows import QUANT_TIP
from gui.library.library_rows import translated as library_text
from gui.library.widgets import SPACING, item_table, muted
from gui.shell.text import number


def _headers(columns: tuple[str, ...]) -> list[str]:
    return [QCoreApplication.translate(CONTEXT, column) for column in columns]


class HubView(HubDownloads):
    """Search the Hugging Face Hub, choose a file, download it with progress, cancel and resume."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repos: list[RepoSummary] = []
        self.files: list[HubFile] = []
        self.repo_id: str | None = None
        self.request = 0  # newer searches and listings, and Cancel, make older answers stale
        self.looking_up: str | None = None  # "search" or "files" while the Hub's answer is awaited
        self.available = available_memory_bytes()
        self.repo_model = QStandardItemModel(0, len(REPO_COLUMNS), self)
        self.repo_model.setHorizontalHeaderLabels(_headers(REPO_COLUMNS))
        self.file_model = QStandardItemModel(0, len(FILE_COLUMNS), self)
        self.file_model.setHorizontalHeaderLabels(_headers(FILE_COLUMNS))
        self.file_model.horizontalHeaderItem(1).setToolTip(library_text(QUANT_TIP))
        self.file_model.horizontalHeaderItem(3).setToolTip(QCoreApplication.translate(CONTEXT, FIT_TIP))
        self.curated = CuratedView()
        self.curated.download_requested.connect(self.download_recommended)
        self.curated.load_requested.connect(self.load_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.curated)
        layout.addLayout(self._build_search_row())
        layout.addWidget(self.banner)
        layout.addWidget(self._build_lists(), 1)
        layout.addLayout(self._build_download_row())
        self._set_downloading(False)

    def _build_search_row(self) -> QHBoxLayout:
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setToolTip(
            self.tr("Search GGUF repositories on the Hugging Face Hub, most downloaded first.")
        )
        self.search_button.clicked.connect(self.search)
        self.search_cancel_button = QPushButton(self.tr("Cancel"))
        self.search_cancel_button.setToolTip(
            self.tr(
                "Stop waiting for the Hub. Without an answer, a search gives up by itself after "
                "{seconds} seconds."
            ).format(seconds=number(hub_access.HUB_TIMEOUT_S, 0))
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
        self.repo_hint = muted(QLabel(self.tr("Search to see repositories.")))
        self.file_hint = muted(QLabel(self.tr("Choose a repository to see its GGUF files.")))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._column(self.tr("Repositories"), self.repo_table, self.repo_hint))
        splitter.addWidget(self._column(self.tr("Files"), self.file_table, self.file_hint, self.suggestion))
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

    # --- search and files ------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        query = self.query_edit.text().strip()
        request = self._start_lookup("search")
        self._clear_lists()  # they answered the previous query: not this one, even if it is cancelled
        where = hub_access.hub_host()
        self.repo_hint.setText(
            self.tr("Searching {hub} for “{query}”…").format(hub=where, query=query)
            if query
            else self.tr("Searching {hub}…").format(hub=where)
        )
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
        self.file_hint.setText(self.tr("Choose a repository to see its GGUF files."))
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
            self.repo_hint.setText(self.tr("Search cancelled."))
            self.repo_hint.show()
        else:
            self.file_hint.setText(self.tr("Listing cancelled. Search again to retry."))

    def _show_repos(self, request: int, repos: list[RepoSummary]) -> None:
        if not self._end_lookup(request):
            return
        self.repos = repos
        self.repo_model.removeRows(0, self.repo_model.rowCount())
        for repo in repos:
            self.repo_model.appendRow(repo_row(repo))
        self.repo_hint.setText(self.tr("No GGUF repositories match.") if not repos else "")
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
        self.file_hint.setText(self.tr("Listing {repo}…").format(repo=repo_id))
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
        self.file_hint.setText(self.tr("This repository has no .gguf files.") if not files else "")
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
        self.repo_hint.setText(self.tr("Search to see repositories."))
        self.file_hint.setVisible(not self.files)
        self.file_hint.setText(self.tr("Choose a repository to see its GGUF files."))
        self.banner.show_message(message, error=True)

    # --- download ----------------------------------------------------------------------------------

    def selected_file(self) -> HubFile | None:
        rows = self.file_table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows and rows[0].row() < len(self.files) else None

    def select_file(self, filename: str) -> None:
        for row, file in enumerate(self.files):
            if file.filename == filename:
                self.file_table.selectRow(row)

    @Slot(object)
    def download_recommended(self, entry: RecommendedModel) -> None:
        """One click in the curated list: ask the Hub for the file's exact name and size, then download it
        like any other file (same progress, Cancel, resume and checks)."""
        provisional = HubFile(entry.repo_id, entry.filename, entry.approx_size_bytes, entry.quantization)

        def job(progress: ProgressCallback, cancel: threading.Event) -> DownloadResult:
            file = find_file(entry)
            return download_model(file.repo_id, file.filename, progress=progress, cancel=cancel)

        if self.start_download(provisional, job):
            self.curated.set_busy(True, entry.key)

    def _on_downloaded(self, result: DownloadResult) -> None:
        super()._on_downloaded(result)
        self.curated.set_busy(False)

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        super()._on_download_failed(message)
        self.curated.set_busy(False)
