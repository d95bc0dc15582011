"""What the summary says besides the metrics: the baselines to beat, a prompt that answers one label
for everything, and which model made the run shown (real engine, real models)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from promptlab_actions import (
    button,
    click_row,
    click_tab,
    open_prompt_lab,
    run_comparison,
    table_rows,
    type_limit,
)
from PySide6.QtCore import Qt

from engine.core.session import Session
from engine.promptlab.data import load_dataset
from engine.promptlab.runner import compare
from engine.promptlab.templates import template_from_spec


def test_summary_shows_the_baselines_and_says_when_a_prompt_answers_one_label(
    qtbot: Any, app_window: Any, smol: Session
) -> None:
    panel = open_prompt_lab(qtbot, app_window)
    type_limit(qtbot, panel, 4)
    run_comparison(qtbot, panel)

    # worked out here: the first four true labels, and the same comparison in-process
    dataset = load_dataset("tweets-en")
    truth = dataset.labels[:4]
    counts = Counter(truth)
    assert counts == {"positive": 2, "negative": 1, "neutral": 1}  # always "positive": right 2 of 4
    expected = compare(
        smol, dataset, [template_from_spec("zero", dataset), template_from_spec("few:4", dataset)], limit=4
    )
    zero_shot = [example["prediction"] for example in expected["templates"][0]["examples"]]
    assert zero_shot == ["positive"] * 4  # the packaged model's zero-shot answer to every tweet

    rows = table_rows(panel.metrics_table)
    assert [row[0] for row in rows] == [
        "zero-shot",
        "few-shot k=4",
        "baseline: always 'positive'",
        "baseline: chance (1 of 3)",
    ]
    # always positive: F1 of positive 2·2/(2·2+2+0) = 2/3, of the other two 0: macro-F1 2/9
    assert rows[2][1:5] == ["0.500", f"{2 / 9:.3f}", "—", "—"]
    assert rows[3][1:5] == [f"{1 / 3:.3f}", "—", "—", "—"]
    assert rows[0][1] == f"{expected['templates'][0]['metrics']['accuracy']:.3f}" == "0.500"

    note = panel.findings_note
    assert note.isVisible() and note.warning
    assert (
        "zero-shot predicts 'positive' for 4 of 4 examples: no better than always answering it "
        "(accuracy 0.500)." in note.text()
    )
    few_shot = expected["templates"][1]
    predictions = [example["prediction"] for example in few_shot["examples"]]
    if max(predictions.count(label) for label in dataset.label_set) >= 0.9 * len(predictions):
        assert "few-shot k=4 predicts" in note.text()
    elif few_shot["metrics"]["accuracy"] <= 0.5:
        assert "few-shot k=4 scores" in note.text()
    else:
        assert "few-shot k=4" not in note.text()
    assert panel.metric_bars.baseline_values == {"always 'positive'": 0.5, "chance (1 of 3)": 1 / 3}


def test_a_run_stays_marked_with_its_model_when_another_model_is_loaded(qtbot: Any, app_window: Any) -> None:
    panel = open_prompt_lab(qtbot, app_window)
    smol = dict(app_window.bridge.info)
    smol_words = f"{smol['name']} ({Path(smol['path']).name})"
    type_limit(qtbot, panel, 2)
    run_comparison(qtbot, panel)
    assert panel.origin.text().startswith(f"Run on {smol_words}: tweets-en, 2 examples")
    assert not panel.origin.warning
    shown = table_rows(panel.metrics_table)

    app_window.load_model("gemma3-270m")  # switching the model is not what is tested here
    qtbot.waitUntil(
        lambda: app_window.bridge.info is not None and app_window.bridge.info["path"] != smol["path"],
        timeout=120_000,
    )
    gemma = app_window.bridge.info
    gemma_words = f"{gemma['name']} ({Path(gemma['path']).name})"
    origin = panel.origin.text()
    assert origin.startswith(f"From {smol_words} (tweets-en, 2 examples, seed 0)"), origin
    assert f"not the loaded model {gemma_words}" in origin
    assert panel.origin.isVisible() and panel.origin.warning
    assert table_rows(panel.metrics_table) == shown  # the numbers stay, marked as SmolLM2's

    run_comparison(qtbot, panel)  # the same button now scores with Gemma
    assert panel.origin.text().startswith(f"Run on {gemma_words}:") and not panel.origin.warning

    # the saved runs name their model; reopening SmolLM2's run marks it again
    click_tab(qtbot, panel.result_tabs, 3)
    assert [row[1] for row in table_rows(panel.runs_table)] == [gemma["name"], smol["name"]]
    click_row(qtbot, panel.runs_table, 1)
    qtbot.mouseClick(button(panel, "Open"), Qt.MouseButton.LeftButton)
    assert panel.result_tabs.currentIndex() == 0
    assert panel.origin.text().startswith(f"From {smol_words}") and panel.origin.warning
