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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.core.models import DEFAULT_MODEL
from engine.process.protocol import Failed, Loaded, LoadProgress, TaskResult, Unloaded
from gui.attention.panel import AttentionPanel
from gui.chat.panel import ChatPanel
from gui.chat.store import ChatStore, default_data_dir
from gui.classroom.panel import ClassroomPanel
from gui.embeddings.panel import EmbeddingsPanel
from gui.inside.panel import InsidePanel
from gui.library.model_text import format_bytes
from gui.library.panel import ModelPanel
from gui.promptlab.panel import PromptLabPanel
from gui.sampling.panel import SamplingPanel
from gui.scoring.panel import ScorePanel
from gui.shell import classroom_routes
from gui.shell.bridge import EngineBridge
from gui.shell.model_loading import model_label
from gui.shell.text import number
from gui.shell.view_menu import ViewMenu, restart_application
from gui.shell.window_state import WindowState

CLASSROOM_WIDTH = 260  # the narrowest the classroom dock reads well at

STATE_WORDS = {
    "starting": str(QT_TRANSLATE_NOOP("MainWindow", "Engine starting…")),
    "no model": str(QT_TRANSLATE_NOOP("MainWindow", "Engine ready · no model loaded")),
    "loading": str(QT_TRANSLATE_NOOP("MainWindow", "Loading model…")),
    "ready": str(QT_TRANSLATE_NOOP("MainWindow", "Ready")),
    "generating": str(QT_TRANSLATE_NOOP("MainWindow", "Generating…")),
    "restarting": str(QT_TRANSLATE_NOOP("MainWindow", "Engine restarting…")),
}


class MainWindow(WindowState):
    TABS = (
        str(QT_TRANSLATE_NOOP("MainWindow", "Chat")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Sampling explorer")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Attention")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Embeddings")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Prompt lab")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Score")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Inside")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Model")),
    )

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
        # the engine process starts while the window is built (its events wait in the event queue)
        self.bridge.start()
        self.load_request: int | None = None
        self.explain_request: int | None = None  # "Why this token?": the chat template being rendered
        self.explain_pending: tuple[str, str] = ("", "")
        self._build()
        self._restore()
        self._show_store_notices()
        self.bridge.received.connect(self._on_engine_event)
        self.bridge.state_changed.connect(self._on_state)
        self.bridge.died.connect(self._on_engine_died)
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
            self.tabs.addTab(panel, self.tr(title))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, f"{self.tabs.tabText(index)} (Ctrl+{index + 1})")
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
        self.build_model_menu()
        self.view_menu = ViewMenu(self, self.tabs, self.settings)
        self.view_menu.restart_requested.connect(lambda: restart_application(self))
        self._build_classroom()
        self.chat.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.chat.speed.connect(
            lambda rate: self.speed_label.setText(self.tr("{rate} tokens/s").format(rate=number(rate, 1)))
        )
        self.chat.open_step.connect(self._open_step)
        self.sampling.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.sampling.request_model.connect(self.load_model)
        self.attention.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.scoring.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.inside.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.chat.open_attention.connect(self.open_attention_for_chat)
        self.chat.explain_token.connect(self.explain_chat_token)
        self.chat.score_text.connect(self.score_text)
        self.sampling.explain.connect(self.explain_text)
        self.attention.explain_prompt.connect(lambda prompt: self.explain_text(None, prompt, ""))
        self.prompt_lab.open_in_attention.connect(self.open_attention_for_prompt)
        self.prompt_lab.open_in_explorer.connect(self.open_prompt_in_explorer)
        self.model_panel.load_requested.connect(self.load_model)
        self.model_panel.unload_requested.connect(self.unload_model)
        self.model_panel.library.attach_settings(self.settings)  # its folders and last-used times

    def _build_status_bar(self) -> None:
        self.state_label = QLabel(self.tr(STATE_WORDS["starting"]))
        self.speed_label = QLabel("")
        self.speed_label.setToolTip(self.tr("Generation speed of the last reply"))
        self.memory_label = QLabel("")
        self.memory_label.setToolTip(self.tr("Memory used by the engine process (the model and its context)"))
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

    def _build_classroom(self) -> None:
        """The guided lessons in a dock beside the views, so a step's question stays in sight while the
        step opens its view; the menu bar's Classroom entry (Ctrl+L) shows or hides it."""
        self.classroom = ClassroomPanel()
        self.classroom.open_view.connect(
            lambda view, payload: classroom_routes.open_step(self, view, payload)
        )
        self.classroom.load_model_requested.connect(self.load_model)
        self.classroom_dock = QDockWidget(self.tr("Classroom"), self)
        self.classroom_dock.setObjectName("classroomDock")
        self.classroom_dock.setWidget(self.classroom)
        self.classroom_dock.setMinimumWidth(CLASSROOM_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.classroom_dock)
        self.classroom_dock.hide()
        toggle = QAction(self.tr("&Classroom"), self)
        toggle.setCheckable(True)
        toggle.setShortcut(QKeySequence("Ctrl+L"))
        toggle.setToolTip(self.tr("Guided lessons that walk the course across the views (Ctrl+L)"))
        toggle.toggled.connect(self.show_classroom)
        self.classroom_dock.visibilityChanged.connect(self._on_classroom_visibility)
        self.classroom_action = toggle
        self.menuBar().addAction(toggle)
        self.addAction(toggle)

    @Slot(bool)
    def _on_classroom_visibility(self, shown: bool) -> None:
        if not self.isMinimized():  # minimising hides the dock too; it comes back with the window
            self.classroom_action.setChecked(shown)

    def show_classroom(self, show: bool = True) -> None:
        """Show the classroom docked where the views leave room for it, else floating beside them: a dock
        the views cannot make room for would widen the window past the size the user chose."""
        dock = self.classroom_dock
        central = self.centralWidget()
        if show and not dock.isFloating() and central is not None:
            room = self.width() - central.minimumSizeHint().width()
            if room < CLASSROOM_WIDTH:
                dock.setFloating(True)
                frame = self.geometry()
                width = max(CLASSROOM_WIDTH, 360)
                dock.setGeometry(
                    frame.right() - width - 16, frame.top() + 96, width, max(400, frame.height() - 140)
                )
        dock.setVisible(show)

    # --- engine events -----------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        explained = (
            self.explain_request is not None and getattr(event, "request_id", None) == self.explain_request
        )
        if explained and isinstance(event, TaskResult | Failed):
            self._on_explain_rendered(event)
        elif isinstance(event, LoadProgress) and self.load_request in (event.request_id, None):
            self.progress.setValue(int(event.fraction * 100))
        elif isinstance(event, Loaded):
            self._on_loaded(event)
            self.classroom.set_model(event.model)
        elif isinstance(event, Failed) and event.request_id in self._load_requests():
            self._on_load_failed(event)  # the user's load, or the reload after a restart
        elif isinstance(event, Unloaded):
            self.classroom.set_model(None)
            self.model_summary.set_full_text(self.tr("No model loaded"))
            self.model_panel.show_info(None)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self.state_label.setText(self.tr(STATE_WORDS[state]) if state in STATE_WORDS else state)

    @Slot(str)
    def _on_engine_died(self, description: str) -> None:
        model = self.bridge.model
        restarted = (
            self.tr("Lanterna restarted it and is loading {model} again.").format(model=model_label(model))
            if model
            else self.tr("Lanterna restarted it.")
        )
        self.show_banner(
            self.tr("<b>The engine stopped unexpectedly</b>: {description}.").format(description=description)
            + " "
            + restarted
            + " "
            + self.tr("Your chats are safe; a reply that was being written is kept up to its last token.")
        )
        self.statusBar().showMessage(self.tr("The engine process ended; restarted"), 10000)
        if model:
            self.load_request = None  # the bridge sent the reload; follow its progress bar
            self.progress.setVisible(True)

    def _update_memory(self) -> None:
        used = self.bridge.memory_bytes()
        self.memory_label.setText(
            self.tr("Engine memory {size}").format(size=format_bytes(used)) if used else ""
        )

    @Slot(object)
    def open_attention_for_chat(self, messages: list[tuple[str, str]], reply: str) -> None:
        self.attention.show_chat(messages, reply)
        self.tabs.setCurrentWidget(self.attention)

    def open_attention_for_prompt(self, prompt: str, sections: list[dict[str, Any]]) -> None:
        self.attention.show_prompt(prompt, sections)
        self.tabs.setCurrentWidget(self.attention)

    def score_text(self, text: str) -> None:
        """A chat reply's "Score": the Score view, with the reply as text A, scored."""
        self.scoring.text_a.setPlainText(text)
        self.tabs.setCurrentWidget(self.scoring)
        self.scoring.score()

    def explain_text(self, messages: list[tuple[str, str]] | None, text: str, target: str) -> None:
        """Another view's "Inside ▸": a plain text goes straight in; a conversation is rendered first."""
        if messages:
            self.explain_chat_token(messages, text, target)
            return
        self.tabs.setCurrentWidget(self.inside)
        self.inside.explain(text, target)

    @Slot(object, str, str)
    def explain_chat_token(self, messages: list[tuple[str, str]], reply_prefix: str, token: str) -> None:
        """ "Why this token?" on a chat reply: the engine renders the conversation through the model's chat
        template (only it knows the template); the Inside view then reads that text plus the reply so far."""
        self.explain_request = self.bridge.run_task("chat.render", {"messages": [list(m) for m in messages]})
        self.explain_pending = (reply_prefix, token)
        self.statusBar().showMessage(self.tr("Preparing the Inside view…"), 4000)

    def _on_explain_rendered(self, event: TaskResult | Failed) -> None:
        self.explain_request = None
        if isinstance(event, Failed):
            self.statusBar().showMessage(event.message, 8000)
            return
        reply_prefix, token = self.explain_pending
        self.tabs.setCurrentWidget(self.inside)
        self.inside.explain(str(event.result) + reply_prefix, token)

    def _load_requests(self) -> tuple[int | None, int | None]:
        """The user's load, and the one that brings the model back after an engine restart."""
        return self.load_request, self.bridge.reload_request

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
