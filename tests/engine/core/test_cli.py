"""The headless CLI as a user runs it: a real process, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def run_json(*args: str) -> dict:
    done = run(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_probe_recife_prints_the_distribution() -> None:
    result = run_json("probe", "--prompt", "Recife é uma", "--top", "10")
    assert result["vocab_size"] == 49152
    candidates = result["candidates"]
    assert [c["rank"] for c in candidates] == list(range(1, 11))
    assert all(
        set(c) == {"id", "text", "logit", "prob", "rank", "prob_after", "removed_by"} for c in candidates
    )
    logits = np.array([c["logit"] for c in candidates])
    # probabilities are softmax of the logits: ratios between candidates follow exp(logit difference)
    np.testing.assert_allclose(
        np.array([c["prob"] for c in candidates]) / candidates[0]["prob"],
        np.exp(logits - logits[0]),
        rtol=1e-4,
    )
    assert all(
        c["prob_after"] == pytest.approx(c["prob"], rel=1e-5) and c["removed_by"] is None for c in candidates
    )


def test_probe_reports_what_the_chain_removed() -> None:
    result = run_json(
        "probe", "--prompt", "The capital of France is", "--top", "20", "--top-k", "3", "--top-p", "0.99"
    )
    removed = [c["removed_by"] for c in result["candidates"]]
    assert removed[:3] == [None, None, None] and set(removed[3:]) == {"top_k"}
    assert sum(c["prob_after"] for c in result["candidates"]) == pytest.approx(1.0, abs=1e-5)


def test_generate_chat_json() -> None:
    result = run_json(
        "generate", "--prompt", "Say hi", "--chat", "--max-tokens", "8", "--seed", "1", "--top", "3"
    )
    assert result["text"] and len(result["steps"]) <= 8
    step = result["steps"][0]
    assert set(step) >= {"token", "prob", "entropy_bits", "candidates"} and len(step["candidates"]) == 3


def test_tokenize_and_info() -> None:
    tokens = run_json("tokenize", "--text", "Recife é uma cidade")["tokens"]
    assert "".join(t["text"] for t in tokens) == "Recife é uma cidade"
    info = run_json("info", "--model", "gemma3-270m")
    assert info["architecture"] == "gemma3" and info["vocab_size"] == 262144


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["probe", "--prompt", "x", "--model", "/nonexistent/model.gguf"], "not found"),
        (["probe", "--prompt", "x", "--model", str(ROOT / "pyproject.toml")], "not a GGUF file"),
        (["probe", "--prompt", "x", "--top-p", "1.5"], "--top-p: 1.5 is out of range (from 0 to 1)"),
        (["probe", "--prompt", "x", "--order", "top_k,banana"], "unknown sampling stage"),
        (["generate", "--prompt", "x", "--max-tokens", "0"], "max-tokens"),
        (["probe", "--prompt", "", "--model", "smollm2-135m"], "empty"),
    ],
)
def test_bad_arguments_end_in_one_line(args: list[str], message: str) -> None:
    done = run(*args, "--json")
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
