"""The explorer's chain is the one it says, and only the user's: a chat step opens with the chat's exact
settings and order, a lesson's settings leave with the lesson, and a choice made for one step never
chooses the token of another."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from explorer_driving import (
    choose_lesson,
    click,
    click_row,
    click_transcript_link,
    column,
    preset_buttons,
    send_chat,
    start,
    wait_step,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from engine.core.sampling import LLAMA_ORDER, SamplingSettings, apply_chain
from gui.sampling.chain import TEMPERATURE_FIRST
from gui.shell.main_window import MainWindow
from gui.shell.text import percent

LLAMA_WORDS = "Order: top-k → top-p → min-p → temperature (llama.cpp's default"


def test_a_chat_step_shows_the_chats_numbers_after_a_temperature_first_lesson(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "temperature")  # this lesson runs temperature first
    wait_step(qtbot, panel)
    assert "Order: temperature → top-k → top-p → min-p" in panel.order_summary.text()

    form = window.chat.settings_form
    form.temperature.setValue(1.5)
    form.top_k.setValue(40)
    form.top_p.setValue(0.9)
    form.min_p.setValue(0.05)
    form.max_tokens.setValue(3)
    form.seed.setValue(7)
    message_id = send_chat(qtbot, window, "Name a colour.")
    record = window.store.tokens(message_id)[0]

    qtbot.mouseClick(window.chat.inspect, Qt.MouseButton.LeftButton)
    click_transcript_link(qtbot, window, f"tok:{message_id}:0")
    menu = window.chat._menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == "Open this step in the sampling explorer")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert window.tabs.currentWidget() is panel
    wait_step(qtbot, panel)

    chat_chain = SamplingSettings(temperature=1.5, top_k=40, top_p=0.9, min_p=0.05, order=LLAMA_ORDER)
    assert panel.chain.settings() == chat_chain
    assert LLAMA_WORDS in panel.order_summary.text()
    assert panel.result is not None
    # the number the table shows for the token the reply took is the chat's, up to the engine's arithmetic:
    # the probe decodes the prompt's last token again on its own, the chat decoded it in one batch
    row = [int(token) for token in panel.shown_tokens].index(record.token_id)
    shown = float(column(panel, "After chain")[row].rstrip(" %")) / 100
    assert shown == pytest.approx(record.prob_after, rel=0.02, abs=0.0015)
    assert float(panel.result.probs_after[record.token_id]) == pytest.approx(record.prob_after, rel=0.015)
    # ... and the chat's own figure is written beside it
    assert f"<b>{percent(record.prob_after)}</b> after it; recomputed here" in panel.stats.text()
    # the lesson's order gives another number: this test tells the two apart
    lesson_order = apply_chain(panel.steps[-1].logits, replace(chat_chain, order=TEMPERATURE_FIRST))
    assert abs(float(lesson_order.probs_after[record.token_id]) - record.prob_after) > 0.1 * record.prob_after


def test_leaving_a_lesson_gives_back_the_users_settings(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    panel.chain.temperature.setValue(0.55)
    panel.chain.top_k.setValue(12)
    mine = panel.chain.settings()
    assert LLAMA_WORDS in panel.order_summary.text()

    choose_lesson(qtbot, panel, "temperature")
    wait_step(qtbot, panel)
    click(qtbot, preset_buttons(panel)["T = 1.5"])
    assert panel.chain.temperature.value() == 1.5 and panel.chain.settings().order[0] == "temperature"
    choose_lesson(qtbot, panel, "top-p")  # from lesson to lesson: still the user's settings kept aside
    choose_lesson(qtbot, panel, "")

    assert panel.chain.settings() == mine
    assert LLAMA_WORDS in panel.order_summary.text()
    start(qtbot, panel, "The weather today is")
    assert panel.result is not None and panel.result.settings == mine


def test_a_row_chosen_in_one_lesson_does_not_choose_the_next_lessons_token(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "greedy-topk-topp")
    wait_step(qtbot, panel)
    click_row(qtbot, panel, 3)
    chosen = repr(panel.steps[-1].labels[int(panel.shown_tokens[3])])
    assert panel.step_button.text() == f"Step: continue with {chosen}"

    choose_lesson(qtbot, panel, "temperature")
    wait_step(qtbot, panel)
    assert panel.step_button.text() == "Step: sample"
    assert panel.table.selectedItems() == []
    assert panel.result is not None
    fourth = int(panel.shown_tokens[3])
    # what a seeded draw from the distribution after the chain gives (seed 42, first step)
    kept = panel.result.kept
    weights = panel.result.probs_after[kept].astype(np.float64)
    drawn = int(np.random.default_rng(panel.seed.value()).choice(kept, p=weights / weights.sum()))
    assert drawn != fourth, "pick another row: the sample would hide a stale choice"

    click(qtbot, panel.step_button)
    wait_step(qtbot, panel)
    assert [entry.token for entry in panel.path] == [drawn]


def test_a_choice_is_dropped_when_the_step_or_the_prompt_changes(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    start(qtbot, panel, "Once upon a time")
    click_row(qtbot, panel, 2)
    third = int(panel.shown_tokens[2])
    assert panel.step_button.text().startswith("Step: continue with")
    click(qtbot, panel.step_button)
    wait_step(qtbot, panel)
    assert [entry.token for entry in panel.path] == [third]
    assert panel.step_button.text() == "Step: sample" and panel.table.selectedItems() == []

    click_row(qtbot, panel, 1)
    assert panel.step_button.text().startswith("Step: continue with")
    qtbot.keyClicks(panel.prompt, " there")  # editing the prompt drops the choice
    assert panel.step_button.text() == "Step: sample" and panel.table.selectedItems() == []
