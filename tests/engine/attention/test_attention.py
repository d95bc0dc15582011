"""Attention maps read out of llama.cpp, checked against their definition and a numpy recomputation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from gguf.constants import GGMLQuantizationType
from gguf.quants import dequantize

from engine.attention.capture import AttentionMaps, Section, capture_attention
from engine.attention.sections import chat_sections, sections_from_chars, token_char_spans
from engine.core.gguf_file import read_gguf_header
from engine.core.llama_types import Cancelled
from engine.core.session import Session
from engine.process.tasks import TaskContext, run_task

PROMPT = "The cat sat on the mat because it was tired."


def assert_causal_and_normalized(maps: AttentionMaps) -> None:
    weights = maps.weights.astype(np.float64)
    n = maps.n_tokens
    assert weights.shape[-2:] == (n, n)  # padded key columns are never returned
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    assert np.all(weights[..., upper] == 0.0)  # the causal mask
    # float16 storage rounds each weight by at most 2^-11 relative: a row of n weights sums within n * 5e-4
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, atol=n * 5e-4)
    assert np.all(weights >= 0.0)


@pytest.mark.parametrize(
    ("fixture", "layers", "heads", "kv_heads"), [("smol", 30, 9, 3), ("gemma", 18, 4, 1)]
)
def test_every_layer_and_head_is_a_causal_distribution(
    request: pytest.FixtureRequest, fixture: str, layers: int, heads: int, kv_heads: int
) -> None:
    session: Session = request.getfixturevalue(fixture)
    maps = capture_attention(session, PROMPT)
    n = len(session.prompt_tokens(PROMPT))
    assert maps.weights.shape == (layers, heads, n, n)
    assert maps.weights.dtype == np.float16
    assert (maps.n_layers, maps.n_heads, maps.n_kv_heads) == (layers, heads, kv_heads)
    assert_causal_and_normalized(maps)
    assert maps.weights[:, :, 0, 0].min() == 1.0  # the first token can only attend to itself


def test_gemma_sliding_window_layers_follow_llama_cpp(gemma: Session) -> None:
    maps = capture_attention(gemma, PROMPT, layers=[4, 5])
    assert maps.sliding_window == 512
    assert maps.is_sliding(4) and not maps.is_sliding(5)  # every sixth layer attends globally


def test_grouped_query_heads_share_keys_but_not_weights(smol: Session) -> None:
    maps = capture_attention(smol, PROMPT, layers=[3])
    # heads 0, 1, 2 read the same key/value head; their queries differ, so their maps differ
    assert not np.allclose(maps.matrix(3, 0), maps.matrix(3, 1), atol=1e-3)


def test_selected_layers_and_heads_equal_the_full_capture(smol: Session) -> None:
    full = capture_attention(smol, PROMPT)
    some = capture_attention(smol, PROMPT, layers=[2, 7], heads=[1, 8])
    assert some.weights.shape[:2] == (2, 2)
    np.testing.assert_array_equal(some.weights, full.weights[[2, 7]][:, [1, 8]])
    with pytest.raises(ValueError, match="out of range"):
        capture_attention(smol, PROMPT, layers=[30])


def test_capture_leaves_the_normal_context_as_it_was(smol: Session) -> None:
    tokens = smol.prompt_tokens("A capture must not disturb generation")
    before = smol.model.evaluate(tokens)
    capture_attention(smol, PROMPT, layers=[0])
    assert smol.model.n_cached == len(tokens)  # the chat's KV cache survived the capture
    np.testing.assert_array_equal(smol.model.evaluate(tokens), before)


def test_generated_tokens_get_attention_rows(smol: Session) -> None:
    maps = capture_attention(smol, PROMPT, layers=[0, 29], generate=5)
    greedy = [step.token.id for step in smol.generate(PROMPT, temperature=0, max_tokens=5).run().steps]
    n_prompt = maps.n_prompt
    assert [token for token, _ in maps.tokens[n_prompt:]] == greedy[:4]  # the 5th is chosen, never decoded
    assert maps.n_tokens == n_prompt + 4
    assert_causal_and_normalized(maps)


def test_cancel_stops_the_capture_and_the_model_still_works(smol: Session) -> None:
    calls = []

    def stop_after_first() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        capture_attention(smol, PROMPT, context=TaskContext(should_stop=stop_after_first))
    assert capture_attention(smol, PROMPT, layers=[0]).n_tokens == len(smol.prompt_tokens(PROMPT))


def test_task_reports_progress_from_the_start_and_after_every_layer(smol: Session) -> None:
    reported: list[tuple[float, str]] = []
    context = TaskContext(report=lambda fraction, message: reported.append((fraction, message)))
    maps = run_task("attention", smol, {"prompt": PROMPT, "layers": [0, 5, 29]}, context)
    assert isinstance(maps, AttentionMaps)
    # before the (slow) capture context exists, the user already reads what is going on
    assert reported[0][0] == 0.0 and reported[0][1].startswith("Preparing the capture context")
    # the prompt is one micro-batch, yet progress moves layer by layer, not 0 % then 100 %
    fractions = [fraction for fraction, _ in reported]
    assert fractions[1:] == pytest.approx([1 / 3, 2 / 3, 1.0])
    assert all(message for _, message in reported)
    assert "layer 5" in reported[2][1]


def test_sections_map_character_ranges_to_tokens(smol: Session) -> None:
    prompt = "Tweet: I love it\nSentiment: positive\n###\nTweet: awful day\nSentiment:"
    first_end = prompt.index("###")
    ranges = [
        {"name": "example 1", "start": 0, "end": first_end},
        {"name": "query", "start": first_end + 4, "end": len(prompt)},
    ]
    sections = sections_from_chars(smol, prompt, ranges)
    tokens = smol.prompt_tokens(prompt)
    spans = token_char_spans(smol, prompt, tokens)
    assert "".join(prompt[a:b] for a, b in spans) == prompt
    # the ### between the two belongs to neither: it is a section of its own
    assert [section.name for section in sections] == ["example 1", "other text", "query"]
    assert "".join(prompt[slice(*spans[i])] for i in sections[1].indices()) == "###\n"
    assert sections[0].start == 0 and prompt[spans[sections[2].start][0] :].startswith("Tweet: awful")
    maps = capture_attention(smol, prompt, layers=[1], sections=sections)
    summary = maps.section_matrix(1, None)
    assert summary.shape == (3, 3)
    assert summary[0, 2] == 0.0  # the first example cannot see the query that follows it


def test_chat_sections_find_each_message(smol: Session) -> None:
    from engine.core.chat import Message

    messages = [("system", "Be brief."), ("user", "Name a colour.")]
    prompt = smol.chat_prompt([Message(role, content) for role, content in messages])
    ranges = chat_sections(prompt, messages)
    assert [item["name"] for item in ranges] == ["system", "user 1"]
    assert all(
        prompt[item["start"] : item["end"]] == content
        for item, (_, content) in zip(ranges, messages, strict=True)
    )
    maps = run_task("attention", smol, {"messages": messages, "layers": [0]}, TaskContext())
    # the template's markers around the messages form one section, in several spans
    assert [section.name for section in maps.sections] == ["template", "system", "user 1"]
    assert isinstance(maps.sections[0], Section) and len(maps.sections[0].spans) == 3


# --- layer 0 recomputed from the GGUF weights ---------------------------------------------------


def _tensor(path: Path, name: str) -> np.ndarray:
    """A weight matrix dequantized with gguf-py (rows x row length), independent of llama.cpp."""
    info = read_gguf_header(path).tensors[name]
    raw = np.fromfile(path, dtype=np.uint8, count=info.n_bytes, offset=info.offset)
    rows = info.n_elements // info.shape[0]
    if info.ggml_type == GGMLQuantizationType.F32:
        return raw.view(np.float32).reshape(rows, info.shape[0]).astype(np.float64)
    values = dequantize(raw.reshape(rows, -1), GGMLQuantizationType(info.ggml_type))
    return np.asarray(values, dtype=np.float64).reshape(rows, info.shape[0])


def _rope(vectors: np.ndarray, base: float, neox: bool) -> np.ndarray:
    """Rotary position embedding; llama.cpp's 'normal' kind rotates adjacent pairs (2i, 2i+1)."""
    n, _, dim = vectors.shape
    angles = np.arange(n)[:, None, None] * base ** (-np.arange(0, dim, 2) / dim)[None, None, :]
    cos, sin = np.cos(angles), np.sin(angles)
    first, second = (
        (vectors[..., : dim // 2], vectors[..., dim // 2 :])
        if neox
        else (vectors[..., 0::2], vectors[..., 1::2])
    )
    rotated = np.empty_like(vectors)
    if neox:
        rotated[..., : dim // 2], rotated[..., dim // 2 :] = (
            first * cos - second * sin,
            first * sin + second * cos,
        )
    else:
        rotated[..., 0::2], rotated[..., 1::2] = first * cos - second * sin, first * sin + second * cos
    return rotated


def recompute_layer0(path: Path, tokens: list[int], neox: bool = False) -> np.ndarray:
    """Layer 0 attention of a Llama-architecture GGUF: embedding, RMS norm, Q/K projections, RoPE,
    scaled dot products, causal mask, softmax (heads x q x k)."""
    meta = read_gguf_header(path).metadata
    n_head, n_kv = int(meta["llama.attention.head_count"]), int(meta["llama.attention.head_count_kv"])
    x = _tensor(path, "token_embd.weight")[tokens]
    norm = _tensor(path, "blk.0.attn_norm.weight")[0]
    x = x / np.sqrt(
        (x * x).mean(axis=-1, keepdims=True) + float(meta["llama.attention.layer_norm_rms_epsilon"])
    )
    x = x * norm
    n, dim = len(tokens), x.shape[1] // n_head
    base = float(meta["llama.rope.freq_base"])
    q = _rope((x @ _tensor(path, "blk.0.attn_q.weight").T).reshape(n, n_head, dim), base, neox)
    k = _rope((x @ _tensor(path, "blk.0.attn_k.weight").T).reshape(n, n_kv, dim), base, neox)
    # llama.cpp keeps K in a float16 cache and multiplies Q by it in float16
    q, k = q.astype(np.float16).astype(np.float64), k.astype(np.float16).astype(np.float64)
    causal = np.triu(np.ones((n, n), dtype=bool), 1)
    result = np.empty((n_head, n, n))
    for head in range(n_head):
        scores = q[:, head] @ k[:, head // (n_head // n_kv)].T / np.sqrt(dim)
        scores[causal] = -np.inf
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
        result[head] = weights / weights.sum(axis=-1, keepdims=True)
    return result


def test_layer0_agrees_with_a_numpy_recomputation_from_the_weights(smol: Session) -> None:
    maps = capture_attention(smol, PROMPT, layers=[0])
    tokens = [token for token, _ in maps.tokens]
    path = Path(smol.info().path)
    expected = recompute_layer0(path, tokens)
    error = np.abs(maps.weights[0].astype(np.float64) - expected)
    # Tolerance: llama.cpp rounds activations to 8 bits (Q8_1) before its Q4_1 matrix products and
    # we store the result as float16 (relative 5e-4); measured here: max 0.008, mean 0.0004.
    assert error.max() < 0.02
    assert error.mean() < 0.002
    # The check can fail: the other RoPE layout (NeoX halves) is far off.
    assert np.abs(maps.weights[0].astype(np.float64) - recompute_layer0(path, tokens, neox=True)).max() > 0.1


# --- CLI ----------------------------------------------------------------------------------------


def test_cli_attention_json_and_npz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from main import main

    out = tmp_path / "maps.npz"
    code = main(
        [
            "attention",
            "--prompt",
            PROMPT,
            "--layers",
            "0,29",
            "--heads",
            "0,4",
            "--n-ctx",
            "256",
            "--json",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    n = len(result["tokens"])
    assert (result["n_layers"], result["n_heads"]) == (30, 9)
    assert [layer["layer"] for layer in result["layers"]] == [0, 29]
    heads = result["layers"][1]["heads"]
    assert len(heads) == 2 and [len(row) for row in heads[0]] == list(range(1, n + 1))  # only k <= q
    assert all(abs(sum(row) - 1) < 0.01 for head in heads for row in head)
    arrays = np.load(out)
    assert arrays["weights"].shape == (2, 2, n, n)
    np.testing.assert_allclose(arrays["weights"][1, 0, n - 1, :], heads[0][n - 1], atol=1e-5)


def test_float16_storage_is_bit_exact_with_numpy_including_subnormals() -> None:
    from engine.attention.capture import store_float16

    rng = np.random.default_rng(0)
    weights = (rng.random((3, 40, 50), dtype=np.float32) ** 12).astype(np.float32)
    weights[0, 0, :5] = [0.0, 1.0, 2.0**-14, 2.0**-24, 3 * 2.0**-25]  # edges and a rounding tie
    assert (weights < 2.0**-14).mean() > 0.3  # the case the fast path exists for
    stored = np.zeros_like(weights, dtype=np.float16)
    store_float16(stored, weights)
    np.testing.assert_array_equal(stored.view(np.uint16), weights.astype(np.float16).view(np.uint16))


@pytest.mark.slow
def test_gemma_sliding_window_layers_see_only_the_last_512_keys() -> None:
    """A 600-token prompt: on sliding-window layers every key 512 or more positions back has weight 0
    (llama.cpp masks distance >= n_swa), while a global layer still reads those keys."""
    with Session.open("gemma3-270m", n_ctx=1024) as session:
        prompt = " ".join(f"word{index % 50}" for index in range(300))
        maps = capture_attention(session, prompt, layers=[4, 5], heads=[0, 1])
    n = maps.n_tokens
    assert n > 600 and maps.sliding_window == 512
    queries, keys = np.indices((n, n))
    beyond = queries - keys >= 512
    sliding, global_ = maps.weights[0].astype(np.float32), maps.weights[1].astype(np.float32)
    assert np.all(sliding[:, beyond] == 0.0)
    assert np.any(sliding[:, queries - keys == 511] > 0.0)  # the oldest key still inside the window
    assert np.any(global_[:, beyond] > 0.0)
    assert_causal_and_normalized(maps)
