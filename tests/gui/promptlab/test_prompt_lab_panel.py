"""The prompt lab panel with a real engine process: two templates on a few examples, the engine's numbers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.core.session import Session
from engine.promptlab.data import load_dataset
from engine.promptlab.runner import compare
from engine.promptlab.templates import template_from_spec
from gui.promptlab.store import PromptLabStore
from gui.shell.main_window import MainWindow


def wait_until(qtbot: Any, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    qtbot.waitUntil(condition, timeout=int(timeout * 1000))


def cell(panel: Any, row: int, column: int) -> str:
    item = panel.metrics_table.item(row, column)
    assert item is not None
    return str(item.text())


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(model="smollm2-135m", data_dir=tmp_path)
    qtbot.addWidget(main)
    wait_until(qtbot, lambda: main.bridge.info is not None)
    yield main
    main.close()


def test_panel_runs_two_templates_and_shows_the_engine_numbers(
    qtbot: Any, window: MainWindow, smol: Session, tmp_path: Path
) -> None:
    panel = window.prompt_lab
    window.tabs.setCurrentWidget(panel)
    assert panel.run_button.isEnabled()
    panel.limit.setValue(4)
    panel.seed.setValue(2)
    panel.run()
    assert panel.cancel_button.isEnabled()
    wait_until(qtbot, lambda: panel.request_id is None, 180)
    assert panel.result is not None, panel.status.text()

    # the same comparison in-process (n_ctx differs from the app's, which does not change the numbers
    # of prompts this short: same tokens, same decode batches)
    dataset = load_dataset("tweets-en")
    templates = [template_from_spec("zero", dataset), template_from_spec("few:4", dataset)]
    expected = compare(smol, dataset, templates, limit=4, seed=2)
    for row, (shown, engine) in enumerate(zip(panel.result["templates"], expected["templates"], strict=True)):
        assert cell(panel, row, 0) == engine["name"]
        for column, key in enumerate(("accuracy", "macro_f1", "log_loss", "ece"), start=1):
            assert cell(panel, row, column) == f"{engine['metrics'][key]:.3f}"
        for a, b in zip(shown["examples"], engine["examples"], strict=True):
            assert a["prompt"] == b["prompt"]
            assert a["probs"] == pytest.approx(b["probs"], abs=1e-6)
        assert panel.metric_bars.values[engine["name"]]["accuracy"] == pytest.approx(
            engine["metrics"]["accuracy"]
        )
    assert [h.matrix.tolist() for h in panel.heatmaps if h.matrix is not None] == [
        t["confusion"] for t in expected["templates"]
    ]

    # drill-down: the selected example's prompt and sections go out through the signals
    panel.example_template.setCurrentIndex(1)
    panel.examples_table.selectRow(0)
    with qtbot.waitSignal(panel.open_in_attention) as attention:
        panel.attention_button.click()
    prompt, sections = attention.args
    assert prompt == expected["templates"][1]["examples"][0]["prompt"]
    assert [s["name"] for s in sections][:2] == ["shot 1", "shot 2"] and sections[-1]["name"] == "query"
    # the window opens the attention view on that prompt, split into its shots and the query
    assert window.tabs.currentWidget() is window.attention
    wait_until(qtbot, lambda: window.attention.request_id is None and window.attention.maps is not None)
    assert window.attention.maps is not None
    # (the attention view may also name the text between the parts, e.g. the ### between shots)
    named = [section.name for section in window.attention.maps.sections if section.name != "other text"]
    assert named == [s["name"] for s in sections]
    with qtbot.waitSignal(panel.open_in_explorer) as explorer:
        panel.explorer_button.click()
    assert explorer.args == [prompt]
    assert window.tabs.currentWidget() is window.sampling
    assert window.sampling.prompt.toPlainText() == prompt
    wait_until(qtbot, lambda: window.sampling.result is not None)
    window.tabs.setCurrentWidget(panel)

    # saved in SQLite and exported
    assert panel.runs_table.rowCount() == 1
    store = PromptLabStore(tmp_path / "promptlab.sqlite3")
    assert (
        store.load(store.runs()[0].id)["templates"][0]["metrics"] == panel.result["templates"][0]["metrics"]
    )
    store.close()
    panel.export("json", tmp_path / "run.json")
    assert json.loads((tmp_path / "run.json").read_text())["labels"] == ["positive", "negative", "neutral"]
    panel.export("csv", tmp_path / "run.csv")
    assert len((tmp_path / "run.csv").read_text().splitlines()) == 1 + 2 * 4


def test_cancel_stops_a_run(qtbot: Any, window: MainWindow) -> None:
    panel = window.prompt_lab
    panel.add_template("few", shots=8)
    panel.run()
    wait_until(qtbot, lambda: panel.progress.value() > 0, 60)
    panel.cancel()
    wait_until(qtbot, lambda: panel.request_id is None, 60)
    assert panel.status.text() == "Cancelled."
    assert panel.result is None and panel.run_button.isEnabled()
