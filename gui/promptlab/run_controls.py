"""The prompt lab's run controls: seed, limit and ablations, then running the comparison in the
engine and following its progress."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from engine.promptlab.data import DatasetError
from gui.promptlab.base import PanelPart, box_layout
from gui.shell.bridge import EngineBridge

TASK = "promptlab.compare"


class RunControls(PanelPart):
    """The run box, and the comparison task from request to result."""

    bridge: EngineBridge
    request_id: int | None  # of the comparison running

    def _build_run_box(self) -> QWidget:
        box = QGroupBox(self.tr("Run"))
        layout = box_layout(box)
        form = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(self.tr("Chooses and orders the shots: the same seed gives the same numbers"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 100_000)
        self.limit.setSpecialValueText(self.tr("all"))
        self.limit.setToolTip(
            self.tr("Score only the first N examples (shots are then drawn from the others)")
        )
        self.order_seeds = QSpinBox()
        self.order_seeds.setRange(0, 20)
        self.order_seeds.setSpecialValueText(self.tr("off"))
        self.order_seeds.setToolTip(self.tr("Few-shot: also score with the same shots in N shuffled orders"))
        self.leave_one_out = QCheckBox(self.tr("Leave one out"))
        self.leave_one_out.setToolTip(self.tr("Few-shot: also score with each shot removed in turn"))
        fields = (
            (self.tr("Seed"), self.seed),
            (self.tr("Limit"), self.limit),
            (self.tr("Orders"), self.order_seeds),
        )
        for label, widget in fields:
            form.addWidget(QLabel(label))
            form.addWidget(widget)
        form.addWidget(self.leave_one_out)
        form.addStretch(1)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run comparison"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
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

    def run(self) -> None:
        if self.bridge.info is None:
            self.status.setText(
                self.tr("Load a model first: the comparison scores labels with the loaded model.")
            )
            return
        try:
            dataset = self.edited_dataset()
            templates = self.templates()
        except (DatasetError, ValueError) as error:
            self.status.setText(self.tr("Cannot run: {error}").format(error=error))
            return
        if not templates:
            self.status.setText(self.tr("Add a template to compare."))
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
        self.status.setText(self.tr("Scoring…"))
        self._update_run_state()

    def cancel(self) -> None:
        if self.request_id is not None:
            self.bridge.cancel(self.request_id)
            self.status.setText(self.tr("Cancelling…"))

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, (Loaded, Unloaded)):
            self._update_run_state()
            self.update_origin()  # the shown run may now be another model's
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
            done = self.tr("Done: %n examples on {model}.", "", int(event.result["evaluated"]))
            self.status.setText(done.format(model=event.result["model"]))
            self._update_run_state()
        elif isinstance(event, Failed):
            self.request_id = None
            self.progress.setValue(0)
            cancelled = event.kind == "cancelled" or "cancel" in event.message.lower()
            self.status.setText(
                self.tr("Cancelled.")
                if cancelled
                else self.tr("The comparison failed: {message}").format(message=event.message)
            )
            self._update_run_state()

    def _update_run_state(self) -> None:
        running = self.request_id is not None
        loaded = self.bridge.info is not None
        self.run_button.setEnabled(loaded and not running)
        self.cancel_button.setEnabled(running)
        no_model = self.tr("No model loaded: load one in the model bar, then run the comparison.")
        if not loaded and not running:
            self.status.setText(no_model)
        elif loaded and not running and self.status.text() == no_model:  # the state it names is over
            self.status.setText(self.tr("Ready: each label of each example is scored by the loaded model."))
