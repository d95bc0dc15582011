"""The text the attention view shows: shaded tokens, the summary line and the hover readouts."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6.QtGui import QPalette

from engine.attention.maps import AttentionMaps, Section
from engine.core.models import PACKAGED
from gui.shell.charts import AFTER_COLOUR
from gui.shell.theme import blend, is_dark

HOVER_HINT = "Hover over the map for exact weights; click a row to follow one token."
PREVIEW_CHARS = 60

_VISIBLE = {" ": "·", "\n": "\\n", "\t": "\\t", "\r": "\\r"}  # as the axes' labels show them


def full_token(text: str) -> str:
    """The whole token, spaces and control characters made visible (the axes shorten labels)."""
    if not text:
        return "∅"
    return "".join(
        _VISIBLE.get(char, char if char.isprintable() else char.encode("unicode_escape").decode("ascii"))
        for char in text
    )


def model_title(model: str | None) -> str:
    """A model's short name: the packaged title, else the file name."""
    if not model:
        return "no model"
    titles = {packaged.key: packaged.title for packaged in PACKAGED}
    return titles.get(model, Path(model).name)


def token_html(
    texts: list[str], weights: np.ndarray | None, query: int | None, n_prompt: int | None, palette: QPalette
) -> str:
    """The tokens as links, shaded by the weight `query` gives each; generated ones in italics."""
    base = palette.color(QPalette.ColorRole.Base)
    strongest = float(weights[: (query or 0) + 1].max()) if weights is not None else 1.0
    parts = []
    for index, text in enumerate(texts):
        style = "text-decoration:none;"
        if weights is not None and query is not None and index <= query:
            alpha = min(1.0, float(weights[index]) / max(strongest, 1e-6)) * (
                0.9 if is_dark(palette) else 0.75
            )
            style += f"background-color:{blend(AFTER_COLOUR, base, alpha)};"
        if index == query:
            style += "font-weight:bold; text-decoration:underline;"
        if n_prompt is not None and index >= n_prompt:
            style += "font-style:italic;"
        colour = palette.color(QPalette.ColorRole.Text).name()
        shown = html.escape(text).replace("\n", "↵<br>") or "∅"
        parts.append(f'<a href="token:{index}" style="color:{colour};{style}">{shown}</a>')
    return "<div style='line-height:150%'>" + "".join(parts) + "</div>"


def empty_text(model_loaded: bool) -> str:
    if not model_loaded:
        return "<p>Load a model, then capture a prompt to see its attention.</p>"
    return "<p>Capture a prompt to see its tokens here.</p>"


def summary_text(
    maps: AttentionMaps | None, layer: int, model_loaded: bool, made_by: str, cleared_note: str = ""
) -> str:
    """Which model made the capture, its tokens, layers and heads, with notes on grouped-query and
    sliding-window layers; without a capture, what to do (and why an earlier map is gone)."""
    if maps is None:
        note = f"{html.escape(cleared_note)} " if cleared_note else ""
        if not model_loaded:
            return note + "No model loaded."
        return note + (
            "Type a prompt and press <b>Capture</b> (Ctrl+Return) to read its attention out of llama.cpp."
        )
    parts = [
        f"From <b>{html.escape(made_by)}</b>: <b>{maps.n_tokens}</b> tokens ({maps.n_prompt} prompt"
        + (
            f", {maps.n_tokens - maps.n_prompt} generated, in italics"
            if maps.n_tokens > maps.n_prompt
            else ""
        )
        + f") · {maps.n_layers} layers × {maps.n_heads} heads"
    ]
    if maps.n_kv_heads < maps.n_heads:
        group = maps.n_heads // maps.n_kv_heads
        parts.append(
            f"grouped-query attention: {maps.n_heads} query heads share {maps.n_kv_heads} key/value "
            f"heads ({group} each), so heads in a group read the same keys through different queries"
        )
    if maps.sliding_window is not None:
        kind = "sliding-window" if maps.is_sliding(layer) else "global"
        parts.append(
            f"layer {layer} is <b>{kind}</b>: sliding-window layers see only the last "
            f"{maps.sliding_window} tokens (keys further back are masked and drawn empty)"
        )
    return " · ".join(parts)


def heatmap_hover_text(texts: list[str], value: float, row: int, column: int) -> str:
    pair = f"query '{full_token(texts[row])}' ({row}) → key '{full_token(texts[column])}' ({column})"
    if np.isnan(value):
        reason = "a later token" if column > row else "outside the sliding window"
        return f"{pair}: masked, {reason}"
    return f"{pair}: weight {value:.4f}"


def overview_hover_text(maps: AttentionMaps, layer: int, head: int) -> str:
    entropy = maps.head_entropy_bits(layer)[maps.heads.index(head)]
    kind = ""
    if maps.sliding_window is not None:
        kind = " (sliding window)" if maps.is_sliding(layer) else " (global)"
    return f"layer {layer}{kind}, head {head}: mean entropy {entropy:.2f} bits · click to open it"


def section_preview(maps: AttentionMaps, section: Section) -> str:
    """The start of a section's text, so that e.g. "template" shows what the chat template added."""
    text = full_token("".join(maps.tokens[index][1] for index in section.indices()))
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def sections_hover_text(names: list[str], value: float, row: int, column: int, preview: str) -> str:
    share = f"tokens of {names[row]!r} put {value:.1%} of their weight on {names[column]!r}"
    return f"{share} · {names[column]!r} is “{preview}”"
