"""The Overview's model list: the data roles of its rows and the delegate that draws them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.library.widgets import SPACING

ItemIndex = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole  # the key or path a list row loads
PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # the file a list row stands for, to mark the loaded one
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # a list row's muted second line
LOADED_ROLE = Qt.ItemDataRole.UserRole + 4  # True on the row of the model that is loaded now


class ModelRowDelegate(QStyledItemDelegate):
    """Draws a list row as a title over a muted subtitle, and section headings as small muted caps."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: ItemIndex) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        if not index.parent().isValid():
            return QSize(size.width(), line + SPACING + self.PADDING)  # room above each section heading
        lines = 2 if index.data(SUBTITLE_ROLE) else 1
        return QSize(size.width(), lines * line + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        title = view_option.text
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        painter.save()
        if index.parent().isValid():
            self._paint_row(painter, view_option, title, index)
        else:
            self._paint_heading(painter, view_option, title)
        painter.restore()

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, title: str) -> None:
        rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, -2)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, title: str, row: ItemIndex) -> None:
        main, muted = self._row_colors(option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(option.font)
        loaded = bool(row.data(LOADED_ROLE))
        title_font.setBold(loaded)
        subtitle = str(row.data(SUBTITLE_ROLE) or "") + (" · " + self.tr("loaded") if loaded else "")
        if not subtitle:
            self._draw_line(painter, rect, title, title_font, main)
            return
        top, bottom = rect.adjusted(0, 0, 0, -rect.height() // 2), rect.adjusted(0, rect.height() // 2, 0, 0)
        self._draw_line(painter, top, title, title_font, main)
        self._draw_line(painter, bottom, subtitle, QFont(option.font), muted)

    @staticmethod
    def _row_colors(option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
        """Title and subtitle colours from the palette, for selected, disabled and normal rows."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        main_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = main_role if selected or not enabled else QPalette.ColorRole.PlaceholderText
        return option.palette.color(group, main_role), option.palette.color(group, muted_role)

    @staticmethod
    def _draw_line(painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor) -> None:
        painter.setFont(font)
        painter.setPen(color)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
