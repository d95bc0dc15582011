"""The Library table's columns and rows: cell texts, sort keys and tooltips for each model on this machine."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QStandardItem

from engine.library.catalog import LibraryModel, hf_cache_dir
from gui.library.model_text import size_text
from gui.library.widgets import table_item
from gui.shell.text import integer

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11
CONTEXT = "LibraryRows"

SOURCE_LABELS = {
    "packaged": str(QT_TRANSLATE_NOOP("LibraryRows", "Packaged")),
    "hf-cache": str(QT_TRANSLATE_NOOP("LibraryRows", "Hugging Face cache")),
    "folder": str(QT_TRANSLATE_NOOP("LibraryRows", "Folder")),
}
LIBRARY_COLUMNS = (
    str(QT_TRANSLATE_NOOP("LibraryRows", "Name")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Architecture")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Size")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Quantization")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Context")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Last used")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Source")),
    str(QT_TRANSLATE_NOOP("LibraryRows", "Path")),
)

LIBRARY_EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "LibraryRows",
        "No models found.\n\nDownload one from the Hugging Face Hub (the Download tab), "
        "or add a folder that holds .gguf files.",
    )
)
CONTEXT_TIP = str(
    QT_TRANSLATE_NOOP(
        "LibraryRows",
        "Trained context: the longest sequence, in tokens, the model was trained to attend over.",
    )
)
SOURCE_TIP = str(
    QT_TRANSLATE_NOOP(
        "LibraryRows",
        "Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools "
        "({folder}). Folder: a folder you added.",
    )
)
QUANT_TIP = str(
    QT_TRANSLATE_NOOP(
        "LibraryRows",
        "Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, "
        "slightly less accurate. Q4_K_M is a common balance.",
    )
)


def translated(text: str) -> str:
    """One of this module's marked constants in the GUI's language."""
    return QCoreApplication.translate("LibraryRows", text)


def source_tip() -> str:
    return translated(SOURCE_TIP).format(folder=hf_cache_dir())


def format_last_used(stamp: float | None, now: float | None = None) -> str:
    if stamp is None:
        return QCoreApplication.translate("LibraryRows", "Never")
    age = (now or time.time()) - stamp
    if age < 60:
        return QCoreApplication.translate("LibraryRows", "Just now")
    minutes, hours, days = int(age // 60), int(age // 3600), int(age // 86400)
    if age < 3600:
        return QCoreApplication.translate("LibraryRows", "%n min ago", "", minutes)
    if age < 86400:
        return QCoreApplication.translate("LibraryRows", "%n h ago", "", hours)
    if age < 86400 * 30:
        return QCoreApplication.translate("LibraryRows", "%n days ago", "", days)
    return time.strftime("%Y-%m-%d", time.localtime(stamp))


def reveal_url(entry: LibraryModel) -> QUrl:
    """The folder that holds the model (the snapshot folder for the HF cache), as a file URL."""
    return QUrl.fromLocalFile(str(Path(entry.path).parent))


def library_row(entry: LibraryModel) -> list[QStandardItem]:
    """One model's cells, in LIBRARY_COLUMNS order; the first carries the entry under ENTRY_ROLE."""
    context = integer(entry.context_length) if entry.context_length else "?"
    label = SOURCE_LABELS.get(entry.source)
    source = translated(label) if label else entry.source
    if entry.repo:
        source = QCoreApplication.translate("LibraryRows", "{source}: {repo}").format(
            source=source, repo=entry.repo
        )
    count = entry.parts
    parts = QCoreApplication.translate("LibraryRows", " (%n parts)", "", count) if count > 1 else ""
    name = table_item(entry.name, tooltip=entry.error or entry.path)
    name.setData(entry, ENTRY_ROLE)
    return [
        name,
        table_item(entry.architecture),
        table_item(size_text(entry.size_bytes) + parts, entry.size_bytes),
        table_item(entry.quantization or "?"),
        table_item(context, entry.context_length or 0),
        table_item(format_last_used(entry.last_used), entry.last_used or 0.0),
        table_item(source, tooltip=source_tip()),
        table_item(entry.path, tooltip=entry.path),
    ]
