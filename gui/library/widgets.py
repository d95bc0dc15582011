"""Small widget helpers of the Model tab: table cells and tables, muted and value labels, banners, pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

SPACING = 12
SORT_ROLE = Qt.ItemDataRole.UserRole + 10


# --- the Library and Download views ---------------------------------------------------------------


def table_item(text: str, sort_value: Any = None, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.lower() if sort_value is None else sort_value, SORT_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def item_table(model: QSortFilterProxyModel | QStandardItemModel) -> QTableView:
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


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


class Banner(QFrame):
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


# --- the Overview page ------------------------------------------------------------------------------


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def secondary(label: QLabel) -> QLabel:
    # PlaceholderText is the palette's muted text colour in both light and dark themes.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def padded(layout: QVBoxLayout | QHBoxLayout | QFormLayout) -> None:
    layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
    layout.setSpacing(SPACING)


def read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    compact_rows(table)
    return table


def compact_rows(table: QTableView) -> None:
    # One line of text plus a little air, instead of the style's tall default rows.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + SPACING // 2)


def tab_page(*widgets: QWidget) -> QWidget:
    """A tab's page: its content lines up with the tab bar, one spacing below it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, SPACING, 0, 0)
    layout.setSpacing(SPACING)
    for widget in widgets:
        layout.addWidget(widget)
    return page
