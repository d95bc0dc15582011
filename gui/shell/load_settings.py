"""The load-settings dialog: context size, CPU threads, GPU layers and flash attention for the next load."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

DEFAULT_LOAD_SETTINGS: dict[str, Any] = {
    "n_ctx": 4096,
    "n_threads": None,
    "n_gpu_layers": 0,
    "flash_attn": False,
}
NO_GPU_NOTE = str(
    QT_TRANSLATE_NOOP(
        "LoadSettingsDialog",
        "This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with "
        "<code>python main.py setup --gpu cuda</code> (or <code>vulkan</code>, <code>metal</code>).",
    )
)


class LoadSettingsDialog(QDialog):
    """Context size, threads, GPU layers and flash attention for the next load."""

    def __init__(self, settings: dict[str, Any], gpu_supported: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load settings"))
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
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("all"))
        self.gpu_layers.setValue(int(settings.get("n_gpu_layers") or 0))
        self.gpu_layers.setEnabled(gpu_supported)
        self.flash_attn = QCheckBox(self.tr("Flash attention"))
        self.flash_attn.setChecked(bool(settings.get("flash_attn")))
        form = QFormLayout(self)
        form.addRow(self.tr("Context size"), self.n_ctx)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        if not gpu_supported:
            note = QLabel(self.tr(NO_GPU_NOTE))
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.flash_attn)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "n_ctx": self.n_ctx.value(),
            "n_threads": self.threads.value() or None,
            "n_gpu_layers": self.gpu_layers.value(),
            "flash_attn": self.flash_attn.isChecked(),
        }
