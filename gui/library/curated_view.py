"""The Download view's short list of small chat models that speak Portuguese and Spanish, one click each.

The list is data (engine.library.recommended). A click asks the Download view to download the entry's file
(`download_requested`), through the same transfer as any Hub file: progress, Cancel, resume, checksum.
An entry already in the Hugging Face cache offers Load instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from engine.library.recommended import RECOMMENDED, RecommendedModel, cached_path
from gui.library.languages import kind_text, long_text, short_text
from gui.library.widgets import SPACING, muted
from gui.shell.text import number


class CuratedView(QFrame):
    """Models that speak Portuguese and Spanish: size, licence, languages and a Download (or Load) button."""

    download_requested = Signal(object)  # a RecommendedModel
    load_requested = Signal(str)  # the path of an entry already downloaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curatedModels")
        self.setStyleSheet("#curatedModels { border: 1px solid palette(mid); border-radius: 6px; }")
        self.entries = RECOMMENDED
        self.buttons: dict[str, QPushButton] = {}
        self.headers: list[QLabel] = []
        self.cells: dict[str, dict[str, QLabel]] = {}  # entry key -> name, size, licence, languages
        self.cached: dict[str, Path | None] = {}
        self.busy = False
        self.downloading: str | None = None  # the key of the entry being downloaded
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        layout.setSpacing(SPACING // 2)
        self.title = QLabel(self.tr("Models that speak Portuguese and Spanish"))
        font = self.title.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.intro = muted(
            QLabel(
                self.tr(
                    "Small chat models for classes in Portuguese and Spanish (the packaged SmolLM2 speaks "
                    "English only). One click downloads the model (Q4_K_M) into the Hugging Face cache. "
                    "Sizes are approximate."
                )
            )
        )
        layout.addWidget(self.intro)
        layout.addLayout(self._build_grid())
        self.refresh()

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING // 3)
        headers = (
            self.tr("Model"),
            self.tr("Size (approx.)"),
            self.tr("Licence"),
            self.tr("Languages"),
        )
        for column, text in enumerate(headers):
            self.headers.append(muted(QLabel(text)))
            grid.addWidget(self.headers[-1], 0, column)
        for row, entry in enumerate(self.entries, start=1):
            self._add_row(grid, row, entry)
        grid.setColumnStretch(3, 1)
        return grid

    def _add_row(self, grid: QGridLayout, row: int, entry: RecommendedModel) -> None:
        name = QLabel(f"<b>{entry.title}</b> · {number(entry.parameters_b, 1)} B")
        name.setToolTip(f"{entry.repo_id}/{entry.filename}")
        size = QLabel(self.tr("≈ {size} GB").format(size=number(entry.approx_size_bytes / 1e9, 1)))
        size.setToolTip(
            self.tr(
                "Approximate, as the model page rounds it: the exact size shows when the download starts."
            )
        )
        licence = QLabel(f'<a href="{entry.licence_url}">{entry.licence}</a>')
        licence.setOpenExternalLinks(True)
        licence.setToolTip(self.tr("Read the licence before you use the model beyond the classroom."))
        languages = QLabel(short_text(entry.languages))
        languages.setToolTip(f"{long_text(entry.languages)}\n{kind_text(entry.languages)}")
        button = QPushButton()
        button.setObjectName(f"curated-{entry.key}")
        button.clicked.connect(lambda _checked=False, entry=entry: self._clicked(entry))
        self.buttons[entry.key] = button
        self.cells[entry.key] = {"name": name, "size": size, "licence": licence, "languages": languages}
        for column, widget in enumerate((name, size, licence, languages, button)):
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)

    # --- state -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look in the cache again and set each button: Download, Load, or what is going on."""
        for entry in self.entries:
            path = cached_path(entry)
            self.cached[entry.key] = path
            button = self.buttons[entry.key]
            if entry.key == self.downloading:
                button.setText(self.tr("Downloading…"))
                button.setEnabled(False)
            elif path is not None:
                button.setText(self.tr("Load"))
                button.setToolTip(self.tr("Downloaded: {path}").format(path=path))
                button.setEnabled(True)
            else:
                button.setText(self.tr("Download"))
                button.setToolTip(
                    self.tr("Download {file} from {repo} into the Hugging Face cache.").format(
                        file=entry.filename, repo=entry.repo_id
                    )
                )
                button.setEnabled(not self.busy)

    def set_busy(self, busy: bool, downloading: str | None = None) -> None:
        """One download at a time: while one runs, the other Download buttons wait."""
        self.busy = busy
        self.downloading = downloading if busy else None
        self.refresh()

    def _clicked(self, entry: RecommendedModel) -> None:
        path = self.cached.get(entry.key)
        if path is not None and path.is_file():
            self.load_requested.emit(str(path))
        elif not self.busy:
            self.download_requested.emit(entry)
