"""The prompt lab's saved runs (listed, reopened, deleted) and the shown run's export to CSV or JSON."""

from __future__ import annotations

import csv
import datetime
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.promptlab.base import PanelPart
from gui.shell.widgets import ask_save_path


def example_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per (template, example): for CSV export."""
    rows = []
    for template in result["templates"]:
        for example in template["examples"]:
            row = {
                "template": template["name"],
                "index": example["index"],
                "text": example["text"],
                "label": example["label"],
                "prediction": example["prediction"],
                "correct": example["prediction"] == example["label"],
            }
            row.update({f"p_{label}": example["probs"][label] for label in result["labels"]})
            rows.append(row)
    return rows


class SavedRuns(PanelPart):
    """The runs tab: the runs in the store, and exporting the run shown."""

    status_message: Signal  # defined on the panel

    def _build_runs_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.runs_table = QTableWidget(0, 4)
        self.runs_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Model"), self.tr("Dataset"), self.tr("Accuracy per template")]
        )
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.runs_table.verticalHeader().setVisible(False)
        self.runs_table.doubleClicked.connect(lambda _index: self.open_selected_run())
        self.runs_table.setToolTip(
            self.tr("Every finished comparison is saved here; double-click to reopen it")
        )
        layout.addWidget(self.runs_table, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Open"), self.open_selected_run),
            (self.tr("Delete"), self.delete_selected_run),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        for kind in ("csv", "json"):
            button = QPushButton(self.tr("Export {format}…").format(format=kind.upper()))
            button.setToolTip(
                self.tr("The shown run: one row per example and template")
                if kind == "csv"
                else self.tr("The shown run: everything")
            )
            button.clicked.connect(lambda _checked=False, kind=kind: self.export_dialog(kind))
            row.addWidget(button)
        layout.addLayout(row)
        return tab

    def refresh_runs(self) -> None:
        runs = self.store.runs() if self.store is not None else []
        self.runs_table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            when = datetime.datetime.fromtimestamp(run.created).strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((when, run.model, run.dataset, run.summary)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.id)
                self.runs_table.setItem(row, column, item)
        self.runs_table.resizeColumnsToContents()
        self.runs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _selected_run_id(self) -> int | None:
        items = self.runs_table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def open_selected_run(self) -> None:
        run_id = self._selected_run_id()
        if run_id is not None and self.store is not None:
            self.show_result(self.store.load(run_id))
            self.result_tabs.setCurrentIndex(0)

    def delete_selected_run(self) -> None:
        run_id = self._selected_run_id()
        if run_id is not None and self.store is not None:
            self.store.delete(run_id)
            self.refresh_runs()

    def export(self, kind: str, path: Path) -> None:
        if self.result is None:
            return
        if kind == "csv":
            rows = example_rows(self.result)
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["template"])
                writer.writeheader()
                writer.writerows(rows)
        else:
            path.write_text(json.dumps(self.result, ensure_ascii=False, indent=1), encoding="utf-8")
        self.status_message.emit(self.tr("Exported to {path}").format(path=path))

    def export_dialog(self, kind: str) -> None:
        if self.result is None:
            self.status.setText(self.tr("Nothing to export yet: run a comparison or open a saved run."))
            return
        path = ask_save_path(self, self.tr("Export run"), f"promptlab.{kind}")
        if path is not None:
            self.export(kind, path)

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
