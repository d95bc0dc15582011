"""The attention view offscreen, on a real engine process with the packaged SmolLM2 model."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from engine.attention.maps import AttentionMaps
from engine.core.session import Session
from gui.attention.panel import AttentionPanel
from gui.shell.main_window import MainWindow

PROMPT = "The cat sat on the mat because it was tired."


@pytest.fixture
def window(app_window: MainWindow) -> MainWindow:
    app_window.tabs.setCurrentWidget(app_window.attention)
    return app_window


def capture(qtbot: QtBot, panel: AttentionPanel, prompt: str = PROMPT) -> AttentionMaps:
    panel.prompt.setPlainText(prompt)
    panel.capture_button.click()
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=60_000)
    assert panel.maps is not None
    return panel.maps


def shown_matrix(panel: AttentionPanel) -> np.ndarray:
    assert panel.heatmap.matrix is not None
    return panel.heatmap.matrix


def test_capture_shows_the_engine_maps_and_controls_redraw_without_the_engine(
    qtbot: QtBot, window: MainWindow, smol: Session
) -> None:
    panel = window.attention
    maps = capture(qtbot, panel)
    n = len(smol.prompt_tokens(PROMPT))
    assert maps.weights.shape == (30, 9, n, n)
    assert [text for _, text in maps.tokens] == [info.text for info in smol.tokenize(PROMPT)]
    sent = window.bridge.requests_sent
    panel.select_layer(7)
    panel.select_head(4)
    shown = shown_matrix(panel)
    expected = maps.weights[7, 4].astype(np.float32)
    lower = np.tril(np.ones((n, n), dtype=bool))
    np.testing.assert_array_equal(shown[lower], expected[lower])
    assert np.isnan(shown[~lower]).all()  # the causal mask is drawn empty, not as weight 0
    panel.select_head(None)
    np.testing.assert_allclose(shown_matrix(panel)[lower], expected_mean(maps, 7)[lower], rtol=1e-6)
    assert window.bridge.requests_sent == sent  # layer and head come from the captured array


def expected_mean(maps: AttentionMaps, layer: int) -> np.ndarray:
    return maps.weights[layer].astype(np.float32).mean(axis=0)


def test_clicking_a_token_shows_what_it_attends_to(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    maps = capture(qtbot, panel)
    panel.select_layer(3)
    panel.select_head(2)
    panel.text_view.anchorClicked.emit(panel.text_view.anchorAt(panel.text_view.rect().center()) or _url(5))
    query = panel.query
    assert query is not None
    heights = panel.attends.bars.opts["height"]
    np.testing.assert_array_equal(heights, maps.weights[3, 2, query, : query + 1].astype(np.float32))
    assert abs(float(np.sum(heights)) - 1.0) < 0.01


def _url(index: int) -> object:
    from PySide6.QtCore import QUrl

    return QUrl(f"token:{index}")


def test_overview_click_opens_that_layer_and_head(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    capture(qtbot, panel)
    panel.views.setCurrentIndex(1)
    step = panel.overview.cell + 2
    panel.overview.clicked.emit(6 * step + 1, 12 * step + 1)  # head 6, layer 12
    assert (panel.layer, panel.head) == (12, 6)
    assert panel.views.currentIndex() == 0


def test_entropy_chart_matches_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    maps = capture(qtbot, panel)
    panel.select_layer(10)
    weights = maps.weights[10].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = np.where(weights > 0, -weights * np.log2(weights), 0).sum(-1).mean(-1)
    np.testing.assert_allclose(panel.entropy.bars.opts["height"], entropy, rtol=1e-4)


def test_prompt_sections_from_another_view(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    prompt = "Tweet: I love it\nSentiment: positive\n###\nTweet: awful day\nSentiment:"
    split = prompt.index("###")
    window.open_attention_for_prompt(
        prompt,
        [
            {"name": "example", "start": 0, "end": split},
            {"name": "query", "start": split + 4, "end": len(prompt)},
        ],
    )
    assert window.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=60_000)
    assert panel.views.isTabEnabled(2)
    panel.views.setCurrentIndex(2)
    assert panel.maps is not None
    assert panel.sections_map.names == ["example", "other text", "query"]  # the ### is a section too
    assert panel.sections_map.matrix is not None
    np.testing.assert_allclose(
        panel.sections_map.matrix, panel.maps.section_matrix(panel.layer, panel.head), rtol=1e-6
    )


def test_a_chat_opens_with_its_messages_as_sections(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    window.open_attention_for_chat([("system", "Be brief."), ("user", "Name a colour.")], "Blue")
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=60_000)
    assert panel.maps is not None
    assert [section.name for section in panel.maps.sections] == ["template", "system", "user 1", "reply"]
    assert panel.maps.tokens[-1][1] == "Blue"


def test_exports(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    panel = window.attention
    maps = capture(qtbot, panel)
    panel.select_layer(2)
    panel.select_head(1)
    panel.export("csv", tmp_path / "m.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8"))))
    assert rows[0][1:] == [text for _, text in maps.tokens]
    np.testing.assert_allclose(
        [float(value) for value in rows[4][1:]], maps.weights[2, 1, 3].astype(np.float32), atol=1e-6
    )
    panel.export("npz", tmp_path / "m.npz")
    np.testing.assert_array_equal(np.load(tmp_path / "m.npz")["weights"], maps.weights)
    for kind in ("png", "svg", "json"):
        panel.export(kind, tmp_path / f"m.{kind}")
        assert (tmp_path / f"m.{kind}").stat().st_size > 1000


def test_cancel_a_long_capture(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.attention
    panel.prompt.setPlainText("word " * 900)
    panel.capture_button.click()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.request_id is None, timeout=60_000)
    assert panel.maps is None
    assert not panel.progress.isVisible()
    assert capture(qtbot, panel).n_tokens > 5  # the engine still serves captures afterwards


def test_a_reply_token_menu_opens_its_attention(qtbot: QtBot, window: MainWindow, smol: Session) -> None:
    from PySide6.QtCore import QPoint

    from engine.core.chat import Message

    chat = window.chat
    chat.settings_form.temperature.setValue(0.0)
    chat.settings_form.max_tokens.setValue(6)
    chat.input.setPlainText("Name a colour.")
    chat.send_button.click()
    assert chat.stream is not None
    reply = chat.stream.message_id
    qtbot.waitUntil(lambda: chat.stream is None, timeout=60_000)
    chat._token_menu(reply, 2, QPoint(0, 0))
    action = next(a for a in chat._menu.actions() if a.text().startswith("Show the attention"))
    action.trigger()
    panel = window.attention
    assert window.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.request_id is None and panel.maps is not None, timeout=60_000)
    assert panel.maps is not None
    # the context the model saw for that token: the chat prompt, then the reply's first three tokens
    records = window.store.tokens(reply)
    expected = smol.prompt_tokens(smol.chat_prompt([Message("user", "Name a colour.")]))
    expected += [record.token_id for record in records[:3]]
    assert [token for token, _ in panel.maps.tokens] == expected
    assert [section.name for section in panel.maps.sections] == ["template", "user 1", "reply"]
