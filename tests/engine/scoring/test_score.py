"""Scores against a log-softmax of llama.cpp's own logits, computed here one position at a time."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.core.session import Session
from engine.process.tasks import TaskContext
from engine.scoring.score import score_text, score_tokens
from engine.scoring.windows import plan_windows

ROOT = Path(__file__).resolve().parents[3]
TEXT = "The cat sat on the mat because it was tired. Then it slept until the morning came."


def log_softmax(row: np.ndarray) -> np.ndarray:
    row = row.astype(np.float64)
    shifted = row - row.max()
    return shifted - np.log(np.exp(shifted).sum())


def prefill_row(session: Session, tokens: list[int]) -> np.ndarray:
    """llama.cpp's logits after `tokens`, from a fresh prefill of them (the KV cache emptied first).

    A fresh prefill each time, not one more token on the cache: a token decoded alone goes through
    llama.cpp's one-row kernels and its logits differ from the same token in a batch (up to 0.8 here).
    """
    session.model.forget_from(0)
    return log_softmax(session.model.evaluate(tokens))


def reference_rows(session: Session, tokens: list[int]) -> list[np.ndarray]:
    """Row p predicts tokens[p]: the context up to p − 1, one position at a time."""
    return [prefill_row(session, tokens[:position]) for position in range(1, len(tokens))]


def test_scores_equal_log_softmax_of_llama_logits(smol: Session) -> None:
    result = score_text(smol, TEXT, top_n=5)
    tokens = smol.prompt_tokens(TEXT)
    assert [token.id for token in result.tokens] == tokens
    assert result.tokens[0].logprob is None  # the first token has nothing before it
    for token, expected in zip(result.tokens[1:], reference_rows(smol, tokens), strict=True):
        assert token.logprob == pytest.approx(expected[token.id], abs=1e-5)
        assert token.surprisal_bits == pytest.approx(-expected[token.id] / math.log(2), abs=2e-5)
        assert token.rank == 1 + int(np.count_nonzero(expected > expected[token.id]))
        probs = np.exp(expected)
        assert token.entropy_bits == pytest.approx(-(probs * expected).sum() / math.log(2), abs=1e-4)
        assert [candidate.id for candidate in token.candidates] == list(np.argsort(-expected)[:5])
    logprobs = [float(token.logprob or 0.0) for token in result.scored]
    assert result.log_likelihood == pytest.approx(sum(logprobs))
    assert result.cross_entropy_bits == pytest.approx(-sum(logprobs) / len(logprobs) / math.log(2))
    assert result.perplexity == pytest.approx(2 ** float(result.cross_entropy_bits or 0.0))


def test_windows_give_the_one_pass_result_when_the_text_fits(smol: Session) -> None:
    tokens = smol.prompt_tokens(TEXT)
    one_pass = score_tokens(smol, tokens, window=len(tokens) + 10)
    windowed = score_tokens(smol, tokens, window=len(tokens), stride=3)
    assert len(one_pass.windows) == len(windowed.windows) == 1
    assert [t.logprob for t in windowed.tokens] == pytest.approx([t.logprob for t in one_pass.tokens])


def test_every_token_is_scored_once_with_the_stated_context(smol: Session) -> None:
    tokens = smol.prompt_tokens(TEXT)
    window, stride = 8, 5
    plan = plan_windows(len(tokens), window, stride)
    assert plan[0].start == 0 and plan[-1].end == len(tokens)
    scored = [p for span in plan for p in range(span.scored_from, span.end)]
    assert scored == list(range(1, len(tokens)))
    assert all(span.scored_from - span.start >= window - stride for span in plan[1:])
    result = score_tokens(smol, tokens, window=window, stride=stride)
    assert len(result.scored) == len(tokens) - 1
    # a token of the third window, recomputed from exactly the tokens that window holds before it
    span = plan[2]
    position = span.end - 1
    expected = prefill_row(smol, tokens[span.start : position])
    assert result.tokens[position].logprob == pytest.approx(expected[tokens[position]], abs=1e-5)
    # ... and it differs from the full-context score (the window really cut the context)
    full = score_tokens(smol, tokens)
    assert result.tokens[position].logprob != pytest.approx(full.tokens[position].logprob, abs=1e-3)


def test_perplexity_falls_as_a_text_repeats(smol: Session) -> None:
    sentence = "Lanterna shows which tokens a language model expected and which surprised it."
    perplexities = [float(score_text(smol, " ".join([sentence] * n)).perplexity or 0.0) for n in (1, 2, 4)]
    assert perplexities[0] > perplexities[1] > perplexities[2]
    assert perplexities[2] < perplexities[0] / 3


def test_gemma_scores_after_its_bos(gemma: Session) -> None:
    result = score_text(gemma, "Recife é uma cidade")
    assert result.tokens[0].text == "<bos>" and result.tokens[0].logprob is None
    assert result.tokens[-1].text == " cidade" and (result.tokens[-1].prob or 0.0) > 0.2


def test_scoring_can_be_cancelled(smol: Session) -> None:
    from engine.core.llama_types import Cancelled

    tokens = smol.prompt_tokens(" ".join([TEXT] * 6))
    with pytest.raises(Cancelled):
        score_tokens(smol, tokens, window=16, stride=8, context=TaskContext(should_stop=lambda: True))


def test_bad_windows_are_refused(smol: Session) -> None:
    with pytest.raises(ValueError, match="stride"):
        score_text(smol, TEXT, window=8, stride=8)
    with pytest.raises(ValueError, match="window"):
        score_text(smol, TEXT, window=5000)
    with pytest.raises(ValueError, match="empty"):
        score_text(smol, "")


def test_cli_score_json() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "score", "--text", "Recife é uma cidade", "--top", "3", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    data = json.loads(result.stdout)
    assert set(data) >= {
        "tokens",
        "n_tokens",
        "log_likelihood",
        "cross_entropy_bits",
        "perplexity",
        "window",
        "stride",
    }
    first, *rest = data["tokens"]
    assert first["logprob"] is None and first["text"] == "Rec"
    assert set(rest[0]) == {"id", "text", "logprob", "surprisal_bits", "rank", "entropy_bits", "candidates"}
    assert len(rest[0]["candidates"]) == 3
    assert data["log_likelihood"] == pytest.approx(sum(t["logprob"] for t in rest))
