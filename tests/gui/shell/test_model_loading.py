"""Loading models from the model bar, as a user does: a bad file or a cancelled load never costs the
model that was working (real engine process, packaged models)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.shell.model_loading import model_label

LOAD_TIMEOUT = 60_000


def choose_in_open_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The system's file dialog cannot be driven offscreen: it answers `path`, as a user picking it would."""
    monkeypatch.setattr(
        "gui.shell.model_loading.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(path), "")
    )


def idle(window: Any) -> bool:
    return window.load_request is None and window.bridge.info is not None


def assert_still_on_smollm2(window: Any) -> None:
    assert window.bridge.model == "smollm2-135m"
    assert window.bridge.info is not None and window.bridge.info["architecture"] == "llama"
    assert window.model_combo.currentData() == "smollm2-135m"
    assert model_label("smollm2-135m") in window.model_summary.full_text()


def test_a_bad_file_keeps_the_working_model(
    qtbot: QtBot, app_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 20)
    choose_in_open_dialog(monkeypatch, bad)
    qtbot.mouseClick(app_window.open_button, Qt.MouseButton.LeftButton)
    assert app_window.load_request is not None  # the click asked the engine to load the file
    qtbot.waitUntil(lambda: app_window.banner.isVisible() and idle(app_window), timeout=LOAD_TIMEOUT)
    assert "Could not load the model" in app_window.banner_text.text()
    assert "stays loaded" in app_window.banner_text.text()
    assert_still_on_smollm2(app_window)


def test_a_cancelled_load_brings_the_previous_model_back(qtbot: QtBot, app_window: Any) -> None:
    combo = app_window.model_combo
    combo.setCurrentIndex(combo.findData("gemma3-270m"))
    qtbot.mouseClick(app_window.load_button, Qt.MouseButton.LeftButton)
    assert app_window.cancel_load_button.isVisible()
    qtbot.mouseClick(app_window.cancel_load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(app_window) and app_window.bridge.model is not None, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: app_window.bridge.state == "ready", timeout=LOAD_TIMEOUT)
    assert_still_on_smollm2(app_window)
