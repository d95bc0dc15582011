"""The Download view's rows and texts: repositories, files with their memory fit, progress and speed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QStandardItem

from engine.library.hub_download import DownloadProgress, DownloadResult
from engine.library.hub_search import HubFile, RepoSummary, memory_fit
from gui.library.library_rows import QUANT_TIP
from gui.library.library_rows import translated as library_text
from gui.library.model_text import size_text
from gui.library.widgets import table_item
from gui.shell.text import integer, number

CONTEXT = "HubRows"

REPO_COLUMNS = (
    str(QT_TRANSLATE_NOOP("HubRows", "Repository")),
    str(QT_TRANSLATE_NOOP("HubRows", "Downloads")),
    str(QT_TRANSLATE_NOOP("HubRows", "Likes")),
)
FILE_COLUMNS = (
    str(QT_TRANSLATE_NOOP("HubRows", "File")),
    str(QT_TRANSLATE_NOOP("HubRows", "Quantization")),
    str(QT_TRANSLATE_NOOP("HubRows", "Size")),
    str(QT_TRANSLATE_NOOP("HubRows", "Fits in memory")),
)
FIT_TEXT = {
    "fits": str(QT_TRANSLATE_NOOP("HubRows", "Fits")),
    "tight": str(QT_TRANSLATE_NOOP("HubRows", "Tight")),
    "too big": str(QT_TRANSLATE_NOOP("HubRows", "Too big")),
    "unknown": str(QT_TRANSLATE_NOOP("HubRows", "Unknown")),
}

FIT_TIP = str(
    QT_TRANSLATE_NOOP(
        "HubRows",
        "Compares the file's size with the memory this machine has free now. A model needs its file's size "
        "in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, "
        "'Tight' may swap, 'Too big' will not load well.",
    )
)
GATED_TIP = str(
    QT_TRANSLATE_NOOP(
        "HubRows", "Gated: accept the model's terms on its Hugging Face page and log in to download."
    )
)
SUGGESTED_TIP = str(
    QT_TRANSLATE_NOOP(
        "HubRows", "Suggested: the largest file that fits comfortably in this machine's free memory."
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HubRows", text)


def repo_row(repo: RepoSummary) -> list[QStandardItem]:
    """A repository's cells, in REPO_COLUMNS order; gated ones say so."""
    shown = (
        QCoreApplication.translate("HubRows", "{repo}  (gated)").format(repo=repo.repo_id)
        if repo.gated
        else repo.repo_id
    )
    name = table_item(shown, repo.repo_id.lower())
    if repo.gated:
        name.setToolTip(_tr(GATED_TIP))
    return [
        name,
        table_item(integer(repo.downloads), repo.downloads),
        table_item(integer(repo.likes), repo.likes),
    ]


def file_row(file: HubFile, suggested: bool, available: int | None) -> list[QStandardItem]:
    """A file's cells, in FILE_COLUMNS order, its fit judged against `available` bytes of memory."""
    count = len(file.parts)
    parts = QCoreApplication.translate("HubRows", " (%n parts)", "", count) if count else ""
    fit = memory_fit(file.size_bytes, available)
    name = table_item(
        ("★ " if suggested else "") + file.filename, file.filename.lower(), file.filename + parts
    )
    if suggested:
        name.setToolTip(_tr(SUGGESTED_TIP))
    return [
        name,
        table_item(file.quantization or "?", tooltip=library_text(QUANT_TIP)),
        table_item(size_text(file.size_bytes) + parts, file.size_bytes or 0),
        table_item(_tr(FIT_TEXT[fit]), tooltip=_tr(FIT_TIP)),
    ]


def suggestion_text(suggested: HubFile, available: int | None) -> str:
    free = size_text(available) if available else QCoreApplication.translate("HubRows", "unknown")
    return QCoreApplication.translate(
        "HubRows", "★ Suggested for this machine ({free} memory free): <b>{file}</b> ({quantization}, {size})"
    ).format(
        free=free,
        file=suggested.filename,
        quantization=suggested.quantization or QCoreApplication.translate("HubRows", "unknown quantization"),
        size=size_text(suggested.size_bytes),
    )


def progress_text(progress: DownloadProgress) -> str:
    """The progress bar's text: '42 %  ·  41.3 MB of 98.4 MB'."""
    return QCoreApplication.translate("HubRows", "{percent} %  ·  {done} of {total}").format(
        percent=number(progress.fraction * 100, 0),
        done=size_text(progress.done_bytes),
        total=size_text(progress.total_bytes),
    )


def speed_text(progress: DownloadProgress) -> str:
    """The speed now and the time left, or nothing before the speed is known."""
    if not progress.bytes_per_second:
        return ""
    left = progress.total_bytes - progress.done_bytes
    return QCoreApplication.translate("HubRows", "{speed}/s, {seconds} s left").format(
        speed=size_text(int(progress.bytes_per_second)),
        seconds=number(left / progress.bytes_per_second, 0),
    )


def average_speed_text(result: DownloadResult) -> str:
    rate = result.size_bytes / result.seconds if result.seconds > 0 else 0
    return (
        QCoreApplication.translate("HubRows", "{speed}/s average").format(speed=size_text(int(rate)))
        if rate
        else ""
    )
