"""The base of the prompt lab panel's parts: the state and widgets one part sets and another reads,
and what one part asks of another (each defined once, in its own part; the panel combines them all)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from engine.promptlab.data import Dataset
from engine.promptlab.templates import Template
from gui.promptlab.store import PromptLabStore

BOX_MARGIN = 6  # tighter than the style's default: the set-up column has to fit a 700-pixel window


def box_layout(box: QGroupBox) -> QVBoxLayout:
    """A group box's layout with the column's tight margins and spacing."""
    layout = QVBoxLayout(box)
    layout.setContentsMargins(BOX_MARGIN, BOX_MARGIN, BOX_MARGIN, BOX_MARGIN)
    layout.setSpacing(4)
    return layout


if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class PanelPart(_Widget):
    """A part of PromptLabPanel: a QWidget to the type checker, a plain mixin at run time."""

    store: PromptLabStore | None
    result: dict[str, Any] | None  # the run shown
    status: QLabel  # under the run controls
    result_tabs: QTabWidget
    # set-up column
    edited_dataset: Callable[[], Dataset]
    templates: Callable[[], list[Template]]
    # result views and saved runs
    show_result: Callable[[dict[str, Any]], None]
    refresh_runs: Callable[[], None]
    update_origin: Callable[[], None]  # the shown run's model line, against the model loaded now

    def tr(self, sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """A text in the context of the part that wrote it, tried class by class like QObject.tr; that
        one stops at the panel's own context for a text with %n (its untranslated form, with the number
        put in, already differs from the source), so plurals written in a part would stay untranslated."""
        untranslated = QCoreApplication.translate("", sourceText, disambiguation, n)
        for cls in type(self).__mro__:
            text = QCoreApplication.translate(cls.__name__, sourceText, disambiguation, n)
            if text != untranslated:
                return text
        return untranslated
