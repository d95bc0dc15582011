"""What the parts of the sampling explorer share: the steps taken, the chain's result, the selection, and
the widgets the panel builds for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from engine.core.lessons import Lesson, load_lessons
from engine.core.sampling import ChainResult
from gui.sampling.chain import ChainControls
from gui.sampling.cumulative import CumulativeChart
from gui.sampling.distribution import DistributionChart
from gui.sampling.sweep import SweepChart
from gui.sampling.timeline import TimelineChart
from gui.shell.bridge import EngineBridge

# the parts are mixins of the panel, a QWidget: type checkers see them as one
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


@dataclass
class StepView:
    """One step of the explorer's path: its logits and the labels of its likely tokens."""

    logits: np.ndarray
    labels: dict[int, str]
    special: frozenset[int]
    text: str  # the continuation so far (after the prompt)


@dataclass
class PathEntry:
    token: int
    label: str
    entropy_bits: float
    prob: float


class ExplorerState(_Widget):
    """The explorer's state, and the widgets that show and drive it (built by `SamplingPanel`)."""

    status_message: SignalInstance
    lesson_combo: QComboBox
    preset_row: QHBoxLayout
    explanation: QLabel
    prompt: QPlainTextEdit
    chat_template: QCheckBox
    start_button: QPushButton
    step_button: QPushButton
    back_button: QPushButton
    run_button: QPushButton
    seed: QSpinBox
    breadcrumb: QLabel
    stats: QLabel
    distribution: DistributionChart
    tabs: QTabWidget
    table: QTableWidget
    cumulative: CumulativeChart
    timeline: TimelineChart
    sweep: SweepChart
    chain: ChainControls
    bar_count: QSpinBox
    lookup: QLineEdit
    lookup_result: QLabel

    def _init_state(self, bridge: EngineBridge) -> None:
        self.bridge = bridge
        self.lessons = load_lessons()
        self.steps: list[StepView] = []  # steps[i] is the distribution after path[:i]
        self.path: list[PathEntry] = []
        self.result: ChainResult | None = None
        self.shown_tokens: np.ndarray = np.empty(0, dtype=np.int64)
        self.selected: int | None = None  # index into shown_tokens
        self.samples: dict[int, int] | None = None
        self.synthetic: Lesson | None = None
        self.messages: list[tuple[str, str]] = []  # when the prompt came from a chat
        self._pending_probe: int | None = None
        self._pending_lookups: dict[int, str] = {}  # request id -> the text looked up
        self.watched: dict[str, tuple[tuple[int, str], ...]] = {}  # text -> its tokens, shown every step
        self._run_remaining = 0
        self.marked_token: int | None = None  # the token a chat reply took at the opened step
