"""The Download view's rows and texts: repositories, files with their memory fit, progress and speed."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem

from engine.library.catalog import human_size
from engine.library.hub_download import DownloadProgress, DownloadResult
from engine.library.hub_search import HubFile, RepoSummary, memory_fit
from gui.library.library_rows import QUANT_TIP
from gui.library.widgets import table_item

REPO_COLUMNS = ("Repository", "Downloads", "Likes")
FILE_COLUMNS = ("File", "Quantization", "Size", "Fits in memory")
FIT_TEXT = {"fits": "Fits", "tight": "Tight", "too big": "Too big", "unknown": "Unknown"}

FIT_TIP = (
    "Compares the file's size with the memory this machine has free now. A model needs its file's size "
    "in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, "
    "'Tight' may swap, 'Too big' will not load well."
)
GATED_TIP = "Gated: accept the model's terms on its Hugging Face page and log in to download."
SUGGESTED_TIP = "Suggested: the largest file that fits comfortably in this machine's free memory."


def repo_row(repo: RepoSummary) -> list[QStandardItem]:
    """A repository's cells, in REPO_COLUMNS order; gated ones say so."""
    name = table_item(repo.repo_id + ("  (gated)" if repo.gated else ""))
    if repo.gated:
        name.setToolTip(GATED_TIP)
    return [
        name,
        table_item(f"{repo.downloads:,}", repo.downloads),
        table_item(f"{repo.likes:,}", repo.likes),
    ]


def file_row(file: HubFile, suggested: bool, available: int | None) -> list[QStandardItem]:
    """A file's cells, in FILE_COLUMNS order, its fit judged against `available` bytes of memory."""
    parts = f" ({len(file.parts)} parts)" if file.parts else ""
    fit = memory_fit(file.size_bytes, available)
    name = table_item(
        ("★ " if suggested else "") + file.filename, file.filename.lower(), file.filename + parts
    )
    if suggested:
        name.setToolTip(SUGGESTED_TIP)
    return [
        name,
        table_item(file.quantization or "?", tooltip=QUANT_TIP),
        table_item(human_size(file.size_bytes) + parts, file.size_bytes or 0),
        table_item(FIT_TEXT[fit], tooltip=FIT_TIP),
    ]


def suggestion_text(suggested: HubFile, available: int | None) -> str:
    free = human_size(available) if available else "unknown"
    return (
        f"★ Suggested for this machine ({free} memory free): <b>{suggested.filename}</b> "
        f"({suggested.quantization or 'unknown quantization'}, {human_size(suggested.size_bytes)})"
    )


def progress_text(progress: DownloadProgress) -> str:
    """The progress bar's text: '42 %  ·  41.3 MB of 98.4 MB'."""
    return (
        f"{progress.fraction * 100:.0f} %  ·  {human_size(progress.done_bytes)} of "
        f"{human_size(progress.total_bytes)}"
    )


def speed_text(progress: DownloadProgress) -> str:
    """The speed now and the time left, or nothing before the speed is known."""
    speed = f"{human_size(int(progress.bytes_per_second))}/s" if progress.bytes_per_second else ""
    left = progress.total_bytes - progress.done_bytes
    eta = f", {left / progress.bytes_per_second:.0f} s left" if progress.bytes_per_second else ""
    return speed + eta


def average_speed_text(result: DownloadResult) -> str:
    rate = result.size_bytes / result.seconds if result.seconds > 0 else 0
    return f"{human_size(int(rate))}/s average" if rate else ""
