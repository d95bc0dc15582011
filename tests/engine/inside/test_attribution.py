"""Occlusion against naive re-evaluation, the planted example on both models, rollout, units, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.core.llama_types import Cancelled
from engine.core.session import Session
from engine.inside.rollout import mean_attention, rollout
from engine.inside.tasks import attribute
from engine.inside.units import split_units
from engine.process.tasks import TaskContext

ROOT = Path(__file__).resolve().parents[3]
# "The capital of France is" -> " Paris" puts the largest drop on " is" (SmolLM2) — leaving out the
# verb breaks the sentence — so the planted example names the city's country right before "called".
PLANTED = "The capital city of France is called"


def _naive_logprob(session: Session, tokens: list[int], continuation: list[int]) -> float:
    """log p(continuation | tokens) from an empty cache, token by token, float64 log-softmax."""
    session.model.forget_from(0)
    logits = session.model.evaluate(tokens)
    total = 0.0
    for token in continuation:
        shifted = logits.astype(np.float64) - logits.max()
        total += float(shifted[token] - np.log(np.exp(shifted).sum()))
        logits = session.model.append(token)
    return total


def test_occlusion_equals_naive_reevaluation(smol: Session) -> None:
    prompt = "My dog likes to chase the"
    result = attribute(smol, prompt, target=" ball game", unit="token")
    tokens = smol.prompt_tokens(prompt)
    target = smol.model.tokenize(" ball game", add_special=False)
    assert result.target_ids == target and len(target) == 2
    base = _naive_logprob(smol, tokens, target)
    assert result.base_logprob == pytest.approx(base, abs=1e-3)
    for unit, score in zip(result.units, result.scores, strict=True):
        kept = [t for i, t in enumerate(tokens) if i not in unit.token_indices]
        assert score == pytest.approx(base - _naive_logprob(smol, kept, target), abs=1e-3)
    assert result.evaluations < result.naive_evaluations


def test_contrastive_equals_naive(smol: Session) -> None:
    prompt = "The capital of France is"
    result = attribute(smol, prompt, target=" Paris", contrast=" Lyon", unit="word")
    tokens = smol.prompt_tokens(prompt)
    paris, lyon = (smol.model.tokenize(word, add_special=False) for word in (" Paris", " Lyon"))

    def margin(kept: list[int]) -> float:
        return _naive_logprob(smol, kept, paris) - _naive_logprob(smol, kept, lyon)

    assert result.base_logprob == pytest.approx(margin(tokens), abs=1e-3)
    france = next(i for i, u in enumerate(result.units) if u.text == " France")
    kept = [t for i, t in enumerate(tokens) if i not in result.units[france].token_indices]
    assert result.scores[france] == pytest.approx(margin(tokens) - margin(kept), abs=1e-3)


def test_prefix_reuse_decodes_about_half(smol: Session) -> None:
    """n single-token units: n(n−1)/2 ablation tokens instead of n(n−1), plus the base prompt (n) and
    one token decoded again (the first ablation, without the last token, is all cached but needs the
    logits of its new last token)."""
    prompt = "one two three four five six seven eight nine ten"
    result = attribute(smol, prompt, unit="token")
    n = len(smol.prompt_tokens(prompt))
    assert len(result.units) == n  # SmolLM2 adds no BOS
    assert result.evaluations == n + n * (n - 1) // 2 + 1
    assert result.naive_evaluations == n + n * (n - 1)


@pytest.mark.parametrize("name", ["smol", "gemma"])
def test_planted_country_gets_the_largest_attribution(request: pytest.FixtureRequest, name: str) -> None:
    session = request.getfixturevalue(name)
    result = attribute(session, PLANTED, target=" Paris", unit="word")
    best = int(np.argmax(result.scores))
    scores = [(u.text, s) for u, s in zip(result.units, result.scores, strict=True)]
    assert result.units[best].text == " France", scores


@pytest.mark.parametrize("name", ["smol", "gemma"])
def test_rollout_rows_sum_to_one(request: pytest.FixtureRequest, name: str) -> None:
    session = request.getfixturevalue(name)
    tokens = session.prompt_tokens(PLANTED)
    maps = mean_attention(session, tokens, TaskContext())
    n = len(tokens)
    np.testing.assert_allclose(maps.sum(axis=2), 1.0, atol=1e-3)  # each layer's attention, head-averaged
    assert np.abs(np.triu(maps, k=1)).max() == 0.0  # causal: nothing above the diagonal
    flow = rollout(maps)
    assert flow.shape == (n, n)
    np.testing.assert_allclose(flow.sum(axis=1), 1.0, atol=1e-9)
    result = attribute(session, PLANTED, target=" Paris", method="rollout")
    assert sum(result.scores) == pytest.approx(1.0, abs=1e-9)  # the sink left out, the rest renormalised
    assert result.extra["sink_share"] == pytest.approx(flow[-1, 0])


def test_units_cover_the_prompt(smol: Session, gemma: Session) -> None:
    prompt = "Lisbon is old. Porto is on the river, too!\nBoth are nice."
    for session in (smol, gemma):
        tokens = session.prompt_tokens(prompt)
        words = split_units(session, prompt, tokens, "word")
        assert [u.text for u in words][:4] == ["Lisbon", " is", " old", "."]
        sentences = split_units(session, prompt, tokens, "sentence")
        assert [u.text.strip() for u in sentences] == [
            "Lisbon is old.",
            "Porto is on the river, too!",
            "Both are nice.",
        ]
        assert all(prompt[u.start : u.end] == u.text for u in words + sentences)


def test_attribution_cancels(smol: Session) -> None:
    calls: list[float] = []
    context = TaskContext(should_stop=lambda: len(calls) >= 2, report=lambda f, m: calls.append(f))
    with pytest.raises(Cancelled):
        attribute(smol, PLANTED, unit="token", context=context)
    assert 2 <= len(calls) < 7


def test_attribute_cli_json() -> None:
    command = [sys.executable, "main.py", "attribute", "--prompt", "The capital of France is", "--json"]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert data["target"] == " Paris" and data["method"] == "occlusion" and data["unit"] == "word"
    assert [u["text"] for u in data["units"]] == ["The", " capital", " of", " France", " is"]
    assert set(data) >= {"contrast", "base_logprob", "evaluations", "seconds"}
    assert all(set(u) >= {"text", "start", "end", "score"} for u in data["units"])
