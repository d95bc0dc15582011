"""What the parts of the sampling explorer share: the steps taken, the chain's result, the selection, the
model that made the steps, and the widgets the panel builds for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, SignalInstance
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
from engine.core.models import PACKAGED
from engine.core.sampling import ChainResult, SamplingSettings
from gui.sampling.chain import ChainControls
from gui.sampling.cumulative import CumulativeChart
from gui.sampling.distribution import DistributionChart
from gui.sampling.sweep import SweepChart
from gui.sampling.timeline import TimelineChart
from gui.shell.bridge import EngineBridge
from gui.shell.i18n import language

# the parts are mixins of the panel, a QWidget: type checkers see them as one
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


def model_title(model: str | None) -> str:
    """How a model is named on screen: a packaged model's title, or a GGUF file's name."""
    if not model:
        return QCoreApplication.translate("ExplorerState", "no model")
    titles = {packaged.key: packaged.title for packaged in PACKAGED}
    return titles.get(model, Path(model).name)


@dataclass
class StepView:
    """One step of the explorer's path: its logits and the labels of its likely tokens."""

    logits: np.ndarray
    labels: dict[int, str]
    special: frozenset[int]
    text: str  # the continuation so far (after the prompt)
    tail_mass: float | None = None  # a server's top-N only: the probability of the tokens it did not list


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
    explanation_box: QWidget
    model_notice: QLabel
    switch_model_button: QPushButton
    order_summary: QLabel
    sum_label: QLabel
    normalise_button: QPushButton
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
        self.lessons = load_lessons(language())
        self.steps: list[StepView] = []  # steps[i] is the distribution after path[:i]
        self.path: list[PathEntry] = []
        self.result: ChainResult | None = None
        self.shown_tokens: np.ndarray = np.empty(0, dtype=np.int64)
        self.selected_token: int | None = None  # what Step continues with; None: Step samples
        self.samples: dict[int, int] | None = None
        self.synthetic: Lesson | None = None
        self.lesson: Lesson | None = None  # the open lesson
        self.user_settings: SamplingSettings | None = None  # the user's own, kept while a lesson shows its
        self.context_prompt = ""  # the plain prompt the steps continue ("" when `messages` hold it)
        self.messages: list[tuple[str, str]] = []  # the chat messages the steps continue
        self._pending_probe: int | None = None
        self._pending_lookups: dict[int, str] = {}  # request id -> the text looked up
        self.watched: dict[str, tuple[tuple[int, str], ...]] = {}  # text -> its tokens, shown every step
        self.piece_logits: dict[tuple[int, ...], np.ndarray] = {}  # the path's tokens -> the logits after
        self._pending_pieces: dict[int, tuple[int, ...]] = {}  # request id -> the tokens it probes after
        # a split word's whole-word probability, before and after the chain
        self.word_probabilities: dict[str, tuple[float, float]] = {}
        self._run_remaining = 0
        self.marked_token: int | None = None  # the token a chat reply took at the opened step
        self.marked_record = (0.0, 0.0)  # the chat's probabilities of that token, before / after the chain
        self.loaded_model: str | None = bridge.model if bridge.info is not None else None
        self.steps_model: str | None = None  # the model that computed `steps` (None: synthetic or none)
        self._probe_model: str | None = None
        self.empty_note = ""  # why nothing is shown, when something was cleared

    @property
    def is_model_step(self) -> bool:
        return self.synthetic is None and bool(self.steps)

    def _ask_distribution(self, prefix: tuple[int, ...]) -> int:
        """Ask the engine for the logits after the steps' context and `prefix`."""
        self._probe_model = self.loaded_model
        return self.bridge.probe(self.context_prompt, self.messages, prefix)
