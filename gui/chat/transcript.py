"""The chat transcript: messages drawn into a QTextBrowser, reply tokens optionally painted by probability.

Tokens are written with QTextCursor and character formats (not HTML) so that spaces and newlines stay
exactly as the model produced them; each token carries an anchor `tok:<message>:<index>` that the
hover tooltip, the click popup and the context menu resolve back to its record.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from gui.chat.records import MessageRow, TokenRecord
from gui.shell.text import number, percent
from gui.shell.theme import token_background, token_foreground

STATUS_NOTES = {
    "stopped": str(QT_TRANSLATE_NOOP("TranscriptView", "stopped")),
    "interrupted": str(
        QT_TRANSLATE_NOOP("TranscriptView", "interrupted: the engine stopped during this reply")
    ),
    "error": str(QT_TRANSLATE_NOOP("TranscriptView", "failed")),
}


@dataclass
class ShownMessage:
    row: MessageRow
    tokens: list[TokenRecord]
    sibling_index: int  # 1-based position among the versions of this turn
    sibling_count: int


def token_anchor(message_id: int, index: int) -> str:
    return f"tok:{message_id}:{index}"


def parse_anchor(anchor: str) -> tuple[str, int, int] | None:
    """('tok', message, index) or (action, message, 0) for `act:<action>:<message>`; None otherwise."""
    parts = anchor.split(":")
    try:
        if parts[0] == "tok" and len(parts) == 3:
            return "tok", int(parts[1]), int(parts[2])
        if parts[0] == "act" and len(parts) == 3:
            return parts[1], int(parts[2]), 0
    except ValueError:
        return None
    return None


def visible_token_text(record: TokenRecord) -> str:
    """What a painted token shows: the model's own text for it (an end-of-turn token by its name, such
    as `<|im_end|>`); a newline is marked ↵ and breaks the line, as it does in the reply."""
    return record.text.replace("\n", "↵\n")


def ends_the_turn(message: ShownMessage, record: TokenRecord) -> bool:
    """Whether `record` is the end-of-turn token that ended this reply: generation stops at the first
    one, so it is the last record of a reply that stopped for "eos" (known from the stored message
    alone, whatever model is loaded now)."""
    return message.row.stop_reason == "eos" and record is message.tokens[-1]


def alternatives_tooltip(record: TokenRecord) -> str:
    """Rich-text tooltip: the chosen token, the step's entropy and its top alternatives with bars."""
    rows = []
    for alternative in record.alternatives:
        bar = "█" * max(1, round(alternative.prob * 24)) if alternative.prob >= 0.005 else "▏"
        weight = "b" if alternative.id == record.token_id else "span"
        stage = (alternative.removed_by or "").replace("_", "-")
        removed = (
            " "
            + QCoreApplication.translate("TranscriptView", "<i>removed by {stage}</i>").format(stage=stage)
            if stage
            else ""
        )
        rows.append(
            f"<tr><td align=right>{alternative.rank}</td>"
            f"<td><{weight}><code>{html.escape(repr(alternative.text))}</code></{weight}></td>"
            f"<td align=right>{percent(alternative.prob)}</td>"
            f"<td><span style='color:#21918c'>{bar}</span>{removed}</td></tr>"
        )
    summary = QCoreApplication.translate(
        "TranscriptView",
        "<p><b>Step {step}</b>: chose <code>{token}</code> with p = {prob} (rank {rank})<br>"
        "after the sampling chain: {prob_after} · entropy {entropy} bits</p>",
    ).format(
        step=record.index + 1,
        token=html.escape(repr(record.text)),
        prob=percent(record.prob),
        rank=record.rank,
        prob_after=percent(record.prob_after),
        entropy=number(record.entropy_bits, 2),
    )
    hint = QCoreApplication.translate(
        "TranscriptView", "<p><i>Click the token to continue the reply from another choice.</i></p>"
    )
    return f"{summary}<table cellspacing=2>{''.join(rows)}</table>{hint}"


def insert_lines(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
    """Insert text in `fmt`; each newline starts a new block in the same block format, unformatted."""
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            cursor.insertBlock(cursor.blockFormat(), QTextCharFormat())
        if line:
            cursor.insertText(line, fmt)


class TranscriptView(QTextBrowser):
    """Read-only transcript. Emits what the user points at; the chat panel decides what happens."""

    token_clicked = Signal(int, int, QPoint)  # message id, token index, global position
    token_menu = Signal(int, int, QPoint)
    action = Signal(str, int)  # edit | regen | prev | next | copy, message id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setMouseTracking(True)
        self.anchorClicked.connect(lambda url: self._on_anchor(url.toString()))
        self.document().setDocumentMargin(16)
        self.inspect = False
        self.record_for: Callable[[int, int], TokenRecord | None] = lambda _m, _i: None
        self._stream_message: int | None = None

    # --- drawing ---------------------------------------------------------------------------------

    def show_messages(
        self, messages: list[ShownMessage], empty_text: str, streaming: int | None = None
    ) -> None:
        at_bottom = self._at_bottom()
        self.clear()
        self._stream_message = streaming
        cursor = QTextCursor(self.document())
        if not messages:
            self._write_empty(cursor, empty_text)
            return
        for position, message in enumerate(messages):
            self._write_message(cursor, message, first=position == 0, streaming=message.row.id == streaming)
        if at_bottom or streaming is not None:
            self.scroll_to_end()

    def _write_empty(self, cursor: QTextCursor, text: str) -> None:
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block.setTopMargin(80)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor.insertText(text, fmt)

    def _write_message(
        self, cursor: QTextCursor, message: ShownMessage, first: bool, streaming: bool
    ) -> None:
        row = message.row
        if not first:
            cursor.insertBlock()
        header = QTextBlockFormat()
        header.setTopMargin(0 if first else 18)
        header.setBottomMargin(4)
        cursor.setBlockFormat(header)
        cursor.insertHtml(self._header_html(message, streaming))
        cursor.insertBlock(self._body_format(row.role), QTextCharFormat())
        if row.role == "assistant" and self.inspect and message.tokens:
            for record in message.tokens:
                self._insert_token(cursor, row.id, record, ends_the_turn(message, record))
        else:
            cursor.insertText(row.content, QTextCharFormat())

    def _body_format(self, role: str) -> QTextBlockFormat:
        body = QTextBlockFormat()
        body.setLeftMargin(12)
        body.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if role == "user":
            base = self.palette().color(QPalette.ColorRole.AlternateBase)
            body.setBackground(base)
        return body

    def _header_html(self, message: ShownMessage, streaming: bool) -> str:
        row = message.row
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        link = self.palette().color(QPalette.ColorRole.Link).name()
        names = {"user": self.tr("You"), "assistant": self.tr("Assistant"), "system": self.tr("System")}
        name = names.get(row.role, row.role)
        parts = [f"<b>{name}</b>"]
        if message.sibling_count > 1:
            parts.append(
                f"<a style='color:{link};text-decoration:none' href='act:prev:{row.id}'>‹</a> "
                f"{message.sibling_index} / {message.sibling_count} "
                f"<a style='color:{link};text-decoration:none' href='act:next:{row.id}'>›</a>"
            )
        if row.branch_step is not None:
            branched = self.tr("branched at token {step}").format(step=row.branch_step + 1)
            parts.append(f"<span style='color:{muted}'>{branched}</span>")
        status_note = STATUS_NOTES.get(row.status)
        if streaming:
            note: str | None = self.tr("generating…")
        else:
            note = QCoreApplication.translate("TranscriptView", status_note) if status_note else None
        if note:
            parts.append(f"<span style='color:{muted}'><i>{note}</i></span>")
        if row.error and row.status in ("error", "interrupted"):
            parts.append(f"<span style='color:{muted}'>({html.escape(row.error)})</span>")
        if not streaming:
            actions = ["edit"] if row.role == "user" else ["regen", "copy", "score"]
            labels = {
                "edit": self.tr("Edit"),
                "regen": self.tr("Regenerate"),
                "copy": self.tr("Copy"),
                "score": self.tr("Score"),  # how surprised the model is by each token of this reply
            }
            style = f"color:{link};text-decoration:none"
            parts.extend(
                f"<a style='{style}' href='act:{action}:{row.id}'>{labels[action]}</a>" for action in actions
            )
        return " &nbsp;·&nbsp; ".join(parts)

    def _token_format(self, message_id: int, record: TokenRecord) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(token_anchor(message_id, record.index))
        # Neighbours alternate a little in strength so token boundaries stay visible within one colour.
        alpha = 0.5 if record.index % 2 == 0 else 0.36
        background = token_background(record.prob, self.palette(), alpha)
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(token_foreground(background, self.palette())))  # readable on any chip
        return fmt

    def _insert_token(
        self, cursor: QTextCursor, message_id: int, record: TokenRecord, end_of_turn: bool = False
    ) -> None:
        fmt = self._token_format(message_id, record)
        if end_of_turn:  # a mark rather than words of the reply: smaller, but its real name
            fmt.setFontPointSize(max(self.font().pointSizeF() * 0.8, 6))
        insert_lines(cursor, visible_token_text(record), fmt)

    # --- streaming -------------------------------------------------------------------------------

    def append_stream(self, message_id: int, record: TokenRecord, new_text: str) -> None:
        """Add one streamed token at the end of the message being generated."""
        if message_id != self._stream_message:
            return
        at_bottom = self._at_bottom()
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if self.inspect:
            self._insert_token(cursor, message_id, record)
        elif new_text:
            insert_lines(cursor, new_text, QTextCharFormat())
        if at_bottom:
            self.scroll_to_end()

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    # --- pointing ----------------------------------------------------------------------------------

    def _on_anchor(self, anchor: str) -> None:
        parsed = parse_anchor(anchor)
        if parsed is None:
            return
        kind, message_id, index = parsed
        if kind == "tok":
            self.token_clicked.emit(message_id, index, self.cursor().pos())
        else:
            self.action.emit(kind, message_id)

    def token_at(self, position: QPoint) -> tuple[int, int] | None:
        parsed = parse_anchor(self.anchorAt(position))
        if parsed is None or parsed[0] != "tok":
            return None
        return parsed[1], parsed[2]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            found = self.token_at(position)
            record = self.record_for(*found) if found else None
            if record is not None:
                QToolTip.showText(event.globalPos(), alternatives_tooltip(record), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event) -> None:
        found = self.token_at(event.pos())
        if found is not None:
            self.token_menu.emit(found[0], found[1], event.globalPos())
            return
        super().contextMenuEvent(event)
