"""The minimal main window, offscreen: it loads the default model and says so."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.app import MainWindow


def test_main_window_loads_default_model(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.loaded, timeout=60_000):
        pass
    assert "loaded" in window.status.text() and "llama" in window.status.text()
    assert window.bar.value() == 100
    window.grab().save(str(tmp_path / "main-window.png"))
    window.close()


def test_main_window_reports_a_bad_model(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 20)
    window = MainWindow(str(bad))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loader.failed, timeout=30_000):
        pass
    assert "Could not load" in window.status.text()
    window.close()
