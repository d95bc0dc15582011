"""What the main window remembers between runs (QSettings in the data folder): geometry, the open tab,
the chat's splitter, inspect toggle, defaults and open conversation, the views' inputs, load settings,
recent models and the last model."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QTabWidget

from engine.remote.session import is_server_address
from gui.shell.load_settings import DEFAULT_LOAD_SETTINGS
from gui.shell.model_loading import ModelLoading
from gui.shell.widgets import inputs_state, restore_inputs

if TYPE_CHECKING:
    from gui.attention.panel import AttentionPanel
    from gui.chat.store import ChatStore
    from gui.embeddings.panel import EmbeddingsPanel
    from gui.promptlab.panel import PromptLabPanel
    from gui.scoring.panel import ScorePanel


class WindowState(ModelLoading):
    """Save and restore the main window's state (the layer of MainWindow above model loading)."""

    tabs: QTabWidget
    store: ChatStore
    attention: AttentionPanel
    embeddings: EmbeddingsPanel
    prompt_lab: PromptLabPanel
    scoring: ScorePanel

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
        docks = self.settings.value("window/state")
        if isinstance(docks, QByteArray):
            self.restoreState(docks)  # the classroom dock: shown or not, and its width
        splitter = self.settings.value("chat/splitter")
        if isinstance(splitter, QByteArray):
            self.chat.splitter.restoreState(splitter)
        self.tabs.setCurrentIndex(int(str(self.settings.value("window/tab", 0))))
        self.chat.inspect.setChecked(self.settings.value("chat/inspect", "false") == "true")
        self.chat.last_export_folder = str(self.settings.value("chat/export_folder", ""))
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
        return {
            "attention": self.attention,
            "embeddings": self.embeddings,
            "prompt_lab": self.prompt_lab,
            "scoring": self.scoring,
        }

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.setValue("chat/splitter", self.chat.splitter.saveState())
        self.settings.setValue("chat/inspect", "true" if self.chat.inspect.isChecked() else "false")
        self.settings.setValue("chat/defaults", json.dumps(self.chat.defaults))
        self.settings.setValue("chat/export_folder", self.chat.last_export_folder)
        if self.chat.conversation_id is not None:
            self.settings.setValue("chat/conversation", self.chat.conversation_id)
        for key, view in self._views_with_inputs().items():
            self.settings.setValue(f"views/{key}", json.dumps(inputs_state(view.remembered_inputs())))
        self.settings.setValue("model/load_settings", json.dumps(self.load_settings))
        self.settings.setValue("model/recent", json.dumps(self.recent))
        if self.bridge.model is not None and not is_server_address(self.bridge.model):
            self.settings.setValue("model/last", self.bridge.model)  # a server is not reopened at start
        self.settings.sync()
