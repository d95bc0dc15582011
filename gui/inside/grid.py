"""The classic logit-lens grid (layers × positions, top token per cell) and the target-probability line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from engine.inside.lens import LensResult
from gui.inside.texts import lens_cell_tip, viridis, visible
from gui.shell.charts import SECOND_SERIES_COLOUR, Chart, ChartTheme


def _readable_on(colour: QColor) -> QColor:
    return QColor("#000000") if colour.lightness() > 120 else QColor("#ffffff")


class LensGrid(QTableWidget):
    """Rows are layers (the last on top, as the stream rises), columns positions; each cell the lens's
    top token, its background the viridis colour of that token's probability."""

    position_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.horizontalHeader().setDefaultSectionSize(74)
        self.verticalHeader().setDefaultSectionSize(20)
        self.setToolTip(self.tr("Hover a cell for the layer's top tokens, the target's probability and rank"))
        self.currentCellChanged.connect(lambda _r, column, _pr, _pc: self.position_chosen.emit(column))
        self.result: LensResult | None = None

    def show_result(self, result: LensResult | None) -> None:
        self.result = result
        self.clear()
        if result is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        layers, positions = len(result.layers), len(result.tokens)
        self.setRowCount(layers)
        self.setColumnCount(positions)
        self.setHorizontalHeaderLabels([visible(text) for _, text in result.tokens])
        row_label = self.tr("layer {layer}")
        self.setVerticalHeaderLabels([row_label.format(layer=layer) for layer in reversed(result.layers)])
        for row in range(layers):
            slot = layers - 1 - row
            for column in range(positions):
                self.setItem(row, column, self._cell(result, slot, column))

    def _cell(self, result: LensResult, slot: int, position: int) -> QTableWidgetItem:
        token, prob = int(result.top_ids[slot, position, 0]), float(result.top_probs[slot, position, 0])
        item = QTableWidgetItem(visible(result.text(token)))
        colour = viridis(prob)
        item.setBackground(QBrush(colour))
        item.setForeground(QBrush(_readable_on(colour)))
        item.setData(Qt.ItemDataRole.UserRole, prob)
        top = [
            (result.text(int(t)), float(p))
            for t, p in zip(result.top_ids[slot, position], result.top_probs[slot, position], strict=True)
        ]
        stats = {
            "target_prob": float(result.target_prob[slot, position]),
            "target_rank": float(result.target_rank[slot, position]),
            "entropy_bits": float(result.entropy_bits[slot, position]),
            "kl_to_final": float(result.kl_to_final[slot, position]),
        }
        target = result.text(int(result.target_ids[position]))
        item.setToolTip(lens_cell_tip(result.layers[slot], result.tokens[position][1], top, target, stats))
        return item

    def cell_numbers(self, layer_slot: int, position: int) -> tuple[str, float]:
        """What a cell shows: (text, probability) — for tests and exports."""
        item = self.item(self.rowCount() - 1 - layer_slot, position)
        assert item is not None
        return item.text(), float(item.data(Qt.ItemDataRole.UserRole))


class TargetChart(Chart):
    """p(target) after each layer at one position (and the top token's probability, dashed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("TargetChart", "The target's probability across layers appears here"),
            parent,
        )
        self.target_line = self.plot_item.plot([], [], symbol="o", symbolSize=5)
        self.top_line = self.plot_item.plot([], [])
        self.plot_item.setLabel("bottom", self.tr("layer"))
        self.plot_item.setLabel("left", self.tr("probability"))
        self.plot_item.setYRange(0, 1, padding=0.02)
        self.values: np.ndarray | None = None
        self._finish_setup()

    def _apply_theme(self, theme: ChartTheme) -> None:
        main = theme.line(viridis(0.3).name())
        self.target_line.setPen(pg.mkPen(main, width=2))
        self.target_line.setSymbolBrush(main)
        self.target_line.setSymbolPen(main)
        self.top_line.setPen(
            pg.mkPen(theme.line(SECOND_SERIES_COLOUR), width=1.5, style=Qt.PenStyle.DashLine)
        )

    def set_data(self, result: LensResult, position: int) -> None:
        layers = np.array(result.layers, dtype=float)
        self.values = result.target_prob[:, position].astype(float)
        self.target_line.setData(layers, self.values)
        self.top_line.setData(layers, result.top_probs[:, position, 0].astype(float))
        last = float(max(layers.max(), layers.min() + 1))
        self.plot_item.setXRange(float(layers.min()), last, padding=0.02)
        target = visible(result.text(int(result.target_ids[position])))
        self._reset_legend([(self.target_line, f"p({target!r})"), (self.top_line, self.tr("top token's p"))])
        title = self.tr("after {token} (position {position})")
        self.plot_item.setTitle(
            title.format(token=repr(visible(result.tokens[position][1])), position=position)
        )
        self._show_empty_state(False)

    def clear(self) -> None:
        if hasattr(self, "target_line"):
            self.target_line.setData([], [])
            self.top_line.setData([], [])
            self.values = None
        super().clear()
