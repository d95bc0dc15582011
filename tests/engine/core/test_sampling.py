"""The numpy sampling chain: hand-checked cases, then llama.cpp's own samplers on real logits."""

from __future__ import annotations

import numpy as np
import pytest

from engine.core.llama_backend import llama_sampler_chain_keep
from engine.core.sampling import LLAMA_ORDER, STAGES, SamplingSettings, apply_chain, sample_token, softmax
from engine.core.session import Session

COURSE = np.log(np.array([0.40, 0.30, 0.15, 0.10, 0.05]))  # tokens A..E


def kept(logits: np.ndarray, **settings: object) -> list[int]:
    return apply_chain(logits, SamplingSettings(**settings)).kept.tolist()  # type: ignore[arg-type]


def test_course_top_p_keeps_a_b_c_and_top_p_removes_d_e() -> None:
    result = apply_chain(COURSE, SamplingSettings(top_p=0.85))
    assert result.kept.tolist() == [0, 1, 2]
    assert [result.removed_stage(token) for token in (3, 4)] == ["top_p", "top_p"]
    np.testing.assert_allclose(result.probs_after[:3], np.array([0.40, 0.30, 0.15]) / 0.85, rtol=1e-6)
    assert result.probs_after[3:].tolist() == [0.0, 0.0]


def test_course_top_p_keeps_d_when_p_is_raised() -> None:
    assert kept(COURSE, top_p=0.86) == [0, 1, 2, 3]
    assert kept(COURSE, top_p=0.5) == [0, 1]
    assert kept(COURSE, top_p=0.4) == [0]


def test_top_k_keeps_the_k_most_probable() -> None:
    assert kept(COURSE, top_k=2) == [0, 1]
    assert kept(COURSE, top_k=0) == [0, 1, 2, 3, 4]  # 0 = off, as in llama.cpp
    assert kept(COURSE, top_k=9) == [0, 1, 2, 3, 4]


def test_min_p_keeps_tokens_at_least_p_times_the_top_one() -> None:
    # 0.25 * 0.40 = 0.10: D (0.10) stays, E (0.05) goes.
    assert kept(COURSE, min_p=0.25) == [0, 1, 2, 3]
    assert kept(COURSE, min_p=0.76) == [0]


def test_temperature_sharpens_and_flattens_and_zero_is_greedy() -> None:
    cold = apply_chain(COURSE, SamplingSettings(temperature=0.5)).probs_after
    hot = apply_chain(COURSE, SamplingSettings(temperature=2.0)).probs_after
    expected_cold = np.array([0.40, 0.30, 0.15, 0.10, 0.05]) ** 2
    np.testing.assert_allclose(cold, expected_cold / expected_cold.sum(), rtol=1e-5)
    assert cold[0] > 0.40 > hot[0]
    greedy = apply_chain(COURSE, SamplingSettings(temperature=0.0))
    assert greedy.kept.tolist() == [0] and greedy.removed_stage(1) == "temperature"


def test_order_changes_the_kept_set() -> None:
    # At T = 3 the distribution is flatter: top-p 0.85 needs more tokens when temperature comes first.
    first = apply_chain(
        COURSE, SamplingSettings(temperature=3.0, top_p=0.85).with_order(("temperature", "top_p"))
    )
    last = apply_chain(
        COURSE, SamplingSettings(temperature=3.0, top_p=0.85).with_order(("top_p", "temperature"))
    )
    assert last.kept.tolist() == [0, 1, 2]
    assert first.kept.tolist() == [0, 1, 2, 3]


def test_every_stage_reports_itself_and_probabilities_renormalize() -> None:
    logits = np.random.default_rng(0).normal(size=500).astype(np.float32) * 3
    result = apply_chain(logits, SamplingSettings(top_k=50, top_p=0.8, min_p=0.05, temperature=0.7))
    assert abs(result.probs.sum() - 1) < 1e-5 and abs(result.probs_after.sum() - 1) < 1e-5
    removed = {result.removed_stage(token) for token in range(500)} - {None}
    assert removed <= set(STAGES) and "top_k" in removed
    assert np.all(result.probs_after[result.removed_by >= 0] == 0)


def test_bad_settings_are_refused() -> None:
    for bad in ({"top_p": 1.5}, {"min_p": -0.1}, {"top_k": -1}, {"temperature": -1.0}):
        with pytest.raises(ValueError):
            SamplingSettings(**bad)
    with pytest.raises(ValueError, match="unknown sampling stage"):
        SamplingSettings(order=("top_k", "nucleus"))


def test_seeded_sampling_matches_the_distribution() -> None:
    result = apply_chain(COURSE, SamplingSettings(top_p=0.85))
    rng = np.random.default_rng(7)
    draws = np.bincount([sample_token(result, rng) for _ in range(4000)], minlength=5) / 4000
    np.testing.assert_allclose(draws, result.probs_after, atol=0.03)
    again = [sample_token(result, np.random.default_rng(7)) for _ in range(5)]
    assert again == [sample_token(result, np.random.default_rng(7)) for _ in range(5)]


SETTINGS = [
    [("top_k", 40)],
    [("top_k", 5)],
    [("top_p", 0.9)],
    [("top_p", 0.5)],
    [("min_p", 0.05)],
    [("min_p", 0.2)],
    [("typical_p", 0.8)],
    [("temperature", 0.0)],
    [("top_k", 40), ("top_p", 0.95), ("min_p", 0.05), ("temperature", 0.8)],
    [("temperature", 0.8), ("top_k", 40), ("top_p", 0.95), ("min_p", 0.05)],
    [("temperature", 1.5), ("top_p", 0.9)],
    [("top_p", 0.9), ("temperature", 1.5)],
    [("temperature", 0.5), ("min_p", 0.1)],
]
PROMPTS = ["Recife é uma", "The cat sat on the", "def fibonacci(n):"]


@pytest.mark.parametrize("stages", SETTINGS, ids=lambda stages: "+".join(f"{n}={v}" for n, v in stages))
def test_chain_matches_llama_cpp_samplers_on_real_logits(
    smol: Session, stages: list[tuple[str, float]]
) -> None:
    for prompt in PROMPTS:
        logits = smol.probe(prompt).logits
        settings = SamplingSettings(**dict(stages)).with_order(tuple(name for name, _ in stages))  # type: ignore[arg-type]
        ours = apply_chain(logits, settings)
        their_ids, their_probs = llama_sampler_chain_keep(logits, stages)
        assert sorted(their_ids.tolist()) == ours.kept.tolist(), prompt
        np.testing.assert_allclose(ours.probs_after[their_ids], their_probs, atol=1e-6)


def test_chain_matches_llama_cpp_on_gemma_vocabulary(gemma: Session) -> None:
    logits = gemma.probe("The capital of Brazil is").logits
    assert logits.size == 262144
    for stages in ([("top_p", 0.9)], [("temperature", 1.3), ("top_p", 0.95), ("min_p", 0.02)]):
        settings = SamplingSettings(**dict(stages)).with_order(tuple(name for name, _ in stages))  # type: ignore[arg-type]
        their_ids, _ = llama_sampler_chain_keep(logits, stages)
        assert sorted(their_ids.tolist()) == apply_chain(logits, settings).kept.tolist()


def test_default_order_is_llama_cpp_order() -> None:
    assert SamplingSettings.llama_defaults().order == LLAMA_ORDER
    assert LLAMA_ORDER[-1] == "temperature"


@pytest.mark.parametrize("temperature_first", [False, True])
def test_min_p_threshold_separates_exactly_what_min_p_keeps(smol: Session, temperature_first: bool) -> None:
    from engine.core.sampling import min_p_threshold

    logits = smol.probe("The cat sat on the").logits
    settings = SamplingSettings(temperature=0.6, min_p=0.05, top_k=0, top_p=1.0)
    if temperature_first:
        settings = settings.with_order(("temperature",))
    result = apply_chain(logits, settings)
    threshold = min_p_threshold(result.probs, settings)
    assert threshold is not None
    above = np.flatnonzero(result.probs >= threshold * (1 + 1e-5))
    below = np.flatnonzero(result.probs < threshold * (1 - 1e-5))
    assert np.all(result.removed_by[above] == -1)
    assert np.all(result.removed_by[below] == STAGES.index("min_p"))


def test_stage_input_is_what_the_stage_sees(smol: Session) -> None:
    from engine.core.sampling import stage_input

    logits = smol.probe("Once upon a time").logits
    settings = SamplingSettings(temperature=0.5, top_p=0.9).with_order(("temperature", "top_p"))
    assert np.allclose(stage_input(logits, settings, "top_p"), softmax(logits / np.float32(0.5)), atol=1e-6)
    llama_order = SamplingSettings(temperature=0.5, top_p=0.9)  # temperature last: top-p sees raw probs
    assert np.allclose(stage_input(logits, llama_order, "top_p"), softmax(logits), atol=1e-6)


def test_temperature_sweep_sharpens_towards_greedy(smol: Session) -> None:
    from engine.core.sampling import temperature_sweep

    logits = smol.probe("The capital of France is").logits
    temperatures = np.array([0.1, 0.5, 1.0, 1.5])
    entropy, top1 = temperature_sweep(logits, SamplingSettings(), temperatures)
    assert np.all(np.diff(entropy) > 0) and np.all(np.diff(top1) < 0)
    probs = softmax(logits)
    expected_entropy = float(-(probs[probs > 0] * np.log2(probs[probs > 0])).sum())
    assert entropy[2] == pytest.approx(expected_entropy, rel=1e-3)
    assert top1[2] == pytest.approx(float(probs.max()), rel=1e-5)


def test_seeded_samples_follow_the_final_distribution() -> None:
    from engine.core.lessons import synthetic_logits
    from engine.core.sampling import sample_counts

    result = apply_chain(synthetic_logits([0.40, 0.30, 0.15, 0.10, 0.05]), SamplingSettings(top_p=0.85))
    counts = sample_counts(result, 2000, seed=3)
    assert set(counts) == {0, 1, 2} and sum(counts.values()) == 2000
    expected = np.array([0.40, 0.30, 0.15]) / 0.85
    observed = np.array([counts[0], counts[1], counts[2]]) / 2000
    # 4 standard errors of a binomial proportion at n = 2000 (at most 0.045): fails by chance < 1e-4.
    assert np.all(np.abs(observed - expected) <= 4 * np.sqrt(expected * (1 - expected) / 2000))
    assert sample_counts(result, 2000, seed=3) == counts


def test_entropy_after_the_chain_is_of_the_distribution_it_leaves() -> None:
    from engine.core.sampling import entropy_of

    logits = np.log(np.array([0.40, 0.30, 0.15, 0.10, 0.05], dtype=np.float32))
    result = apply_chain(logits, SamplingSettings(top_p=0.85, order=("top_p", "temperature")))
    kept = np.array([0.40, 0.30, 0.15]) / 0.85
    assert result.entropy_after_bits == pytest.approx(float(-(kept * np.log2(kept)).sum()), abs=1e-5)
    assert result.entropy_bits > result.entropy_after_bits  # before the chain: all five tokens
    assert entropy_of(np.array([1.0, 0.0])) == 0.0


def test_entropy_of_a_top_n_with_unknown_rest_is_the_entropy_of_the_listed_tokens() -> None:
    """A server's top-N arrives as log-probabilities with -inf for every token it did not list."""
    from engine.core.sampling import softmax_and_entropy

    logits = np.full(1000, -np.inf, dtype=np.float32)
    logits[:4] = np.log([0.4, 0.3, 0.2, 0.1])
    probs, bits = softmax_and_entropy(logits)
    expected = -sum(p * np.log2(p) for p in (0.4, 0.3, 0.2, 0.1))
    assert bits == pytest.approx(expected, abs=1e-5)
    assert probs[4:].sum() == 0.0
