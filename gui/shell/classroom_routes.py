"""Where the classroom's steps go: each step names a view and an example, and this module opens that
view on the main window with the example loaded, through the panels' public methods and widgets.

It is the only module that knows both the classroom and the other panels (`gui/classroom` imports no
other feature). The main window connects `ClassroomPanel.open_view` to `open_step`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from engine.process.protocol import Failed, TaskResult
from engine.promptlab.data import DATASETS_DIR


def open_step(window: Any, view: str, payload: dict[str, Any]) -> None:
    """Open `view` ("chat", "explorer", "attention", "embeddings", "promptlab", "score", "inside") on
    `window` with the step's example, and show its tab. An unknown view is ignored."""
    route = ROUTES.get(view)
    if route is None:
        return
    panel = route(window, payload)
    tabs = getattr(window, "tabs", None)
    if tabs is not None and isinstance(panel, QWidget) and tabs.indexOf(panel) >= 0:
        tabs.setCurrentWidget(panel)


def _chat(window: Any, payload: dict[str, Any]) -> QWidget:
    chat = window.chat
    chat.input.setPlainText(payload.get("message", ""))
    if payload.get("send"):
        chat.send()
    else:
        chat.input.setFocus()
    return chat


def _explorer(window: Any, payload: dict[str, Any]) -> QWidget:
    sampling = window.sampling
    if payload.get("lesson"):
        sampling.open_lesson(payload["lesson"])
    else:
        sampling.open_prompt(payload["prompt"])
    if payload.get("settings"):
        sampling.apply_settings(payload["settings"])
    for word in payload.get("watch", []):
        sampling.look_up(word)
    return sampling


def _attention(window: Any, payload: dict[str, Any]) -> QWidget:
    attention = window.attention
    request = attention.show_prompt(payload["prompt"], payload.get("sections", []))
    if request is not None and ("layer" in payload or "head" in payload):
        _when_done(window, request, lambda: _select_map(attention, payload))
    return attention


def _select_map(attention: Any, payload: dict[str, Any]) -> None:
    if "layer" in payload:
        attention.select_layer(payload["layer"])
    if "head" in payload:
        attention.select_head(payload["head"])


def _when_done(window: Any, request: int, action: Any) -> None:
    """Run `action` once, after the panels have shown the result of engine request `request`."""
    bridge = window.bridge

    def on_event(event: object) -> None:
        if isinstance(event, (TaskResult, Failed)) and getattr(event, "request_id", None) == request:
            bridge.received.disconnect(on_event)
            if isinstance(event, TaskResult):
                action()

    bridge.received.connect(on_event)  # after the panels' own handlers: the result is shown first


def _embeddings(window: Any, payload: dict[str, Any]) -> QWidget:
    embeddings = window.embeddings
    if "query" in payload:
        embeddings.views.setCurrentIndex(0)
        embeddings.mode.setCurrentIndex(0)  # word or phrase
        embeddings.query.setText(payload["query"])
        embeddings.search()
    else:
        embeddings.views.setCurrentIndex(1)
        embeddings.texts.setPlainText("\n".join(payload["texts"]))
        embeddings.compare_texts()
    return embeddings


def _promptlab(window: Any, payload: dict[str, Any]) -> QWidget:
    lab = window.prompt_lab
    if "dataset" in payload:
        index = lab.dataset_combo.findData(payload["dataset"])
        if index >= 0:
            lab.dataset_combo.setCurrentIndex(index)
    else:
        lab.open_dataset_file(DATASETS_DIR / payload["dataset_file"])
    if payload.get("run"):
        lab.run()
    return lab


def _score(window: Any, payload: dict[str, Any]) -> QWidget:
    scoring = window.scoring
    scoring.text_a.setPlainText(payload["text"])
    scoring.text_b.setPlainText("")
    scoring.score()
    return scoring


def _inside(window: Any, payload: dict[str, Any]) -> QWidget:
    inside = window.inside
    inside.explain(payload["prompt"], payload.get("target", ""))
    return inside


ROUTES = {
    "chat": _chat,
    "explorer": _explorer,
    "attention": _attention,
    "embeddings": _embeddings,
    "promptlab": _promptlab,
    "score": _score,
    "inside": _inside,
}
