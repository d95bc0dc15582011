"""The main window offscreen with the sampling explorer's tab open (a real engine, SmolLM2 loaded)."""

from __future__ import annotations

import pytest

from gui.shell.main_window import MainWindow


@pytest.fixture
def window(app_window: MainWindow) -> MainWindow:
    app_window.resize(1280, 800)
    app_window.tabs.setCurrentWidget(app_window.sampling)
    return app_window
