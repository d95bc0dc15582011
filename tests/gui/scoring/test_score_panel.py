"""The Score view as a user drives it, on the real engine: its numbers equal the engine's."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from engine.core.session import Session
from engine.scoring.compare import compare_sessions
from engine.scoring.score import score_text
from gui.scoring.panel import ScorePanel
from gui.shell.bridge import EngineBridge


@pytest.fixture
def panel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any) -> Iterator[ScorePanel]:
    """The Score view on a real engine process with SmolLM2 loaded; quantized copies go into this
    test's folder (the engine process inherits the variable)."""
    monkeypatch.setenv("LANTERNA_CACHE_DIR", str(tmp_path / "cache"))
    bridge = EngineBridge()
    view = ScorePanel(bridge)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    bridge.start()
    bridge.load("smollm2-135m", {"n_ctx": 1024})
    qtbot.waitUntil(lambda: bridge.info is not None, timeout=60_000)
    yield view
    bridge.shutdown()


def cell(panel: ScorePanel, row: int, column: int) -> str:
    item = panel.summary.item(row, column)
    return item.text() if item is not None else ""


def test_scores_shown_equal_the_engines(panel: ScorePanel, qtbot: Any, smol: Session, tmp_path: Path) -> None:
    assert panel.empty.isVisible()
    # typed as far as QTest can type (it aborts on non-ASCII keys), the accented words pasted
    panel.text_a.clear()
    qtbot.keyClicks(panel.text_a, "Recife ")
    panel.text_a.insertPlainText("é uma cidade")
    panel.text_b.clear()
    qtbot.keyClicks(panel.text_b, "Recife ")
    panel.text_b.insertPlainText("é uma país")
    qtbot.mouseClick(panel.score_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "b" in panel.scores and not panel.pending, timeout=60_000)
    expected_a = score_text(smol, "Recife é uma cidade").as_dict()
    expected_b = score_text(smol, "Recife é uma país").as_dict()
    for side, totals, expected in (("a", panel.totals_a, expected_a), ("b", panel.totals_b, expected_b)):
        shown = panel.scores[side]
        assert [t["logprob"] for t in shown["tokens"]] == pytest.approx(
            [t["logprob"] for t in expected["tokens"]]
        )
        assert f"{expected['perplexity']:.2f}" in totals.text()
        assert f"{expected['log_likelihood']:.3f}" in totals.text()
    assert expected_a["perplexity"] < expected_b["perplexity"]  # "cidade" is the likelier continuation
    assert "surprisal" in panel.legend.text().lower()
    # hovering a token shows its numbers
    panel.tokens_a.highlighted.emit(QUrl("a:2"))  # what the text view sends when the mouse is over it
    assert f"rank {expected_a['tokens'][2]['rank']:,}" in panel.details.text()
    panel.colour_mode.setCurrentIndex(1)
    assert "top 10" in panel.legend.text()
    for kind in ("csv", "json", "png"):
        panel.export_to(tmp_path / f"out.{kind}", kind)
    rows = list(csv.reader((tmp_path / "out.csv").open()))
    assert len(rows) == 1 + len(expected_a["tokens"]) + len(expected_b["tokens"])
    assert json.loads((tmp_path / "out.json").read_text())["texts"]["a"]["perplexity"] == pytest.approx(
        expected_a["perplexity"]
    )
    assert (tmp_path / "out.png").stat().st_size > 1000


def test_compare_with_a_smaller_copy(panel: ScorePanel, qtbot: Any, smol: Session, tmp_path: Path) -> None:
    text = "The river runs through the old city, under seven bridges, to the sea."
    panel.text_a.setPlainText(text)
    panel.copy_type.setCurrentText("Q2_K")
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(copy)" in panel.model_b.currentText(), timeout=120_000)
    copy_path = str(panel.model_b.currentData())
    assert Path(copy_path).parent == tmp_path / "cache" / "quantized"
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=120_000)
    with Session.open(copy_path, n_ctx=1024) as other:
        expected = compare_sessions(smol, other, text).summary
    table = {cell(panel, r, 0): cell(panel, r, 1) for r in range(panel.summary.rowCount())}
    assert table["Mean KL(A ‖ B), nats"] == f"{expected['mean_kl']:.6f}"
    assert table["Same top token"] == f"{expected['same_top_share']:.2%}"
    assert table["PPL(B) / PPL(A)"] == f"{expected['ppl_ratio']:.4f}"
    assert "same vocabulary" in panel.model_note.text()
    # a model change drops the comparison: it is never shown as the current model's
    panel.bridge.unload()
    qtbot.waitUntil(lambda: panel.comparison is None, timeout=30_000)
    assert "changed" in panel.model_note.text() or panel.empty.isVisible()
