"""The prompt lab's set-up column: the dataset (built-in or a file, its label words) and the templates."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QWidget,
)

from engine.promptlab.data import BUILTINS, Dataset, DatasetError, dataset_from_rows, load_dataset
from engine.promptlab.templates import Template, default_template
from gui.promptlab.base import PanelPart, box_layout
from gui.promptlab.template_editor import TemplateEditor
from gui.shell.text import integer

PREVIEW_MIN_ROWS = 2  # the preview gives up its space first when the window is short
LABEL_WORD_ROWS = 4  # the label words show whole up to this many labels, then scroll


def preview_height(table: QTableWidget, rows: int) -> int:
    """The height of `table` showing its header and `rows` rows, frame included."""
    header = table.horizontalHeader().sizeHint().height()
    return header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()


class SetupColumn(PanelPart):
    """The dataset and templates boxes, and reading the comparison's inputs back from them."""

    dataset: Dataset | None

    def _build_dataset_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dataset"))
        self.dataset_box = box  # its title tells the size and labels of the dataset chosen
        layout = box_layout(box)
        row = QHBoxLayout()
        self.dataset_combo = QComboBox()
        # the titles are long: let the combo shrink (its popup still shows them whole)
        self.dataset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dataset_combo.setMinimumContentsLength(16)
        for builtin in BUILTINS.values():
            self.dataset_combo.addItem(builtin.title, builtin.name)
        self.dataset_combo.setToolTip(
            self.tr("Labelled examples: built-in sets, or a CSV / JSONL file with text,label")
        )
        self.dataset_combo.currentIndexChanged.connect(self.choose_dataset)
        open_button = QPushButton(self.tr("Open file…"))
        open_button.setToolTip(self.tr("A .csv or .jsonl file with 'text' and 'label' columns"))
        open_button.clicked.connect(self.open_dataset_dialog)
        row.addWidget(self.dataset_combo, 1)
        row.addWidget(open_button)
        layout.addLayout(row)
        self.preview = QTableWidget(0, 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Label")])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.setToolTip(
            self.tr("The examples; the row number is the example's index (0-based in the CLI)")
        )
        self.preview.setMinimumHeight(preview_height(self.preview, PREVIEW_MIN_ROWS))
        layout.addWidget(self.preview, 1)
        self.label_words = QTableWidget(0, 2)
        self.label_words.setHorizontalHeaderLabels([self.tr("Stored label"), self.tr("Label word scored")])
        self.label_words.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.label_words.verticalHeader().setVisible(False)
        self.label_words.setToolTip(
            self.tr(
                "The text the model is asked to continue with for each label. Mind the leading space:\n"
                "after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'."
            )
        )
        self.label_words.verticalHeader().setDefaultSectionSize(22)
        layout.addWidget(self.label_words)
        return box

    def _build_templates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Templates"))
        layout = box_layout(box)
        self.template_tabs = QTabWidget()
        self.template_tabs.setDocumentMode(True)
        self.template_tabs.setTabsClosable(True)  # each tab's × removes that template
        self.template_tabs.tabCloseRequested.connect(self.remove_template_at)
        # the buttons share the tab bar's row: a row of their own would cost the editor its last field
        self.template_tabs.setCornerWidget(self._build_template_buttons(), Qt.Corner.TopRightCorner)
        layout.addWidget(self.template_tabs, 1)
        return box

    def _build_template_buttons(self) -> QWidget:
        add = QToolButton()
        add.setText(self.tr("Add"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        kinds = (
            ("zero", self.tr("Zero-shot")),
            ("few", self.tr("Few-shot")),
            ("cot", self.tr("Chain-of-thought")),
        )
        for kind, title in kinds:
            for chat in (False, True):
                action = menu.addAction(
                    self.tr("{kind}, chat template").format(kind=title) if chat else title
                )
                action.triggered.connect(partial(self._add_from_menu, kind, chat))
        add.setMenu(menu)
        add.setToolTip(self.tr("Add another prompt to compare (the × on a tab removes it)"))
        self.defaults_button = QToolButton()
        self.defaults_button.setText(self.tr("Defaults"))
        self.defaults_button.setToolTip(
            self.tr("Back to the zero-shot and 4-shot templates for this dataset")
        )
        self.defaults_button.clicked.connect(self.reset_templates)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 2)
        row.setSpacing(4)
        row.addWidget(add)
        row.addWidget(self.defaults_button)
        return buttons

    @Slot(int)
    def choose_dataset(self, index: int) -> None:
        source = self.dataset_combo.itemData(index)
        if source:
            self.set_dataset(load_dataset(source))

    def open_dataset_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open dataset"), "", self.tr("Datasets (*.csv *.jsonl *.tsv)")
        )
        if name:
            self.open_dataset_file(Path(name))

    def open_dataset_file(self, path: Path) -> None:
        try:
            dataset = load_dataset(path)
        except DatasetError as error:
            self.status.setText(self.tr("Cannot use this file: {error}").format(error=error))
            return
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.addItem(path.name, "")
        self.dataset_combo.setCurrentIndex(self.dataset_combo.count() - 1)
        self.dataset_combo.blockSignals(False)
        self.set_dataset(dataset)
        self.reset_templates()

    def set_dataset(self, dataset: Dataset) -> None:
        self.dataset = dataset
        counts = ", ".join(f"{label} {integer(count)}" for label, count in dataset.label_counts().items())
        title = self.tr("Dataset: %n examples · {counts}", "", len(dataset))
        self.dataset_box.setTitle(title.format(counts=counts))
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
        rows = min(len(dataset.label_set), LABEL_WORD_ROWS)  # more labels scroll
        self.label_words.setFixedHeight(preview_height(self.label_words, rows))
        if self.template_tabs.count():
            self.reset_templates()

    def edited_dataset(self) -> Dataset:
        """The dataset with the label words as edited (written as JSON strings, so spaces show)."""
        if self.dataset is None:
            raise DatasetError(self.tr("choose a dataset first"))
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
            self.template_tabs.setTabText(index, text or self.tr("template"))

    def remove_template(self) -> None:
        self.remove_template_at(self.template_tabs.currentIndex())

    @Slot(int)
    def remove_template_at(self, index: int) -> None:
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
