"""The Download view's download row and its work: progress, speed, Cancel, Load, one download at a time.

`HubDownloads` is the base of the Download view (hub_view.HubView): a file chosen in the lists and a
model picked from the curated list download the same way, through `start_download`. The transfer runs
in a Python thread (the engine's Hub modules are Qt-free); progress comes back through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from engine.library.hub_download import DownloadProgress, DownloadResult, ProgressCallback, download_model
from engine.library.hub_search import HubFile
from gui.library.hub_rows import average_speed_text, progress_text, speed_text
from gui.library.model_text import size_text
from gui.library.widgets import SPACING, Banner, muted
from gui.library.worker import Worker

DownloadJob = Callable[[ProgressCallback, threading.Event], DownloadResult]


class HubDownloads(QWidget):
    """The download row and what it does; the Download view adds the search, the lists and the banner."""

    load_requested = Signal(str)
    downloaded = Signal(str)  # the path of a finished download

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cancel: threading.Event | None = None
        self.downloading: HubFile | None = None
        self.last_download: DownloadResult | None = None
        self.banner = Banner()

    def _build_download_row(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.speed_label = muted(QLabel())
        self.speed_label.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop the download. The part already received is kept: download again to resume.")
        )
        self.cancel_button.clicked.connect(self.cancel_download)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setToolTip(
            self.tr(
                "Download the selected file (every part of a split model) into the Hugging Face cache, "
                "which other tools share. The file is checked against the Hub's SHA-256 before it appears."
            )
        )
        self.download_button.clicked.connect(self.download_selected)
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.setToolTip(self.tr("Load the model just downloaded."))
        self.load_button.clicked.connect(self._load_downloaded)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.progress, 1)
        row.addWidget(self.speed_label)
        row.addWidget(self.cancel_button)
        row.addWidget(self.download_button)
        row.addWidget(self.load_button)
        return row

    def _worker(self, done: Callable[[Any], None], failed: Callable[[str], None]) -> Worker:
        worker = Worker(self)
        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(worker.deleteLater)
        worker.failed.connect(worker.deleteLater)
        return worker

    # --- what the subclass decides ---------------------------------------------------------------

    def selected_file(self) -> HubFile | None:
        return None

    @Slot()
    def download_selected(self) -> None:
        file = self.selected_file()
        if file is not None:
            self.start_download(file)

    # --- the download ----------------------------------------------------------------------------

    def start_download(self, file: HubFile, job: DownloadJob | None = None) -> bool:
        """Download `file` (or run `job`, which downloads it) with progress and Cancel; False if one runs."""
        if self.downloading is not None:
            return False

        def plain(progress: ProgressCallback, cancel: threading.Event) -> DownloadResult:
            return download_model(file.repo_id, file.filename, progress=progress, cancel=cancel)

        run = job or plain
        self.cancel = threading.Event()
        self.downloading = file
        self.last_download = None
        self.banner.show_message(None)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting {file}…").format(file=file.filename))
        self._set_downloading(True)
        cancel = self.cancel
        worker = self._worker(self._on_downloaded, self._on_download_failed)
        # The callback runs in the download thread; the queued signal updates the bar in this one.
        worker.progressed.connect(self._on_progress)
        worker.start(lambda: run(worker.progressed.emit, cancel))
        return True

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
            self.progress.setFormat(self.tr("Cancelling…"))

    def _on_downloaded(self, result: DownloadResult) -> None:
        self.downloading = None
        self.last_download = result
        self._set_downloading(False)
        self.progress.setValue(1000)
        self.progress.setFormat(
            self.tr("Downloaded and verified · {size}").format(size=size_text(result.size_bytes))
        )
        self.speed_label.setText(average_speed_text(result))
        self.banner.show_message(
            self.tr("{file} is in the library: {path}").format(file=Path(result.path).name, path=result.path)
        )
        self.downloaded.emit(result.path)

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        cancelled = self.cancel is not None and self.cancel.is_set()
        self.downloading = None
        self._set_downloading(False)
        self.speed_label.clear()
        if cancelled:
            self.progress.setFormat(self.tr("Cancelled · download again to resume"))
            self.banner.show_message(
                self.tr("Download cancelled. The part received is kept; Download resumes it.")
            )
        else:
            self.progress.setFormat(self.tr("Download failed"))
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
