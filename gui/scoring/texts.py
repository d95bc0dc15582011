"""What the Score view writes: tokens shaded by surprisal (viridis) or by GLTR-style rank buckets,
hover details, and the totals with the formulas they come from."""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtGui import QColor, QPalette

from gui.shell.text import percent
from gui.shell.theme import VIRIDIS_STOPS, blend, is_dark, token_foreground

SURPRISAL_SCALE_BITS = 16.0  # the colour scale's end: 16 bits = a 1-in-65,536 token
RANK_BUCKETS = (  # GLTR's buckets, in viridis (colour-blind safe) instead of GLTR's green-to-purple
    (10, VIRIDIS_STOPS[4], "top 10"),
    (100, VIRIDIS_STOPS[3], "top 100"),
    (1000, VIRIDIS_STOPS[2], "top 1,000"),
    (None, VIRIDIS_STOPS[0], "beyond 1,000"),
)
FIRST_TOKEN_NOTE = "the first token: nothing comes before it, so the model gives it no probability"
FORMULAS = (
    "likelihood L = Π P(tᵢ | t₍&lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&lt;i₎) · "
    "cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&lt;i₎) bits/token · perplexity PPL = 2<sup>H</sup>"
)


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
        return f"<b>{visible(token['text'])}</b> — {FIRST_TOKEN_NOTE}"
    prob = math.exp(token["logprob"])
    lines = [
        f"<b>{visible(token['text'])}</b> (id {token['id']})",
        f"P = {percent(prob)} · ln P = {token['logprob']:.3f} · surprisal −log₂ P = "
        f"{token['surprisal_bits']:.2f} bits",
        f"rank {token['rank']:,} of the whole vocabulary ({rank_bucket(token['rank'])[1]}) · "
        f"entropy of this step {token['entropy_bits']:.2f} bits",
    ]
    if token.get("candidates"):
        others = ", ".join(f"{visible(c['text'])!s} {percent(c['prob'])}" for c in token["candidates"])
        lines.append(f"the model expected: {others}")
    return "<br>".join(lines)


def totals_html(result: dict[str, Any]) -> str:
    """The text's totals, each with the formula it comes from."""
    n = result["n_scored"]
    if not n:
        return "Nothing to score: a text needs at least two tokens."
    ll = result["log_likelihood"]
    likelihood = math.exp(ll)
    return (
        f"<b>{n}</b> tokens scored (of {result['n_tokens']}; the first is context only) · "
        f"L = Π P = <b>{likelihood:.3g}</b> · ln L = Σ ln P = <b>{ll:.3f}</b> · "
        f"H = −ln L / (N ln 2) = <b>{result['cross_entropy_bits']:.3f}</b> bits/token · "
        f"PPL = 2<sup>H</sup> = <b>{result['perplexity']:.2f}</b>"
        f"<br><small>window {result['window']} tokens, stride {result['stride']} "
        f"({len(result.get('windows', []))} window(s)); {FORMULAS}</small>"
    )


def legend_html(mode: str) -> str:
    if mode == "rank":
        cells = [
            f"<span style='background:{colour}'>&nbsp;&nbsp;&nbsp;</span> {label}"
            for _limit, colour, label in RANK_BUCKETS
        ]
        return "Rank of the token in the model's distribution: " + " &nbsp; ".join(cells)
    cells = [
        f"<span style='background:{surprisal_colour(bits)}'>&nbsp;&nbsp;&nbsp;</span> {bits:g}"
        for bits in (0, 4, 8, 12, 16)
    ]
    return "Surprisal in bits (−log₂ P; 16+ darkest): " + " ".join(cells)


def comparison_details(row: dict[str, Any], mode: str) -> str:
    if row.get("p_a") is None or row.get("p_b") is None:
        return f"<b>{visible(row['text'])}</b> — not scored by both models"
    head = (
        f"<b>{visible(row['text'])}</b>: P_A = {percent(row['p_a'])}, P_B = {percent(row['p_b'])}, "
        f"Δp = {row['p_b'] - row['p_a']:+.4f}"
    )
    if mode == "word":
        return head + " (the word's probability: the product over its tokens)"
    flip = (
        "same top token"
        if row["same_top"]
        else (f"top token flips: A {visible(row['top_a']['text'])!s} → B {visible(row['top_b']['text'])!s}")
    )
    return f"{head}<br>KL(P_A ‖ P_B) = {row['kl']:.4f} nats over the whole vocabulary · {flip}"


SUMMARY_ROWS = (  # (key, label, format)
    ("mean_kl", "Mean KL(A ‖ B), nats", "{:.6f}"),
    ("kl_median", "Median KL, nats", "{:.6f}"),
    ("kl_p99", "99 % KL, nats", "{:.6f}"),
    ("same_top_share", "Same top token", "{:.2%}"),
    ("ppl_a", "PPL of A", "{:.3f}"),
    ("ppl_b", "PPL of B", "{:.3f}"),
    ("ppl_ratio", "PPL(B) / PPL(A)", "{:.4f}"),
    ("delta_p_mean", "Mean Δp = p_B − p_A", "{:+.5f}"),
    ("delta_p_rms", "RMS Δp", "{:.5f}"),
)


def summary_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        (label, fmt.format(summary[key])) for key, label, fmt in SUMMARY_ROWS if summary.get(key) is not None
    ]
    rows.append(("Perplexity per", str(summary.get("ppl_unit", ""))))
    for point, value in summary.get("delta_p_percentiles", {}).items():
        rows.append((f"Δp {point}{'' if point in ('max', 'min') else ' %'}", f"{value:+.5f}"))
    return rows
