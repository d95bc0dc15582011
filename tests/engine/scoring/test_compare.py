"""Model against model: KL of a model with itself is 0; against its own Q2_K copy it is positive and
equals a numpy KL of the two models' logits rows, computed here one position at a time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.core.session import Session
from engine.scoring.compare import compare_sessions
from engine.scoring.words import word_of_tokens

ROOT = Path(__file__).resolve().parents[3]
TEXT = "Recife is a city in the north-east of Brazil, known for its bridges, rivers and beaches."


def log_softmax(row: np.ndarray) -> np.ndarray:
    row = row.astype(np.float64)
    shifted = row - row.max()
    return shifted - np.log(np.exp(shifted).sum())


def batch_rows(session: Session, tokens: list[int]) -> np.ndarray:
    """Each model's own logits rows for the text, copied out of one decode of it, model by model.

    Not one position at a time: llama.cpp's kernels depend on how many rows a decode holds (one row
    takes the vector path), and the Q2_K copy's logits move by up to ~1 between the two paths, which
    would swamp the KL being checked. The comparison decodes the text as one batch, as here.
    """
    return np.stack([log_softmax(row) for row in session.model.logits_rows(tokens[:-1], len(tokens) - 1)])


def test_a_model_against_itself(smol: Session, smol_twin: Session) -> None:
    result = compare_sessions(smol, smol_twin, TEXT)
    assert result.mode == "token"
    assert result.summary["mean_kl"] == pytest.approx(0.0, abs=1e-9)
    assert result.summary["same_top_share"] == 1.0
    assert result.summary["ppl_ratio"] == pytest.approx(1.0, abs=1e-9)


def test_against_its_own_q2k_copy(smol: Session, smol_q2k: Session) -> None:
    result = compare_sessions(smol, smol_q2k, TEXT)
    assert result.mode == "token" and "same vocabulary" in result.reason
    tokens = smol.prompt_tokens(TEXT)
    assert [row["id"] for row in result.tokens] == tokens
    kls = []
    rows_p, rows_q = batch_rows(smol, tokens), batch_rows(smol_q2k, tokens)
    for position in range(1, len(tokens)):
        p, q = rows_p[position - 1], rows_q[position - 1]
        kls.append(float((np.exp(p) * (p - q)).sum()))
        row = result.tokens[position]
        assert row["kl"] == pytest.approx(kls[-1], rel=1e-4, abs=1e-6)
        assert row["p_a"] == pytest.approx(np.exp(p[tokens[position]]), abs=1e-6)
        assert row["p_b"] == pytest.approx(np.exp(q[tokens[position]]), abs=1e-6)
    summary = result.summary
    assert summary["mean_kl"] > 0.01
    assert summary["mean_kl"] == pytest.approx(np.mean(kls), rel=1e-4)
    assert summary["kl_percentiles"]["max"] >= summary["kl_p99"] >= summary["kl_median"]
    assert 0.0 < summary["same_top_share"] < 1.0
    flips = [row for row in result.tokens[1:] if not row["same_top"]]
    assert flips and all(row["top_a"]["id"] != row["top_b"]["id"] for row in flips)


def test_different_vocabularies_are_compared_per_word(smol: Session, gemma: Session) -> None:
    result = compare_sessions(smol, gemma, TEXT)
    assert result.mode == "word" and "different vocabularies" in result.reason
    assert [row["text"] for row in result.tokens] == TEXT.split()
    assert result.summary["mean_kl"] is None and result.summary["ppl_unit"] == "word"
    # SmolLM2 adds no BOS: its first word has an unscored token; Gemma's starts after <bos>
    assert result.tokens[0]["p_a"] is None and result.tokens[0]["p_b"] is not None
    assert result.summary["n_words"] == len(TEXT.split()) - 1


def test_word_spans_keep_spaces_with_the_next_word() -> None:
    owners, words = word_of_tokens([b"", b"Rec", b"ife", b" ", b"\xc3", b"\xa9", b" uma", b"\n"])
    assert words == ["Recife", "é", "uma"]
    assert owners == [None, 0, 0, 1, 1, 1, 2, 2]


def test_cli_compare_models_json(smol_q2k_path: Path) -> None:
    command = [
        sys.executable,
        "main.py",
        "compare-models",
        "--model",
        "smollm2-135m",
        "--model",
        str(smol_q2k_path),
        "--text",
        TEXT,
        "--json",
    ]
    data = json.loads(
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    )
    assert data["mode"] == "token"
    assert set(data["tokens"][1]) >= {"id", "text", "kl", "same_top", "p_a", "p_b"}
    assert set(data["summary"]) >= {
        "mean_kl",
        "kl_p99",
        "same_top_share",
        "ppl_a",
        "ppl_b",
        "ppl_ratio",
        "delta_p_percentiles",
    }


def test_cli_quantize(tmp_path: Path) -> None:
    out = tmp_path / "copy.gguf"
    command = [
        sys.executable,
        "main.py",
        "quantize",
        "--model",
        "smollm2-135m",
        "--type",
        "Q4_0",
        "--out",
        str(out),
        "--json",
    ]
    data = json.loads(
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    )
    assert data["path"] == str(out) and out.stat().st_size == data["size_bytes"]
    assert not list(tmp_path.glob("*.partial"))
    with Session.open(str(out), n_ctx=64) as session:
        assert session.info().quantization == "Q4_0"
