"""The main window: a model bar, one tab per capability, a status bar; the engine runs in its own process.

State that should survive a restart (window layout, last model, recent models, load settings, sampling
defaults, the open chat, the inspect toggle) lives in QSettings, in the same data folder as the chats.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import DEFAULT_MODEL, PACKAGED
from engine.process.protocol import Failed, Loaded, LoadProgress, Unloaded
from gui.attention.panel import AttentionPanel
from gui.shell.bridge import EngineBridge
from gui.chat.panel import ChatPanel
from gui.embeddings.panel import EmbeddingsPanel
from gui.library.panel import ModelPanel, format_bytes, gguf_path_from_mime
from gui.shell.widgets import inputs_state, restore_inputs
from gui.promptlab.panel import PromptLabPanel
from gui.sampling.panel import SamplingPanel
from gui.chat.store import ChatStore, default_data_dir

MAX_RECENT = 8
DEFAULT_LOAD_SETTINGS: dict[str, Any] = {
    "n_ctx": 4096,
    "n_threads": None,
    "n_gpu_layers": 0,
    "flash_attn": False,
}
NO_GPU_NOTE = (
    "This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with "
    "<code>python main.py setup --gpu cuda</code> (or <code>vulkan</code>, <code>metal</code>)."
)
STATE_WORDS = {
    "starting": "Engine starting…",
    "no model": "Engine ready · no model loaded",
    "loading": "Loading model…",
    "ready": "Ready",
    "generating": "Generating…",
    "restarting": "Engine restarting…",
}


def model_label(model: str) -> str:
    titles = {packaged.key: packaged.title for packaged in PACKAGED}
    return titles.get(model, Path(model).name)


class LoadSettingsDialog(QDialog):
    """Context size, threads, GPU layers and flash attention for the next load."""

    def __init__(self, settings: dict[str, Any], gpu_supported: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Load settings")
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(256, 262144)
        self.n_ctx.setSingleStep(1024)
        self.n_ctx.setValue(int(settings.get("n_ctx") or 4096))
        self.n_ctx.setToolTip(
            "How many tokens the model can see at once (prompt + reply). More uses more memory."
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText("automatic")
        self.threads.setValue(int(settings.get("n_threads") or 0))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText("all")
        self.gpu_layers.setValue(int(settings.get("n_gpu_layers") or 0))
        self.gpu_layers.setEnabled(gpu_supported)
        self.flash_attn = QCheckBox("Flash attention")
        self.flash_attn.setChecked(bool(settings.get("flash_attn")))
        form = QFormLayout(self)
        form.addRow("Context size", self.n_ctx)
        form.addRow("CPU threads", self.threads)
        form.addRow("GPU layers", self.gpu_layers)
        if not gpu_supported:
            note = QLabel(NO_GPU_NOTE)
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


class MainWindow(QMainWindow):
    TABS = ("Chat", "Sampling explorer", "Attention", "Embeddings", "Prompt lab", "Model")

    def __init__(self, model: str | None = None, data_dir: Path | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Lanterna")
        self.setAcceptDrops(True)
        self.data_dir = data_dir or default_data_dir()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.settings = QSettings(str(self.data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.store = ChatStore(self.data_dir / "chats.sqlite3")
        self.bridge = EngineBridge(self)
        self.load_request: int | None = None
        self._build()
        self._restore()
        self.bridge.received.connect(self._on_engine_event)
        self.bridge.state_changed.connect(self._on_state)
        self.bridge.died.connect(self._on_engine_died)
        self.bridge.start()
        self.load_model(model or str(self.settings.value("model/last", DEFAULT_MODEL)))

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.chat = ChatPanel(self.bridge, self.store, self._json_setting("chat/defaults", {}))
        self.sampling = SamplingPanel(self.bridge)
        self.attention = AttentionPanel(self.bridge)
        self.embeddings = EmbeddingsPanel(self.bridge)
        self.prompt_lab = PromptLabPanel(self.bridge, self.data_dir)
        self.model_panel = ModelPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        panels: list[QWidget] = [
            self.chat,
            self.sampling,
            self.attention,
            self.embeddings,
            self.prompt_lab,
            self.model_panel,
        ]
        for title, panel in zip(self.TABS, panels, strict=True):
            self.tabs.addTab(panel, title)
        for index, title in enumerate(self.TABS):
            self.tabs.setTabToolTip(index, f"{title} (Ctrl+{index + 1})")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_model_bar())
        layout.addWidget(self._build_banner())
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_shortcuts()
        self.chat.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.chat.speed.connect(lambda rate: self.speed_label.setText(f"{rate:.1f} tokens/s"))
        self.chat.open_step.connect(self._open_step)
        self.sampling.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.attention.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.chat.open_attention.connect(self.open_attention_for_chat)
        self.prompt_lab.open_in_attention.connect(self.open_attention_for_prompt)
        self.prompt_lab.open_in_explorer.connect(self.open_prompt_in_explorer)
        self.model_panel.load_requested.connect(self.load_model)
        self.model_panel.unload_requested.connect(self.unload_model)
        self.model_panel.library.attach_settings(self.settings)  # its folders and last-used times

    def _build_model_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("modelBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.model_combo = QComboBox()
        self.model_combo.setMinimumWidth(280)
        self.model_combo.setToolTip("Packaged and recent models")
        self.load_button = QPushButton("Load")
        self.load_button.clicked.connect(lambda: self.load_model(str(self.model_combo.currentData())))
        self.open_button = QPushButton("Open GGUF…")
        self.open_button.setToolTip("Open a .gguf model file (Ctrl+O); you can also drop one on the window")
        self.open_button.clicked.connect(self.open_model_dialog)
        self.unload_button = QPushButton("Unload")
        self.unload_button.clicked.connect(self.unload_model)
        self.settings_button = QToolButton()
        self.settings_button.setText("Load settings…")
        self.settings_button.setToolTip("Context size, CPU threads, GPU layers")
        self.settings_button.clicked.connect(self.edit_load_settings)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.cancel_load_button = QPushButton("Cancel")
        self.cancel_load_button.setVisible(False)
        self.cancel_load_button.clicked.connect(self.cancel_load)
        self.model_summary = QLabel("No model loaded")
        self.model_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long model description must not widen the window: it is cut (the Model tab has it all)
        self.model_summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(QLabel("<b>Model</b>"))
        for widget in (self.model_combo, self.load_button, self.open_button, self.unload_button):
            layout.addWidget(widget)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_load_button)
        layout.addWidget(self.model_summary, 1)
        return bar

    def _build_banner(self) -> QWidget:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "#banner { background: #fde7b0; color: #3a2c00; border-bottom: 1px solid #d9b44a; }"
        )
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(12, 6, 12, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("color: #3a2c00;")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.clicked.connect(lambda: self.banner.setVisible(False))
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(close)
        self.banner.setVisible(False)
        return self.banner

    def show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.setVisible(True)

    def _build_status_bar(self) -> None:
        self.state_label = QLabel(STATE_WORDS["starting"])
        self.speed_label = QLabel("")
        self.speed_label.setToolTip("Generation speed of the last reply")
        self.memory_label = QLabel("")
        self.memory_label.setToolTip("Memory used by the engine process (the model and its context)")
        for label in (self.state_label, self.speed_label, self.memory_label):
            self.statusBar().addPermanentWidget(label)
        self.memory_timer = QTimer(self)
        self.memory_timer.timeout.connect(self._update_memory)
        self.memory_timer.start(2000)

    def _build_shortcuts(self) -> None:
        bindings: dict[str, Callable[[], object]] = {
            "Ctrl+Return": self.chat.send,
            "Ctrl+N": self._new_chat,
            "Ctrl+O": self.open_model_dialog,
            "Ctrl+I": self.chat.inspect.toggle,
            "Ctrl+.": self.chat.stop,
        }
        for index in range(len(self.TABS)):
            bindings[f"Ctrl+{index + 1}"] = partial(self.tabs.setCurrentIndex, index)
        self.shortcuts = []
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _new_chat(self) -> None:
        self.tabs.setCurrentWidget(self.chat)
        self.chat.new_conversation()

    # --- settings ----------------------------------------------------------------------------------

    def _json_setting(self, key: str, default: Any) -> Any:
        try:
            return json.loads(str(self.settings.value(key, json.dumps(default))))
        except ValueError:
            return default

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("chat/splitter")
        if isinstance(splitter, QByteArray):
            self.chat.splitter.restoreState(splitter)
        self.tabs.setCurrentIndex(int(str(self.settings.value("window/tab", 0))))
        self.chat.inspect.setChecked(self.settings.value("chat/inspect", "false") == "true")
        for key, view in self._views_with_inputs().items():
            restore_inputs(view.remembered_inputs(), self._json_setting(f"views/{key}", {}))
        self.load_settings = {**DEFAULT_LOAD_SETTINGS, **self._json_setting("model/load_settings", {})}
        self.recent = [str(path) for path in self._json_setting("model/recent", [])]
        self._refresh_models()
        conversation = self.settings.value("chat/conversation")
        known = {conversation.id for conversation in self.store.conversations()}
        if conversation is not None and int(str(conversation)) in known:
            self.chat.open_conversation(int(str(conversation)))
        elif known:
            self.chat.open_conversation(self.store.conversations()[0].id)
        else:
            self.chat.redraw()

    def _views_with_inputs(self) -> dict[str, Any]:
        return {"attention": self.attention, "embeddings": self.embeddings, "prompt_lab": self.prompt_lab}

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.setValue("chat/splitter", self.chat.splitter.saveState())
        self.settings.setValue("chat/inspect", "true" if self.chat.inspect.isChecked() else "false")
        self.settings.setValue("chat/defaults", json.dumps(self.chat.defaults))
        if self.chat.conversation_id is not None:
            self.settings.setValue("chat/conversation", self.chat.conversation_id)
        for key, view in self._views_with_inputs().items():
            self.settings.setValue(f"views/{key}", json.dumps(inputs_state(view.remembered_inputs())))
        self.settings.setValue("model/load_settings", json.dumps(self.load_settings))
        self.settings.setValue("model/recent", json.dumps(self.recent))
        if self.bridge.model is not None:
            self.settings.setValue("model/last", self.bridge.model)
        self.settings.sync()

    def _refresh_models(self) -> None:
        self.model_combo.clear()
        for packaged in PACKAGED:
            self.model_combo.addItem(packaged.title, packaged.key)
        for path in self.recent:
            self.model_combo.addItem(Path(path).name, path)
            self.model_combo.setItemData(self.model_combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.model_panel.set_recent(self.recent)
        if self.bridge.model is not None:
            found = self.model_combo.findData(self.bridge.model)
            if found >= 0:
                self.model_combo.setCurrentIndex(found)

    def _remember(self, model: str) -> None:
        if model in {packaged.key for packaged in PACKAGED}:
            return
        self.recent = [model, *[path for path in self.recent if path != model]][:MAX_RECENT]

    # --- models ------------------------------------------------------------------------------------

    @Slot(str)
    def load_model(self, model: str) -> None:
        if self.chat.stream is not None:
            self.statusBar().showMessage("Stop the reply before loading another model.", 6000)
            return
        self.model_panel.set_error(None)
        self.load_request = self.bridge.load(model, self._engine_load_settings())
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_load_button.setVisible(True)
        self.model_panel.set_busy(True)
        self.model_summary.setText(f"Loading {model_label(model)}…")

    def _engine_load_settings(self) -> dict[str, Any]:
        return {key: value for key, value in self.load_settings.items() if value is not None}

    def cancel_load(self) -> None:
        if self.load_request is not None:
            self.bridge.cancel(self.load_request)

    def unload_model(self) -> None:
        if self.chat.stream is None:
            self.bridge.unload()

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a GGUF model", str(Path.home()), "GGUF models (*.gguf)"
        )
        if path:
            self.load_model(path)

    def edit_load_settings(self) -> None:
        dialog = LoadSettingsDialog(self.load_settings, self.bridge.gpu_offload_supported, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_settings = dialog.values()
            if self.bridge.model is not None:
                self.load_model(self.bridge.model)  # apply now: the settings belong to the load

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if gguf_path_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = gguf_path_from_mime(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.load_model(path)

    # --- engine events -----------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, LoadProgress) and self.load_request in (event.request_id, None):
            self.progress.setValue(int(event.fraction * 100))
        elif isinstance(event, Loaded):
            self._on_loaded(event)
        elif isinstance(event, Failed) and event.request_id == self.load_request:
            self._on_load_failed(event)
        elif isinstance(event, Unloaded):
            self.model_summary.setText("No model loaded")
            self.model_panel.show_info(None)

    def _end_load(self) -> None:
        self.load_request = None
        self.progress.setVisible(False)
        self.cancel_load_button.setVisible(False)
        self.model_panel.set_busy(False)

    def _on_loaded(self, event: Loaded) -> None:
        self._end_load()
        info = event.info
        self._remember(event.model)
        self._refresh_models()
        self.model_panel.library.mark_used(event.model)
        self.model_panel.show_info(info)
        self.model_summary.setText(
            f"<b>{model_label(event.model)}</b> · {info['architecture']} · {info['n_params'] / 1e6:.0f} M "
            f"parameters · {info['quantization']} · context {info['n_ctx']:,}"
        )
        self.model_summary.setToolTip(info["path"])
        self.settings.setValue("model/last", event.model)

    def _on_load_failed(self, event: Failed) -> None:
        self._end_load()
        if event.kind == "cancelled":
            self.model_summary.setText("Loading cancelled · no model loaded")
            return
        self.model_summary.setText("No model loaded")
        self.model_panel.set_error(event.message)
        self.model_panel.show_info(None)
        self.show_banner(f"<b>Could not load the model.</b> {event.message}")

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self.state_label.setText(STATE_WORDS.get(state, state))

    @Slot(str)
    def _on_engine_died(self, description: str) -> None:
        model = self.bridge.model
        again = f" and is loading {model_label(model)} again" if model else ""
        self.show_banner(
            f"<b>The engine stopped unexpectedly</b>: {description}. Lanterna restarted it{again}. "
            "Your chats are safe; a reply that was being written is kept up to its last token."
        )
        self.statusBar().showMessage("The engine process ended; restarted", 10000)
        if model:
            self.load_request = None  # the bridge sent the reload; follow its progress bar
            self.progress.setVisible(True)

    def _update_memory(self) -> None:
        used = self.bridge.memory_bytes()
        self.memory_label.setText(f"Engine memory {format_bytes(used)}" if used else "")

    @Slot(object)
    def open_attention_for_chat(self, messages: list[tuple[str, str]], reply: str) -> None:
        self.attention.show_chat(messages, reply)
        self.tabs.setCurrentWidget(self.attention)

    def open_attention_for_prompt(self, prompt: str, sections: list[dict[str, Any]]) -> None:
        self.attention.show_prompt(prompt, sections)
        self.tabs.setCurrentWidget(self.attention)

    def open_prompt_in_explorer(self, prompt: str) -> None:
        self.sampling.open_prompt(prompt)
        self.tabs.setCurrentWidget(self.sampling)

    def _open_step(self, step: dict[str, Any]) -> None:
        self.sampling.open_chat_step(step)
        self.tabs.setCurrentWidget(self.sampling)

    # --- closing -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        stream = self.chat.stream
        if stream is not None:  # keep what arrived, marked as stopped by the user
            self.bridge.cancel(stream.request_id)
            self.store.finish_message(stream.message_id, "stopped", stop_reason="cancelled")
        self.save_state()
        self.memory_timer.stop()
        self.model_panel.hub.shutdown()  # a running download stops; it resumes next time
        self.bridge.shutdown()
        self.store.close()
        super().closeEvent(event)
