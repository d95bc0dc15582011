"""Every number the explorer shows says what it is: entropy before and after the chain, a split word's
whole probability (the product along its pieces, from real probes), and exports that carry their context."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from explorer_driving import (
    choose_lesson,
    click,
    column,
    entropy_bits,
    find,
    headers,
    number,
    preset_buttons,
    start,
    wait_step,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from engine.core.sampling import softmax
from engine.core.session import Session
from gui.shell.main_window import MainWindow
from gui.shell.text import percent

ENTROPY_BEFORE = r"entropy before the chain ([\d.]+) bits"
ENTROPY_AFTER = r"after it ([\d.]+) bits"


def test_watch_the_entropy_moves_after_the_chain_and_not_before(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sampling
    choose_lesson(qtbot, panel, "temperature")
    wait_step(qtbot, panel)
    logits = panel.steps[-1].logits.astype(np.float64)
    raw = np.exp(logits - logits.max())
    raw /= raw.sum()
    presets = preset_buttons(panel)
    seen_after = []
    for temperature in (0.2, 0.7, 1.5):
        click(qtbot, presets[f"T = {temperature}"])
        stats = panel.stats.text()
        # the raw distribution does not depend on T; the one the chain leaves does
        assert number(ENTROPY_BEFORE, stats) == pytest.approx(entropy_bits(raw), abs=0.006)
        # the lesson turns every other stage off: after the chain is softmax(logits / T), computed here
        tempered = np.exp((logits - logits.max()) / temperature)
        tempered /= tempered.sum()
        assert number(ENTROPY_AFTER, stats) == pytest.approx(entropy_bits(tempered), abs=0.006)
        # ... and it is the distribution the chart draws as "after chain"
        heights = np.asarray(panel.distribution.after_bars.opts["height"])
        np.testing.assert_allclose(heights, tempered[panel.shown_tokens], atol=1e-5)
        seen_after.append(number(ENTROPY_AFTER, stats))
    assert seen_after[0] < seen_after[1] < seen_after[2]
    assert headers(panel) == [
        "Rank (before chain)",
        "Token",
        "Before chain",
        "After chain",
        "Cumulative (before chain)",
        "Removed by",
        "Sampled (after chain)",
    ]


def test_find_gives_a_split_word_the_product_of_its_pieces(
    qtbot: QtBot, window: MainWindow, smol: Session
) -> None:
    panel = window.sampling
    start(qtbot, panel, "Recife é uma")
    find(qtbot, panel, " cidade")
    qtbot.waitUntil(lambda: " cidade" in panel.word_probabilities, timeout=60_000)
    pieces = [info.id for info in smol.tokenize(" cidade", add_special=False)]
    assert len(pieces) == 2  # SmolLM2 writes it ' c' + 'idade'

    # independent probes, in the order the engine made them: the prompt, then the prompt and ' c'
    smol.model.forget_from(0)
    _, first = smol.next_logits("Recife é uma")
    _, second = smol.next_logits("Recife é uma", (pieces[0],))
    whole = float(softmax(first)[pieces[0]]) * float(softmax(second)[pieces[1]])
    row = next(i for i, text in enumerate(column(panel, "Token")) if text.startswith("' cidade' · watched"))
    assert column(panel, "Token")[row] == "' cidade' · watched, 2 pieces"
    assert column(panel, "Before chain")[row] == percent(whole)
    assert column(panel, "Rank (before chain)")[row] == "—"  # a word of two pieces has no rank
    tooltip = panel.table.item(row, 1).toolTip()  # type: ignore[union-attr]
    assert "split into 2 pieces (' c' + 'idade')" in tooltip and "first piece ranks 5" in tooltip
    assert panel.word_probabilities[" cidade"][0] == pytest.approx(whole, rel=2e-3)
    assert percent(float(softmax(first)[pieces[0]])) != percent(whole)  # not the first piece's probability


def export(qtbot: QtBot, window: MainWindow, kind: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Click an export button; the save dialog (a native window, not drivable offscreen) answers `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))
    click(qtbot, window.sampling.export_buttons[kind])
    assert path.stat().st_size > 100


def test_exports_say_what_they_show(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.sampling
    start(qtbot, panel, "Recife é uma")
    panel.draws.setValue(500)
    click(qtbot, panel.sample_button)
    for kind in ("csv", "png", "json", "svg"):
        export(qtbot, window, kind, tmp_path / f"step.{kind}", monkeypatch)

    rows = list(csv.DictReader((tmp_path / "step.csv").open(encoding="utf-8")))
    assert list(rows[0]) == [
        "rank_before_chain",
        "id",
        "token",
        "prob_before_chain",
        "prob_after_chain",
        "removed_by",
        "sampled",
    ]
    assert panel.samples is not None
    assert [int(row["sampled"]) for row in rows] == [panel.samples.get(int(row["id"]), 0) for row in rows]
    assert sum(int(row["sampled"]) for row in rows) <= 500 and rows[0]["sampled"] != ""

    image = QImage(str(tmp_path / "step.png"))
    assert image.width() >= 1600 and image.height() >= 600
    caption = image.text("Description")
    assert "Recife é uma" in caption and "SmolLM2-135M" in caption
    assert "Order: top-k → top-p → min-p → temperature" in caption and "temperature 1" in caption
    assert "step 1" in caption
    top = image.copy(0, 0, image.width(), 120)  # the caption is drawn, not only stored
    background = top.pixelColor(2, 2)
    assert any(top.pixelColor(x, y) != background for x in range(0, top.width(), 4) for y in range(0, 120, 4))

    payload = json.loads((tmp_path / "step.json").read_text(encoding="utf-8"))
    assert payload["model"] == "smollm2-135m" and payload["draws"] == 500
    assert panel.result is not None
    assert payload["entropy_bits_after_chain"] == pytest.approx(panel.result.entropy_after_bits)
    assert "Recife é uma" in (tmp_path / "step.svg").read_text(encoding="utf-8")


def test_a_csv_without_samples_leaves_sampled_empty(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_lesson(qtbot, window.sampling, "top-p")
    export(qtbot, window, "csv", tmp_path / "step.csv", monkeypatch)
    rows = list(csv.DictReader((tmp_path / "step.csv").open(encoding="utf-8")))
    assert [row["token"] for row in rows] == ["A", "B", "C", "D", "E"]
    assert [row["sampled"] for row in rows] == [""] * 5
    expected = [0.4 / 0.85, 0.3 / 0.85, 0.15 / 0.85, 0, 0]
    assert [float(row["prob_after_chain"]) for row in rows] == pytest.approx(expected, abs=1e-6)
