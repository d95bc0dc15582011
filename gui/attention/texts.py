"""The text the attention view shows: shaded tokens, the summary line and the hover readouts."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette

from engine.attention.maps import AttentionMaps, Section
from engine.core.models import PACKAGED
from gui.shell.charts import AFTER_COLOUR
from gui.shell.text import integer, number, percent
from gui.shell.theme import blend, is_dark

# translated where shown: QCoreApplication.translate("AttentionTexts", HOVER_HINT)
HOVER_HINT = str(
    QT_TRANSLATE_NOOP(
        "AttentionTexts", "Hover over the map for exact weights; click a row to follow one token."
    )
)
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
        return QCoreApplication.translate("AttentionTexts", "no model")
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
        return QCoreApplication.translate(
            "AttentionTexts", "<p>Load a model, then capture a prompt to see its attention.</p>"
        )
    return QCoreApplication.translate("AttentionTexts", "<p>Capture a prompt to see its tokens here.</p>")


def _made_of(maps: AttentionMaps, made_by: str) -> str:
    """Which model made the capture, with its tokens, layers and heads."""
    if maps.n_tokens > maps.n_prompt:
        text = QCoreApplication.translate(
            "AttentionTexts",
            "From <b>{model}</b>: <b>{tokens}</b> tokens ({prompt} prompt, {generated} generated, in "
            "italics) · {layers} layers × {heads} heads",
        )
    else:
        text = QCoreApplication.translate(
            "AttentionTexts",
            "From <b>{model}</b>: <b>{tokens}</b> tokens ({prompt} prompt) · {layers} layers × {heads} heads",
        )
    return text.format(
        model=html.escape(made_by),
        tokens=integer(maps.n_tokens),
        prompt=integer(maps.n_prompt),
        generated=integer(maps.n_tokens - maps.n_prompt),
        layers=integer(maps.n_layers),
        heads=integer(maps.n_heads),
    )


def summary_text(
    maps: AttentionMaps | None, layer: int, model_loaded: bool, made_by: str, cleared_note: str = ""
) -> str:
    """Which model made the capture, its tokens, layers and heads, with notes on grouped-query and
    sliding-window layers; without a capture, what to do (and why an earlier map is gone)."""
    if maps is None:
        note = f"{html.escape(cleared_note)} " if cleared_note else ""
        if not model_loaded:
            return note + QCoreApplication.translate("AttentionTexts", "No model loaded.")
        return note + QCoreApplication.translate(
            "AttentionTexts",
            "Type a prompt and press <b>Capture</b> (Ctrl+Return) to read its attention out of llama.cpp.",
        )
    parts = [_made_of(maps, made_by)]
    if maps.n_kv_heads < maps.n_heads:
        group = maps.n_heads // maps.n_kv_heads
        parts.append(
            QCoreApplication.translate(
                "AttentionTexts",
                "grouped-query attention: {query_heads} query heads share {kv_heads} key/value heads "
                "({group} each), so heads in a group read the same keys through different queries",
            ).format(query_heads=integer(maps.n_heads), kv_heads=integer(maps.n_kv_heads), group=group)
        )
    if maps.sliding_window is not None:
        if maps.is_sliding(layer):
            note = QCoreApplication.translate(
                "AttentionTexts",
                "layer {layer} is <b>sliding-window</b>: sliding-window layers see only the last "
                "{window} tokens (keys further back are masked and drawn empty)",
            )
        else:
            note = QCoreApplication.translate(
                "AttentionTexts",
                "layer {layer} is <b>global</b>: sliding-window layers see only the last "
                "{window} tokens (keys further back are masked and drawn empty)",
            )
        parts.append(note.format(layer=layer, window=integer(maps.sliding_window)))
    return " · ".join(parts)


def heatmap_hover_text(texts: list[str], value: float, row: int, column: int) -> str:
    pair = QCoreApplication.translate(
        "AttentionTexts", "query '{query}' ({row}) → key '{key}' ({column})"
    ).format(query=full_token(texts[row]), row=row, key=full_token(texts[column]), column=column)
    if np.isnan(value):
        if column > row:
            masked = QCoreApplication.translate("AttentionTexts", "{pair}: masked, a later token")
        else:
            masked = QCoreApplication.translate(
                "AttentionTexts", "{pair}: masked, outside the sliding window"
            )
        return masked.format(pair=pair)
    return QCoreApplication.translate("AttentionTexts", "{pair}: weight {weight}").format(
        pair=pair, weight=number(value, 4)
    )


def overview_hover_text(maps: AttentionMaps, layer: int, head: int) -> str:
    entropy = maps.head_entropy_bits(layer)[maps.heads.index(head)]
    if maps.sliding_window is None:
        text = QCoreApplication.translate(
            "AttentionTexts", "layer {layer}, head {head}: mean entropy {entropy} bits · click to open it"
        )
    elif maps.is_sliding(layer):
        text = QCoreApplication.translate(
            "AttentionTexts",
            "layer {layer} (sliding window), head {head}: mean entropy {entropy} bits · click to open it",
        )
    else:
        text = QCoreApplication.translate(
            "AttentionTexts",
            "layer {layer} (global), head {head}: mean entropy {entropy} bits · click to open it",
        )
    return text.format(layer=layer, head=head, entropy=number(entropy, 2))


def section_preview(maps: AttentionMaps, section: Section) -> str:
    """The start of a section's text, so that e.g. "template" shows what the chat template added."""
    text = full_token("".join(maps.tokens[index][1] for index in section.indices()))
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def sections_hover_text(names: list[str], value: float, row: int, column: int, preview: str) -> str:
    return QCoreApplication.translate(
        "AttentionTexts",
        "tokens of {source} put {share} of their weight on {target} · {target} is “{preview}”",
    ).format(
        source=repr(names[row]), share=percent(float(value)), target=repr(names[column]), preview=preview
    )
