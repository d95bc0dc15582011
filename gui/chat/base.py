"""What every part of the chat panel shares: its signals, state and widgets, and the transcript drawing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QSplitter, QWidget

from gui.chat.model_notes import TemplateWatcher
from gui.chat.records import MessageRow, TokenRecord
from gui.chat.settings_form import DEFAULT_CHAT_SETTINGS, SamplingForm
from gui.chat.store import ChatStore
from gui.chat.transcript import ShownMessage, TranscriptView
from gui.chat.widgets import Legend, MessageInput
from gui.shell.bridge import EngineBridge

EMPTY_CHAT = str(
    QT_TRANSLATE_NOOP(
        "ChatPanelBase",
        "Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”.",
    )
)


@dataclass
class Stream:
    """The reply being generated: which request feeds which message."""

    request_id: int
    message_id: int
    started: float
    tokens: int = 0
    text: str = ""
    # Where each token's text begins in the reply (a branch's given tokens first), so that tokens past
    # a stop string, which the engine cuts from the text, can be cut from the records too.
    starts: list[int] = field(default_factory=list)
    prefix_chars: int = 0  # the text of a branch's given tokens, which the first event's text includes


class ChatPanelBase(QWidget):
    """The chat panel's state; its widgets are made by the panel's layout."""

    open_step = Signal(object)  # a dict describing one step, for the sampling explorer
    open_attention = Signal(object, str)  # messages before a reply, and the reply up to a token
    score_text = Signal(str)  # a reply, for the Score view
    explain_token = Signal(object, str, str)  # messages before a reply, the reply before a token, the token
    status_message = Signal(str)
    speed = Signal(float)  # tokens per second of the running reply
    reply_finished = Signal(int)  # message id

    splitter: QSplitter
    new_button: QPushButton
    search: QLineEdit
    conversation_list: QListWidget
    inspect: QCheckBox
    legend: Legend
    transcript: TranscriptView
    edit_banner: QLabel
    input: MessageInput
    send_button: QPushButton
    stop_button: QPushButton
    settings_form: SamplingForm
    template: TemplateWatcher

    def __init__(
        self, bridge: EngineBridge, store: ChatStore, defaults: dict[str, Any] | None = None
    ) -> None:
        super().__init__()
        self.bridge = bridge
        self.store = store
        self.defaults = {**DEFAULT_CHAT_SETTINGS, **(defaults or {})}
        self.conversation_id: int | None = None
        self.stream: Stream | None = None
        self.editing: MessageRow | None = None
        self._records: dict[int, list[TokenRecord]] = {}
        self.last_export_folder = ""  # remembered between runs by the main window

    # --- drawing -----------------------------------------------------------------------------------

    def shown_messages(self) -> list[ShownMessage]:
        if self.conversation_id is None:
            return []
        shown = []
        for row in self.store.path(self.conversation_id):
            siblings = self.store.siblings(row.id)
            position = [sibling.id for sibling in siblings].index(row.id) + 1
            shown.append(ShownMessage(row, self.tokens_of(row.id), position, len(siblings)))
        return shown

    def redraw(self) -> None:
        self.transcript.inspect = self.inspect.isChecked()
        streaming = self.stream.message_id if self.stream else None
        empty = QCoreApplication.translate("ChatPanelBase", EMPTY_CHAT)
        self.transcript.show_messages(self.shown_messages(), empty, streaming)

    def tokens_of(self, message_id: int) -> list[TokenRecord]:
        if message_id not in self._records:
            self._records[message_id] = self.store.tokens(message_id)
        return self._records[message_id]

    def record_for(self, message_id: int, index: int) -> TokenRecord | None:
        records = self.tokens_of(message_id)
        return records[index] if 0 <= index < len(records) else None

    # --- what the model sees -----------------------------------------------------------------------

    def _history_before(self, message_id: int) -> list[tuple[str, str]]:
        """The messages the model sees before `message_id`: the system prompt, then its ancestors."""
        assert self.conversation_id is not None
        conversation = self.store.conversation(self.conversation_id)
        chain: list[MessageRow] = []
        parent = self.store.message(message_id).parent_id
        while parent is not None:
            row = self.store.message(parent)
            chain.insert(0, row)
            parent = row.parent_id
        history = [("system", conversation.system_prompt)] if conversation.system_prompt.strip() else []
        return history + [(row.role, row.content) for row in chain]

    def _cancel_edit(self) -> None:
        self.editing = None
        self.edit_banner.setVisible(False)
