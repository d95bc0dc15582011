"""The sampling explorer offscreen, on a real engine process with the packaged SmolLM2 model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from explorer_driving import click_row, column, find, start, wait_step
from pytestqt.qtbot import QtBot

from engine.core.sampling import softmax
from engine.core.session import Session
from gui.sampling.panel import SamplingPanel
from gui.shell.main_window import MainWindow


def watched_row(panel: SamplingPanel, word: str) -> list[str]:
    """The cells of the table's row that follows `word` (Find, or a lesson's watched words)."""
    tokens = column(panel, "Token")
    row = next(i for i, text in enumerate(tokens) if text.startswith(f"{word!r} · watched"))
    return [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]  # type: ignore[union-attr]


def nucleus(probs: np.ndarray, p: float) -> list[int]:
    """Top-p by its definition: the most probable tokens until their sum reaches p."""
    order = np.argsort(-probs, kind="stable")
    count = int(np.searchsorted(np.cumsum(probs[order]), p)) + 1
    return sorted(order[:count].tolist())


def test_a_control_redraws_from_cached_logits_without_an_engine_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sampling
    start(qtbot, panel, "The capital of France is")
    panel.apply_settings({"top_k": 0, "top_p": 1.0, "min_p": 0.0, "typical_p": 1.0, "temperature": 1.0})
    sent = window.bridge.requests_sent
    before = column(panel, "After chain")
    panel.chain.temperature.setValue(0.3)
    assert window.bridge.requests_sent == sent
    assert column(panel, "After chain") != before
    logits = panel.steps[-1].logits
    assert panel.result is not None
    np.testing.assert_allclose(panel.result.probs_after, softmax(logits / np.float32(0.3)), atol=1e-6)
    heights = np.asarray(panel.distribution.after_bars.opts["height"])
    np.testing.assert_allclose(heights, panel.result.probs_after[panel.shown_tokens], atol=1e-6)


def test_choosing_the_third_candidate_continues_with_exactly_that_token(
    qtbot: QtBot, window: MainWindow, smol: Session
) -> None:
    panel = window.sampling
    start(qtbot, panel, "Once upon a time")
    third = int(panel.shown_tokens[2])
    click_row(qtbot, panel, 2)
    panel.step_button.click()
    wait_step(qtbot, panel)
    assert [entry.token for entry in panel.path] == [third]
    assert panel.steps[-1].text == smol.detokenize([third])
    # Evaluated as the engine did: the prompt, then the chosen token on the cached prompt. (A one-token
    # decode and a whole-batch decode differ by up to ~0.6 in a logit on this quantized model.)
    smol.model.forget_from(0)
    smol.next_logits("Once upon a time")
    _, expected = smol.next_logits("Once upon a time", (third,))
    np.testing.assert_allclose(panel.steps[-1].logits, expected, rtol=1e-4, atol=1e-3)
    # Back returns to the cached first step without asking the engine again.
    sent = window.bridge.requests_sent
    panel.back_button.click()
    assert panel.path == [] and len(panel.steps) == 1 and window.bridge.requests_sent == sent


def test_top_p_lesson_keeps_a_b_c_and_shows_d_e_removed_by_top_p(window: MainWindow) -> None:
    panel = window.sampling
    panel.open_lesson("top-p")
    assert panel.result is not None
    assert column(panel, "Token") == ["A", "B", "C", "D", "E"]
    assert column(panel, "Removed by") == ["", "", "", "top-p", "top-p"]
    assert [panel.steps[-1].labels[i] for i in panel.result.kept] == ["A", "B", "C"]
    labels = panel.distribution.stage_labels[:5]
    assert [label.textItem.toPlainText() if label.isVisible() else None for label in labels] == [
        None,
        None,
        None,
        "top-p",
        "top-p",
    ]
    assert "Top-p" in panel.explanation.text()
    panel.chain.top_p.setValue(0.9)
    assert column(panel, "Removed by") == ["", "", "", "", "top-p"]


def test_a_seeded_histogram_of_2000_samples_matches_the_distribution(window: MainWindow) -> None:
    panel = window.sampling
    panel.open_lesson("top-p")
    panel.sample(2000)
    assert panel.samples is not None and sum(panel.samples.values()) == 2000
    assert set(panel.samples) == {0, 1, 2}  # removed tokens are never drawn
    expected = np.array([0.40, 0.30, 0.15]) / 0.85
    observed = np.array([panel.samples[i] for i in range(3)]) / 2000
    assert np.all(np.abs(observed - expected) <= 4 * np.sqrt(expected * (1 - expected) / 2000))
    first = dict(panel.samples)
    panel.sample(2000)
    assert panel.samples == first  # seeded


def test_temperature_first_changes_the_kept_set_as_the_definitions_say(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sampling
    start(qtbot, panel, "My favourite food is")
    panel.apply_settings({"top_k": 0, "min_p": 0.0, "typical_p": 1.0, "top_p": 0.8, "temperature": 1.8})
    panel.chain.order_button_llama.click()
    logits = panel.steps[-1].logits
    assert panel.result is not None
    temperature_last = panel.result.kept.tolist()
    assert temperature_last == nucleus(softmax(logits), 0.8)
    panel.chain.order_button_temperature_first.click()
    temperature_first = panel.result.kept.tolist()
    assert temperature_first == nucleus(softmax(logits / np.float32(1.8)), 0.8)
    assert len(temperature_first) > len(temperature_last)


def test_run_lookup_and_export(qtbot: QtBot, window: MainWindow, smol: Session, tmp_path: Path) -> None:
    panel = window.sampling
    start(qtbot, panel, "Recife é uma")
    find(qtbot, panel, " capital")
    qtbot.waitUntil(lambda: " capital" in panel.watched, timeout=30_000)
    token = smol.tokenize(" capital", add_special=False)[0].id
    assert panel.result is not None
    assert watched_row(panel, " capital")[0] == f"{panel.result.rank(token):,}"
    panel.run(4)
    qtbot.waitUntil(lambda: len(panel.path) == 4 and panel._pending_probe is None, timeout=60_000)
    assert panel.steps[-1].text == smol.detokenize([entry.token for entry in panel.path])
    assert panel.timeline.has_data
    for kind in ("csv", "json", "png", "svg"):
        panel.export(kind, tmp_path / f"step.{kind}")
        assert (tmp_path / f"step.{kind}").stat().st_size > 100
    panel.resize(1280, 800)
    panel.grab().save(str(tmp_path / "explorer.png"))


def test_recife_lesson_follows_its_watched_words(qtbot: QtBot, window: MainWindow, smol: Session) -> None:
    panel = window.sampling
    panel.open_lesson("recife")
    qtbot.waitUntil(lambda: len(panel.word_probabilities) == 2 and panel.result is not None, timeout=60_000)
    assert panel.result is not None
    capital = smol.tokenize(" capital", add_special=False)[0].id
    assert watched_row(panel, " capital")[0] == f"{panel.result.rank(capital):,}"
    for word in (" cidade", " país"):  # split into two pieces on SmolLM2: a whole word has no rank
        pieces = smol.tokenize(word, add_special=False)
        assert len(pieces) == 2 and watched_row(panel, word)[:2] == ["—", f"{word!r} · watched, 2 pieces"]
    assert np.isclose(float(panel.result.probs.sum()), 1.0, atol=1e-4)  # the whole distribution
