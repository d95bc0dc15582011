"""The explorer inside the main window at small sizes: no input control is squeezed below the height it
needs (the side controls scroll instead)."""

from __future__ import annotations

import pytest
from explorer_driving import choose_lesson, input_controls, wait_step
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.shell.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_no_control_is_squeezed(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    panel = window.sampling
    window.resize(*size)
    choose_lesson(qtbot, panel, "recife")  # the longest explanation, and the note about its model
    wait_step(qtbot, panel)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1], timeout=5_000)
    QApplication.processEvents()
    controls = input_controls(panel)
    assert panel.chain.temperature in controls and panel.switch_model_button in controls
    squeezed = {
        f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r}": (
            widget.height(),
            widget.minimumSizeHint().height(),
        )
        for widget in controls
        if widget.height() < widget.minimumSizeHint().height()
    }
    assert not squeezed, f"squeezed at {size} (height, needed): {squeezed}"
    assert panel.distribution.height() > 150  # the chart keeps room to be read
