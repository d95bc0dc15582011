"""The desktop app end to end, offscreen: a real engine process on the packaged SmolLM2 model.

Each test gets its own data folder (chats, settings), so nothing leaks between tests or into the user's.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Signal
from pytestqt.qtbot import QtBot

from engine.core.chat import Message
from engine.core.models import resolve_model
from engine.core.session import Session
from engine.process.protocol import Finished, StepEvent
from gui.shell.main_window import MainWindow

LOAD_TIMEOUT = 60_000
REPLY_TIMEOUT = 90_000


def open_window(qtbot: QtBot, data_dir: Path, model: str | None = None) -> MainWindow:
    window = MainWindow(model, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_loaded(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=LOAD_TIMEOUT)


def send(qtbot: QtBot, window: MainWindow, text: str, max_tokens: int = 24, temperature: float = 0.0) -> int:
    """Type a message, send it, wait for the whole reply; the reply's message id."""
    chat = window.chat
    chat.settings_form.temperature.setValue(temperature)
    chat.settings_form.max_tokens.setValue(max_tokens)
    chat.input.setPlainText(text)
    chat.send_button.click()
    assert chat.stream is not None
    message_id = chat.stream.message_id
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    return message_id


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, tmp_path)
    wait_loaded(qtbot, window)
    yield window
    window.close()


def greedy_reply(
    session: Session, messages: list[Message], max_tokens: int, prefix: tuple[int, ...] = ()
) -> str:
    """The same reply computed in this process, through the engine's plain path."""
    generation = session.generate(
        session.chat_prompt(messages), temperature=0.0, max_tokens=max_tokens, prefix=prefix
    ).run()
    return generation.text


def test_signal_emit_keeps_reference_counts(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit, which crashes Python 3.11 later."""

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for index in range(2000):
        emitter.fired.emit(index)
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 10


def test_app_loads_the_default_model_in_an_engine_process(window: MainWindow) -> None:
    assert window.bridge.pid is not None and window.bridge.pid != __import__("os").getpid()
    assert "SmolLM2" in window.model_summary.full_text()
    assert window.state_label.text() == "Ready"
    assert window.bridge.info is not None and window.bridge.info["architecture"] == "llama"


def test_streamed_reply_matches_the_engine_and_is_stored(
    qtbot: QtBot, window: MainWindow, smol: Session
) -> None:
    events: list[object] = []
    window.bridge.received.connect(events.append)
    message_id = send(qtbot, window, "What is the capital of France?", max_tokens=20)
    steps = [event for event in events if isinstance(event, StepEvent)]
    finished = [event for event in events if isinstance(event, Finished)]
    assert len(steps) >= 2 and len(finished) == 1
    assert events.index(steps[0]) < events.index(finished[0])  # streamed: steps before the end
    row = window.store.message(message_id)
    expected = greedy_reply(smol, [Message("user", "What is the capital of France?")], 20)
    assert row.content == expected and row.status == "complete"
    tokens = window.store.tokens(message_id)
    assert [token.index for token in tokens] == list(range(len(steps)))
    assert all(0.0 < token.prob <= 1.0 and token.alternatives for token in tokens)
    assert expected.strip()[:20] in window.chat.transcript.toPlainText()


def test_stop_mid_reply(qtbot: QtBot, window: MainWindow) -> None:
    chat = window.chat
    chat.settings_form.temperature.setValue(0.0)
    chat.settings_form.max_tokens.setValue(400)
    chat.input.setPlainText("Write a very long story about a dragon who learns to read.")
    chat.send()
    stream = chat.stream
    assert stream is not None and chat.stop_button.isEnabled()
    qtbot.waitUntil(lambda: stream.tokens >= 5, timeout=REPLY_TIMEOUT)
    chat.stop_button.click()
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    row = window.store.message(stream.message_id)
    assert row.status == "stopped" and row.stop_reason == "cancelled"
    assert 5 <= len(window.store.tokens(stream.message_id)) < 400
    assert "stopped" in chat.transcript.toPlainText()


def test_regenerate_keeps_both_versions(qtbot: QtBot, window: MainWindow) -> None:
    first = send(qtbot, window, "Name a colour.", max_tokens=8, temperature=1.0)
    chat = window.chat
    second = chat.regenerate(first)
    assert second is not None
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    assert [row.id for row in window.store.siblings(second)] == [first, second]
    assert "2 / 2" in chat.transcript.toPlainText()
    chat.switch_version(second, -1)
    assert window.store.path(chat.conversation_id)[-1].id == first  # type: ignore[arg-type]
    assert "1 / 2" in chat.transcript.toPlainText()


def test_branch_from_the_second_best_token(qtbot: QtBot, window: MainWindow, smol: Session) -> None:
    prompt = "Tell me a fun fact about cats."
    original = send(qtbot, window, prompt, max_tokens=16)
    chat = window.chat
    records = window.store.tokens(original)
    step = next(record for record in records if len(record.alternatives) > 1 and record.index >= 1)
    second_best = step.alternatives[1]
    assert second_best.id != step.token_id and second_best.rank == 2
    # Through the token's menu, as a user would.
    chat._token_menu(original, step.index, QPoint(0, 0))
    action = next(a for a in chat._menu.actions() if repr(second_best.text) in a.text())
    action.trigger()
    assert chat.stream is not None
    branch = chat.stream.message_id
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    row = window.store.message(branch)
    assert row.branch_of == original and row.branch_step == step.index
    branched = window.store.tokens(branch)
    assert [r.token_id for r in branched[: step.index]] == [r.token_id for r in records[: step.index]]
    assert branched[step.index].token_id == second_best.id
    assert row.content != window.store.message(original).content
    prefix = (*[r.token_id for r in records[: step.index]], second_best.id)
    expected = greedy_reply(smol, [Message("user", prompt)], 16 - len(prefix), prefix)
    assert row.content == expected
    assert "branched at token" in chat.transcript.toPlainText()


def test_history_and_branches_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    wait_loaded(qtbot, window)
    original = send(qtbot, window, "Say hello.", max_tokens=6)
    record = window.store.tokens(original)[0]
    window.chat.inspect.setChecked(True)
    window.chat.branch_from(original, 0, record.alternatives[1].id)
    qtbot.waitUntil(lambda: window.chat.stream is None, timeout=REPLY_TIMEOUT)
    conversation = window.chat.conversation_id
    window.close()

    again = open_window(qtbot, tmp_path)
    assert again.chat.conversation_id == conversation
    assert again.chat.inspect.isChecked()
    path = again.store.path(conversation)  # type: ignore[arg-type]
    assert [row.role for row in path] == ["user", "assistant"]
    assert len(again.store.siblings(path[-1].id)) == 2
    assert "Say hello." in again.chat.transcript.toPlainText()
    assert "2 / 2" in again.chat.transcript.toPlainText()
    wait_loaded(qtbot, again)
    again.close()


def test_engine_killed_mid_reply(qtbot: QtBot, window: MainWindow) -> None:
    chat = window.chat
    chat.settings_form.temperature.setValue(0.0)
    chat.settings_form.max_tokens.setValue(400)
    chat.input.setPlainText("Write a very long story about a lighthouse keeper.")
    chat.send()
    stream = chat.stream
    assert stream is not None
    qtbot.waitUntil(lambda: stream.tokens >= 4, timeout=REPLY_TIMEOUT)
    old_pid = window.bridge.pid
    with qtbot.waitSignal(window.bridge.died, timeout=30_000) as died:
        window.bridge.kill_engine()
    assert "killed" in died.args[0]
    qtbot.waitUntil(lambda: chat.stream is None, timeout=30_000)
    assert window.banner.isVisible() and "engine stopped unexpectedly" in window.banner_text.text()
    row = window.store.message(stream.message_id)
    tokens = window.store.tokens(stream.message_id)
    assert row.status == "interrupted" and len(tokens) >= 4 and row.content
    # The engine is back with the model, and the chat goes on.
    wait_loaded(qtbot, window)
    assert window.bridge.pid != old_pid and window.bridge.restarts == 1
    reply = send(qtbot, window, "Are you back?", max_tokens=5)
    assert window.store.message(reply).status == "complete"
    assert "Write a very long story about a lighthouse keeper." in chat.transcript.toPlainText()


def test_a_bad_model_file_is_reported_and_the_app_stays_alive(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 20)
    window.load_model(str(bad))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=LOAD_TIMEOUT)
    assert "Could not load the model" in window.banner_text.text()
    assert window.bridge.info is not None and window.bridge.pid is not None  # the working model stays
    window.load_model("smollm2-135m")
    wait_loaded(qtbot, window)
    assert send(qtbot, window, "Hi", max_tokens=3)


def test_a_template_injection_in_a_model_file_does_not_run(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A copy of SmolLM2 whose chat template tries to run a shell command (same length, patched)."""
    marker = tmp_path / "pwned"
    source = resolve_model("smollm2-135m")
    data = bytearray(source.read_bytes())
    template = smol_template(data)
    payload = f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}}"
    assert len(payload) <= len(template)
    start = data.index(template)
    data[start : start + len(template)] = payload.encode().ljust(len(template), b" ")
    evil = tmp_path / "evil.gguf"
    evil.write_bytes(bytes(data))
    window.load_model(str(evil))
    qtbot.waitUntil(
        lambda: window.bridge.info is not None and "evil" in window.bridge.info["path"], timeout=60_000
    )
    chat = window.chat
    chat.input.setPlainText("Hello")
    chat.send()
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    assert not marker.exists()
    path = window.store.path(chat.conversation_id)  # type: ignore[arg-type]
    assert path[-1].status == "error" and "template" in (path[-1].error or "").lower()
    assert window.bridge.pid is not None and window.bridge.info is not None


def smol_template(data: bytearray) -> bytes:
    start = data.index(b"{% for message in messages %}")
    end = data.index(b"{% endif %}", data.index(b"add_generation_prompt", start)) + len(b"{% endif %}")
    return bytes(data[start:end])


def test_export_markdown_and_json(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    send(qtbot, window, "Give me one word.", max_tokens=4)
    window.chat.export("md", tmp_path / "chat.md")
    window.chat.export("json", tmp_path / "chat.json")
    assert "Give me one word." in (tmp_path / "chat.md").read_text()
    exported = __import__("json").loads((tmp_path / "chat.json").read_text())
    assert exported["messages"][1]["tokens"], "token records are exported"


def test_inspected_reply_shows_probabilities_and_alternatives(qtbot: QtBot, window: MainWindow) -> None:
    from gui.chat.transcript import alternatives_tooltip

    message_id = send(qtbot, window, "What is 2 + 2?", max_tokens=8)
    window.chat.inspect.setChecked(True)
    assert window.chat.legend.isVisible()
    record = window.store.tokens(message_id)[0]
    tooltip = alternatives_tooltip(record)
    assert "entropy" in tooltip and f"{record.entropy_bits:.2f}" in tooltip
    assert tooltip.count("<tr>") == len(record.alternatives)
    window.chat._token_menu(message_id, 0, QPoint(0, 0))
    texts = [action.text() for action in window.chat._menu.actions()]
    assert any("sampling explorer" in text for text in texts)
    explorer = next(a for a in window.chat._menu.actions() if "sampling explorer" in a.text())
    explorer.trigger()
    assert window.tabs.currentWidget() is window.sampling
    qtbot.waitUntil(lambda: window.sampling.result is not None, timeout=30_000)
    # The explorer recomputed the step from the chat's context: the same distribution the reply saw.
    result = window.sampling.result
    assert result is not None
    assert float(result.probs[record.token_id]) == pytest.approx(record.prob, rel=1e-3)
    assert result.rank(record.token_id) == record.rank
    assert window.sampling.marked_token == record.token_id


def test_stall_bench_measures_the_event_loop(qtbot: QtBot) -> None:
    from gui.shell.stall_bench import run_stall_bench

    result = run_stall_bench(tokens=8, inspect=True)
    assert result["tokens"] >= 8 and result["ticks"] > 10
    assert 0.0 <= result["stall_p50_ms"] <= result["stall_p99_ms"] <= result["stall_max_ms"]


def test_edit_and_resend_keeps_the_original_version(qtbot: QtBot, window: MainWindow) -> None:
    chat = window.chat
    send(qtbot, window, "Name a fruit.", max_tokens=4)
    original = window.store.path(chat.conversation_id)[0]  # type: ignore[arg-type]
    chat.start_edit(original.id)
    assert chat.input.toPlainText() == "Name a fruit." and chat.edit_banner.isVisible()
    chat.input.setPlainText("Name a vegetable.")
    chat.send_button.click()
    qtbot.waitUntil(lambda: chat.stream is None, timeout=REPLY_TIMEOUT)
    path = window.store.path(chat.conversation_id)  # type: ignore[arg-type]
    assert path[0].content == "Name a vegetable." and path[0].id != original.id
    assert [row.id for row in window.store.siblings(path[0].id)] == [original.id, path[0].id]
    assert path[1].role == "assistant" and path[1].status == "complete"
    assert not chat.edit_banner.isVisible()


def test_conversations_rename_search_delete(qtbot: QtBot, window: MainWindow) -> None:
    chat = window.chat
    send(qtbot, window, "First chat about whales.", max_tokens=3)
    first = chat.conversation_id
    chat.new_conversation()
    send(qtbot, window, "Second chat about bicycles.", max_tokens=3)
    assert chat.conversation_list.count() == 2
    chat.rename_conversation(first, "Ocean animals")  # type: ignore[arg-type]
    chat.search.setText("bicycles")  # matches message text, not only titles
    assert [chat.conversation_list.item(i).text() for i in range(chat.conversation_list.count())] == [
        "Second chat about bicycles."
    ]
    chat.search.setText("ocean")
    assert chat.conversation_list.count() == 1 and chat.conversation_list.item(0).text() == "Ocean animals"
    chat.search.clear()
    chat.delete_conversation(first, confirm=False)  # type: ignore[arg-type]
    assert [c.title for c in window.store.conversations()] == ["Second chat about bicycles."]
