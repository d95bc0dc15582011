"""The logit lens against llama.cpp's own logits and against its definition, on both packaged models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.core.llama_types import Cancelled
from engine.core.session import Session
from engine.inside.lens import capture_residuals, run_lens, top_k_indices
from engine.inside.unembedding import load_unembedding
from engine.process.tasks import TaskContext

ROOT = Path(__file__).resolve().parents[3]
PROMPT = "The capital of France is"


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.asarray(logits, np.float64) - np.max(logits, axis=-1, keepdims=True)
    weights = np.exp(shifted)
    return weights / weights.sum(axis=-1, keepdims=True)


@pytest.fixture(params=["smol", "gemma"])
def session(request: pytest.FixtureRequest) -> Session:
    return request.getfixturevalue(request.param)


def test_last_layer_reproduces_llama_logits(session: Session) -> None:
    """The lens of the last layer, on the capture's residual stream, against logits that llama.cpp
    computed on the normal context. Compared as probabilities over the whole vocabulary, tolerance
    1e-3 (measured ~3e-6: the lens rounds activations to 8 bits exactly as ggml does)."""
    tokens = session.prompt_tokens(PROMPT)
    last = session.info().n_layers - 1
    residuals, _final = capture_residuals(session, tokens, [last], TaskContext())
    lens_probs = _softmax(load_unembedding(session).logits(residuals[last]))
    llama_probs = _softmax(session.model.logits_rows(tokens, len(tokens)))
    assert np.max(np.abs(lens_probs - llama_probs)) < 1e-3
    assert (np.argmax(lens_probs, axis=1) == np.argmax(llama_probs, axis=1)).all()
    result = run_lens(session, PROMPT, layers=[last])
    assert result.self_check is not None and result.self_check < 1e-3
    assert np.all(result.kl_to_final[0] < 1e-3)
    assert result.top_ids[0, -1, 0] == np.argmax(llama_probs[-1])


def test_reported_numbers_match_definitions(smol: Session) -> None:
    """Top-k, target probability and rank, entropy and KL of a middle layer, recomputed in float64."""
    tokens = smol.prompt_tokens(PROMPT)
    residuals, final_logp = capture_residuals(smol, tokens, [12], TaskContext())
    p = _softmax(load_unembedding(smol).logits(residuals[12]))
    result = run_lens(smol, PROMPT, target=" Paris", top_k=4, layers=[12])
    paris = smol.model.tokenize(" Paris", add_special=False)[0]
    assert (result.target_ids == paris).all() and result.target_mode == "chosen"
    order = np.argsort(-p, axis=1)
    np.testing.assert_array_equal(result.top_ids[0], order[:, :4])
    np.testing.assert_allclose(result.top_probs[0], np.take_along_axis(p, order[:, :4], 1), atol=1e-5)
    np.testing.assert_allclose(result.target_prob[0], p[:, paris], atol=1e-6)
    np.testing.assert_array_equal(result.target_rank[0], (p > p[:, [paris]]).sum(axis=1) + 1)
    entropy = -(p * np.log2(np.where(p > 0, p, 1))).sum(axis=1)
    np.testing.assert_allclose(result.entropy_bits[0], entropy, atol=1e-3)
    kl = (p * (np.log2(np.where(p > 0, p, 1)) - final_logp / np.log(2.0))).sum(axis=1)
    np.testing.assert_allclose(result.kl_to_final[0], kl, atol=2e-3)


def test_layer_zero_on_known_tokens(smol: Session, gemma: Session) -> None:
    """Gemma's layer 0 still holds the input token itself (or a variant) at the top; SmolLM2's layer 0
    already acts as a bigram model: after ' of' comes ' the', after ' is' comes ' a'."""
    result = run_lens(gemma, "The capital of France is a city with many museums", layers=[0], top_k=5)
    own = [token in result.top_ids[0, position] for position, (token, _t) in enumerate(result.tokens)]
    assert sum(own[1:]) >= 0.8 * (len(own) - 1)  # BOS left out
    result = run_lens(smol, "The capital of France is", layers=[0], top_k=3)
    texts = [[result.text(token) for token in row] for row in result.top_ids[0]]
    assert " the" in texts[2] and " a" in texts[4]


def test_top_k_indices_matches_a_full_sort() -> None:
    rng = np.random.default_rng(0)
    for columns in (49152, 1000, 3):
        logits = rng.standard_normal((9, columns)).astype(np.float32)
        expected = np.argsort(-logits, axis=1)[:, :5]
        np.testing.assert_array_equal(top_k_indices(logits, 5), expected)


def test_generated_tokens_and_cancel(smol: Session) -> None:
    result = run_lens(smol, PROMPT, generate=3, layers=[29])
    assert len(result.tokens) == result.n_prompt + 3
    assert result.tokens[result.n_prompt][1] == " Paris"
    with pytest.raises(Cancelled):
        run_lens(smol, PROMPT, context=TaskContext(should_stop=lambda: True))
    assert run_lens(smol, PROMPT, layers=[-1]).layers == [29]  # the model works after a cancel


def test_lens_cli_json() -> None:
    command = [
        sys.executable,
        "main.py",
        "lens",
        "--prompt",
        PROMPT,
        "--layers",
        "0,-1",
        "--top",
        "3",
        "--json",
    ]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert [layer["layer"] for layer in data["layers"]] == [0, 29]
    assert data["target"]["text"] == " Paris"
    position = data["layers"][1]["positions"][-1]
    assert set(position) >= {"top", "target_prob", "target_rank", "entropy_bits", "kl_to_final"}
    assert position["top"][0]["text"] == " Paris" and position["target_rank"] == 1
    assert [token["text"] for token in data["tokens"]][-1] == " is"


def test_ggml_product_agrees_with_the_float_path(session: Session) -> None:
    """The lens multiplies through ggml's int8 kernels on the file's own Q8_0 blocks (both packaged
    models); the float32 path it replaced (activations rounded as ggml rounds them, times the
    dequantized matrix) must give the same numbers: logits to 1e-3 (measured 5e-5 on logits up to
    ~50: the two sum the same products in different orders), probabilities to 1e-5, and the same
    top token. The ggml path is closer to llama.cpp's own probabilities (3.6e-7 against 2.7e-6)."""
    unembedding = load_unembedding(session)
    assert unembedding.product is not None, "ggml's Q8_0 product should be used for the packaged models"
    tokens = session.prompt_tokens(PROMPT)
    layers = [0, session.info().n_layers // 2, session.info().n_layers - 1]
    residuals, final_logp = capture_residuals(session, tokens, layers, TaskContext())
    for layer in layers:
        fast = unembedding.logits(residuals[layer])
        reference = unembedding.float_logits(residuals[layer])
        assert np.max(np.abs(fast - reference)) < 1e-3
        assert np.max(np.abs(_softmax(fast) - _softmax(reference))) < 1e-5
        assert (np.argmax(fast, axis=1) == np.argmax(reference, axis=1)).all()
    last = residuals[layers[-1]]
    llama = np.exp(final_logp)
    assert np.max(np.abs(_softmax(unembedding.logits(last)) - llama)) <= np.max(
        np.abs(_softmax(unembedding.float_logits(last)) - llama)
    )
