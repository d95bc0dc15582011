"""The base of the prompt lab panel's parts: the state and widgets one part sets and another reads,
and what one part asks of another (each defined once, in its own part; the panel combines them all)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from engine.promptlab.data import Dataset
from engine.promptlab.templates import Template
from gui.promptlab.store import PromptLabStore

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
