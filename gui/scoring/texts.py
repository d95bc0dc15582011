"""What the Score view writes: tokens shaded by surprisal (viridis) or by GLTR-style rank buckets,
hover details, and the totals with the formulas they come from."""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from gui.shell.text import integer, number, percent
from gui.shell.theme import VIRIDIS_STOPS, blend, is_dark, token_foreground

SURPRISAL_SCALE_BITS = 16.0  # the colour scale's end: 16 bits = a 1-in-65,536 token
RANK_BUCKETS = (  # GLTR's buckets, in viridis (colour-blind safe) instead of GLTR's green-to-purple
    (10, VIRIDIS_STOPS[4], str(QT_TRANSLATE_NOOP("ScoreTexts", "top 10"))),
    (100, VIRIDIS_STOPS[3], str(QT_TRANSLATE_NOOP("ScoreTexts", "top 100"))),
    (1000, VIRIDIS_STOPS[2], str(QT_TRANSLATE_NOOP("ScoreTexts", "top 1,000"))),
    (None, VIRIDIS_STOPS[0], str(QT_TRANSLATE_NOOP("ScoreTexts", "beyond 1,000"))),
)
FIRST_TOKEN_NOTE = str(
    QT_TRANSLATE_NOOP(
        "ScoreTexts", "the first token: nothing comes before it, so the model gives it no probability"
    )
)
FORMULAS = str(
    QT_TRANSLATE_NOOP(
        "ScoreTexts",
        "likelihood L = Π P(tᵢ | t₍&lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&lt;i₎) · "
        "cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&lt;i₎) bits/token · perplexity PPL = 2<sup>H</sup>",
    )
)


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the GUI's language."""
    return QCoreApplication.translate("ScoreTexts", text)


def _general(value: float, digits: int) -> str:
    """`value` with `digits` significant digits in the GUI's locale (as Python's "g" format)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", digits)


def _signed(value: float, decimals: int) -> str:
    """A number with its sign always written (+0.0123 / −0.0123), in the GUI's locale."""
    return ("+" if value >= 0 else "") + number(value, decimals)


def viridis(fraction: float) -> str:
    """The viridis colour at `fraction` in [0, 1] (linear between its five stops)."""
    fraction = min(max(fraction, 0.0), 1.0) * (len(VIRIDIS_STOPS) - 1)
    low = min(int(fraction), len(VIRIDIS_STOPS) - 2)
    weight = fraction - low
    return blend(VIRIDIS_STOPS[low + 1], QColor(VIRIDIS_STOPS[low]), weight)


def surprisal_colour(bits: float) -> str:
    """Expected tokens bright (yellow), surprising ones dark (purple), as the chat's probability colours."""
    return viridis(1.0 - bits / SURPRISAL_SCALE_BITS)


def rank_bucket(rank: int) -> tuple[str, str]:
    for limit, colour, label in RANK_BUCKETS:
        if limit is None or rank <= limit:
            return colour, label
    raise AssertionError("unreachable")


def token_colour(token: dict[str, Any], mode: str) -> str | None:
    if token.get("logprob") is None:
        return None
    if mode == "rank":
        return rank_bucket(int(token["rank"]))[0]
    return surprisal_colour(float(token["surprisal_bits"]))


def visible(text: str) -> str:
    return html.escape(text).replace("\n", "↵<br>")


def tokens_html(
    tokens: list[dict[str, Any]],
    colours: list[str | None],
    palette: QPalette,
    marked: set[int] | None = None,
    prefix: str = "a",
) -> str:
    """Tokens as links `<prefix>:<index>` painted `colours` (None: unpainted); `marked` underlined."""
    base = palette.color(QPalette.ColorRole.Base)
    alpha = 0.85 if is_dark(palette) else 0.6
    parts = []
    for index, (token, colour) in enumerate(zip(tokens, colours, strict=True)):
        style = "text-decoration:none;"
        if colour is not None:
            background = blend(colour, base, alpha)
            style += f"background-color:{background};color:{token_foreground(background, palette)};"
        else:
            style += f"color:{palette.color(QPalette.ColorRole.PlaceholderText).name()};"
        if marked and index in marked:
            style += "text-decoration:underline;font-weight:bold;"
        parts.append(f'<a href="{prefix}:{index}" style="{style}">{visible(token["text"]) or "∅"}</a>')
    return "<div style='line-height:150%'>" + "".join(parts) + "</div>"


def token_details(token: dict[str, Any]) -> str:
    """The hover text of one scored token: probability, surprisal, rank, entropy, alternatives."""
    if token.get("logprob") is None:
        return f"<b>{visible(token['text'])}</b> — {_tr(FIRST_TOKEN_NOTE)}"
    prob = math.exp(token["logprob"])
    translate = QCoreApplication.translate
    lines = [
        f"<b>{visible(token['text'])}</b> (id {token['id']})",
        translate("ScoreTexts", "P = {p} · ln P = {logprob} · surprisal −log₂ P = {bits} bits").format(
            p=percent(prob), logprob=number(token["logprob"], 3), bits=number(token["surprisal_bits"], 2)
        ),
        translate(
            "ScoreTexts",
            "rank {rank} of the whole vocabulary ({bucket}) · entropy of this step {entropy} bits",
        ).format(
            rank=integer(token["rank"]),
            bucket=_tr(rank_bucket(token["rank"])[1]),
            entropy=number(token["entropy_bits"], 2),
        ),
    ]
    if token.get("candidates"):
        others = ", ".join(f"{visible(c['text'])!s} {percent(c['prob'])}" for c in token["candidates"])
        lines.append(translate("ScoreTexts", "the model expected: {others}").format(others=others))
    return "<br>".join(lines)


def totals_html(result: dict[str, Any]) -> str:
    """The text's totals, each with the formula it comes from."""
    n = result["n_scored"]
    if not n:
        return QCoreApplication.translate("ScoreTexts", "Nothing to score: a text needs at least two tokens.")
    ll = result["log_likelihood"]
    likelihood = math.exp(ll)
    translate = QCoreApplication.translate
    scored = translate(
        "ScoreTexts", "<b>{count}</b> tokens scored (of {total}; the first is context only)"
    ).format(count=integer(n), total=integer(result["n_tokens"]))
    values = translate(
        "ScoreTexts",
        "L = Π P = <b>{likelihood}</b> · ln L = Σ ln P = <b>{ll}</b> · "
        "H = −ln L / (N ln 2) = <b>{h}</b> bits/token · PPL = 2<sup>H</sup> = <b>{ppl}</b>",
    ).format(
        likelihood=_general(likelihood, 3),
        ll=number(ll, 3),
        h=number(result["cross_entropy_bits"], 3),
        ppl=number(result["perplexity"], 2),
    )
    windows = translate("ScoreTexts", "window {window} tokens, stride {stride} ({count} window(s))").format(
        window=integer(result["window"]),
        stride=integer(result["stride"]),
        count=len(result.get("windows", [])),
    )
    return f"{scored} · {values}<br><small>{windows}; {_tr(FORMULAS)}</small>"


def legend_html(mode: str) -> str:
    if mode == "rank":
        cells = [
            f"<span style='background:{colour}'>&nbsp;&nbsp;&nbsp;</span> {_tr(label)}"
            for _limit, colour, label in RANK_BUCKETS
        ]
        return QCoreApplication.translate(
            "ScoreTexts", "Rank of the token in the model's distribution: {buckets}"
        ).format(buckets=" &nbsp; ".join(cells))
    cells = [
        f"<span style='background:{surprisal_colour(bits)}'>&nbsp;&nbsp;&nbsp;</span> {bits:g}"
        for bits in (0, 4, 8, 12, 16)
    ]
    return QCoreApplication.translate(
        "ScoreTexts", "Surprisal in bits (−log₂ P; 16+ darkest): {scale}"
    ).format(scale=" ".join(cells))


def comparison_details(row: dict[str, Any], mode: str) -> str:
    if row.get("p_a") is None or row.get("p_b") is None:
        missing = QCoreApplication.translate("ScoreTexts", "not scored by both models")
        return f"<b>{visible(row['text'])}</b> — {missing}"
    head = (
        f"<b>{visible(row['text'])}</b>: P_A = {percent(row['p_a'])}, P_B = {percent(row['p_b'])}, "
        f"Δp = {_signed(row['p_b'] - row['p_a'], 4)}"
    )
    if mode == "word":
        return head + QCoreApplication.translate(
            "ScoreTexts", " (the word's probability: the product over its tokens)"
        )
    flip = (
        QCoreApplication.translate("ScoreTexts", "same top token")
        if row["same_top"]
        else QCoreApplication.translate("ScoreTexts", "top token flips: A {a} → B {b}").format(
            a=visible(row["top_a"]["text"]), b=visible(row["top_b"]["text"])
        )
    )
    kl = QCoreApplication.translate(
        "ScoreTexts", "KL(P_A ‖ P_B) = {kl} nats over the whole vocabulary"
    ).format(kl=number(row["kl"], 4))
    return f"{head}<br>{kl} · {flip}"


SUMMARY_ROWS = (  # (key, label, how the value is written: "f" fixed, "+" signed, "%" percentage; decimals)
    ("mean_kl", str(QT_TRANSLATE_NOOP("ScoreTexts", "Mean KL(A ‖ B), nats")), "f", 6),
    ("kl_median", str(QT_TRANSLATE_NOOP("ScoreTexts", "Median KL, nats")), "f", 6),
    ("kl_p99", str(QT_TRANSLATE_NOOP("ScoreTexts", "99 % KL, nats")), "f", 6),
    ("same_top_share", str(QT_TRANSLATE_NOOP("ScoreTexts", "Same top token")), "%", 2),
    ("ppl_a", str(QT_TRANSLATE_NOOP("ScoreTexts", "PPL of A")), "f", 3),
    ("ppl_b", str(QT_TRANSLATE_NOOP("ScoreTexts", "PPL of B")), "f", 3),
    ("ppl_ratio", "PPL(B) / PPL(A)", "f", 4),
    ("delta_p_mean", str(QT_TRANSLATE_NOOP("ScoreTexts", "Mean Δp = p_B − p_A")), "+", 5),
    ("delta_p_rms", str(QT_TRANSLATE_NOOP("ScoreTexts", "RMS Δp")), "f", 5),
)
PPL_UNITS = {
    "token": str(QT_TRANSLATE_NOOP("ScoreTexts", "token")),
    "word": str(QT_TRANSLATE_NOOP("ScoreTexts", "word")),
}


def _summary_value(value: float, kind: str, decimals: int) -> str:
    if kind == "%":
        return number(value * 100, decimals) + "%"  # as Python's "{:.2%}": 98.50%
    if kind == "+":
        return _signed(value, decimals)
    return number(value, decimals)


def summary_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """The comparison's statistics as (label, value) rows, in the GUI's language and locale."""
    rows = [
        (_tr(label), _summary_value(summary[key], kind, decimals))
        for key, label, kind, decimals in SUMMARY_ROWS
        if summary.get(key) is not None
    ]
    unit = str(summary.get("ppl_unit", ""))
    rows.append(
        (
            QCoreApplication.translate("ScoreTexts", "Perplexity per"),
            _tr(PPL_UNITS[unit]) if unit in PPL_UNITS else unit,
        )
    )
    for point, value in summary.get("delta_p_percentiles", {}).items():
        if point == "max":
            label = QCoreApplication.translate("ScoreTexts", "Δp max")
        elif point == "min":
            label = QCoreApplication.translate("ScoreTexts", "Δp min")
        else:
            label = QCoreApplication.translate("ScoreTexts", "Δp {point} %").format(point=point)
        rows.append((label, _signed(value, 5)))
    return rows
