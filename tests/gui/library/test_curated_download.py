"""The Download view's list of models that speak Portuguese and Spanish: one click, as a user does it.

The stand-in Hub (tests/hub_server.py) serves each curated repository with the real SmolLM2 bytes under
the curated file name; HF_HOME points at tmp_path. The same transfer as any Hub file runs underneath:
progress, Cancel, resume (HTTP Range) and the checksum.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_server import Repo, StandInHub, StoredFile, use_stand_in
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engine.core.models import resolve_model
from engine.library.recommended import RECOMMENDED, recommended
from gui.library.hub_view import HubView

WAIT = 30_000
MISSING = "smollm3-3b"  # the one curated repository this stand-in Hub does not hold
RENAMED = "llama-3.2-1b-instruct"  # its repository serves the Q4_K_M file under another name
NEW_NAME = "llama-3.2-1b-instruct-Q4_K_M.gguf"


@pytest.fixture(scope="module")
def curated_hub(hub: StandInHub) -> StandInHub:
    whole = StoredFile.of(resolve_model("smollm2-135m"))
    for number, entry in enumerate(RECOMMENDED):
        if entry.key == MISSING:
            continue
        name = NEW_NAME if entry.key == RENAMED else entry.filename
        hub.add(Repo(entry.repo_id, f"{number + 1:x}" * 40, {name: whole, "other-Q8_0.gguf": whole}))
    return hub


@pytest.fixture
def hub_env(curated_hub: StandInHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_stand_in(curated_hub, tmp_path, monkeypatch)


@pytest.fixture
def view(qtbot: QtBot, hub_env: Path) -> Iterator[HubView]:
    widget = HubView()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    yield widget
    widget.shutdown()


def test_the_list_shows_size_licence_and_languages(view: HubView) -> None:
    assert view.curated.isVisible()
    assert view.curated.title.text() == "Models that speak Portuguese and Spanish"
    assert "approximate" in view.curated.intro.text()
    assert [label.text() for label in view.curated.headers] == [
        "Model",
        "Size (approx.)",
        "Licence",
        "Languages",
    ]
    qwen = view.curated.cells[RECOMMENDED[0].key]
    assert qwen["name"].text().startswith("<b>Qwen2.5 0.5B Instruct</b>")
    assert qwen["size"].text() == "≈ 0.5 GB" and "Apache-2.0" in qwen["licence"].text()
    assert qwen["languages"].text() == "Portuguese, Spanish and 27 more"
    llama = view.curated.cells[RENAMED]["languages"]
    assert llama.text() == "Portuguese, Spanish and 6 more"
    assert llama.toolTip().startswith(
        "Officially: Portuguese, Spanish, English, German, French, Italian, Hindi, Thai."
    )
    for entry in RECOMMENDED:
        button = view.curated.buttons[entry.key]
        assert button.text() == "Download" and button.isEnabled()
    view.grab().save("/tmp/curated-download.png")


def test_one_click_downloads_and_then_loads(
    curated_hub: StandInHub, view: HubView, qtbot: QtBot, hub_env: Path
) -> None:
    entry = RECOMMENDED[0]
    button = view.curated.buttons[entry.key]
    curated_hub.behaviour.throttle_bytes_per_s[entry.filename] = 50e6  # about 2 s: time to look
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Downloading…" and not button.isEnabled()
    assert not view.curated.buttons[RECOMMENDED[1].key].isEnabled()  # one download at a time
    assert view.cancel_button.isVisible() and view.progress.isVisible()
    qtbot.waitUntil(lambda: " of " in view.progress.format(), timeout=WAIT)
    with qtbot.waitSignal(view.downloaded, timeout=WAIT) as done:
        pass
    path = Path(done.args[0])
    assert path.name == entry.filename and str(path).startswith(str(hub_env)) and os.path.islink(path)
    assert view.progress.format() == "Downloaded and verified · 98.4 MB"
    assert f"{entry.filename} is in the library" in view.banner.label.text()
    assert button.text() == "Load" and button.isEnabled()
    assert all(view.curated.buttons[other.key].isEnabled() for other in RECOMMENDED)
    # The listing was asked first (exact name and size), then the file itself.
    paths = [path for method, path, _ in curated_hub.behaviour.requests if method == "GET"]
    assert any(path.startswith(f"/api/models/{entry.repo_id}") for path in paths)
    assert curated_hub.file_gets(entry.filename) == [None]
    with qtbot.waitSignal(view.curated.load_requested) as loaded:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert loaded.args == [str(path)]
    with qtbot.waitSignal(view.load_requested) as loaded:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert loaded.args == [str(path)]  # the view passes it on to the window


def test_cancel_then_resume_from_the_list(curated_hub: StandInHub, view: HubView, qtbot: QtBot) -> None:
    entry = RECOMMENDED[0]
    button = view.curated.buttons[entry.key]
    curated_hub.behaviour.throttle_bytes_per_s[entry.filename] = 25e6  # about 4 s: time to cancel
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.progress.value() > 50, timeout=WAIT)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.downloading is None, timeout=WAIT)
    assert "cancelled" in view.banner.label.text().lower()
    assert view.progress.format() == "Cancelled · download again to resume"
    assert button.text() == "Download" and button.isEnabled()

    curated_hub.behaviour.throttle_bytes_per_s.clear()
    with qtbot.waitSignal(view.downloaded, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    gets = curated_hub.file_gets(entry.filename)
    assert gets[0] is None and gets[-1] is not None and gets[-1].startswith("bytes=")  # resumed
    assert button.text() == "Load"


def test_a_renamed_file_is_found_by_its_quantization(view: HubView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.downloaded, timeout=WAIT) as done:
        qtbot.mouseClick(view.curated.buttons[RENAMED], Qt.MouseButton.LeftButton)
    assert Path(done.args[0]).name == NEW_NAME  # not other-Q8_0.gguf


def test_a_repository_that_is_gone_is_said_in_words(view: HubView, qtbot: QtBot) -> None:
    button = view.curated.buttons[MISSING]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.downloading is None, timeout=WAIT)
    assert view.banner.isVisible() and recommended(MISSING).repo_id in view.banner.label.text()
    assert view.progress.format() == "Download failed"
    assert button.text() == "Download" and button.isEnabled()
    assert not view.cancel_button.isVisible()
