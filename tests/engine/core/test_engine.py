"""The engine on the real packaged models: distributions, generation, tokens, model facts, bad files."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from engine.core.chat import Message
from engine.core.llama_backend import ReferenceLlama
from engine.core.models import ModelError, check_gguf_file, resolve_model
from engine.core.sampling import SamplingSettings
from engine.core.session import Session


def reference_softmax(logits: np.ndarray) -> np.ndarray:
    values = logits.astype(np.float64)
    weights = np.exp(values - values.max())
    return weights / weights.sum()


@pytest.mark.parametrize("model", ["smol", "gemma"])
def test_probe_is_the_softmax_of_llama_cpp_logits(model: str, request: pytest.FixtureRequest) -> None:
    session: Session = request.getfixturevalue(model)
    result = session.probe("Recife é uma", top_n=50)
    # An independent path: decode the prompt again and read llama.cpp's logits row directly.
    session.model.forget_from(0)
    logits = session.model.evaluate(session.prompt_tokens("Recife é uma"))
    expected = reference_softmax(logits)
    assert logits.shape == (session.vocab_size,)
    assert abs(expected.sum() - 1.0) < 1e-9
    probs = [candidate.prob for candidate in result.candidates]
    np.testing.assert_allclose(probs, expected[[c.token.id for c in result.candidates]], rtol=1e-4, atol=1e-7)
    assert [c.rank for c in result.candidates] == list(range(1, 51))
    assert probs == sorted(probs, reverse=True)
    positive = expected[expected > 0]
    assert result.entropy_bits == pytest.approx(-(positive * np.log2(positive)).sum(), rel=1e-4)


def test_logits_flat_distribution_is_not_mistaken_for_real(smol: Session) -> None:
    # Guards against reading an unfilled buffer: a real distribution is far from uniform.
    result = smol.probe("The capital of France is")
    assert result.entropy_bits < np.log2(smol.vocab_size) - 3
    assert result.candidates[0].token.text == " Paris"


def test_greedy_generation_equals_llama_cpp_python(smol: Session) -> None:
    prompt = "The capital of France is"
    ours = smol.generate(prompt, temperature=0.0, max_tokens=24).run()
    reference = ReferenceLlama(smol.model.settings.path, n_ctx=512)
    try:
        theirs = reference.greedy_tokens(prompt, 24)
    finally:
        reference.close()
    assert [step.token.id for step in ours.steps] == theirs
    assert ours.text == smol.detokenize(theirs)


def test_steps_carry_probability_entropy_alternatives_and_logits(smol: Session) -> None:
    generation = smol.generate("Once upon a time", max_tokens=6, seed=3, top_n=5)
    for step in generation:
        assert step.logits is not None and step.logits.shape == (smol.vocab_size,)
        expected = reference_softmax(step.logits)
        assert step.prob == pytest.approx(expected[step.token.id], rel=1e-4)
        assert step.rank == 1 + int(np.count_nonzero(expected > expected[step.token.id]))
        assert len(step.candidates) == 5 and step.candidates[0].rank == 1
        assert 0 < step.entropy_bits < np.log2(smol.vocab_size)
        assert step.prob_after > 0  # the chosen token survived the chain


def test_seed_reproduces_and_differs(smol: Session) -> None:
    def text(seed: int) -> str:
        settings = SamplingSettings(temperature=1.2)
        return smol.generate("My favourite animal is", settings, max_tokens=12, seed=seed).run().text

    assert text(11) == text(11)
    assert len({text(seed) for seed in range(4)}) > 1


def test_stops_at_eos_stop_string_and_max_tokens(smol: Session) -> None:
    chat = smol.chat_prompt([Message("user", "Say hello.")])
    eos = smol.generate(chat, temperature=0.0, max_tokens=200).run()
    assert eos.stop_reason == "eos" and eos.steps[-1].token.special
    limited = smol.generate("Count: 1, 2, 3,", temperature=0.0, max_tokens=5).run()
    assert limited.stop_reason == "max_tokens" and len(limited.steps) == 5
    stopped = smol.generate("Count: 1, 2, 3,", temperature=0.0, max_tokens=40, stop=[" 6"]).run()
    assert stopped.stop_reason == "stop_string" and "6" not in stopped.text and "5" in stopped.text


def test_cancel_between_tokens(smol: Session) -> None:
    seen: list[object] = []
    generation = smol.generate(
        "Count: 1, 2, 3,", temperature=0.0, max_tokens=100, should_stop=lambda: len(seen) >= 3
    )
    for step in generation:
        seen.append(step)
    assert generation.stop_reason == "cancelled" and len(seen) == 3


def test_request_stop_from_another_thread(smol: Session) -> None:
    generation = smol.generate("Count: 1, 2, 3,", temperature=0.0, max_tokens=500)
    steps = 0
    for _ in generation:
        steps += 1
        if steps == 2:
            threading.Thread(target=smol.request_stop).start()
            threading.Event().wait(0.2)
    assert generation.stop_reason == "cancelled" and steps < 10


def test_kv_prefix_reuse_gives_identical_logits(smol: Session) -> None:
    first = smol.probe("The quick brown fox jumps over").logits
    smol.probe("The quick brown fox sleeps")  # shares a prefix; the cache is trimmed and refilled
    again = smol.probe("The quick brown fox jumps over").logits
    smol.model.forget_from(0)
    cold = smol.probe("The quick brown fox jumps over").logits
    np.testing.assert_allclose(first, again, atol=1e-3)
    np.testing.assert_allclose(first, cold, atol=1e-3)


@pytest.mark.parametrize(
    "text", ["Recife é uma cidade", "emoji 🙂🚀 ok", "日本語のテキスト", "naïve façade — ü"]
)
@pytest.mark.parametrize("model", ["smol", "gemma"])
def test_tokenizer_round_trip(model: str, text: str, request: pytest.FixtureRequest) -> None:
    session: Session = request.getfixturevalue(model)
    tokens = session.tokenize(text, add_special=False)
    assert session.detokenize([token.id for token in tokens]) == text
    assert all(not token.special for token in tokens)


def test_byte_pieces_are_shown_readably(smol: Session) -> None:
    pieces = [token.text for token in smol.tokenize("日本", add_special=False)]
    assert any(piece.startswith("<0x") for piece in pieces)  # a character split across tokens
    assert "".join(pieces) != "日本"


def test_special_tokens_are_marked(smol: Session) -> None:
    tokens = smol.tokenize("<|im_start|>user\nhi<|im_end|>", add_special=False)
    assert tokens[0].special and tokens[0].text == "<|im_start|>"
    assert tokens[-1].special and not tokens[1].special


def test_model_info_for_both_packaged_models(smol: Session, gemma: Session) -> None:
    smol_info, gemma_info = smol.info(), gemma.info()
    assert (smol_info.architecture, smol_info.n_layers, smol_info.n_heads, smol_info.n_kv_heads) == (
        "llama",
        30,
        9,
        3,
    )
    assert (smol_info.n_embd, smol_info.vocab_size, smol_info.quantization) == (576, 49152, "Q4_1")
    assert smol_info.chat_template and "im_start" in smol_info.chat_template
    assert (gemma_info.architecture, gemma_info.n_layers, gemma_info.n_heads, gemma_info.n_kv_heads) == (
        "gemma3",
        18,
        4,
        1,
    )
    assert gemma_info.vocab_size == 262144 and gemma_info.chat_template is None
    assert gemma_info.quantization == "Q4_K_M"
    assert 130e6 < smol_info.n_params < 140e6
    assert smol_info.special_tokens["eos"]["text"] == "<|im_end|>"


def test_sha256_on_demand(smol: Session) -> None:
    import hashlib

    digest = hashlib.sha256(Path(smol.model.settings.path).read_bytes()).hexdigest()
    assert smol.info().sha256 is None
    assert smol.info(with_sha256=True).sha256 == digest


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    real = resolve_model("smollm2-135m")
    truncated = tmp_path / "truncated.gguf"
    with real.open("rb") as source:
        truncated.write_bytes(source.read(real.stat().st_size // 3))
    header_only = tmp_path / "header.gguf"
    with real.open("rb") as source:
        header_only.write_bytes(source.read(2000))
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    text = tmp_path / "notes.gguf"
    text.write_text("these are not model weights\n")
    folder = tmp_path / "folder.gguf"
    folder.mkdir()
    return {
        "missing": tmp_path / "missing.gguf",
        "truncated": truncated,
        "header": header_only,
        "empty": empty,
        "not_gguf": text,
        "folder": folder,
    }


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "not found"),
        ("truncated", "truncated"),
        ("header", "truncated"),
        ("empty", "empty"),
        ("not_gguf", "not a GGUF file"),
        ("folder", "folder"),
    ],
)
def test_bad_model_files_give_clear_errors(bad_files: dict[str, Path], kind: str, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Session.open(str(bad_files[kind]))
    check_gguf_file(resolve_model("smollm2-135m"))  # the real file passes the same check


def test_unknown_model_name() -> None:
    with pytest.raises(ModelError, match="unknown model 'gpt-5'"):
        resolve_model("gpt-5")


def test_unsupported_architecture_is_named(tmp_path: Path) -> None:
    """A GGUF whose architecture llama.cpp does not know (written with the gguf package)."""
    import gguf

    path = tmp_path / "alien.gguf"
    writer = gguf.GGUFWriter(str(path), "alienformer")
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((4, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelError, match="unsupported architecture 'alienformer'"):
        Session.open(str(path))


def test_model_copy_loads_from_any_path(tmp_path: Path) -> None:
    copy = tmp_path / "my model.gguf"
    shutil.copy(resolve_model("smollm2-135m"), copy)
    with Session.open(str(copy), n_ctx=128) as session:
        assert session.info().path == str(copy)
