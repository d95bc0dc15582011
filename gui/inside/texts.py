"""Words and colours of the Inside view: explanations, hover texts, the prompt shaded by attribution."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from gui.shell.text import integer, number, percent
from gui.shell.theme import VIRIDIS_STOPS, blend, token_foreground

CONTEXT = "InsideTexts"  # the notes below are translated where shown: QCoreApplication.translate(CONTEXT, …)

LENS_NOTE = str(
    QT_TRANSLATE_NOOP(
        "InsideTexts",
        "<b>Logit lens</b>: after each layer ℓ the residual stream h<sub>ℓ</sub> (what the layer hands on) "
        "goes through the model's own final norm and unembedding — p<sub>ℓ</sub> = softmax(W<sub>U</sub> · "
        "norm(h<sub>ℓ</sub>)) — as if the model stopped there. Each cell is the most probable next token at "
        "that layer (row) and position (column), coloured by its probability (viridis). It shows when a "
        "prediction takes shape; middle layers were not trained to be read this way, so a poor early "
        "guess is not proof that the layer 'knows' nothing.",
    )
)
ATTRIBUTION_NOTE = str(
    QT_TRANSLATE_NOOP(
        "InsideTexts",
        "<b>Occlusion</b> leaves each unit out and re-evaluates: score = log p(target | prompt) − "
        "log p(target | prompt without it), in nats (contrastive: the change of log p(A) − log p(B)). "
        "Positive = the target needed it. It measures this model's reaction to a shorter prompt — text "
        "with a hole — not how the model uses the unit inside the full prompt. "
        "<b>Attention rollout</b> (a different method, shown beside it) multiplies the head-averaged "
        "attention of every layer, with the residual path added; it ignores the MLPs and the target, and "
        "nearly all of it flows to the first token (the attention sink), which is left out and the rest "
        "renormalised. Where the two disagree, trust occlusion's numbers, and neither as a full "
        "explanation.",
    )
)
EMPTY_LENS = str(
    QT_TRANSLATE_NOOP(
        "InsideTexts", "Type a prompt and press <b>Run lens</b> (Ctrl+Return) to see each layer's prediction."
    )
)
EMPTY_ATTRIBUTION = str(
    QT_TRANSLATE_NOOP(
        "InsideTexts", "Press <b>Attribute</b> to see which parts of the prompt the prediction rests on."
    )
)
METHOD_NAMES = {  # attribution methods as the engine names them, and as the view shows them
    "occlusion": str(QT_TRANSLATE_NOOP("InsideTexts", "occlusion")),
    "rollout": str(QT_TRANSLATE_NOOP("InsideTexts", "rollout")),
}


def method_name(method: str) -> str:
    return QCoreApplication.translate(CONTEXT, METHOD_NAMES.get(method, method))


def signed(value: float, decimals: int = 4) -> str:
    """A score with its sign (+0.1234, -0.5), in the reader's locale."""
    return ("+" if value >= 0 else "") + number(value, decimals)


def viridis(value: float) -> QColor:
    """The viridis colour of `value` in [0, 1], interpolated between its five stops."""
    value = min(max(float(value), 0.0), 1.0) * (len(VIRIDIS_STOPS) - 1)
    low = min(int(value), len(VIRIDIS_STOPS) - 2)
    weight = value - low
    a, b = QColor(VIRIDIS_STOPS[low]), QColor(VIRIDIS_STOPS[low + 1])
    return QColor(
        round(a.red() + (b.red() - a.red()) * weight),
        round(a.green() + (b.green() - a.green()) * weight),
        round(a.blue() + (b.blue() - a.blue()) * weight),
    )


def visible(text: str) -> str:
    """A token's text with its spaces and new lines made visible."""
    return text.replace(" ", "·").replace("\n", "\\n").replace("\t", "\\t") or "∅"


def lens_cell_tip(
    layer: int, position: str, top: list[tuple[str, float]], target: str, stats: dict[str, float]
) -> str:
    heading = QCoreApplication.translate(
        "InsideTexts", "Layer {layer}, after {position}: the lens's most probable next tokens"
    )
    lines = [heading.format(layer=layer, position=repr(visible(position)))]
    lines += [f"  {visible(text)!r}  {percent(prob)}" for text, prob in top]
    numbers = QCoreApplication.translate(
        "InsideTexts",
        "p({target}) = {prob} % (rank {rank}); entropy {entropy} bits; KL to the final layer {kl} bits",
    )
    lines.append(
        numbers.format(
            target=repr(visible(target)),
            prob=number(stats["target_prob"] * 100, 4),
            rank=integer(int(stats["target_rank"])),
            entropy=number(stats["entropy_bits"], 2),
            kl=number(stats["kl_to_final"], 3),
        )
    )
    return "\n".join(lines)


def attribution_html(
    prompt: str, spans: list[tuple[int, int, float]], scale: float, palette: QPalette, method: str
) -> str:
    """The prompt with each unit shaded by |score| / scale (viridis; negative scores in italics),
    each a link `unit:<i>` so that hovering says its number."""
    base = palette.color(QPalette.ColorRole.Base)
    parts, cursor = [], 0
    for index, (start, end, score) in enumerate(spans):
        parts.append(html.escape(prompt[cursor:start]))
        strength = min(abs(score) / scale, 1.0) if scale > 0 else 0.0
        background = blend(viridis(strength).name(), base, 0.25 + 0.75 * strength)
        colour = token_foreground(background, palette)
        style = f"background-color:{background}; color:{colour}; text-decoration:none;"
        if score < 0:
            style += " font-style:italic;"
        tip = html.escape(f"{method_name(method)}: {signed(score)}")
        text = html.escape(prompt[start:end]).replace("\n", "↵<br>")
        parts.append(f'<a href="unit:{index}" title="{tip}" style="{style}">{text}</a>')
        cursor = end
    parts.append(html.escape(prompt[cursor:]))
    return f"<div style='font-size:13pt; line-height:150%'>{''.join(parts)}</div>"
