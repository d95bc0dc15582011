"""The prompt lab's examples tab: each example's label probabilities under one template, the exact
prompt the model saw, and opening that prompt in the sampling explorer or the attention view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.promptlab.base import PanelPart
from gui.shell.text import number


class ExamplesView(PanelPart):
    """The examples tab and its drill-down into one example's prompt."""

    open_in_explorer: Signal  # defined on the panel
    open_in_attention: Signal

    def _build_examples_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.example_template = QComboBox()
        self.example_template.setToolTip(self.tr("Whose predictions to list"))
        self.example_template.currentIndexChanged.connect(self._fill_examples)
        self.only_wrong = QCheckBox(self.tr("Only mistakes"))
        self.only_wrong.toggled.connect(self._fill_examples)
        self.explorer_button = QPushButton(self.tr("Open in sampling explorer"))
        self.explorer_button.setToolTip(self.tr("The next-token distribution after this exact prompt"))
        self.explorer_button.clicked.connect(self._open_selected_in_explorer)
        self.attention_button = QPushButton(self.tr("Open in attention"))
        self.attention_button.setToolTip(
            self.tr("Attention over this prompt, with instructions, shots and query marked")
        )
        self.attention_button.clicked.connect(self._open_selected_in_attention)
        row.addWidget(QLabel(self.tr("Template")))
        row.addWidget(self.example_template, 1)
        row.addWidget(self.only_wrong)
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
        self.prompt_view.setPlaceholderText(
            self.tr("Select an example to see the exact prompt the model saw")
        )
        # the buttons act on the selected example's prompt: they sit with it, which also keeps the
        # tab narrow enough for a 1024-pixel window
        prompt_box = QWidget()
        prompt_layout = QVBoxLayout(prompt_box)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.explorer_button)
        buttons.addWidget(self.attention_button)
        prompt_layout.addLayout(buttons)
        prompt_layout.addWidget(self.prompt_view, 1)
        splitter.addWidget(self.examples_table)
        splitter.addWidget(prompt_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)
        return tab

    def fill_template_choice(self, templates: list[dict[str, Any]]) -> None:
        """The templates of a new result to choose from, then the first one's examples."""
        self.example_template.blockSignals(True)
        self.example_template.clear()
        self.example_template.addItems([t["name"] for t in templates])
        self.example_template.blockSignals(False)
        self._fill_examples()

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
        headers = [
            "#",
            self.tr("Text"),
            self.tr("Label"),
            self.tr("Prediction"),
            *(f"p({label})" for label in labels),
        ]
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
            cells += [number(example["probs"][label], 3) for label in labels]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not correct:
                    item.setBackground(wrong)
                if column == 3:
                    item.setToolTip(
                        self.tr("correct")
                        if correct
                        else self.tr("wrong: the true label is {label}").format(label=example["label"])
                    )
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
        menu.addAction(self.tr("Open in sampling explorer"), self._open_selected_in_explorer)
        menu.addAction(self.tr("Open in attention"), self._open_selected_in_attention)
        copy = QAction(self.tr("Copy prompt"), menu)
        copy.triggered.connect(self._copy_prompt)
        menu.addAction(copy)
        menu.exec(self.examples_table.viewport().mapToGlobal(position))

    def _copy_prompt(self) -> None:
        example = self.selected_example()
        if example is not None:
            QGuiApplication.clipboard().setText(example["prompt"])
