"""The Chat panel: conversations, a streaming transcript whose tokens can be inspected and re-chosen,
and per-conversation sampling settings. Everything the user writes or receives goes to the store as
it happens.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.process.protocol import Failed, Finished, Started, StepEvent
from engine.core.sampling import SamplingSettings
from gui.shell.bridge import EngineBridge
from gui.shell.widgets import double_spin
from gui.chat.store import Alternative, ChatStore, MessageRow, TokenRecord
from gui.shell.theme import PROBABILITY_BINS, token_background
from gui.chat.transcript import ShownMessage, TranscriptView
from gui.shell.text import percent

DEFAULT_CHAT_SETTINGS: dict[str, Any] = {
    "temperature": 0.8,
    "top_k": 40,
    "top_p": 0.95,
    "min_p": 0.05,
    "max_tokens": 512,
    "seed": -1,  # -1: a fresh random seed per reply
}
FINISHED_STATUS = {
    "eos": "complete",
    "max_tokens": "complete",
    "stop_string": "complete",
    "context_full": "complete",
}
EMPTY_CHAT = "Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”."


@dataclass
class Stream:
    """The reply being generated: which request feeds which message."""

    request_id: int
    message_id: int
    started: float
    tokens: int = 0
    text: str = ""


def sampling_from(settings: dict[str, Any]) -> SamplingSettings:
    return replace(
        SamplingSettings.llama_defaults(),
        temperature=float(settings["temperature"]),
        top_k=int(settings["top_k"]),
        top_p=float(settings["top_p"]),
        min_p=float(settings["min_p"]),
    )


def title_from(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 48 else line[:47].rstrip() + "…"


class SamplingForm(QWidget):
    """System prompt and sampling settings of one conversation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText("Optional: instructions the model sees before the chat")
        self.system_prompt.setToolTip(
            "The system message is placed first by the model's chat template. It steers tone and role."
        )
        self.system_prompt.setMaximumHeight(110)
        self.temperature = double_spin(
            0,
            2,
            0.05,
            "Temperature divides the logits: below 1 sharpens the "
            "distribution, above 1 flattens it; 0 always takes the top token.",
        )
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        self.top_k.setSpecialValueText("off")
        self.top_k.setToolTip("Top-k keeps only the k most probable tokens (0 = off).")
        self.top_p = double_spin(
            0,
            1,
            0.01,
            "Top-p (nucleus) keeps the most probable tokens until their "
            "cumulative probability reaches p (1 = off).",
        )
        self.min_p = double_spin(
            0, 1, 0.01, "Min-p drops tokens less probable than p × the top token's probability (0 = off)."
        )
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(1, 8192)
        self.max_tokens.setToolTip("The reply stops after this many tokens.")
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText("random")
        self.seed.setToolTip("The same seed, prompt and settings give the same reply.")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.addRow(QLabel("<b>System prompt</b>"))
        form.addRow(self.system_prompt)
        form.addRow(QLabel("<b>Sampling</b>"))
        for label, widget in (
            ("Temperature", self.temperature),
            ("Top-k", self.top_k),
            ("Top-p", self.top_p),
            ("Min-p", self.min_p),
            ("Max tokens", self.max_tokens),
            ("Seed", self.seed),
        ):
            form.addRow(label, widget)
        note = QLabel("Chain order: top-k → top-p → min-p → temperature (llama.cpp's default).")
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        self.system_prompt.textChanged.connect(self.changed)
        for spin in (self.temperature, self.top_k, self.top_p, self.min_p, self.max_tokens, self.seed):
            spin.valueChanged.connect(self.changed)

    def values(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature.value(),
            "top_k": self.top_k.value(),
            "top_p": self.top_p.value(),
            "min_p": self.min_p.value(),
            "max_tokens": self.max_tokens.value(),
            "seed": self.seed.value(),
        }

    def set_values(self, system_prompt: str, settings: dict[str, Any]) -> None:
        merged = {**DEFAULT_CHAT_SETTINGS, **settings}
        widgets = (
            self.system_prompt,
            self.temperature,
            self.top_k,
            self.top_p,
            self.min_p,
            self.max_tokens,
            self.seed,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.system_prompt.setPlainText(system_prompt)
        self.temperature.setValue(float(merged["temperature"]))
        self.top_k.setValue(int(merged["top_k"]))
        self.top_p.setValue(float(merged["top_p"]))
        self.min_p.setValue(float(merged["min_p"]))
        self.max_tokens.setValue(int(merged["max_tokens"]))
        self.seed.setValue(int(merged["seed"]))
        for widget in widgets:
            widget.blockSignals(False)


class Legend(QWidget):
    """The colour key of inspected tokens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        caption = QLabel("p(token):")
        caption.setToolTip("The model's probability of each chosen token, before the sampling chain.")
        layout.addWidget(caption)
        for probability_bin in PROBABILITY_BINS:
            chip = QLabel(probability_bin.label)
            chip.setToolTip(f"Chosen tokens the model gave {probability_bin.label} probability")
            layout.addWidget(chip)
            self.chips.append(chip)
        self.refresh()

    def refresh(self) -> None:
        for chip, probability_bin in zip(self.chips, PROBABILITY_BINS, strict=True):
            colour = token_background(probability_bin.low + 0.001, self.palette())
            chip.setStyleSheet(f"background:{colour}; padding:2px 6px; border-radius:3px;")


class MessageInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Escape cancels an edit or stops a reply."""

    submit = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submit.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class ChatPanel(QWidget):
    open_step = Signal(object)  # a dict describing one step, for the sampling explorer
    open_attention = Signal(object, str)  # messages before a reply, and the reply up to a token
    status_message = Signal(str)
    speed = Signal(float)  # tokens per second of the running reply
    reply_finished = Signal(int)  # message id

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
        self._build()
        bridge.received.connect(self._on_engine_event)
        self.refresh_conversations()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_conversation_list())
        self.splitter.addWidget(self._build_centre())
        self.splitter.addWidget(self._build_settings())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_conversation_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        self.new_button = QPushButton("New chat")
        self.new_button.setToolTip("Start a new conversation (Ctrl+N)")
        self.new_button.clicked.connect(self.new_conversation)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search chats")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_conversations)
        self.conversation_list = QListWidget()
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(self._conversation_menu)
        self.conversation_list.currentItemChanged.connect(self._on_conversation_selected)
        self.conversation_list.setToolTip("Right-click a chat to rename, export or delete it")
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for widget in (self.new_button, self.search, self.conversation_list):
            layout.addWidget(widget)
        return box

    def _build_centre(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 12, 6, 12)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        self.inspect = QCheckBox("Inspect tokens")
        self.inspect.setToolTip(
            "Colour every reply token by the probability the model gave it. Hover a token to see the "
            "alternatives; click it to continue the reply from another one. (Ctrl+I)"
        )
        self.inspect.toggled.connect(self._on_inspect_toggled)
        self.legend = Legend()
        self.legend.setVisible(False)
        bar.addWidget(self.inspect)
        bar.addWidget(self.legend)
        bar.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText("Export")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction("Markdown…", lambda: self.export_dialog("md"))
        export_menu.addAction("JSON (with token records)…", lambda: self.export_dialog("json"))
        self.export_button.setMenu(export_menu)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.transcript = TranscriptView()
        self.transcript.record_for = self.record_for
        self.transcript.is_special = self._is_special
        self.transcript.token_clicked.connect(self._token_menu)
        self.transcript.token_menu.connect(self._token_menu)
        self.transcript.action.connect(self._on_action)
        layout.addWidget(self.transcript, 1)
        self.edit_banner = QLabel()
        self.edit_banner.setVisible(False)
        self.edit_banner.setWordWrap(True)
        layout.addWidget(self.edit_banner)
        layout.addLayout(self._build_input_row())
        return box

    def _build_input_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.input = MessageInput()
        self.input.setPlaceholderText("Message the model — Enter to send, Shift+Enter for a new line")
        self.input.setMaximumHeight(96)
        self.input.submit.connect(self.send)
        self.input.escape.connect(self._on_escape)
        self.send_button = QPushButton("Send")
        self.send_button.setToolTip("Send (Enter or Ctrl+Return)")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop the reply (Esc)")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        row.addWidget(self.input, 1)
        row.addLayout(buttons)
        return row

    def _build_settings(self) -> QWidget:
        box = QFrame()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 12, 12, 12)
        self.settings_form = SamplingForm()
        self.settings_form.changed.connect(self._on_settings_changed)
        self.settings_form.set_values("", self.defaults)
        layout.addWidget(self.settings_form)
        layout.addStretch(1)
        return box

    # --- conversations -----------------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        for conversation in self.store.conversations(self.search.text()):
            item = QListWidgetItem(conversation.title)
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            item.setToolTip(time.strftime("updated %Y-%m-%d %H:%M", time.localtime(conversation.updated)))
            self.conversation_list.addItem(item)
            if conversation.id == self.conversation_id:
                self.conversation_list.setCurrentItem(item)
        self.conversation_list.blockSignals(False)

    def new_conversation(self) -> int:
        self.conversation_id = self.store.create_conversation(
            system_prompt=self.settings_form.system_prompt.toPlainText()
            if self.conversation_id is None
            else "",
            settings=self.defaults,
            model=self.bridge.model,
        )
        self.search.clear()
        self.refresh_conversations()
        self.open_conversation(self.conversation_id)
        self.input.setFocus()
        return self.conversation_id

    def open_conversation(self, conversation_id: int) -> None:
        conversation = self.store.conversation(conversation_id)
        self.conversation_id = conversation_id
        self._cancel_edit()
        self.settings_form.set_values(conversation.system_prompt, conversation.settings)
        self.refresh_conversations()
        self.redraw()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_conversation_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.open_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        if title.strip():
            self.store.rename_conversation(conversation_id, title.strip())
            self.refresh_conversations()

    def delete_conversation(self, conversation_id: int, confirm: bool = True) -> None:
        if self.stream is not None and self.conversation_id == conversation_id:
            self.status_message.emit("Stop the reply before deleting this chat.")
            return
        title = self.store.conversation(conversation_id).title
        if confirm and QMessageBox.question(
            self, "Delete chat", f"Delete “{title}” and all its branches?"
        ) != (QMessageBox.StandardButton.Yes):
            return
        self.store.delete_conversation(conversation_id)
        if self.conversation_id == conversation_id:
            self.conversation_id = None
            remaining = self.store.conversations()
            if remaining:
                self.open_conversation(remaining[0].id)
            else:
                self.redraw()
        self.refresh_conversations()

    def _conversation_menu(self, position: QPoint) -> None:
        item = self.conversation_list.itemAt(position)
        if item is None:
            return
        conversation_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self._rename_dialog(conversation_id))
        menu.addAction("Export Markdown…", lambda: self.export_dialog("md", conversation_id))
        menu.addAction("Export JSON…", lambda: self.export_dialog("json", conversation_id))
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete_conversation(conversation_id))
        menu.exec(self.conversation_list.mapToGlobal(position))

    def _rename_dialog(self, conversation_id: int) -> None:
        current = self.store.conversation(conversation_id).title
        title, ok = QInputDialog.getText(self, "Rename chat", "Title:", text=current)
        if ok:
            self.rename_conversation(conversation_id, title)

    def export(self, kind: str, path: Path, conversation_id: int | None = None) -> None:
        chosen = conversation_id or self.conversation_id
        if chosen is None:
            return
        if kind == "md":
            path.write_text(self.store.export_markdown(chosen), encoding="utf-8")
        else:
            path.write_text(json.dumps(self.store.export_json(chosen), ensure_ascii=False, indent=2), "utf-8")
        self.status_message.emit(f"Exported to {path}")

    def export_dialog(self, kind: str, conversation_id: int | None = None) -> None:
        chosen = conversation_id or self.conversation_id
        if chosen is None:
            self.status_message.emit("Nothing to export yet.")
            return
        title = self.store.conversation(chosen).title
        suffix = {"md": "Markdown (*.md)", "json": "JSON (*.json)"}[kind]
        name, _ = QFileDialog.getSaveFileName(self, "Export chat", f"{title}.{kind}", suffix)
        if name:
            self.export(kind, Path(name), chosen)

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
        self.transcript.show_messages(self.shown_messages(), EMPTY_CHAT, streaming)

    def tokens_of(self, message_id: int) -> list[TokenRecord]:
        if message_id not in self._records:
            self._records[message_id] = self.store.tokens(message_id)
        return self._records[message_id]

    def record_for(self, message_id: int, index: int) -> TokenRecord | None:
        records = self.tokens_of(message_id)
        return records[index] if 0 <= index < len(records) else None

    def _is_special(self, token: int) -> bool:
        info = self.bridge.info or {}
        return any(entry["id"] == token for entry in info.get("special_tokens", {}).values())

    @Slot(bool)
    def _on_inspect_toggled(self, on: bool) -> None:
        self.legend.setVisible(on)
        self.legend.refresh()
        self.redraw()

    # --- sending -----------------------------------------------------------------------------------

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.stream is not None:
            return
        if self.bridge.info is None:
            self.status_message.emit("Load a model first: the model bar at the top, or the Model tab.")
            return
        if self.conversation_id is None:
            self.new_conversation()
        assert self.conversation_id is not None
        parent = self.editing.parent_id if self.editing else self._current_leaf()
        user_id = self.store.add_message(self.conversation_id, parent, "user", text)
        if self.store.conversation(self.conversation_id).title == "New chat":
            self.store.rename_conversation(self.conversation_id, title_from(text))
        self.input.clear()
        self._cancel_edit()
        self.refresh_conversations()
        self.start_reply(user_id)

    def _current_leaf(self) -> int | None:
        assert self.conversation_id is not None
        path = self.store.path(self.conversation_id)
        return path[-1].id if path else None

    def start_reply(
        self, parent_id: int, prefix: list[TokenRecord] | None = None, branch_of: int | None = None
    ) -> int:
        """Create an assistant message under `parent_id` and ask the engine for it."""
        assert self.conversation_id is not None
        settings = {**DEFAULT_CHAT_SETTINGS, **self.store.conversation(self.conversation_id).settings}
        seed = None if int(settings["seed"]) < 0 else int(settings["seed"])
        message_id = self.store.add_message(
            self.conversation_id,
            parent_id,
            "assistant",
            status="streaming",
            branch_of=branch_of,
            branch_step=len(prefix) - 1 if prefix else None,
        )
        for record in prefix or []:
            self.store.append_token(message_id, record, "")
        self._records[message_id] = list(prefix or [])
        request_id = self.bridge.chat(
            self._history_before(message_id),
            sampling_from(settings),
            max_tokens=max(1, int(settings["max_tokens"]) - len(prefix or [])),  # the whole reply's limit
            seed=seed,
            prefix=tuple(record.token_id for record in prefix or []),
        )
        self.stream = Stream(request_id, message_id, time.perf_counter())
        self._set_streaming(True)
        self.redraw()
        return message_id

    def stop(self) -> None:
        if self.stream is not None:
            self.bridge.cancel(self.stream.request_id)
            self.status_message.emit("Stopping…")

    def regenerate(self, message_id: int) -> int | None:
        row = self.store.message(message_id)
        if self.stream is not None or row.role != "assistant" or row.parent_id is None:
            return None
        return self.start_reply(row.parent_id)

    def branch_from(self, message_id: int, index: int, token_id: int) -> int | None:
        """Continue a reply from step `index` with `token_id` instead of the token it chose."""
        row = self.store.message(message_id)
        records = self.tokens_of(message_id)
        if self.stream is not None or row.parent_id is None or not 0 <= index < len(records):
            return None
        step = records[index]
        alternative = next((alt for alt in step.alternatives if alt.id == token_id), None)
        if alternative is None:
            return None
        chosen = replace(
            step,
            token_id=alternative.id,
            text=alternative.text,
            prob=alternative.prob,
            prob_after=alternative.prob_after,
            rank=alternative.rank,
        )
        return self.start_reply(row.parent_id, [*records[:index], chosen], branch_of=message_id)

    def start_edit(self, message_id: int) -> None:
        row = self.store.message(message_id)
        if row.role != "user":
            return
        self.editing = row
        self.input.setPlainText(row.content)
        self.input.setFocus()
        self.edit_banner.setText(
            "<b>Editing a message.</b> Sending keeps the original as another version "
            "(switch with ‹ ›). Esc cancels."
        )
        self.edit_banner.setVisible(True)

    def _cancel_edit(self) -> None:
        self.editing = None
        self.edit_banner.setVisible(False)

    def _on_escape(self) -> None:
        if self.stream is not None:
            self.stop()
        elif self.editing is not None:
            self._cancel_edit()
            self.input.clear()

    def switch_version(self, message_id: int, step: int) -> None:
        siblings = self.store.siblings(message_id)
        ids = [sibling.id for sibling in siblings]
        target = ids[(ids.index(message_id) + step) % len(ids)]
        self.store.switch_to(target)
        self.redraw()

    @Slot(str, int)
    def _on_action(self, action: str, message_id: int) -> None:
        if action == "edit":
            self.start_edit(message_id)
        elif action == "regen":
            self.regenerate(message_id)
        elif action in ("prev", "next") and self.stream is None:
            self.switch_version(message_id, -1 if action == "prev" else 1)
        elif action == "copy":
            QGuiApplication.clipboard().setText(self.store.message(message_id).content)
            self.status_message.emit("Reply copied")

    def _token_menu(self, message_id: int, index: int, position: QPoint) -> None:
        record = self.record_for(message_id, index)
        if record is None:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        header = menu.addAction(f"Step {index + 1} · entropy {record.entropy_bits:.2f} bits")
        header.setEnabled(False)
        for alternative in record.alternatives:
            action = menu.addAction(self._alternative_label(alternative))
            if alternative.id == record.token_id:
                action.setCheckable(True)
                action.setChecked(True)
                action.setToolTip("The token the reply took")
            else:
                action.setToolTip("Continue the reply from this token instead (a new branch)")
                action.triggered.connect(
                    lambda _checked=False, token=alternative.id: self.branch_from(message_id, index, token)
                )
            action.setEnabled(self.stream is None or alternative.id == record.token_id)
        menu.addSeparator()
        explorer = QAction("Open this step in the sampling explorer", menu)
        explorer.triggered.connect(lambda: self.open_step.emit(self.step_description(message_id, index)))
        menu.addAction(explorer)
        attention = QAction("Show the attention up to this token", menu)
        attention.setToolTip("Capture every layer's attention over the conversation and the reply so far")
        attention.triggered.connect(lambda: self.show_attention(message_id, index))
        menu.addAction(attention)
        menu.popup(position)
        self._menu = menu  # kept for tests and so it is not collected while open

    @staticmethod
    def _alternative_label(alternative: Alternative) -> str:
        removed = (
            f"   (removed by {alternative.removed_by.replace('_', '-')})" if alternative.removed_by else ""
        )
        return f"{percent(alternative.prob):>8}   {alternative.text!r}{removed}"

    def show_attention(self, message_id: int, index: int) -> None:
        """Ask for the attention view of the conversation before a reply, plus the reply to token `index`."""
        records = self.tokens_of(message_id)
        reply = "".join(token.text for token in records[: index + 1] if not self._is_special(token.token_id))
        self.open_attention.emit(self._history_before(message_id), reply)

    def step_description(self, message_id: int, index: int) -> dict[str, Any]:
        record = self.record_for(message_id, index)
        assert record is not None and self.conversation_id is not None
        records = self.tokens_of(message_id)
        return {
            "conversation_id": self.conversation_id,
            "message_id": message_id,
            "index": index,
            "messages": self._history_before(message_id),
            "reply_prefix": [token.token_id for token in records[:index]],
            "reply_prefix_text": "".join(token.text for token in records[:index]),
            "record": record,
            "settings": self.store.conversation(self.conversation_id).settings,
        }

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

    # --- engine events -----------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        stream = self.stream
        if stream is None or getattr(event, "request_id", None) != stream.request_id:
            return
        if isinstance(event, StepEvent):
            self._on_step(stream, event)
        elif isinstance(event, Started):
            self.status_message.emit(f"Reading {event.prompt_tokens} prompt tokens…")
        elif isinstance(event, Finished):
            self.store.set_content(stream.message_id, event.text)
            status = FINISHED_STATUS.get(event.stop_reason, "stopped")
            self.store.finish_message(
                stream.message_id, status, stop_reason=event.stop_reason, seed=event.seed
            )
            rate = event.n_generated / event.seconds if event.seconds > 0 else 0.0
            self.speed.emit(rate)
            self.status_message.emit(
                f"Reply done: {event.n_generated} tokens, {rate:.1f} tokens/s ({event.stop_reason})"
            )
            self._end_stream(stream)
        elif isinstance(event, Failed):
            status = "interrupted" if event.kind == "crash" else "error"
            self.store.finish_message(stream.message_id, status, error=event.message)
            self.status_message.emit(f"The reply failed: {event.message}")
            self._end_stream(stream)

    def _on_step(self, stream: Stream, event: StepEvent) -> None:
        record = TokenRecord.from_step(event.step)
        self.store.append_token(stream.message_id, record, event.text)
        self._records.setdefault(stream.message_id, []).append(record)
        new_text = event.text[len(stream.text) :] if event.text.startswith(stream.text) else ""
        stream.text = event.text
        stream.tokens += 1
        self.transcript.append_stream(stream.message_id, record, new_text)
        elapsed = time.perf_counter() - stream.started
        if elapsed > 0:
            self.speed.emit(stream.tokens / elapsed)

    def _end_stream(self, stream: Stream) -> None:
        self.stream = None
        self._records.pop(stream.message_id, None)  # re-read: the store has the final records
        self._set_streaming(False)
        self.redraw()
        self.refresh_conversations()
        self.reply_finished.emit(stream.message_id)

    def _set_streaming(self, on: bool) -> None:
        self.send_button.setEnabled(not on)
        self.stop_button.setEnabled(on)

    # --- settings ----------------------------------------------------------------------------------

    def _on_settings_changed(self) -> None:
        values = self.settings_form.values()
        self.defaults = values  # the last settings used become the defaults for new chats
        if self.conversation_id is not None:
            self.store.update_conversation(
                self.conversation_id,
                system_prompt=self.settings_form.system_prompt.toPlainText(),
                settings=values,
            )
