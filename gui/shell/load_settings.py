"""The load-settings dialog: context size, CPU threads, GPU layers, RPC workers and flash attention for
the next load; the thread counts measured for the loaded model, with their figures, and Re-tune."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.core.worker_addresses import parse_workers
from engine.process.protocol import Failed, TaskProgress, TaskResult
from gui.shell.text import number
from gui.shell.widgets import error_style

DEFAULT_LOAD_SETTINGS: dict[str, Any] = {
    "n_ctx": 4096,
    "n_threads": None,
    "n_threads_batch": None,
    "n_gpu_layers": 0,
    "flash_attn": False,
    "rpc_workers": [],
}
TUNE_TASK = "core.tune_threads"
NO_GPU_NOTE = str(
    QT_TRANSLATE_NOOP(
        "LoadSettingsDialog",
        "This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with "
        "<code>python main.py setup --gpu cuda</code> (or <code>vulkan</code>, <code>metal</code>).",
    )
)


class LoadSettingsDialog(QDialog):
    """Context size, threads, GPU layers and flash attention for the next load."""

    def __init__(
        self, settings: dict[str, Any], gpu_supported: bool, parent: QWidget | None = None, bridge: Any = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge if bridge is not None else getattr(parent, "bridge", None)
        self.tune_request: int | None = None
        self.setWindowTitle(self.tr("Load settings"))
        self.setMinimumWidth(500)  # room for two worker addresses and the notes' lines
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(256, 262144)
        self.n_ctx.setSingleStep(1024)
        self.n_ctx.setValue(int(settings.get("n_ctx") or 4096))
        self.n_ctx.setToolTip(
            self.tr("How many tokens the model can see at once (prompt + reply). More uses more memory.")
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("automatic"))
        self.threads.setValue(int(settings.get("n_threads") or 0))
        self.threads.setToolTip(self.tr("Threads for generating tokens; automatic uses the measured count"))
        self.batch_threads = QSpinBox()
        self.batch_threads.setRange(0, 256)
        self.batch_threads.setSpecialValueText(self.tr("automatic"))
        self.batch_threads.setValue(int(settings.get("n_threads_batch") or 0))
        self.batch_threads.setToolTip(
            self.tr("Threads for reading the prompt; automatic uses the measured count")
        )
        self.tuning = QLabel()
        self.tuning.setWordWrap(True)
        self.retune_button = QPushButton(self.tr("Re-tune"))
        self.retune_button.setToolTip(
            self.tr("Measure every thread count again on the loaded model (a few seconds)")
        )
        self.retune_button.clicked.connect(self.retune)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("all"))
        self.gpu_layers.setValue(int(settings.get("n_gpu_layers") or 0))
        self.gpu_layers.setEnabled(gpu_supported)
        self.gpu_supported = gpu_supported
        self.workers = QLineEdit(", ".join(settings.get("rpc_workers") or []))
        self.workers.setPlaceholderText(self.tr("none (e.g. 192.168.1.20:50052, 192.168.1.21:50052)"))
        self.workers.setToolTip(
            self.tr(
                "ggml-rpc-server workers on other machines (llama.cpp's RPC backend): the model's layers "
                "are split over them in this order, while this computer still runs the graph, so every "
                "view keeps working. Start one there with: ggml-rpc-server -H 0.0.0.0 -p 50052"
            )
        )
        self.workers.textChanged.connect(self._workers_changed)
        self.workers_error = QLabel()
        self.workers_error.setObjectName("fieldError")
        self.workers_error.setStyleSheet(error_style("fieldError", padding="4px 6px"))
        self.workers_error.setWordWrap(True)
        self.workers_error.setVisible(False)
        self.flash_attn = QCheckBox(self.tr("Flash attention"))
        self.flash_attn.setChecked(bool(settings.get("flash_attn")))
        form = QFormLayout(self)
        form.addRow(self.tr("Context size"), self.n_ctx)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Prompt threads"), self.batch_threads)
        form.addRow(self.tuning)
        form.addRow(self.retune_button)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        if not gpu_supported:
            note = QLabel(self.tr(NO_GPU_NOTE))
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.tr("RPC workers"), self.workers)
        form.addRow(self.workers_error)
        form.addRow(self.flash_attn)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_threads(self._loaded_threads())
        self._workers_changed(self.workers.text())
        if self.bridge is not None:
            self.bridge.received.connect(self._on_event)

    def _loaded_threads(self) -> dict[str, Any] | None:
        info = getattr(self.bridge, "info", None)
        return info.get("threads") if isinstance(info, dict) else None

    def _show_threads(self, threads: dict[str, Any] | None, in_use: list[int] | None = None) -> None:
        """The counts in use for the loaded model, how they were chosen, and the measured figures."""
        self.retune_button.setEnabled(threads is not None and self.tune_request is None)
        if threads is None:
            self.tuning.setText(self.tr("Load a model to see its measured thread counts."))
            return
        generation, prompt = in_use or (threads["generation"], threads["prompt"])
        how = {
            "measured": self.tr("measured on this machine"),
            "remembered": self.tr("measured earlier on this machine"),
            "user": self.tr("chosen by you"),
            "default": self.tr("half the cores (not measured)"),
        }.get(str(threads.get("source")), "")
        lines = [
            self.tr("In use: {generation} for generation, {prompt} for the prompt ({how}).").format(
                generation=generation, prompt=prompt, how=how
            )
        ]
        figures = threads.get("figures") or []
        if figures:
            cell = "<td align='right'>{}</td>"
            rows = "".join(
                "<tr>"
                + cell.format(figure["threads"])
                + cell.format(number(figure["decode_tok_s"], 1))
                + cell.format(number(figure["prefill_tok_s"], 0))
                + "</tr>"
                for figure in figures
            )
            titles = (self.tr("Threads"), self.tr("Generation tok/s"), self.tr("Prompt tok/s"))
            header = "<tr>" + "".join(f"<th>{title}</th>" for title in titles) + "</tr>"
            lines.append(f"<table cellspacing='6'>{header}{rows}</table>")
        self.tuning.setText("<br>".join(lines))

    def retune(self) -> None:
        if self.bridge is None or self.tune_request is not None:
            return
        self.tune_request = self.bridge.run_task(TUNE_TASK, {})
        self.retune_button.setEnabled(False)
        self.tuning.setText(self.tr("Measuring the thread counts…"))

    @Slot(object)
    def _on_event(self, event: object) -> None:
        if self.tune_request is None or getattr(event, "request_id", None) != self.tune_request:
            return
        if isinstance(event, TaskProgress):
            return
        self.tune_request = None
        if isinstance(event, TaskResult):
            result = dict(event.result)
            info = getattr(self.bridge, "info", None)
            if isinstance(info, dict) and info.get("threads") is not None:
                source = info["threads"].get("source")
                info["threads"] = {**result, "source": "user" if source == "user" else "measured"}
            self._show_threads({**result, "source": "measured"}, result.get("in_use"))
        elif isinstance(event, Failed):
            self._show_threads(self._loaded_threads())
            self.tuning.setText(self.tr("Re-tune failed: {message}").format(message=event.message))

    def _workers_changed(self, text: str) -> None:
        """Layers can go to workers on a CPU-only build too; a fixed entry clears its error."""
        self.gpu_layers.setEnabled(self.gpu_supported or bool(text.strip()))
        self.workers_error.setVisible(False)

    def accept(self) -> None:
        """Close only on workers written host:port; otherwise say which one is wrong and keep the text."""
        try:
            parse_workers(self.workers.text())
        except ValueError as error:
            self.workers_error.setText(self.tr("RPC workers: {problem}").format(problem=str(error)))
            self.workers_error.setVisible(True)
            self.adjustSize()  # the message's lines, not clipped
            self.workers.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        workers = list(parse_workers(self.workers.text()))
        layers = self.gpu_layers.value()
        return {
            "n_ctx": self.n_ctx.value(),
            "n_threads": self.threads.value() or None,
            "n_threads_batch": self.batch_threads.value() or None,
            "n_gpu_layers": -1 if workers and layers == 0 else layers,  # workers: all layers unless told
            "flash_attn": self.flash_attn.isChecked(),
            "rpc_workers": workers,
        }
