"""Shared fixtures: the real engine on the real packaged models (no mocks)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Thread counts are measured at a model's first load on a machine (a few seconds, and on a busy test
# machine a poor choice that later runs would inherit): tests load with the default counts; the tuning
# tests measure on purpose.
os.environ.setdefault("LANTERNA_THREAD_TUNING", "0")

from engine.core.session import Session


@pytest.fixture(scope="session")
def smol() -> Iterator[Session]:
    with Session.open("smollm2-135m", n_ctx=1024) as session:
        yield session


@pytest.fixture(scope="session")
def gemma() -> Iterator[Session]:
    with Session.open("gemma3-270m", n_ctx=512) as session:
        yield session


@pytest.fixture
def app_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The main window offscreen with its own data folder, the default model loaded in a real engine."""
    from gui.shell.main_window import MainWindow

    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=60_000)
    yield window
    window.close()


@pytest.fixture(scope="module")
def hub() -> Iterator[Any]:
    """A stand-in Hugging Face Hub on 127.0.0.1 serving the packaged SmolLM2 file (the real Hub cannot
    be reached from the test machines)."""
    from hub_server import standard_hub

    from engine.core.models import resolve_model

    server = standard_hub(resolve_model("smollm2-135m")).start()
    yield server
    server.stop()

