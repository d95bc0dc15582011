"""Asking for a reply and streaming it in: sending, regenerating, branching at a token, stopping."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import Slot

from engine.core.tokens import joined_pieces
from engine.process.protocol import Failed, Finished, Started, StepEvent
from gui.chat.base import Stream
from gui.chat.conversations import ChatConversations
from gui.chat.records import TokenRecord
from gui.chat.settings_form import DEFAULT_CHAT_SETTINGS, sampling_from
from gui.chat.store import NEW_CHAT_TITLE
from gui.shell.text import number

FINISHED_STATUS = {
    "eos": "complete",
    "max_tokens": "complete",
    "stop_string": "complete",
    "context_full": "complete",
}


def title_from(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 48 else line[:47].rstrip() + "…"


class ChatReplies(ChatConversations):
    """Starts replies and records each streamed token in the store as it comes."""

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.stream is not None:
            return
        if self.bridge.info is None:
            self.status_message.emit(
                self.tr("Load a model first: the model bar at the top, or the Model tab.")
            )
            return
        if self.conversation_id is None:
            self.new_conversation()
        assert self.conversation_id is not None
        parent = self.editing.parent_id if self.editing else self._current_leaf()
        user_id = self.store.add_message(self.conversation_id, parent, "user", text)
        if self.store.conversation(self.conversation_id).title == NEW_CHAT_TITLE:
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
            model=self.bridge.model,
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
        texts = [record.text for record in prefix or []]
        starts = [len(joined_pieces(texts[:index])) for index in range(len(texts))]
        self.stream = Stream(
            request_id, message_id, time.perf_counter(), starts=starts, prefix_chars=len(joined_pieces(texts))
        )
        self._set_streaming(True)
        self.redraw()
        return message_id

    def stop(self) -> None:
        if self.stream is not None:
            self.bridge.cancel(self.stream.request_id)
            self.status_message.emit(self.tr("Stopping…"))

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

    # --- engine events -----------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        stream = self.stream
        if stream is None or getattr(event, "request_id", None) != stream.request_id:
            return
        if isinstance(event, StepEvent):
            self._on_step(stream, event)
        elif isinstance(event, Started):
            self.status_message.emit(self.tr("Reading %n prompt token(s)…", "", event.prompt_tokens))
        elif isinstance(event, Finished):
            self._on_finished(stream, event)
        elif isinstance(event, Failed):
            self._on_failed(stream, event)

    def _on_step(self, stream: Stream, event: StepEvent) -> None:
        record = TokenRecord.from_step(event.step)
        self.store.append_token(stream.message_id, record, event.text)
        self._records.setdefault(stream.message_id, []).append(record)
        new_text = event.text[len(stream.text) :] if event.text.startswith(stream.text) else ""
        stream.starts.append(max(len(stream.text), stream.prefix_chars))
        stream.text = event.text
        stream.tokens += 1
        if stream.tokens == 1:  # replaces "Reading N prompt tokens…": the prompt is read
            self.status_message.emit(self.tr("Writing the reply… (Esc or Stop ends it)"))
        self.transcript.append_stream(stream.message_id, record, new_text)
        elapsed = time.perf_counter() - stream.started
        if elapsed > 0:
            self.speed.emit(stream.tokens / elapsed)

    def _on_finished(self, stream: Stream, event: Finished) -> None:
        self.store.set_content(stream.message_id, event.text)
        cut = self._drop_tokens_past_the_text(stream, event.text)
        status = FINISHED_STATUS.get(event.stop_reason, "stopped")
        self.store.finish_message(stream.message_id, status, stop_reason=event.stop_reason, seed=event.seed)
        rate = event.n_generated / event.seconds if event.seconds > 0 else 0.0
        self.speed.emit(rate)
        kept = max(0, event.n_generated - cut)
        done = self.tr("Reply done: %n token(s), {rate} tokens/s ({reason})", "", kept)
        self.status_message.emit(done.format(rate=number(rate, 1), reason=event.stop_reason))
        self._end_stream(stream)

    def _drop_tokens_past_the_text(self, stream: Stream, text: str) -> int:
        """The engine cuts a stop string (a base model's "\nUser:") from the reply's text; the tokens
        that wrote it go too, so the records end where the reply does. Returns how many went."""
        if len(text) >= len(stream.text):
            return 0  # nothing was cut (an end-of-turn token adds no text, and stays on record)
        kept = sum(1 for start in stream.starts if start < len(text))
        self.store.drop_tokens_from(stream.message_id, kept)
        return len(stream.starts) - kept

    def _on_failed(self, stream: Stream, event: Failed) -> None:
        status = "interrupted" if event.kind == "crash" else "error"
        self.store.finish_message(stream.message_id, status, error=event.message)
        self.status_message.emit(self.tr("The reply failed: {error}").format(error=event.message))
        self._end_stream(stream)

    def _end_stream(self, stream: Stream) -> None:
        self.stream = None
        self._records.pop(stream.message_id, None)  # re-read: the store has the final records
        self._set_streaming(False)
        self.redraw()
        self.refresh_conversations()
        self.reply_finished.emit(stream.message_id)

    def _set_streaming(self, on: bool) -> None:
        # A disabled button passes its focus to the next widget in the tab order (the system prompt);
        # the message box is where the user goes on, and where Enter sends.
        leaving = self.send_button if on else self.stop_button
        if leaving.hasFocus():
            self.input.setFocus()
        self.stop_button.setEnabled(on)
        self.send_button.setEnabled(not on)
