"""The prompt lab's result views: metrics, ablations and charts (summary), the confusion matrices,
and show_result, which fills them and the examples with a run."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.promptlab.metrics import baselines, one_label
from gui.promptlab.base import PanelPart
from gui.promptlab.charts import ChartFlow, ChartPair, ConfusionHeatmap, MetricBars, ReliabilityDiagram
from gui.promptlab.notes import NoteLabel
from gui.shell.text import integer, number

# (key, column title, its tooltip): the title and tooltip are translated where shown
METRIC_COLUMNS = (
    (
        "accuracy",
        QT_TRANSLATE_NOOP("ResultViews", "Accuracy"),
        QT_TRANSLATE_NOOP("ResultViews", "Share of examples whose most probable label is the true one."),
    ),
    (
        "macro_f1",
        QT_TRANSLATE_NOOP("ResultViews", "Macro-F1"),
        QT_TRANSLATE_NOOP(
            "ResultViews", "Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label."
        ),
    ),
    (
        "log_loss",
        QT_TRANSLATE_NOOP("ResultViews", "Log-loss"),
        QT_TRANSLATE_NOOP(
            "ResultViews", "Mean −ln p(true label): lower is better; confident mistakes cost most."
        ),
    ),
    (
        "ece",
        QT_TRANSLATE_NOOP("ResultViews", "ECE"),
        QT_TRANSLATE_NOOP(
            "ResultViews",
            "Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.",
        ),
    ),
)

METRICS_TABLE_ROWS = 6  # rows shown before the metrics table scrolls
NO_VALUE = "—"  # a baseline has no probabilities, so no log-loss or calibration


def run_baselines(result: dict[str, Any]) -> dict[str, Any]:
    """The run's baselines; runs saved before they were computed get them from their examples."""
    if "baselines" in result:
        stored: dict[str, Any] = result["baselines"]
        return stored
    truth = [example["label"] for example in result["templates"][0]["examples"]]
    return baselines(truth, result["labels"])


def template_one_label(template: dict[str, Any], labels: list[str]) -> dict[str, Any] | None:
    if "one_label" in template:
        flag: dict[str, Any] | None = template["one_label"]
        return flag
    examples = template["examples"]
    return one_label([e["label"] for e in examples], [e["prediction"] for e in examples], labels)


def one_label_finding(name: str, flag: dict[str, Any], accuracy: float) -> str:
    """The one-label finding in words (as engine.promptlab.metrics.one_label_note words it, translated)."""
    always = flag["always_accuracy"]
    values = {"name": name, "label": flag["label"], "count": flag["count"], "total": flag["total"]}
    if accuracy <= always + 1e-12:
        return QCoreApplication.translate(
            "ResultViews",
            "{name} predicts '{label}' for {count} of {total} examples: no better than always answering "
            "it (accuracy {always}).",
        ).format(**values, always=number(always, 3))
    return QCoreApplication.translate(
        "ResultViews",
        "{name} predicts '{label}' for {count} of {total} examples: close to always answering it "
        "(accuracy {accuracy}, always '{label}' {always}).",
    ).format(**values, accuracy=number(accuracy, 3), always=number(always, 3))


def findings(result: dict[str, Any]) -> list[str]:
    """What the metrics table alone would hide, one sentence per template."""
    majority = run_baselines(result)["majority"]
    lines = []
    for template in result["templates"]:
        accuracy = template["metrics"]["accuracy"]
        flag = template_one_label(template, result["labels"])
        if flag is not None:
            lines.append(one_label_finding(template["name"], flag, accuracy))
        elif accuracy <= majority["accuracy"] + 1e-12:
            lines.append(
                QCoreApplication.translate(
                    "ResultViews",
                    "{name} scores {accuracy}: no better than always answering '{label}' ({majority}).",
                ).format(
                    name=template["name"],
                    accuracy=number(accuracy, 3),
                    label=majority["label"],
                    majority=number(majority["accuracy"], 3),
                )
            )
    return lines


def baseline_rows(marks: dict[str, Any]) -> list[tuple[list[str], str]]:
    """The metrics table's baseline rows (cells, tooltip): what a template has to beat."""
    majority, chance = marks["majority"], marks["chance"]
    tied = (
        QCoreApplication.translate("ResultViews", "; tied with {labels}").format(
            labels=", ".join(repr(label) for label in majority["tied"])
        )
        if majority["tied"]
        else ""
    )
    majority_tip = QCoreApplication.translate(
        "ResultViews",
        "Always answering the most frequent true label of these {total} examples "
        "('{label}', {count} of {total}{tied}). "
        "A prompt that does not beat this has learnt nothing about the task.",
    ).format(total=majority["total"], label=majority["label"], count=majority["count"], tied=tied)
    chance_tip = QCoreApplication.translate(
        "ResultViews", "A label picked at random: right once in {labels} on average."
    ).format(labels=chance["labels"])
    return [
        (
            [
                QCoreApplication.translate("ResultViews", "baseline: always '{label}'").format(
                    label=majority["label"]
                ),
                number(majority["accuracy"], 3),
                number(majority["macro_f1"], 3),
                NO_VALUE,
                NO_VALUE,
                "",
                "",
            ],
            majority_tip,
        ),
        (
            [
                QCoreApplication.translate("ResultViews", "baseline: chance (1 of {labels})").format(
                    labels=chance["labels"]
                ),
                number(chance["accuracy"], 3),
                *[NO_VALUE] * 3,
                "",
                "",
            ],
            chance_tip,
        ),
    ]


def predictions_tip(template: dict[str, Any], labels: list[str]) -> str:
    counts = template.get("predicted_counts") or {
        label: sum(e["prediction"] == label for e in template["examples"]) for label in labels
    }
    predicted = " · ".join(f"{label} {integer(counts[label])}" for label in labels)
    return QCoreApplication.translate("ResultViews", "Predicted: {counts}").format(counts=predicted)


def signed(value: float, decimals: int = 3) -> str:
    """A difference with its sign always written (+0.050, -0.125), in the GUI's locale."""
    return ("-" if value < 0 else "+") + number(abs(value), decimals)


class ResultViews(PanelPart):
    """The summary and confusion tabs."""

    heatmaps: list[ConfusionHeatmap]  # one per template, in the confusion tab
    fill_template_choice: Callable[[list[dict[str, Any]]], None]  # the examples tab's

    def _build_summary_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.metrics_table = QTableWidget(0, 7)
        headers = [
            self.tr("Template"),
            *(QCoreApplication.translate("ResultViews", str(title)) for _, title, _ in METRIC_COLUMNS),
            self.tr("Seconds"),
            self.tr("Shots"),
        ]
        self.metrics_table.setHorizontalHeaderLabels(headers)
        for column, (_, _, tip) in enumerate(METRIC_COLUMNS, start=1):
            header = self.metrics_table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(QCoreApplication.translate("ResultViews", str(tip)))
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.metrics_table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # numbers fit narrow screens
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.metrics_table.verticalHeader().setVisible(False)
        self.metrics_table.verticalHeader().setDefaultSectionSize(24)
        self._fit_metrics_table(2)
        layout.addWidget(self.metrics_table)
        self.findings_note = NoteLabel()
        self.findings_note.setToolTip(
            self.tr(
                "Read the metrics against the baselines: a prompt that predicts one label for nearly every\n"
                "example scores that label's share, whatever it says"
            )
        )
        self.findings_note.setVisible(False)
        layout.addWidget(self.findings_note)
        self.ablation_label = QLabel()
        self.ablation_label.setWordWrap(True)
        self.ablation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.ablation_label)
        charts = self.summary_charts = ChartPair(Qt.Orientation.Horizontal)
        charts.setChildrenCollapsible(False)
        self.metric_bars = MetricBars()
        self.metric_bars.setToolTip(
            self.tr("Higher is better for accuracy and macro-F1; lower is better for ECE")
        )
        self.reliability = ReliabilityDiagram()
        self.reliability.setToolTip(
            self.tr(
                "Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the "
                "model is right as often as it is confident; below it, over-confident."
            )
        )
        charts.addWidget(self.metric_bars)
        charts.addWidget(self.reliability)
        layout.addWidget(charts, 1)
        return tab

    def _build_confusion_tab(self) -> QWidget:
        self.confusion_flow = ChartFlow()  # side by side where there is room, else stacked and scrolled
        self.confusion_tab = QScrollArea()
        self.confusion_tab.setWidget(self.confusion_flow)
        self.confusion_tab.setWidgetResizable(True)
        self.confusion_tab.setFrameShape(QScrollArea.Shape.NoFrame)
        self.confusion_tab.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return self.confusion_tab

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        templates = result["templates"]
        marks = run_baselines(result)
        self._fill_metrics(templates, result["labels"], marks)
        self.metric_bars.set_templates(templates, marks)
        self.reliability.set_templates(templates)
        self._fill_confusion(templates, result["labels"])
        notes = findings(result)
        self.findings_note.set_note("\n".join(notes), warning=True)
        self.findings_note.setVisible(bool(notes))
        self._fill_ablations(templates)
        self.fill_template_choice(templates)
        self.update_origin()

    def _fill_metrics(
        self, templates: list[dict[str, Any]], labels: list[str], marks: dict[str, Any]
    ) -> None:
        rows = baseline_rows(marks)
        self.metrics_table.setRowCount(len(templates) + len(rows))
        for row, template in enumerate(templates):
            cells = [template["name"]]
            cells += [number(template["metrics"][key], 3) for key, _, _ in METRIC_COLUMNS]
            cells += [number(template.get("seconds", 0), 1), integer(len(template.get("shots", [])))]
            self._set_metrics_row(row, cells, predictions_tip(template, labels))
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for row, (cells, tip) in enumerate(rows, start=len(templates)):
            for item in self._set_metrics_row(row, cells, tip):
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(muted)
        self._fit_metrics_table(len(templates) + len(rows))

    def _set_metrics_row(self, row: int, cells: list[str], tip: str) -> list[QTableWidgetItem]:
        items = []
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.metrics_table.setItem(row, column, item)
            items.append(item)
        return items

    def _fit_metrics_table(self, rows: int) -> None:
        """Tall enough for its rows (up to METRICS_TABLE_ROWS), so that no template hides below."""
        table = self.metrics_table
        shown = max(1, min(rows, METRICS_TABLE_ROWS))
        height = (
            table.horizontalHeader().sizeHint().height() + shown * table.verticalHeader().defaultSectionSize()
        )
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _fill_confusion(self, templates: list[dict[str, Any]], labels: list[str]) -> None:
        self.heatmaps = []
        for template in templates:
            heatmap = ConfusionHeatmap(template["name"])
            heatmap.setToolTip(self.tr("Rows: true label; columns: predicted label; the diagonal is correct"))
            heatmap.set_matrix(template["confusion"], labels, template["name"])
            self.heatmaps.append(heatmap)
        self.confusion_flow.set_charts(list(self.heatmaps))

    def _fill_ablations(self, templates: list[dict[str, Any]]) -> None:
        lines = []
        for template in templates:
            ablations = template.get("ablations", {})
            name = html.escape(template["name"])
            order = ablations.get("order")
            if order:
                lines.append(
                    self.tr(
                        "<b>{name}</b>: shot order over %n seeds, accuracy {low}–{high} (std {std})",
                        "",
                        len(order["seeds"]),
                    ).format(
                        name=name,
                        low=number(order["min"], 3),
                        high=number(order["max"], 3),
                        std=number(order["std"], 3),
                    )
                )
            for row in ablations.get("leave_one_out", {}).get("shots", []):
                lines.append(
                    self.tr("<b>{name}</b> without shot {shot} ({label}): {accuracy} ({delta})").format(
                        name=name,
                        shot=row["shot"],
                        label=html.escape(str(row["label"])),
                        accuracy=number(row["accuracy"], 3),
                        delta=signed(row["delta"]),
                    )
                )
        self.ablation_label.setText("<br>".join(lines))
        self.ablation_label.setVisible(bool(lines))
