"""What can be done to a message or a token: edit, regenerate, switch version, copy; the token menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from engine.core.tokens import joined_pieces
from gui.chat.records import Alternative
from gui.chat.replies import ChatReplies
from gui.shell.text import number, percent


class ChatActions(ChatReplies):
    """The transcript's message buttons and token menu, and editing a sent message."""

    def start_edit(self, message_id: int) -> None:
        row = self.store.message(message_id)
        if row.role != "user":
            return
        self.editing = row
        self.input.setPlainText(row.content)
        self.input.setFocus()
        self.edit_banner.setText(
            self.tr(
                "<b>Editing a message.</b> Sending keeps the original as another version "
                "(switch with ‹ ›). Esc cancels."
            )
        )
        self.edit_banner.setVisible(True)

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
        elif action == "score":
            self.score_text.emit(self.store.message(message_id).content)
        elif action == "copy":
            QGuiApplication.clipboard().setText(self.store.message(message_id).content)
            self.status_message.emit(self.tr("Reply copied"))

    def _token_menu(self, message_id: int, index: int, position: QPoint) -> None:
        record = self.record_for(message_id, index)
        if record is None:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        header = menu.addAction(
            self.tr("Step {step} · entropy {entropy} bits").format(
                step=index + 1, entropy=number(record.entropy_bits, 2)
            )
        )
        header.setEnabled(False)
        for alternative in record.alternatives:
            action = menu.addAction(self._alternative_label(alternative))
            if alternative.id == record.token_id:
                action.setCheckable(True)
                action.setChecked(True)
                action.setToolTip(self.tr("The token the reply took"))
            else:
                action.setToolTip(self.tr("Continue the reply from this token instead (a new branch)"))
                action.triggered.connect(
                    lambda _checked=False, token=alternative.id: self.branch_from(message_id, index, token)
                )
            action.setEnabled(self.stream is None or alternative.id == record.token_id)
        menu.addSeparator()
        explorer = QAction(self.tr("Open this step in the sampling explorer"), menu)
        explorer.triggered.connect(lambda: self.open_step.emit(self.step_description(message_id, index)))
        menu.addAction(explorer)
        attention = QAction(self.tr("Show the attention up to this token"), menu)
        attention.setToolTip(
            self.tr("Capture every layer's attention over the conversation and the reply so far")
        )
        attention.triggered.connect(lambda: self.show_attention(message_id, index))
        menu.addAction(attention)
        why = QAction(self.tr("Why this token?"), menu)
        why.setToolTip(
            self.tr(
                "Open the Inside view: each layer's guess at this step, and which words pushed this token"
            )
        )
        why.triggered.connect(lambda: self.explain(message_id, index))
        menu.addAction(why)
        menu.popup(position)
        self._menu = menu  # kept for tests and so it is not collected while open

    @staticmethod
    def _alternative_label(alternative: Alternative) -> str:
        removed = (
            "   "
            + QCoreApplication.translate("ChatActions", "(removed by {stage})").format(
                stage=alternative.removed_by.replace("_", "-")
            )
            if alternative.removed_by
            else ""
        )
        return f"{percent(alternative.prob):>8}   {alternative.text!r}{removed}"

    def show_attention(self, message_id: int, index: int) -> None:
        """Ask for the attention view of the conversation before a reply, plus the reply to token `index`."""
        # Every token, newlines and end-of-turn marks included: the capture is the sequence the model saw.
        reply = joined_pieces(token.text for token in self.tokens_of(message_id)[: index + 1])
        self.open_attention.emit(self._history_before(message_id), reply)

    def explain(self, message_id: int, index: int) -> None:
        """Ask for the Inside view of one reply token: the conversation before the reply, the reply up to the
        token, and the token itself as the target."""
        records = self.tokens_of(message_id)
        prefix = joined_pieces(token.text for token in records[:index])
        self.explain_token.emit(self._history_before(message_id), prefix, records[index].text)

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
            "reply_prefix_text": joined_pieces(token.text for token in records[:index]),
            "record": record,
            "settings": self.store.conversation(self.conversation_id).settings,
        }
