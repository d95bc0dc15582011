"""RPC workers from the user's side: typed into the load-settings dialog, the model loads split over two
real ggml-rpc-server processes on 127.0.0.1 and the model info says where each layer runs; a worker
that vanishes is reported in words, and the engine comes back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from gui.shell.load_settings import LoadSettingsDialog
from tests.rpc_workers import RpcWorker, requires_rpc, rpc_build

LOAD_TIMEOUT = 90_000


def _ok_button(dialog: LoadSettingsDialog) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_a_badly_written_worker_keeps_the_dialog_open_and_the_text(qtbot: QtBot) -> None:
    dialog = LoadSettingsDialog({}, False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.gpu_layers.isEnabled()  # a CPU-only build, and no workers yet
    qtbot.keyClicks(dialog.workers, "10.0.0.2")
    assert dialog.gpu_layers.isEnabled()  # layers can go to workers on a CPU-only build
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.workers_error.isVisible() and "host:port" in dialog.workers_error.text()
    assert dialog.workers.text() == "10.0.0.2"
    qtbot.keyClicks(dialog.workers, ":50052, 10.0.0.3:50052")
    assert not dialog.workers_error.isVisible()
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    values = dialog.values()
    assert values["rpc_workers"] == ["10.0.0.2:50052", "10.0.0.3:50052"]
    assert values["n_gpu_layers"] == -1  # every layer to the workers unless told how many


def _fill_the_dialog(qtbot: QtBot, text: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LoadSettingsDialog)
    dialog.workers.clear()
    qtbot.keyClicks(dialog.workers, text)
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)


def _open_load_settings(qtbot: QtBot, window: Any, workers: str) -> None:
    """Model ▸ Load settings…, type the workers, OK (the dialog is modal: filled from the event loop)."""
    action = next(a for a in window.model_menu.actions() if a.text() == "Load settings…")
    QTimer.singleShot(200, lambda: _fill_the_dialog(qtbot, workers))
    action.trigger()


@requires_rpc
def test_split_load_shows_placement_and_a_vanished_worker_is_said(qtbot: QtBot, app_window: Any) -> None:
    if not rpc_build():
        pytest.skip("this llama-cpp-python build has no RPC backend: run  python3 main.py setup --with-rpc")
    window = app_window
    with RpcWorker() as first, RpcWorker() as second:
        _open_load_settings(qtbot, window, f"{first.endpoint}, {second.endpoint}")
        qtbot.waitUntil(lambda: bool((window.bridge.info or {}).get("rpc_workers")), timeout=LOAD_TIMEOUT)
        placement = window.model_panel.summary_values["placement"].text()
        assert f"{first.endpoint}" in placement and f"output: {second.endpoint}" in placement
        assert placement.startswith("layers 0–")

        second.stop()  # the worker goes away under a loaded model
        with qtbot.waitSignal(window.bridge.died, timeout=60_000) as died:
            window.chat.input.setPlainText("Hello")
            qtbot.mouseClick(window.chat.send_button, Qt.MouseButton.LeftButton)
        assert "RPC workers" in died.args[0] and "may have stopped" in died.args[0]
        banner = window.model_panel.error_label
        refused = f"nothing listens at {second.endpoint}"
        qtbot.waitUntil(lambda: refused in banner.text(), timeout=LOAD_TIMEOUT)
        assert window.bridge.pid is not None  # the engine process is back
        assert "Could not load the model" in window.banner_text.text()  # not "loading … again" forever

        _open_load_settings(qtbot, window, "")  # no workers: the model loads on this computer again
        qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=LOAD_TIMEOUT)
    assert window.model_panel.summary_values["placement"].text() == "this computer"
