"""The prompt lab's result views: metrics, ablations and charts (summary), the confusion matrices,
and show_result, which fills them and the examples with a run."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.promptlab.base import PanelPart
from gui.promptlab.charts import ConfusionHeatmap, MetricBars, ReliabilityDiagram

METRIC_COLUMNS = (
    ("accuracy", "Accuracy", "Share of examples whose most probable label is the true one."),
    ("macro_f1", "Macro-F1", "Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label."),
    ("log_loss", "Log-loss", "Mean −ln p(true label): lower is better; confident mistakes cost most."),
    (
        "ece",
        "ECE",
        "Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.",
    ),
)


class ResultViews(PanelPart):
    """The summary and confusion tabs."""

    heatmaps: list[ConfusionHeatmap]  # one per template, in the confusion tab
    fill_template_choice: Callable[[list[dict[str, Any]]], None]  # the examples tab's

    def _build_summary_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.metrics_table = QTableWidget(0, 7)
        headers = ["Template", *(title for _, title, _ in METRIC_COLUMNS), "Seconds", "Shots"]
        self.metrics_table.setHorizontalHeaderLabels(headers)
        for column, (_, _, tip) in enumerate(METRIC_COLUMNS, start=1):
            header = self.metrics_table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.metrics_table.verticalHeader().setVisible(False)
        self.metrics_table.setMaximumHeight(120)
        self.metrics_table.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.metrics_table)
        self.ablation_label = QLabel()
        self.ablation_label.setWordWrap(True)
        self.ablation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.ablation_label)
        charts = QSplitter(Qt.Orientation.Horizontal)
        self.metric_bars = MetricBars()
        self.metric_bars.setToolTip("Higher is better for accuracy and macro-F1; lower is better for ECE")
        self.reliability = ReliabilityDiagram()
        self.reliability.setToolTip(
            "Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the model "
            "is right as often as it is confident; below it, over-confident."
        )
        charts.addWidget(self.metric_bars)
        charts.addWidget(self.reliability)
        layout.addWidget(charts, 1)
        return tab

    def _build_confusion_tab(self) -> QWidget:
        self.confusion_tab = QWidget()
        self.confusion_layout = QHBoxLayout(self.confusion_tab)
        return self.confusion_tab

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        templates = result["templates"]
        self._fill_metrics(templates)
        self.metric_bars.set_templates(templates)
        self.reliability.set_templates(templates)
        self._fill_confusion(templates, result["labels"])
        self._fill_ablations(templates)
        self.fill_template_choice(templates)

    def _fill_metrics(self, templates: list[dict[str, Any]]) -> None:
        self.metrics_table.setRowCount(len(templates))
        for row, template in enumerate(templates):
            cells = [template["name"]]
            cells += [f"{template['metrics'][key]:.3f}" for key, _, _ in METRIC_COLUMNS]
            cells += [f"{template.get('seconds', 0):.1f}", str(len(template.get("shots", [])))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.metrics_table.setItem(row, column, item)

    def _fill_confusion(self, templates: list[dict[str, Any]], labels: list[str]) -> None:
        for heatmap in self.heatmaps:
            self.confusion_layout.removeWidget(heatmap)
            heatmap.deleteLater()
        self.heatmaps = []
        for template in templates:
            heatmap = ConfusionHeatmap(template["name"])
            heatmap.setToolTip("Rows: true label; columns: predicted label; the diagonal is correct")
            heatmap.set_matrix(template["confusion"], labels, template["name"])
            self.confusion_layout.addWidget(heatmap)
            self.heatmaps.append(heatmap)

    def _fill_ablations(self, templates: list[dict[str, Any]]) -> None:
        lines = []
        for template in templates:
            ablations = template.get("ablations", {})
            order = ablations.get("order")
            if order:
                lines.append(
                    f"<b>{html.escape(template['name'])}</b>: shot order over {len(order['seeds'])} seeds, "
                    f"accuracy {order['min']:.3f}–{order['max']:.3f} (std {order['std']:.3f})"
                )
            for row in ablations.get("leave_one_out", {}).get("shots", []):
                lines.append(
                    f"<b>{html.escape(template['name'])}</b> without shot {row['shot']} ({row['label']}): "
                    f"{row['accuracy']:.3f} ({row['delta']:+.3f})"
                )
        self.ablation_label.setText("<br>".join(lines))
        self.ablation_label.setVisible(bool(lines))
