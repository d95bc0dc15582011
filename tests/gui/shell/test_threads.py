"""The load-settings dialog shows the thread counts measured for the loaded model, with their figures,
and Re-tune measures them again in the real engine process when clicked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.shell.load_settings import LoadSettingsDialog

TUNE_TIMEOUT = 60_000


def test_dialog_shows_the_figures_and_retune_measures_again(qtbot: QtBot, app_window: Any) -> None:
    window = app_window
    threads = window.bridge.info["threads"]
    assert threads["source"] == "default"  # the tests load with tuning at load switched off (conftest)
    dialog = LoadSettingsDialog(window.load_settings, window.bridge.gpu_offload_supported, window)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.tuning.text()
    assert f"In use: {threads['generation']} for generation, {threads['prompt']} for the prompt" in text
    assert dialog.retune_button.isEnabled()

    sent = window.bridge.requests_sent
    qtbot.mouseClick(dialog.retune_button, Qt.MouseButton.LeftButton)
    assert window.bridge.requests_sent == sent + 1
    assert not dialog.retune_button.isEnabled()
    assert "Measuring" in dialog.tuning.text()
    qtbot.waitUntil(lambda: dialog.tune_request is None, timeout=TUNE_TIMEOUT)
    text = dialog.tuning.text()
    assert "measured on this machine" in text and "Generation tok/s" in text
    assert dialog.retune_button.isEnabled()
    measured = window.bridge.info["threads"]
    assert measured["source"] == "measured"
    assert text.count("<tr>") == len(measured["figures"]) + 1  # a header and one row per count
    values = dialog.values()
    assert values["n_threads"] is None and values["n_threads_batch"] is None  # automatic: the measured


def test_the_users_counts_come_back_from_the_dialog(qtbot: QtBot) -> None:
    dialog = LoadSettingsDialog({"n_threads": 1, "n_threads_batch": 2}, False)
    qtbot.addWidget(dialog)
    assert (dialog.values()["n_threads"], dialog.values()["n_threads_batch"]) == (1, 2)
    assert "Load a model" in dialog.tuning.text() and not dialog.retune_button.isEnabled()
