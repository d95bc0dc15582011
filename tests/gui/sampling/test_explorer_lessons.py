"""Lessons as a student meets them: the A–E table edited as the course writes probabilities, a lesson
written for another model than the loaded one, and a model change under the explorer."""

from __future__ import annotations

import numpy as np
import pytest
from explorer_driving import (
    choose_lesson,
    click,
    column,
    start,
    type_into_cell,
    wait_step,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.shell.main_window import MainWindow

LOAD_TIMEOUT = 120_000


def test_the_a_to_e_table_takes_probabilities_as_the_course_writes_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "top-p")
    assert column(panel, "Before chain") == ["0.40", "0.30", "0.15", "0.10", "0.05"]
    assert panel.sum_label.text() == "Sum 1.00 — a distribution"
    assert not panel.normalise_button.isEnabled()

    type_into_cell(qtbot, panel, 0, "Before chain", "0.6")  # A
    assert column(panel, "Token") == ["A", "B", "C", "D", "E"]
    assert column(panel, "Before chain") == ["0.60", "0.30", "0.15", "0.10", "0.05"]
    assert panel.sum_label.text() == "Sum 1.20 — not a distribution until normalised"
    assert column(panel, "After chain") == ["—"] * 5  # no chain on values that are not a distribution
    assert panel.step_button.text() == "Step" and not panel.step_button.isEnabled()

    type_into_cell(qtbot, panel, 1, "Before chain", "0,20")  # B, with a decimal comma
    type_into_cell(qtbot, panel, 2, "Before chain", "5 %")  # C, as a percentage
    assert column(panel, "Token") == ["A", "B", "D", "C", "E"]
    assert column(panel, "Before chain") == ["0.60", "0.20", "0.10", "0.05", "0.05"]
    assert panel.sum_label.text() == "Sum 1.00 — a distribution"

    messages: list[str] = []
    panel.status_message.connect(messages.append)
    type_into_cell(qtbot, panel, 0, "Before chain", "60")  # 60 is not a probability: refused, said why
    assert column(panel, "Before chain")[0] == "0.60"
    assert messages and "between 0 and 1" in messages[-1]

    type_into_cell(qtbot, panel, 1, "Before chain", "0.45")  # B: sum 1.25
    assert panel.sum_label.text() == "Sum 1.25 — not a distribution until normalised"
    click(qtbot, panel.normalise_button)
    assert column(panel, "Before chain") == ["0.48", "0.36", "0.08", "0.04", "0.04"]
    assert panel.sum_label.text() == "Sum 1.00 — a distribution"
    # the chain runs again: top-p 0.85 keeps A and B (0.48 + 0.36 = 0.84 < 0.85) and C
    assert column(panel, "Removed by") == ["", "", "", "top-p", "top-p"]
    assert panel.result is not None
    kept = panel.result.probs_after[panel.result.kept]
    np.testing.assert_allclose(kept, np.array([0.48, 0.36, 0.08]) / 0.92, atol=1e-6)


def test_a_lesson_for_another_model_says_so_and_switches_to_it(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "recife")
    wait_step(qtbot, panel)
    assert panel.model_notice.isVisible()
    assert "Written for Gemma-3-270M" in panel.model_notice.text()
    assert "SmolLM2-135M-Instruct (Q4_1) is loaded" in panel.model_notice.text()
    assert "SmolLM2-135M" in panel.stats.text()

    click(qtbot, panel.switch_model_button)
    qtbot.waitUntil(
        lambda: window.bridge.model == "gemma3-270m" and window.bridge.info is not None, timeout=LOAD_TIMEOUT
    )
    qtbot.waitUntil(
        lambda: panel.steps_model == "gemma3-270m" and panel._pending_probe is None, timeout=LOAD_TIMEOUT
    )
    qtbot.waitUntil(lambda: "cidade" in panel.lookup_result.text(), timeout=LOAD_TIMEOUT)
    assert not panel.model_notice.isVisible()
    assert "Gemma-3-270M" in panel.stats.text()
    assert panel.result is not None
    first = int(panel.shown_tokens[0])
    assert panel.steps[-1].labels[first] == " cidade"  # the lesson's claim, on its model
    assert float(panel.result.probs[first]) == pytest.approx(0.51, abs=0.02)
    assert column(panel, "Token")[0] == "' cidade'"


def test_another_model_clears_the_old_models_distribution(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    start(qtbot, panel, "The capital of France is")
    assert panel.table.rowCount() == 20

    combo = window.model_combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "gemma3-270m"
    click(qtbot, window.load_button)
    qtbot.waitUntil(
        lambda: window.bridge.info is not None and panel.loaded_model == "gemma3-270m", timeout=LOAD_TIMEOUT
    )

    assert panel.result is None and panel.table.rowCount() == 0
    assert not panel.distribution.has_data
    stats = panel.stats.text()
    assert "The distribution from SmolLM2-135M-Instruct (Q4_1) was cleared" in stats
    assert "Gemma-3-270M base (Q4_K_M) is loaded now" in stats
    start(qtbot, panel, "The capital of France is")
    assert panel.steps_model == "gemma3-270m" and "Gemma-3-270M" in panel.stats.text()


def test_a_synthetic_lesson_stays_through_a_model_change(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "top-p")
    click(qtbot, window.unload_button)
    qtbot.waitUntil(lambda: panel.loaded_model is None and window.bridge.info is None, timeout=LOAD_TIMEOUT)
    assert column(panel, "Token") == ["A", "B", "C", "D", "E"]
    assert "A synthetic distribution (no model)" in panel.stats.text()
