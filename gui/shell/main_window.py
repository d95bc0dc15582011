"""The main window: a model bar, one tab per capability, a status bar; the engine runs in its own process.

State that should survive a restart (window layout, last model, recent models, load settings, sampling
defaults, the open chat, the inspect toggle) lives in QSettings, in the same data folder as the chats.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import DEFAULT_MODEL
from engine.process.protocol import Failed, Loaded, LoadProgress, Unloaded
from gui.attention.panel import AttentionPanel
from gui.chat.panel import ChatPanel
from gui.chat.store import ChatStore, default_data_dir
from gui.embeddings.panel import EmbeddingsPanel
from gui.inside.panel import InsidePanel
from gui.library.model_text import format_bytes
from gui.library.panel import ModelPanel
from gui.promptlab.panel import PromptLabPanel
from gui.sampling.panel import SamplingPanel
from gui.scoring.panel import ScorePanel
from gui.shell.bridge import EngineBridge
from gui.shell.model_loading import model_label
from gui.shell.window_state import WindowState

STATE_WORDS = {
    "starting": "Engine starting…",
    "no model": "Engine ready · no model loaded",
    "loading": "Loading model…",
    "ready": "Ready",
    "generating": "Generating…",
    "restarting": "Engine restarting…",
}


class MainWindow(WindowState):
    TABS = ("Chat", "Sampling explorer", "Attention", "Embeddings", "Prompt lab", "Score", "Inside", "Model")

    def __init__(self, model: str | None = None, data_dir: Path | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Lanterna")
        self.setAcceptDrops(True)
        self.data_dir = data_dir or default_data_dir()
        with contextlib.suppress(OSError):  # the stores say what an unusable folder means
            self.data_dir.mkdir(parents=True, exist_ok=True)
        self.settings = QSettings(str(self.data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.store = ChatStore(self.data_dir / "chats.sqlite3")
        self.bridge = EngineBridge(self)
        self.load_request: int | None = None
        self._build()
        self._restore()
        self._show_store_notices()
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
        self.scoring = ScorePanel(self.bridge)
        self.inside = InsidePanel(self.bridge, self.settings)
        self.model_panel = ModelPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        panels: list[QWidget] = [
            self.chat,
            self.sampling,
            self.attention,
            self.embeddings,
            self.prompt_lab,
            self.scoring,
            self.inside,
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
        self.sampling.request_model.connect(self.load_model)
        self.attention.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.scoring.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.inside.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.chat.open_attention.connect(self.open_attention_for_chat)
        self.prompt_lab.open_in_attention.connect(self.open_attention_for_prompt)
        self.prompt_lab.open_in_explorer.connect(self.open_prompt_in_explorer)
        self.model_panel.load_requested.connect(self.load_model)
        self.model_panel.unload_requested.connect(self.unload_model)
        self.model_panel.library.attach_settings(self.settings)  # its folders and last-used times

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
            "Ctrl+Return": self._primary_action,
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

    def _primary_action(self) -> None:
        """Ctrl+Return: the shown tab's main action (a view says which by a primary_action), else send."""
        action = getattr(self.tabs.currentWidget(), "primary_action", None)
        (action if callable(action) else self.chat.send)()

    def _new_chat(self) -> None:
        self.tabs.setCurrentWidget(self.chat)
        self.chat.new_conversation()

    def _show_store_notices(self) -> None:
        """What was wrong with a database file at start-up and what was done about it (gui/shell/database)."""
        notices = [self.store.notice, getattr(self.prompt_lab.store, "notice", None)]
        words = [html.escape(notice) for notice in notices if notice]
        if words:
            self.show_banner("<br>".join(words))

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
            self.model_summary.set_full_text("No model loaded")
            self.model_panel.show_info(None)

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
