"""What the loaded model's chat template does that the user cannot see: a base model with no template
continues a plain transcript, and some templates write a system prompt of their own."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from engine.core.models import PACKAGED
from engine.process.protocol import Failed, Loaded, TaskResult, Unloaded
from gui.shell.bridge import EngineBridge

DEFAULT_SYSTEM_TASK = "chat.default_system"


def model_title(model: str | None) -> str:
    """A packaged model's title ("SmolLM2-135M-Instruct (Q4_1)"), else the file's name."""
    titles = {packaged.key: packaged.title for packaged in PACKAGED}
    return titles.get(model or "", Path(model or "").name)


class TemplateWatcher(QObject):
    """Follows the loaded model and asks the engine what its template adds; `changed` after each news."""

    changed = Signal()

    def __init__(self, bridge: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model_name = ""
        self.model_key: str | None = None
        self.base_model = False  # no chat template: the fallback transcript
        self.default_system = ""  # what the template writes when the chat has no system prompt
        self._request: int | None = None
        bridge.received.connect(self._on_event)
        if bridge.info is not None:
            self._follow(bridge.model, bridge.info)

    @property
    def checking(self) -> bool:
        """Whether the engine is still working out what the template adds."""
        return self._request is not None

    @Slot(object)
    def _on_event(self, event: object) -> None:
        if isinstance(event, Loaded):
            self._follow(event.model, event.info)
        elif isinstance(event, Unloaded):
            self._follow(None, None)
        elif isinstance(event, TaskResult) and event.request_id == self._request:
            self._request = None
            self.default_system = str(event.result or "")
            self.changed.emit()
        elif isinstance(event, Failed) and event.request_id == self._request:
            self._request = None  # a template that cannot render tells the user when they send

    def _follow(self, model: str | None, info: dict[str, Any] | None) -> None:
        self.model_key = model
        self.model_name = model_title(model) if info else ""
        self.base_model = info is not None and not info.get("chat_template")
        self.default_system = ""
        self._request = self.bridge.run_task(DEFAULT_SYSTEM_TASK) if info is not None else None
        self.changed.emit()

    def base_model_note(self) -> str:
        if not self.base_model:
            return ""
        return self.tr(
            "<b>{model} is a base model</b>: it has no chat template, so it "
            "continues a transcript (“User: … Assistant: …”) rather than chatting. Its reply ends "
            "where it starts to write the next “User:” line."
        ).format(model=html.escape(self.model_name))

    def default_system_note(self) -> str:
        if not self.default_system:
            return ""
        return self.tr(
            "The chat template of {model} adds a system prompt while this box "
            "is empty: “{system}”. The model reads it before your messages; "
            "write your own to replace it."
        ).format(model=html.escape(self.model_name), system=html.escape(self.default_system))
