"""The engine tasks of the Inside view (`inside.lens`, `inside.attribute`) and the calls behind the CLI."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from engine.core.session import Session
from engine.inside.attribution import Attribution, Scorer, timed_occlusion
from engine.inside.lens import LensResult, run_lens
from engine.inside.rollout import mean_attention, rollout
from engine.inside.units import UNITS, Unit, split_units
from engine.process.tasks import TaskContext

METHODS = ("occlusion", "rollout")


def _continuation(session: Session, text: str, what: str) -> tuple[str, list[int]]:
    ids = session.model.tokenize(text, add_special=False)
    if not ids:
        raise ValueError(f"the {what} {text!r} has no tokens")
    return text, ids


def attribute(
    session: Session,
    prompt: str,
    *,
    target: str | None = None,
    contrast: str | None = None,
    unit: str = "word",
    method: str = "occlusion",
    context: TaskContext | None = None,
) -> Attribution:
    """Importance of each unit of `prompt` for `target` (default: the model's most probable next token)."""
    context = context or TaskContext()
    if unit not in UNITS:
        raise ValueError(f"--unit must be one of {', '.join(UNITS)}")
    if method not in METHODS:
        raise ValueError(f"--method must be one of {', '.join(METHODS)}")
    tokens = session.prompt_tokens(prompt)
    units = split_units(session, prompt, tokens, unit)
    if not units:
        raise ValueError("the prompt has no text to attribute")
    if target:
        chosen = _continuation(session, target, "target")
    else:
        top = int(np.argmax(session.model.evaluate(tokens, context.should_stop)))
        chosen = (session.detokenize([top]), [top])
    other = _continuation(session, contrast, "contrast") if contrast else None
    if method == "rollout":
        return _rollout_attribution(session, prompt, tokens, units, chosen, other, unit, context)
    return timed_occlusion(session, prompt, tokens, units, chosen, other, unit, context)


def _rollout_attribution(
    session: Session,
    prompt: str,
    tokens: list[int],
    units: list[Unit],
    target: tuple[str, list[int]],
    contrast: tuple[str, list[int]] | None,
    unit: str,
    context: TaskContext,
) -> Attribution:
    started = time.perf_counter()
    flow = rollout(mean_attention(session, tokens, context))[-1]
    continuations = [target[1]] + ([contrast[1]] if contrast else [])
    logps = Scorer(session, context).logprobs(tokens, continuations)
    # Nearly all of the flow ends at position 0, the attention sink (BOS, or the first token): it is
    # left out and the rest renormalised, so that the units can be compared with each other.
    sink_share = float(flow[0])
    rest = flow.copy()
    rest[0] = 0.0
    rest /= max(rest.sum(), np.finfo(float).tiny)
    return Attribution(
        prompt=prompt,
        tokens=[(token, session.token_info(token).text) for token in tokens],
        target=target[0],
        target_ids=target[1],
        contrast=contrast[0] if contrast else None,
        contrast_ids=contrast[1] if contrast else [],
        unit=unit,
        method="rollout",
        units=units,
        scores=[float(rest[list(u.token_indices)].sum()) for u in units],
        base_logprob=logps[0] - logps[1] if contrast else logps[0],
        evaluations=len(tokens),
        naive_evaluations=len(tokens),
        seconds=time.perf_counter() - started,
        extra={"sink_share": sink_share, "row_sum": float(flow.sum())},
    )


def lens_task(session: Session, params: dict[str, Any], context: TaskContext) -> LensResult:
    """params: prompt, target (text, #id or None), top_k, layers, generate."""
    prompt = str(params.get("prompt", ""))
    if not prompt:
        raise ValueError("there is no prompt to look inside")
    return run_lens(
        session,
        prompt,
        target=params.get("target") or None,
        top_k=int(params.get("top_k", 5)),
        layers=params.get("layers"),
        generate=int(params.get("generate", 0)),
        context=context,
    )


def attribute_task(session: Session, params: dict[str, Any], context: TaskContext) -> Attribution:
    """params: prompt, target, contrast, unit, method."""
    return attribute(
        session,
        str(params.get("prompt", "")),
        target=params.get("target") or None,
        contrast=params.get("contrast") or None,
        unit=str(params.get("unit", "word")),
        method=str(params.get("method", "occlusion")),
        context=context,
    )
