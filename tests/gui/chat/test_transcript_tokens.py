"""Reply tokens as the transcript shows them, on the real SmolLM2 in a real engine process: newlines
break lines (marked ↵ when inspecting), the end-of-turn token shows its own name, also after a restart;
the attention view gets exactly the tokens the model saw; token text stays readable in the dark theme."""

from __future__ import annotations

from pathlib import Path

from chat_driving import (
    REPLY_TIMEOUT,
    click_link,
    open_window,
    reply,
    set_sampling,
    shown_foreground,
    token_fragments,
    type_and_send,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from engine.core.chat import Message
from engine.core.sampling import SamplingSettings
from engine.core.session import Session
from gui.chat.records import TokenRecord
from gui.shell.charts import contrast_ratio
from gui.shell.main_window import MainWindow
from gui.shell.theme import PROBABILITY_BINS, dark_palette, token_background

LIST_PROMPT = "List three colours, one per line."


def greedy(session: Session, text: str, max_tokens: int) -> tuple[str, list[int]]:
    """The engine's own greedy reply, in this process: the independent reference."""
    prompt = session.chat_prompt([Message("user", text)])
    generation = session.generate(prompt, SamplingSettings(temperature=0.0), max_tokens=max_tokens).run()
    return generation.text, [step.token.id for step in generation.steps]


def test_newlines_break_lines_and_the_end_token_shows_its_name_also_after_a_restart(
    qtbot: QtBot, tmp_path: Path, smol: Session
) -> None:
    expected_text, expected_ids = greedy(smol, LIST_PROMPT, 40)
    end_token = smol.info().special_tokens["eos"]
    # The case this test is about: a newline token the model lists among its special tokens ("nl"),
    # and a reply that ends with the end-of-turn token.
    assert smol.info().special_tokens["nl"]["id"] in expected_ids and expected_ids[-1] == end_token["id"]

    window = open_window(qtbot, tmp_path)
    set_sampling(window, max_tokens=40)
    message_id = type_and_send(qtbot, window, LIST_PROMPT)
    records = window.store.tokens(message_id)
    assert [record.token_id for record in records] == expected_ids
    assert reply(window, message_id).content == expected_text

    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)
    assert window.chat.inspect.isChecked()
    inspected = expected_text.replace("\n", "↵\n") + end_token["text"]  # e.g. "1. Red↵\n2. Blue…<|im_end|>"
    shown = window.chat.transcript.toPlainText()
    assert inspected in shown and "[end]" not in shown
    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)
    plain = window.chat.transcript.toPlainText()
    assert expected_text in plain and "↵" not in plain and end_token["text"] not in plain
    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)  # on again, remembered on close
    window.close()

    again = open_window(qtbot, tmp_path)  # the records come back from the SQLite file
    assert again.chat.inspect.isChecked()
    shown = again.chat.transcript.toPlainText()
    assert inspected in shown and "[end]" not in shown
    again.close()


def test_show_attention_up_to_a_token_captures_the_tokens_the_model_saw(
    qtbot: QtBot, tmp_path: Path, smol: Session
) -> None:
    window = open_window(qtbot, tmp_path)
    set_sampling(window, max_tokens=40)
    message_id = type_and_send(qtbot, window, LIST_PROMPT)
    records = window.store.tokens(message_id)
    second_line = next(i for i, record in enumerate(records) if record.text == "\n") + 2  # "2", "."
    assert "\n" in "".join(record.text for record in records[: second_line + 1])

    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)
    click_link(qtbot, window, f"tok:{message_id}:{second_line}")
    menu = window.chat._menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == "Show the attention up to this token")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    attention = window.attention
    assert window.tabs.currentWidget() is attention
    qtbot.waitUntil(
        lambda: attention.maps is not None and attention.request_id is None, timeout=REPLY_TIMEOUT
    )
    prompt = smol.prompt_tokens(smol.chat_prompt([Message("user", LIST_PROMPT)]))
    seen = [token for token, _text in attention.maps.tokens]
    assert seen == prompt + [record.token_id for record in records[: second_line + 1]]
    window.close()


def test_inspected_tokens_and_the_legend_stay_readable_in_the_dark_theme(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path)
    set_sampling(window, max_tokens=40)
    message_id = type_and_send(qtbot, window, LIST_PROMPT)
    records = window.store.tokens(message_id)
    assert any(record.prob >= 0.9 for record in records)  # yellow chips shown
    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)

    dark = dark_palette()
    window.chat.setPalette(dark)  # the theme changes while the reply is shown
    qtbot.waitUntil(lambda: drawn_on(window, dark, records), timeout=5_000)
    for text, fmt in token_fragments(window):
        ratio = contrast_ratio(shown_foreground(fmt, dark), fmt.background().color())
        assert ratio >= 4.5, f"{text!r}: {ratio:.2f}:1"
    for chip, probability_bin in zip(window.chat.legend.chips, PROBABILITY_BINS, strict=True):
        style = dict(
            part.split(":", 1) for part in chip.styleSheet().replace(" ", "").split(";") if ":" in part
        )
        assert style["background"] == token_background(probability_bin.low + 0.001, dark)
        colour = QColor(style.get("color", dark.color(QPalette.ColorRole.WindowText).name()))
        assert contrast_ratio(colour, QColor(style["background"])) >= 4.5, chip.text()
    window.close()


def drawn_on(window: MainWindow, palette: QPalette, records: list[TokenRecord]) -> bool:
    """Whether every token chip has the colour it takes on `palette` (the transcript was redrawn)."""
    fragments = token_fragments(window)
    expected = [
        token_background(record.prob, palette, 0.5 if record.index % 2 == 0 else 0.36) for record in records
    ]
    shown = [fmt.background().color().name() for _text, fmt in fragments]
    return bool(fragments) and set(shown) <= set(expected) and expected[0] in shown
