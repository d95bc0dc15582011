"""The Library table's columns and rows: cell texts, sort keys and tooltips for each model on this machine."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QStandardItem

from engine.library.catalog import LibraryModel, hf_cache_dir, human_size
from gui.library.widgets import table_item

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11

SOURCE_LABELS = {"packaged": "Packaged", "hf-cache": "Hugging Face cache", "folder": "Folder"}
LIBRARY_COLUMNS = ("Name", "Architecture", "Size", "Quantization", "Context", "Last used", "Source", "Path")

LIBRARY_EMPTY_TEXT = (
    "No models found.\n\nDownload one from the Hugging Face Hub (the Download tab), "
    "or add a folder that holds .gguf files."
)
CONTEXT_TIP = "Trained context: the longest sequence, in tokens, the model was trained to attend over."
SOURCE_TIP = (
    "Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools "
    f"({hf_cache_dir()}). Folder: a folder you added."
)
QUANT_TIP = (
    "Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, "
    "slightly less accurate. Q4_K_M is a common balance."
)


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


def library_row(entry: LibraryModel) -> list[QStandardItem]:
    """One model's cells, in LIBRARY_COLUMNS order; the first carries the entry under ENTRY_ROLE."""
    context = f"{entry.context_length:,}" if entry.context_length else "?"
    source = SOURCE_LABELS.get(entry.source, entry.source)
    if entry.repo:
        source = f"{source}: {entry.repo}"
    parts = f" ({entry.parts} parts)" if entry.parts > 1 else ""
    name = table_item(entry.name, tooltip=entry.error or entry.path)
    name.setData(entry, ENTRY_ROLE)
    return [
        name,
        table_item(entry.architecture),
        table_item(human_size(entry.size_bytes) + parts, entry.size_bytes),
        table_item(entry.quantization or "?"),
        table_item(context, entry.context_length or 0),
        table_item(format_last_used(entry.last_used), entry.last_used or 0.0),
        table_item(source, tooltip=SOURCE_TIP),
        table_item(entry.path, tooltip=entry.path),
    ]
