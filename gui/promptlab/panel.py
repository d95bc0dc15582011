"""The prompt lab: zero-shot, few-shot and chain-of-thought prompts compared on labelled examples.

The left column sets up a comparison (dataset, label words, templates, seed); the engine scores every
label of every example under every template (task "promptlab.compare") and the right side shows the
numbers: metrics side by side, confusion matrices, a reliability diagram, and each example with its
label probabilities and the exact prompt the model saw. Runs are saved in SQLite and can be reopened
and exported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.promptlab.examples import ExamplesView
from gui.promptlab.origin import ResultOrigin
from gui.promptlab.results import ResultViews
from gui.promptlab.run_controls import RunControls
from gui.promptlab.runs import SavedRuns
from gui.promptlab.setup_column import SetupColumn
from gui.promptlab.store import STORE_FILENAME, PromptLabStore
from gui.shell.bridge import EngineBridge


class PromptLabPanel(SetupColumn, RunControls, ResultViews, ResultOrigin, ExamplesView, SavedRuns, QWidget):
    """The set-up column and run controls on the left, the result views and saved runs on the right."""

    open_in_explorer = Signal(str)  # the exact prompt of an example
    open_in_attention = Signal(str, list)  # the prompt and its sections [{"name", "start", "end"}]
    status_message = Signal(str)

    def __init__(
        self, bridge: EngineBridge, data_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.dataset = None
        self.result = None
        self.request_id = None
        self.store = PromptLabStore(data_dir / STORE_FILENAME) if data_dir is not None else None
        self.heatmaps = []
        self._build()
        bridge.received.connect(self._on_engine_event)
        # loading, a failed load or a restart change the model under the shown run too
        bridge.state_changed.connect(self.on_bridge_state)
        self.choose_dataset(0)
        self.reset_templates()
        self.refresh_runs()
        self._update_run_state()
        self.update_origin()

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
        """Dataset and templates (the dataset preview gives way first, so that the template editor
        stays whole; scrolling only below the smallest supported window), the run controls always in view."""
        boxes = QSplitter(Qt.Orientation.Vertical)
        boxes.setChildrenCollapsible(False)
        boxes.addWidget(self._build_dataset_box())
        boxes.addWidget(self._build_templates_box())
        boxes.setStretchFactor(0, 1)
        boxes.setStretchFactor(1, 2)  # extra height goes mostly to the prompt
        boxes.setSizes([330, 400])  # the starting shares; the splitter keeps them as the window resizes
        self.setup_splitter = boxes
        scroll = QScrollArea()
        scroll.setWidget(boxes)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(boxes.minimumSizeHint().width() + 16)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_run_box())
        return column

    def _build_results(self) -> QWidget:
        """The shown run's origin (its model) above every result tab, so no view outlives it unmarked."""
        self.result_tabs = QTabWidget()
        self.result_tabs.setDocumentMode(True)
        self.result_tabs.addTab(self._build_summary_tab(), self.tr("Summary"))
        self.result_tabs.addTab(self._build_confusion_tab(), self.tr("Confusion"))
        self.result_tabs.addTab(self._build_examples_tab(), self.tr("Examples"))
        self.result_tabs.addTab(self._build_runs_tab(), self.tr("Runs"))
        results = QWidget()
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._build_origin())
        layout.addWidget(self.result_tabs, 1)
        return results

    def remembered_inputs(self) -> dict[str, QWidget]:
        """Dataset first: choosing it resets the limit, which then gets its remembered value."""
        return {
            "dataset": self.dataset_combo,
            "seed": self.seed,
            "limit": self.limit,
            "order_seeds": self.order_seeds,
            "leave_one_out": self.leave_one_out,
        }
