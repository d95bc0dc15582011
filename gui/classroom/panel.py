"""The classroom panel: guided lessons (engine/classroom) walked step by step.

Each step opens one of the app's views with its example: the panel only says which, through
`open_view(view, payload)`; the shell does the opening (gui/shell/classroom_routes.py). A step's question
is answered with radio buttons (one answer) or checkboxes (several); Check tells whether the answer is
right and explains it with the numbers measured on the lesson's model.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine.classroom.course import CourseLesson, Step, load_course
from engine.core.lessons import LessonError
from engine.core.models import PACKAGED
from gui.shell.i18n import language

VIEW_NAMES: dict[str, object] = {
    "chat": QT_TRANSLATE_NOOP("ClassroomPanel", "Chat"),
    "explorer": QT_TRANSLATE_NOOP("ClassroomPanel", "Sampling explorer"),
    "attention": QT_TRANSLATE_NOOP("ClassroomPanel", "Attention"),
    "embeddings": QT_TRANSLATE_NOOP("ClassroomPanel", "Embeddings"),
    "promptlab": QT_TRANSLATE_NOOP("ClassroomPanel", "Prompt lab"),
    "score": QT_TRANSLATE_NOOP("ClassroomPanel", "Score"),
    "inside": QT_TRANSLATE_NOOP("ClassroomPanel", "Inside"),
}


def model_title(key: str | None) -> str:
    titles = {model.key: model.title for model in PACKAGED}
    return titles.get(key or "", key or "")


class ClassroomPanel(QWidget):
    """The lessons on top; the open lesson's step, its question and the navigation below."""

    open_view = Signal(str, dict)  # a step's view and its example
    load_model_requested = Signal(str)  # the packaged model the lesson was written for

    def __init__(self, parent: QWidget | None = None, lessons: list[CourseLesson] | None = None) -> None:
        super().__init__(parent)
        self.error = ""
        if lessons is None:
            try:
                lessons = load_course(language())
            except LessonError as error:  # a damaged lesson file: say which, show none
                lessons, self.error = [], str(error)
        self.lessons = lessons
        self.lesson: CourseLesson | None = None
        self.index = 0
        self.model: str | None = None
        self._reopen_on_load = False
        self.choice_buttons: list[QAbstractButton] = []
        self.choice_group: QButtonGroup | None = None
        self._build()
        self._show_step()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.lesson_list = QListWidget()
        self.lesson_list.setToolTip(self.tr("Choose a lesson; each step opens a view with its example"))
        for number, lesson in enumerate(self.lessons, 1):
            item = QListWidgetItem(self.tr("{number}. {title}").format(number=number, title=lesson.title))
            item.setToolTip(lesson.summary)
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.lesson_list.addItem(item)
        self.lesson_list.currentRowChanged.connect(self._on_lesson_chosen)
        # lessons above the step: the panel sits in a narrow dock beside the views
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lesson_list)
        splitter.addWidget(self._build_step())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _build_step(self) -> QScrollArea:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock: every pixel goes to the wrapped texts
        self.lesson_title = QLabel()
        self.lesson_title.setWordWrap(True)
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.load_button = QPushButton()
        self.load_button.setToolTip(self.tr("Load the model this lesson's numbers were measured on"))
        self.load_button.clicked.connect(self._on_load_clicked)
        model_row = QVBoxLayout()
        model_row.addWidget(self.model_note)
        model_row.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.step_title = QLabel()
        self.step_title.setWordWrap(True)
        self.step_text = QLabel()
        self.step_text.setWordWrap(True)
        self.step_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton()
        self.show_button.setToolTip(self.tr("Open the step's example again in its view"))
        self.show_button.clicked.connect(self.open_current_view)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choices_box = QVBoxLayout()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("◂ Back"))
        self.back_button.clicked.connect(self.back)
        self.position = QLabel()
        self.next_button = QPushButton(self.tr("Next ▸"))
        self.next_button.clicked.connect(self.next)
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_button)
        navigation.addStretch(1)
        navigation.addWidget(self.position)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        for widget in (self.lesson_title,):
            layout.addWidget(widget)
        layout.addLayout(model_row)
        layout.addWidget(self.step_title)
        layout.addWidget(self.step_text)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.question)
        layout.addLayout(self.choices_box)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.verdict)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        layout.addLayout(navigation)
        scroll = QScrollArea()
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    # --- public ----------------------------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        return self.lesson.steps[self.index] if self.lesson is not None else None

    def set_model(self, key: str | None) -> None:
        """The model now loaded (a packaged key, a file path, or None); a step waiting for it reopens."""
        self.model = key
        if self._reopen_on_load and self.lesson is not None and key == self.lesson.model:
            self._reopen_on_load = False
            self.open_current_view()
        self._show_model_note()

    def open_lesson(self, lesson_id: str, step: int = 0) -> None:
        row = next((i for i, lesson in enumerate(self.lessons) if lesson.id == lesson_id), None)
        if row is None:
            return
        self.lesson_list.blockSignals(True)
        self.lesson_list.setCurrentRow(row)
        self.lesson_list.blockSignals(False)
        self.lesson = self.lessons[row]
        self.go_to(step)

    def go_to(self, index: int) -> None:
        if self.lesson is None:
            return
        self.index = max(0, min(index, len(self.lesson.steps) - 1))
        self._show_step()
        self.open_current_view()

    @Slot()
    def next(self) -> None:
        self.go_to(self.index + 1)

    @Slot()
    def back(self) -> None:
        self.go_to(self.index - 1)

    @Slot()
    def open_current_view(self) -> None:
        step = self.step
        if step is not None:
            self.open_view.emit(step.view, dict(step.payload))

    def chosen(self) -> set[int]:
        return {i for i, button in enumerate(self.choice_buttons) if button.isChecked()}

    @Slot()
    def check(self) -> None:
        step = self.step
        if step is None or step.question is None:
            return
        chosen = self.chosen()
        if not chosen:
            self.verdict.setText(self.tr("Choose an answer first."))
            return
        right = step.question.is_right(chosen)
        self.verdict.setText(
            self.tr("<b>Right.</b>")
            if right
            else self.tr("<b>Not quite.</b> The answer: {answer}").format(
                answer=html.escape(", ".join(step.question.choices[i] for i in sorted(step.question.correct)))
            )
        )
        self.verdict.setProperty("right", right)
        self.answer.setText(html.escape(step.question.explanation))

    # --- drawing ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_lesson_chosen(self, row: int) -> None:
        if 0 <= row < len(self.lessons):
            self.open_lesson(self.lessons[row].id)

    def _on_load_clicked(self) -> None:
        if self.lesson is not None:
            self._reopen_on_load = True
            self.load_model_requested.emit(self.lesson.model)

    def _show_model_note(self) -> None:
        lesson = self.lesson
        other = lesson is not None and self.model != lesson.model
        self.load_button.setVisible(other)
        if lesson is None:
            self.model_note.setText("")
            return
        written_for = model_title(lesson.model)
        if other:
            self.model_note.setText(
                self.tr("Written for <b>{model}</b>; another model is loaded, so its numbers differ.").format(
                    model=html.escape(written_for)
                )
            )
            self.load_button.setText(self.tr("Load {model}").format(model=written_for))
        else:
            self.model_note.setText(
                self.tr("Written for <b>{model}</b> (loaded).").format(model=html.escape(written_for))
            )

    def _show_step(self) -> None:
        lesson, step = self.lesson, self.step
        has_step = step is not None
        for widget in (self.show_button, self.back_button, self.next_button, self.check_button):
            widget.setVisible(has_step)
        self.verdict.setText("")
        self.answer.setText("")
        self._clear_choices()
        self._show_model_note()
        if lesson is None or step is None:
            self.lesson_title.setText(
                self.tr("<b>A lesson could not be read</b>: {error}").format(error=html.escape(self.error))
                if self.error
                else self.tr("<b>Classroom</b> — choose a lesson on the left.")
            )
            self.step_title.setText("")
            self.step_text.setText("")
            self.question.setText("")
            self.position.setText("")
            return
        self.lesson_title.setText(f"<h3>{html.escape(lesson.title)}</h3>")
        self.step_title.setText(f"<b>{html.escape(step.title)}</b>")
        self.step_text.setText(html.escape(step.text))
        view = QCoreApplication.translate("ClassroomPanel", str(VIEW_NAMES[step.view]))
        self.show_button.setText(self.tr("↗ {view}").format(view=view))
        self.position.setText(
            self.tr("Step {index} of {count}").format(index=self.index + 1, count=len(lesson.steps))
        )
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(lesson.steps) - 1)
        question = step.question
        self.check_button.setVisible(question is not None)
        self.question.setText("" if question is None else f"<b>{html.escape(question.prompt)}</b>")
        if question is not None:
            self._add_choices(question.choices, question.kind == "multiple")

    def _add_choices(self, choices: tuple[str, ...], multiple: bool) -> None:
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(not multiple)
        for index, text in enumerate(choices):
            button: QAbstractButton = QCheckBox(text) if multiple else QRadioButton(text)
            self.choice_group.addButton(button, index)
            self.choices_box.addWidget(button)
            self.choice_buttons.append(button)

    def _clear_choices(self) -> None:
        for button in self.choice_buttons:
            self.choices_box.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        if self.choice_group is not None:
            self.choice_group.deleteLater()
            self.choice_group = None
