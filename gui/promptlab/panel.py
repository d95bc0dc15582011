"""The prompt lab: zero-shot, few-shot and chain-of-thought prompts compared on labelled examples.

The left column sets up a comparison (dataset, label words, templates, seed); the engine scores every
label of every example under every template (task "promptlab.compare") and the right side shows the
numbers: metrics side by side, confusion matrices, a reliability diagram, and each example with its
label probabilities and the exact prompt the model saw. Runs are saved in SQLite and can be reopened
and exported.
"""

from __future__ import annotations

import csv
import datetime
import html
import json
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.promptlab.data import BUILTINS, Dataset, DatasetError, dataset_from_rows, load_dataset
from engine.promptlab.templates import Template, default_template
from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.shell.bridge import EngineBridge
from gui.shell.widgets import ask_save_path
from gui.promptlab.charts import ConfusionHeatmap, MetricBars, ReliabilityDiagram
from gui.promptlab.store import STORE_FILENAME, PromptLabStore

TASK = "promptlab.compare"
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


def escape_newlines(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape_newlines(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\\\", "\\")


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


class TemplateEditor(QWidget):
    """One template's fields: name, text with placeholders, shots, chat wrapping."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        self.name = QLineEdit(template.name)
        self.name.setToolTip("Shown in the tables and charts")
        form.addRow("Name", self.name)
        self.text = QPlainTextEdit(template.text)
        self.text.setToolTip(
            "The prompt. {input} is the example, {examples} the shots, {labels} the label words.\n"
            "Everything before the line holding {input} is shared by all examples, so it is evaluated once."
        )
        self.text.setMinimumHeight(90)
        form.addRow("Text", self.text)
        self.shots = QSpinBox()
        self.shots.setRange(1, 32)
        self.shots.setValue(max(template.shots, 1))
        self.shots.setToolTip(
            "How many labelled examples to show, balanced over labels and drawn with the seed"
        )
        self.picked = QLineEdit(", ".join(str(i) for i in template.shot_indices))
        self.picked.setPlaceholderText("drawn with the seed")
        self.picked.setToolTip("Example numbers (0-based, comma-separated) to use as shots, in this order")
        self.shot_format = QLineEdit(escape_newlines(template.shot_format))
        self.shot_format.setToolTip(
            "How one shot reads: {input} and {label} (the label word); \\n = new line"
        )
        self.separator = QLineEdit(escape_newlines(template.separator))
        self.separator.setToolTip("Between shots; \\n = new line")
        if template.kind == "few":
            form.addRow("Shots", self.shots)
            form.addRow("Picked", self.picked)
            form.addRow("Shot", self.shot_format)
            form.addRow("Separator", self.separator)
        self.reasoning = QSpinBox()
        self.reasoning.setRange(4, 256)
        self.reasoning.setValue(template.reasoning_tokens)
        self.reasoning.setToolTip("Greedy tokens of reasoning at most, before the answer cue is appended")
        if template.kind == "cot":
            form.addRow("Reasoning", self.reasoning)
        self.chat = QCheckBox("Wrap in the model's chat template")
        self.chat.setChecked(template.chat)
        self.chat.setToolTip(
            "Send the text as a user message; the answer prefix then opens the assistant's reply"
        )
        self.answer_prefix = QLineEdit(escape_newlines(template.answer_prefix))
        self.answer_prefix.setToolTip("Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model")
        form.addRow("", self.chat)
        form.addRow("Answer prefix", self.answer_prefix)

    def value(self) -> Template:
        picked = tuple(int(part) for part in self.picked.text().replace(" ", "").split(",") if part)
        return replace(
            self.template,
            name=self.name.text().strip() or self.template.name,
            text=self.text.toPlainText(),
            shots=(len(picked) or self.shots.value()) if self.template.kind == "few" else 0,
            shot_indices=picked,
            shot_format=unescape_newlines(self.shot_format.text()),
            separator=unescape_newlines(self.separator.text()),
            chat=self.chat.isChecked(),
            answer_prefix=unescape_newlines(self.answer_prefix.text()),
            reasoning_tokens=self.reasoning.value(),
        )


class PromptLabPanel(QWidget):
    open_in_explorer = Signal(str)  # the exact prompt of an example
    open_in_attention = Signal(str, list)  # the prompt and its sections [{"name", "start", "end"}]
    status_message = Signal(str)

    def __init__(
        self, bridge: EngineBridge, data_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.dataset: Dataset | None = None
        self.result: dict[str, Any] | None = None
        self.request_id: int | None = None
        self.store = PromptLabStore(data_dir / STORE_FILENAME) if data_dir is not None else None
        self.heatmaps: list[ConfusionHeatmap] = []
        self._build()
        bridge.received.connect(self._on_engine_event)
        self.choose_dataset(0)
        self.reset_templates()
        self.refresh_runs()
        self._update_run_state()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_setup())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 840])
        layout.addWidget(splitter)

    def _build_setup(self) -> QWidget:
        """Dataset and templates (scrolling on short screens), then the run controls, always in view."""
        boxes = QWidget()
        box_layout = QVBoxLayout(boxes)
        box_layout.setContentsMargins(0, 0, 6, 0)
        box_layout.setSpacing(8)
        box_layout.addWidget(self._build_dataset_box(), 3)
        box_layout.addWidget(self._build_templates_box(), 4)
        scroll = QScrollArea()
        scroll.setWidget(boxes)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(boxes.minimumSizeHint().width() + 16)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_run_box())
        return column

    def _build_dataset_box(self) -> QGroupBox:
        box = QGroupBox("Dataset")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.dataset_combo = QComboBox()
        for builtin in BUILTINS.values():
            self.dataset_combo.addItem(builtin.title, builtin.name)
        self.dataset_combo.setToolTip(
            "Labelled examples: built-in sets, or a CSV / JSONL file with text,label"
        )
        self.dataset_combo.currentIndexChanged.connect(self.choose_dataset)
        open_button = QPushButton("Open file…")
        open_button.setToolTip("A .csv or .jsonl file with 'text' and 'label' columns")
        open_button.clicked.connect(self.open_dataset_dialog)
        row.addWidget(self.dataset_combo, 1)
        row.addWidget(open_button)
        layout.addLayout(row)
        self.dataset_info = QLabel()
        self.dataset_info.setWordWrap(True)
        layout.addWidget(self.dataset_info)
        self.preview = QTableWidget(0, 2)
        self.preview.setHorizontalHeaderLabels(["Text", "Label"])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.setToolTip("The examples; the row number is the example's index (0-based in the CLI)")
        layout.addWidget(self.preview, 1)
        self.label_words = QTableWidget(0, 2)
        self.label_words.setHorizontalHeaderLabels(["Stored label", "Label word scored"])
        self.label_words.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.label_words.verticalHeader().setVisible(False)
        self.label_words.setToolTip(
            "The text the model is asked to continue with for each label. Mind the leading space:\n"
            "after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'."
        )
        self.label_words.setMaximumHeight(110)
        layout.addWidget(self.label_words)
        return box

    def _build_templates_box(self) -> QGroupBox:
        box = QGroupBox("Templates")
        layout = QVBoxLayout(box)
        self.template_tabs = QTabWidget()
        self.template_tabs.setDocumentMode(True)
        layout.addWidget(self.template_tabs, 1)
        row = QHBoxLayout()
        add = QToolButton()
        add.setText("Add template")
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind, title in (("zero", "Zero-shot"), ("few", "Few-shot"), ("cot", "Chain-of-thought")):
            for chat in (False, True):
                action = menu.addAction(f"{title}, chat template" if chat else title)
                action.triggered.connect(partial(self._add_from_menu, kind, chat))
        add.setMenu(menu)
        add.setToolTip("Add another prompt to compare")
        remove = QPushButton("Remove")
        remove.setToolTip("Remove the template shown")
        remove.clicked.connect(self.remove_template)
        reset = QPushButton("Defaults")
        reset.setToolTip("Zero-shot and 4-shot templates for this dataset")
        reset.clicked.connect(self.reset_templates)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(reset)
        layout.addLayout(row)
        return box

    def _build_run_box(self) -> QWidget:
        box = QGroupBox("Run")
        layout = QVBoxLayout(box)
        form = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip("Chooses and orders the shots: the same seed gives the same numbers")
        self.limit = QSpinBox()
        self.limit.setRange(0, 100_000)
        self.limit.setSpecialValueText("all")
        self.limit.setToolTip("Score only the first N examples (shots are then drawn from the others)")
        self.order_seeds = QSpinBox()
        self.order_seeds.setRange(0, 20)
        self.order_seeds.setSpecialValueText("off")
        self.order_seeds.setToolTip("Few-shot: also score with the same shots in N shuffled orders")
        self.leave_one_out = QCheckBox("Leave one out")
        self.leave_one_out.setToolTip("Few-shot: also score with each shot removed in turn")
        for label, widget in (("Seed", self.seed), ("Limit", self.limit), ("Orders", self.order_seeds)):
            form.addWidget(QLabel(label))
            form.addWidget(widget)
        form.addWidget(self.leave_one_out)
        form.addStretch(1)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.run_button = QPushButton("Run comparison")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        return box

    def _build_results(self) -> QWidget:
        self.result_tabs = QTabWidget()
        self.result_tabs.setDocumentMode(True)
        self.result_tabs.addTab(self._build_summary_tab(), "Summary")
        self.confusion_tab = QWidget()
        self.confusion_layout = QHBoxLayout(self.confusion_tab)
        self.result_tabs.addTab(self.confusion_tab, "Confusion")
        self.result_tabs.addTab(self._build_examples_tab(), "Examples")
        self.result_tabs.addTab(self._build_runs_tab(), "Runs")
        return self.result_tabs

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

    def _build_examples_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.example_template = QComboBox()
        self.example_template.setToolTip("Whose predictions to list")
        self.example_template.currentIndexChanged.connect(self._fill_examples)
        self.only_wrong = QCheckBox("Only mistakes")
        self.only_wrong.toggled.connect(self._fill_examples)
        self.explorer_button = QPushButton("Open in sampling explorer")
        self.explorer_button.setToolTip("The next-token distribution after this exact prompt")
        self.explorer_button.clicked.connect(self._open_selected_in_explorer)
        self.attention_button = QPushButton("Open in attention")
        self.attention_button.setToolTip(
            "Attention over this prompt, with instructions, shots and query marked"
        )
        self.attention_button.clicked.connect(self._open_selected_in_attention)
        row.addWidget(QLabel("Template"))
        row.addWidget(self.example_template, 1)
        row.addWidget(self.only_wrong)
        row.addWidget(self.explorer_button)
        row.addWidget(self.attention_button)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.examples_table = QTableWidget(0, 0)
        self.examples_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.examples_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.examples_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.examples_table.verticalHeader().setVisible(False)
        self.examples_table.setWordWrap(False)
        self.examples_table.verticalHeader().setDefaultSectionSize(24)
        self.examples_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.examples_table.customContextMenuRequested.connect(self._example_menu)
        self.examples_table.itemSelectionChanged.connect(self._show_selected_prompt)
        self.prompt_view = QPlainTextEdit()
        self.prompt_view.setReadOnly(True)
        self.prompt_view.setPlaceholderText("Select an example to see the exact prompt the model saw")
        splitter.addWidget(self.examples_table)
        splitter.addWidget(self.prompt_view)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)
        return tab

    def _build_runs_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.runs_table = QTableWidget(0, 4)
        self.runs_table.setHorizontalHeaderLabels(["When", "Model", "Dataset", "Accuracy per template"])
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.runs_table.verticalHeader().setVisible(False)
        self.runs_table.doubleClicked.connect(lambda _index: self.open_selected_run())
        self.runs_table.setToolTip("Every finished comparison is saved here; double-click to reopen it")
        layout.addWidget(self.runs_table, 1)
        row = QHBoxLayout()
        for text, slot in (("Open", self.open_selected_run), ("Delete", self.delete_selected_run)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        for kind in ("csv", "json"):
            button = QPushButton(f"Export {kind.upper()}…")
            button.setToolTip(
                "The shown run: " + ("one row per example and template" if kind == "csv" else "everything")
            )
            button.clicked.connect(lambda _checked=False, kind=kind: self.export_dialog(kind))
            row.addWidget(button)
        layout.addLayout(row)
        return tab

    # --- dataset and templates -------------------------------------------------------------------

    @Slot(int)
    def remembered_inputs(self) -> dict[str, QWidget]:
        """Dataset first: choosing it resets the limit, which then gets its remembered value."""
        return {
            "dataset": self.dataset_combo,
            "seed": self.seed,
            "limit": self.limit,
            "order_seeds": self.order_seeds,
            "leave_one_out": self.leave_one_out,
        }

    def choose_dataset(self, index: int) -> None:
        source = self.dataset_combo.itemData(index)
        if source:
            self.set_dataset(load_dataset(source))

    def open_dataset_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open dataset", "", "Datasets (*.csv *.jsonl *.tsv)")
        if name:
            self.open_dataset_file(Path(name))

    def open_dataset_file(self, path: Path) -> None:
        try:
            dataset = load_dataset(path)
        except DatasetError as error:
            self.status.setText(f"Cannot use this file: {error}")
            return
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.addItem(path.name, "")
        self.dataset_combo.setCurrentIndex(self.dataset_combo.count() - 1)
        self.dataset_combo.blockSignals(False)
        self.set_dataset(dataset)
        self.reset_templates()

    def set_dataset(self, dataset: Dataset) -> None:
        self.dataset = dataset
        counts = ", ".join(f"{label} {count}" for label, count in dataset.label_counts().items())
        self.dataset_info.setText(f"{len(dataset)} examples · {counts}")
        self.preview.setRowCount(len(dataset))
        for row, (text, label) in enumerate(zip(dataset.texts, dataset.labels, strict=True)):
            self.preview.setItem(row, 0, QTableWidgetItem(text))
            self.preview.setItem(row, 1, QTableWidgetItem(label))
        self.preview.setVerticalHeaderLabels([str(i) for i in range(len(dataset))])
        self.label_words.setRowCount(len(dataset.label_set))
        for row, label in enumerate(dataset.label_set):
            stored = QTableWidgetItem(label)
            stored.setFlags(stored.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.label_words.setItem(row, 0, stored)
            self.label_words.setItem(row, 1, QTableWidgetItem(json.dumps(dataset.label_words[label])))
        if self.template_tabs.count():
            self.reset_templates()

    def edited_dataset(self) -> Dataset:
        """The dataset with the label words as edited (written as JSON strings, so spaces show)."""
        if self.dataset is None:
            raise DatasetError("choose a dataset first")
        words = {}
        for row in range(self.label_words.rowCount()):
            label_item, word_item = self.label_words.item(row, 0), self.label_words.item(row, 1)
            if label_item is None or word_item is None:
                continue
            text = word_item.text()
            try:
                word = json.loads(text) if text.startswith('"') else text
            except json.JSONDecodeError:
                word = text.strip('"')
            words[label_item.text()] = str(word)
        data = self.dataset
        return dataset_from_rows(
            data.rows(),
            data.name,
            data.label_set,
            words,
            input_name=data.input_name,
            answer_name=data.answer_name,
            instruction=data.instruction,
            source=data.source,
        )

    def add_template(self, kind: str, chat: bool = False, shots: int = 4) -> None:
        if self.dataset is None:
            return
        template = default_template(kind, self.dataset, shots, chat=chat)
        editor = TemplateEditor(template)
        index = self.template_tabs.addTab(editor, template.name)
        editor.name.textChanged.connect(lambda text, editor=editor: self._rename_tab(editor, text))
        self.template_tabs.setCurrentIndex(index)

    def _add_from_menu(self, kind: str, chat: bool, *_checked: object) -> None:
        self.add_template(kind, chat)

    def _rename_tab(self, editor: TemplateEditor, text: str) -> None:
        index = self.template_tabs.indexOf(editor)
        if index >= 0:
            self.template_tabs.setTabText(index, text or "template")

    def remove_template(self) -> None:
        index = self.template_tabs.currentIndex()
        if index >= 0:
            widget = self.template_tabs.widget(index)
            self.template_tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()

    def reset_templates(self) -> None:
        while self.template_tabs.count():
            self.remove_template()
        self.add_template("zero")
        self.add_template("few", shots=4)
        self.template_tabs.setCurrentIndex(0)

    def templates(self) -> list[Template]:
        editors = [self.template_tabs.widget(i) for i in range(self.template_tabs.count())]
        return [editor.value() for editor in editors if isinstance(editor, TemplateEditor)]

    # --- running ---------------------------------------------------------------------------------

    def run(self) -> None:
        if self.bridge.info is None:
            self.status.setText("Load a model first: the comparison scores labels with the loaded model.")
            return
        try:
            dataset = self.edited_dataset()
            templates = self.templates()
        except (DatasetError, ValueError) as error:
            self.status.setText(f"Cannot run: {error}")
            return
        if not templates:
            self.status.setText("Add a template to compare.")
            return
        params = {
            "dataset": dataset.as_dict(),
            "templates": [template.as_dict() for template in templates],
            "seed": self.seed.value(),
            "limit": self.limit.value() or None,
            "order_seeds": self.order_seeds.value(),
            "leave_one_out": self.leave_one_out.isChecked(),
        }
        self.request_id = self.bridge.run_task(TASK, params)
        self.progress.setValue(0)
        self.status.setText("Scoring…")
        self._update_run_state()

    def cancel(self) -> None:
        if self.request_id is not None:
            self.bridge.cancel(self.request_id)
            self.status.setText("Cancelling…")

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, (Loaded, Unloaded)):
            self._update_run_state()
            return
        if getattr(event, "request_id", None) != self.request_id or self.request_id is None:
            return
        if isinstance(event, TaskProgress):
            self.progress.setValue(int(event.fraction * 1000))
            self.status.setText(event.message)
        elif isinstance(event, TaskResult):
            self.request_id = None
            self.progress.setValue(1000)
            self.show_result(event.result)
            if self.store is not None:
                self.store.save(event.result)
                self.refresh_runs()
            self.status.setText(f"Done: {event.result['evaluated']} examples on {event.result['model']}.")
            self._update_run_state()
        elif isinstance(event, Failed):
            self.request_id = None
            self.progress.setValue(0)
            cancelled = event.kind == "cancelled" or "cancel" in event.message.lower()
            self.status.setText("Cancelled." if cancelled else f"The comparison failed: {event.message}")
            self._update_run_state()

    def _update_run_state(self) -> None:
        running = self.request_id is not None
        loaded = self.bridge.info is not None
        self.run_button.setEnabled(loaded and not running)
        self.cancel_button.setEnabled(running)
        if not loaded and not running:
            self.status.setText("No model loaded: load one in the model bar, then run the comparison.")
        elif loaded and not running and self.status.text().startswith("No model loaded"):
            self.status.setText("Ready: each label of each example is scored by the loaded model.")

    # --- results ---------------------------------------------------------------------------------

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        templates = result["templates"]
        self._fill_metrics(templates)
        self.metric_bars.set_templates(templates)
        self.reliability.set_templates(templates)
        self._fill_confusion(templates, result["labels"])
        self._fill_ablations(templates)
        self.example_template.blockSignals(True)
        self.example_template.clear()
        self.example_template.addItems([t["name"] for t in templates])
        self.example_template.blockSignals(False)
        self._fill_examples()

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

    def shown_template(self) -> dict[str, Any] | None:
        if self.result is None or self.example_template.currentIndex() < 0:
            return None
        templates: list[dict[str, Any]] = self.result["templates"]
        return templates[self.example_template.currentIndex()]

    def shown_examples(self) -> list[dict[str, Any]]:
        template = self.shown_template()
        if template is None:
            return []
        examples: list[dict[str, Any]] = template["examples"]
        return [e for e in examples if not self.only_wrong.isChecked() or e["prediction"] != e["label"]]

    @Slot()
    def _fill_examples(self) -> None:
        if self.result is None:
            return
        labels = self.result["labels"]
        headers = ["#", "Text", "Label", "Prediction", *(f"p({label})" for label in labels)]
        self.examples_table.setColumnCount(len(headers))
        self.examples_table.setHorizontalHeaderLabels(headers)
        header = self.examples_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        examples = self.shown_examples()
        self.examples_table.setRowCount(len(examples))
        wrong = QBrush(QColor(213, 94, 0, 60))  # Okabe-Ito vermillion, light
        for row, example in enumerate(examples):
            correct = example["prediction"] == example["label"]
            cells = [str(example["index"]), example["text"], example["label"], example["prediction"]]
            cells += [f"{example['probs'][label]:.3f}" for label in labels]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not correct:
                    item.setBackground(wrong)
                if column == 3:
                    item.setToolTip("correct" if correct else f"wrong: the true label is {example['label']}")
                self.examples_table.setItem(row, column, item)
        self.prompt_view.clear()

    def selected_example(self) -> dict[str, Any] | None:
        rows = (
            self.examples_table.selectionModel().selectedRows()
            if self.examples_table.selectionModel()
            else []
        )
        examples = self.shown_examples()
        if not rows or rows[0].row() >= len(examples):
            return None
        return examples[rows[0].row()]

    def _show_selected_prompt(self) -> None:
        example = self.selected_example()
        if example is None:
            self.prompt_view.clear()
            return
        self.prompt_view.setPlainText(example["prompt"])

    def _open_selected_in_explorer(self) -> None:
        example = self.selected_example()
        if example is not None:
            self.open_in_explorer.emit(example["prompt"])

    def _open_selected_in_attention(self) -> None:
        example = self.selected_example()
        if example is not None:
            self.open_in_attention.emit(example["prompt"], list(example.get("sections", [])))

    def _example_menu(self, position: QPoint) -> None:
        if self.selected_example() is None:
            return
        menu = QMenu(self)
        menu.addAction("Open in sampling explorer", self._open_selected_in_explorer)
        menu.addAction("Open in attention", self._open_selected_in_attention)
        copy = QAction("Copy prompt", menu)
        copy.triggered.connect(self._copy_prompt)
        menu.addAction(copy)
        menu.exec(self.examples_table.viewport().mapToGlobal(position))

    def _copy_prompt(self) -> None:
        example = self.selected_example()
        if example is not None:
            QGuiApplication.clipboard().setText(example["prompt"])

    # --- saved runs and export ---------------------------------------------------------------------

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
        self.status_message.emit(f"Exported to {path}")

    def export_dialog(self, kind: str) -> None:
        if self.result is None:
            self.status.setText("Nothing to export yet: run a comparison or open a saved run.")
            return
        path = ask_save_path(self, "Export run", f"promptlab.{kind}")
        if path is not None:
            self.export(kind, path)

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
