"""The Model tab's Library and Download views, offscreen, against the stand-in Hub (tests/hub_server.py).

The stand-in Hub is the one mock here (this machine cannot reach huggingface.co); it serves the real
SmolLM2 file, which the last test downloads through the view and loads in the app's engine process.
HF_HOME points at tmp_path, so nothing touches the user's cache.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gguf_files import write_gguf
from hub_server import StandInHub, closed_endpoint, use_stand_in
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from engine.library import hub_access
from gui.library.hub_view import HubView
from gui.library.library_rows import format_last_used, reveal_url
from gui.library.library_view import LibraryView
from gui.shell.main_window import MainWindow

REPO = "lanterna-test/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"
WAIT = 20_000


@pytest.fixture(autouse=True)
def hub_env(hub: StandInHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_stand_in(hub, tmp_path, monkeypatch)


@pytest.fixture
def library(qtbot: QtBot, tmp_path: Path) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    view.attach_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    view.resize(1100, 500)
    view.show()
    return view


@pytest.fixture
def hub_view(qtbot: QtBot) -> Iterator[HubView]:
    view = HubView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    yield view
    view.shutdown()


def _search(qtbot: QtBot, view: HubView, query: str) -> None:
    view.query_edit.setFocus()
    qtbot.keyClick(view.query_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.query_edit, query)
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(view.files) and view.files[0].repo_id.lower().startswith("lanterna"), timeout=WAIT
    )


def _click_confirm(button_text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    for button in box.buttons():
        if button.text() == button_text:
            button.click()


def test_last_used_texts() -> None:
    assert format_last_used(None) == "Never"
    assert format_last_used(1000.0, now=1010.0) == "Just now"
    assert format_last_used(1000.0, now=1000.0 + 7200) == "2 h ago"


def test_library_lists_filters_loads_and_remembers_folders(
    library: LibraryView, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "models"
    write_gguf(folder / "alpha-Q4_K_M.gguf", name="Alpha", context=2048)
    write_gguf(folder / "beta-Q8_0-00001-of-00002.gguf", name="Beta", file_type=7)
    write_gguf(folder / "beta-Q8_0-00002-of-00002.gguf", name="Beta", file_type=7)
    library.add_folder(str(folder))
    names = {entry.name for entry in library.visible_entries()}
    assert {"Alpha", "Beta", "SmolLM2-135M-Instruct (Q4_1)"} <= names

    library.filter_edit.setText("q8_0")
    assert [entry.name for entry in library.visible_entries()] == ["Beta"]
    library.filter_edit.clear()

    assert library.select_path(str(folder / "alpha-Q4_K_M.gguf"))
    assert library.delete_button.isEnabled() and library.load_button.isEnabled()
    assert reveal_url(library.selected_entry()).toLocalFile() == str(folder)  # type: ignore[arg-type]
    with qtbot.waitSignal(library.load_requested) as loaded:
        library.load_button.click()
    assert loaded.args == [str(folder / "alpha-Q4_K_M.gguf")]

    smol = next(e for e in library.visible_entries() if e.key == "smollm2-135m")
    library.select_path(smol.path)
    assert not library.delete_button.isEnabled()  # packaged models stay
    with qtbot.waitSignal(library.load_requested) as loaded:
        library.load_selected()
    assert loaded.args == ["smollm2-135m"]

    library.mark_used("smollm2-135m")
    assert next(e for e in library.visible_entries() if e.key == "smollm2-135m").last_used is not None
    reopened = LibraryView()
    qtbot.addWidget(reopened)
    reopened.attach_settings(library.settings)  # type: ignore[arg-type]
    assert reopened.folders == [str(folder)] and "smollm2-135m" in reopened.last_used


def test_delete_asks_first(library: LibraryView, tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "models" / "gamma-Q4_0.gguf", name="Gamma")
    library.add_folder(str(path.parent))
    library.select_path(str(path))
    QTimer.singleShot(0, lambda: _click_confirm("Cancel"))
    assert not library.delete_selected()
    assert path.exists()
    QTimer.singleShot(0, lambda: _click_confirm("Delete"))
    assert library.delete_selected()
    assert not path.exists() and "Gamma" not in {e.name for e in library.visible_entries()}
    assert "Deleted Gamma" in library.banner.label.text()


def test_library_empty_state(qtbot: QtBot) -> None:
    view = LibraryView()
    qtbot.addWidget(view)
    view.show_entries([])  # what a machine without the packaged models and no downloads shows
    assert view.stack.currentIndex() == 1 and "No models found" in view.empty_label.text()


def test_search_lists_files_and_suggests_one(hub_view: HubView, qtbot: QtBot) -> None:
    _search(qtbot, hub_view, "smollm2")
    assert hub_view.repo_model.rowCount() == 2
    assert hub_view.repo_model.item(0, 0).text() == REPO
    assert {file.filename for file in hub_view.files} == {FILE, "smollm2-135m-instruct-q4_1-copy.gguf"}
    assert "Suggested for this machine" in hub_view.suggestion.text()
    assert hub_view.selected_file() is not None and hub_view.download_button.isEnabled()
    assert hub_view.file_model.item(0, 3).text() in {"Fits", "Tight", "Too big"}


def test_download_cancel_and_resume_through_the_view(
    hub: StandInHub, hub_view: HubView, qtbot: QtBot
) -> None:
    _search(qtbot, hub_view, "Instruct-GGUF")
    hub_view.select_file(FILE)
    hub.behaviour.throttle_bytes_per_s[FILE] = 25e6  # about 4 s for the whole file: time to cancel
    hub_view.download_button.click()
    assert hub_view.cancel_button.isVisible() and not hub_view.download_button.isEnabled()
    qtbot.waitUntil(lambda: hub_view.progress.value() > 50, timeout=WAIT)
    assert "/s" in hub_view.speed_label.text()
    hub_view.cancel_button.click()
    qtbot.waitUntil(lambda: hub_view.downloading is None, timeout=WAIT)
    assert "cancelled" in hub_view.banner.label.text().lower()
    assert hub_view.last_download is None

    hub.behaviour.throttle_bytes_per_s.clear()
    with qtbot.waitSignal(hub_view.downloaded, timeout=WAIT) as done:
        hub_view.download_button.click()
    assert Path(done.args[0]).is_file() and hub_view.progress.value() == 1000
    gets = hub.file_gets(FILE)
    assert gets[0] is None and gets[-1] is not None and gets[-1].startswith("bytes=")  # resumed
    assert hub_view.load_button.isVisible()
    with qtbot.waitSignal(hub_view.load_requested) as loaded:
        hub_view.load_button.click()
    assert loaded.args == [done.args[0]]


def test_gated_download_says_why(hub_view: HubView, qtbot: QtBot) -> None:
    _search(qtbot, hub_view, "gated")
    assert "(gated)" in hub_view.repo_model.item(0, 0).text()
    hub_view.download_button.click()
    qtbot.waitUntil(lambda: hub_view.banner.isVisible(), timeout=WAIT)
    assert "gated" in hub_view.banner.label.text() and "hf auth login" in hub_view.banner.label.text()
    assert hub_view.download_button.isEnabled()


def test_an_unreachable_hub_is_said_in_words(
    hub_view: HubView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub_view.query_edit.setFocus()
    qtbot.keyClicks(hub_view.query_edit, "smollm2")
    unresolvable, closed = "http://lanterna-hub.invalid", closed_endpoint()  # .invalid never resolves
    for endpoint, words in (
        (unresolvable, "no network or name lookup failed. Check the connection or set HF_ENDPOINT"),
        (closed, "the connection was refused"),
    ):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        started = time.monotonic()
        qtbot.mouseClick(hub_view.search_button, Qt.MouseButton.LeftButton)
        assert hub_view.search_cancel_button.isVisible()  # while the Hub's answer is awaited
        qtbot.waitUntil(hub_view.banner.isVisible, timeout=WAIT)
        shown = hub_view.banner.label.text()
        assert shown.startswith(f"Cannot reach the Hub ({endpoint.removeprefix('http://')}): ")
        assert words in shown and "Errno" not in shown
        assert time.monotonic() - started < 5  # huggingface_hub's own retries took 23 s
        assert not hub_view.search_cancel_button.isVisible() and hub_view.search_button.isEnabled()
        assert hub_view.repo_model.rowCount() == 0


def test_a_search_that_hangs_can_be_cancelled(
    hub: StandInHub, hub_view: HubView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hub_access, "HUB_TIMEOUT_S", 1.0)  # the app waits 6 s; the test less
    _search(qtbot, hub_view, "gated")
    assert hub_view.repo_model.rowCount() == 1 and hub_view.file_model.rowCount() == 1
    hub.behaviour.stall = threading.Event()  # the stand-in accepts the connection and never answers
    hub_view.query_edit.setFocus()
    qtbot.keyClick(hub_view.query_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(hub_view.query_edit, "smollm2")
    qtbot.keyClick(hub_view.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hub.behaviour.stalled == 1, timeout=WAIT)
    assert hub_view.search_cancel_button.isVisible()
    # What "gated" found is not shown under the query "smollm2", not even while waiting.
    assert hub_view.repo_model.rowCount() == 0 and hub_view.file_model.rowCount() == 0
    assert not hub_view.download_button.isEnabled()
    assert hub_view.repo_hint.text() == f"Searching {hub.endpoint.removeprefix('http://')} for “smollm2”…"

    qtbot.mouseClick(hub_view.search_cancel_button, Qt.MouseButton.LeftButton)
    assert hub_view.repo_hint.text() == "Search cancelled." and hub_view.repo_hint.isVisible()
    assert not hub_view.search_cancel_button.isVisible() and hub_view.search_button.isEnabled()
    qtbot.wait(2000)  # the abandoned search times out meanwhile: its late error must not show
    assert not hub_view.banner.isVisible() and hub_view.repo_hint.text() == "Search cancelled."

    qtbot.mouseClick(hub_view.search_button, Qt.MouseButton.LeftButton)  # still hanging: it gives up
    qtbot.waitUntil(hub_view.banner.isVisible, timeout=WAIT)
    assert "did not answer within 1 s" in hub_view.banner.label.text()
    assert not hub_view.search_cancel_button.isVisible()

    hub.behaviour.stall.set()
    hub.behaviour.stall = None  # the Hub answers again: searching works after all this
    qtbot.mouseClick(hub_view.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hub_view.repo_model.rowCount() == 2, timeout=WAIT)
    assert not hub_view.banner.isVisible() and hub_view.repo_model.item(0, 0).text() == REPO


def test_download_in_the_app_then_load_it(qtbot: QtBot, tmp_path: Path, hub_env: Path) -> None:
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=60_000)
        window.tabs.setCurrentWidget(window.model_panel)
        panel = window.model_panel
        panel.sections.setCurrentWidget(panel.hub)
        _search(qtbot, panel.hub, "Instruct-GGUF")
        panel.hub.select_file(FILE)
        with qtbot.waitSignal(panel.hub.downloaded, timeout=WAIT) as done:
            panel.hub.download_button.click()
        path = done.args[0]
        assert path.startswith(str(hub_env)) and os.path.islink(path)

        panel.sections.setCurrentWidget(panel.library)
        assert panel.library.select_path(path)
        panel.library.table.doubleClicked.emit(panel.library.table.currentIndex())
        qtbot.waitUntil(lambda: window.bridge.model == path and window.load_request is None, timeout=60_000)
        assert window.bridge.info is not None and window.bridge.info["architecture"] == "llama"
        assert window.model_combo.findData(path) >= 0  # in the recent list
        entry = next(e for e in panel.library.visible_entries() if e.path == path)
        assert entry.source == "hf-cache" and entry.repo == REPO and entry.last_used is not None
    finally:
        window.close()


def test_selection_survives_refresh(library: LibraryView, tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "models" / "delta-Q4_0.gguf", name="Delta")
    library.add_folder(str(path.parent))
    library.select_path(str(path))
    library.refresh()
    selected = library.selected_entry()
    assert selected is not None and selected.path == str(path)
    assert library.table.horizontalHeader().sortIndicatorSection() == 0
    assert library.table.selectionBehavior() == library.table.SelectionBehavior.SelectRows
    assert Qt.ItemFlag.ItemIsEditable not in library.model.item(0, 0).flags()
