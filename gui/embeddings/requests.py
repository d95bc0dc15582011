"""The embeddings view's engine requests: one running task per view, its progress bar and Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from gui.shell.bridge import EngineBridge


class EmbeddingsRequests(QWidget):
    """The lowest base of EmbeddingsPanel: sends tasks, cancels them, shows that they run."""

    status_message = Signal(str)

    bridge: EngineBridge
    requests: dict[str, int]  # view -> its latest request id

    def _add_busy_controls(self, row: QHBoxLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(220)
        self.progress.setVisible(False)
        self.progress.setFormat("%p %")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running computation (Esc)"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)

    def _run(self, view: str, task: str, params: dict[str, Any]) -> int | None:
        if self.bridge.info is None:
            self.status_message.emit(self.tr("Load a model first"))
            return None
        previous = self.requests.get(view)
        if previous is not None:
            self.bridge.cancel(previous)
        request_id = self.bridge.run_task(task, params)
        self.requests[view] = request_id
        self._set_busy(True)
        return request_id

    def _finish(self, request_id: int) -> None:
        self.requests = {view: rid for view, rid in self.requests.items() if rid != request_id}
        if not self.requests:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress.setFormat("%p %")

    @Slot()
    def cancel(self) -> None:
        for request_id in self.requests.values():
            self.bridge.cancel(request_id)
