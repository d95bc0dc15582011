"""The Inside view offscreen, on a real engine process with the packaged SmolLM2 model: what it shows
equals what the engine computes in-process."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engine.core.session import Session
from engine.inside.lens import run_lens
from engine.inside.tasks import attribute
from gui.inside.panel import InsidePanel
from gui.shell.main_window import MainWindow

PROMPT = "The capital city of France is called"
SHOTS = Path("/tmp/shots/inside")


@pytest.fixture
def panel(app_window: MainWindow) -> InsidePanel:
    app_window.tabs.setCurrentWidget(app_window.inside)
    return app_window.inside


def _type_prompt(qtbot: QtBot, panel: InsidePanel, prompt: str, target: str = "") -> None:
    panel.prompt.clear()
    qtbot.keyClicks(panel.prompt, prompt)
    panel.target.clear()
    qtbot.keyClicks(panel.target, target)


def test_lens_grid_shows_the_engines_numbers(qtbot: QtBot, panel: InsidePanel, smol: Session) -> None:
    _type_prompt(qtbot, panel, PROMPT, " Paris")
    qtbot.mouseClick(panel.lens_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.lens is not None and not panel.pending, timeout=120_000)
    expected = run_lens(smol, PROMPT, target=" Paris")
    assert panel.grid.rowCount() == 30 and panel.grid.columnCount() == len(expected.tokens)
    for slot in (0, 15, 29):
        for position in range(len(expected.tokens)):
            text, prob = panel.grid.cell_numbers(slot, position)
            assert text == expected.text(int(expected.top_ids[slot, position, 0])).replace(" ", "·")
            assert prob == pytest.approx(float(expected.top_probs[slot, position, 0]), abs=1e-5)
    assert panel.grid.cell_numbers(29, len(expected.tokens) - 1)[0] == "·Paris"
    first = panel.grid.item(0, 0)  # the top row is the last layer
    assert first is not None
    tip = first.toolTip()
    assert "Layer 29" in tip and "entropy" in tip and "KL" in tip
    assert panel.chart.values is not None
    np.testing.assert_allclose(panel.chart.values, expected.target_prob[:, -1], atol=1e-6)
    assert "max |Δp|" in panel.summary.text()


def test_attribution_shades_the_prompt_with_the_engines_scores(
    qtbot: QtBot, panel: InsidePanel, smol: Session, tmp_path: Path
) -> None:
    _type_prompt(qtbot, panel, PROMPT, " Paris")
    qtbot.mouseClick(panel.attribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rollout is not None and not panel.pending, timeout=120_000)
    expected = attribute(smol, PROMPT, target=" Paris", unit="word")
    rollout = attribute(smol, PROMPT, target=" Paris", unit="word", method="rollout")
    assert panel.scores.rowCount() == len(expected.units)
    for row, unit in enumerate(expected.units):
        shown = [panel.scores.item(row, column) for column in range(3)]
        assert all(item is not None for item in shown)
        texts = [item.text() for item in shown if item is not None]
        assert texts[0] == unit.text.replace(" ", "·")
        assert float(texts[1]) == pytest.approx(expected.scores[row], abs=1e-3)
        assert float(texts[2]) == pytest.approx(rollout.scores[row], abs=1e-3)
    html = panel.occlusion_view.toHtml()
    assert "France" in html and "unit:4" in html
    panel.export("attribution_csv", tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    best = max(rows, key=lambda row: float(row["occlusion_delta_logprob_nats"]))
    assert best["unit"] == " France"
    panel.export("attribution_json", tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["rollout"]["method"] == "rollout" and data["occlusion"]["target"] == " Paris"


def test_exports_and_screenshots(qtbot: QtBot, panel: InsidePanel, tmp_path: Path) -> None:
    _type_prompt(qtbot, panel, "The capital of France is")
    qtbot.mouseClick(panel.lens_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.attribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.lens is not None and panel.rollout is not None and not panel.pending, timeout=120_000
    )
    panel.export("lens_csv", tmp_path / "lens.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "lens.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 30 * len(panel.lens.tokens)  # type: ignore[union-attr]
    assert rows[-1]["top"] == " Paris" and rows[-1]["layer"] == "29"
    panel.export("lens_png", tmp_path / "grid.png")
    assert (tmp_path / "grid.png").stat().st_size > 1000
    if os.environ.get("LANTERNA_SHOTS"):  # screenshots to look at, not assertions
        SHOTS.mkdir(parents=True, exist_ok=True)
        window = panel.window()
        if os.environ.get("LANTERNA_THEME") == "dark":
            from PySide6.QtWidgets import QApplication

            from gui.shell.theme import dark_palette

            QApplication.setPalette(dark_palette())
            panel._show_attribution()  # the shading is painted for the palette
        theme = os.environ.get("LANTERNA_THEME", "light")
        for size in ((1280, 800), (1024, 700)):
            window.resize(*size)
            qtbot.wait(200)
            for index, name in ((0, "lens"), (1, "attribution")):
                panel.views.setCurrentIndex(index)
                qtbot.wait(100)
                window.grab().save(str(SHOTS / f"{name}-{size[0]}-{theme}.png"))


def test_results_from_another_model_are_cleared(qtbot: QtBot, panel: InsidePanel) -> None:
    _type_prompt(qtbot, panel, "One two three")
    qtbot.mouseClick(panel.lens_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.lens is not None and not panel.pending, timeout=120_000)
    panel._on_model_changed("gemma3-270m")  # what a Loaded event of another model does
    assert panel.lens is None and panel.grid.rowCount() == 0
    assert "another model" in panel.summary.text()
