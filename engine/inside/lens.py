"""The logit lens: what the model would predict if it stopped after layer ℓ.

The residual stream after each layer (`l_out-<ℓ>` in llama.cpp's graph, copied by a TensorTap while
the prompt is evaluated) goes through the model's own final norm and unembedding; the result is a
next-token distribution per layer and position. Every position requests logits, so the last layer's
tensor holds every row and the lens of the last layer can be checked against llama.cpp's logits.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.tensor_tap import TensorTap
from engine.inside.lens_stats import LayerStats, LensBuffers, block_stats, layers_per_block
from engine.inside.lens_stats import top_k_indices as top_k_indices
from engine.inside.unembedding import load_unembedding
from engine.process.tasks import TaskContext

if TYPE_CHECKING:  # the GUI unpickles these results: no llama_cpp behind them
    from engine.core.session import Session

MAX_LENS_TOKENS = 256  # the final log-probabilities are kept: n x n_vocab float32 (268 MB for Gemma)
RESIDUAL_PREFIX = "l_out-"


@dataclass
class LensResult:
    """Per layer (axis 0) and position (axis 1); probabilities are the lens's softmax."""

    tokens: list[tuple[int, str]]
    n_prompt: int
    layers: list[int]
    n_layers: int
    top_ids: np.ndarray  # layers x n x k, int32, most probable first
    top_probs: np.ndarray  # layers x n x k, float32
    target_ids: np.ndarray  # n: the token whose probability is followed at each position
    target_mode: str  # "chosen" (one token everywhere) or "final_top" (each position's final choice)
    target_prob: np.ndarray  # layers x n
    target_rank: np.ndarray  # layers x n, 1 = most probable
    entropy_bits: np.ndarray  # layers x n
    kl_to_final: np.ndarray  # layers x n, KL(lens ‖ final) in bits
    token_texts: dict[int, str] = field(default_factory=dict)  # texts of every id above
    self_check: float | None = None  # max |p_lens - p_llama| at the last layer, when it was computed
    seconds: dict[str, float] = field(default_factory=dict)

    def text(self, token: int) -> str:
        return self.token_texts.get(int(token), "")

    def as_json(self) -> dict[str, Any]:
        target = int(self.target_ids[-1])
        return {
            "tokens": [{"id": token, "text": text} for token, text in self.tokens],
            "n_prompt": self.n_prompt,
            "n_layers": self.n_layers,
            "layers": [self._layer_json(slot, layer) for slot, layer in enumerate(self.layers)],
            "target": {"id": target, "text": self.text(target), "mode": self.target_mode},
            "self_check_max_abs_prob_diff": self.self_check,
            "seconds": self.seconds,
        }

    def _layer_json(self, slot: int, layer: int) -> dict[str, Any]:
        positions = []
        for position in range(len(self.tokens)):
            top = [
                {"id": int(token), "text": self.text(token), "prob": float(prob)}
                for token, prob in zip(
                    self.top_ids[slot, position], self.top_probs[slot, position], strict=True
                )
            ]
            positions.append(
                {
                    "top": top,
                    "target_id": int(self.target_ids[position]),
                    "target_prob": float(self.target_prob[slot, position]),
                    "target_rank": int(self.target_rank[slot, position]),
                    "entropy_bits": float(self.entropy_bits[slot, position]),
                    "kl_to_final": float(self.kl_to_final[slot, position]),
                }
            )
        return {"layer": layer, "positions": positions}


class _ResidualCollector:
    """Gathers `l_out-<ℓ>` rows micro-batch by micro-batch, for the chosen layers."""

    def __init__(self, layers: list[int], context: TaskContext) -> None:
        self.rows: dict[int, list[np.ndarray]] = {layer: [] for layer in layers}
        self.context = context
        self.tap = TensorTap(self.wants, self.receive)

    def wants(self, name: str) -> bool:
        suffix = name[len(RESIDUAL_PREFIX) :]
        return name.startswith(RESIDUAL_PREFIX) and suffix.isdigit() and int(suffix) in self.rows

    def receive(self, name: str, array: np.ndarray) -> None:
        self.context.check()
        self.rows[int(name[len(RESIDUAL_PREFIX) :])].append(array.reshape(-1, array.shape[-1]))

    def matrix(self, layer: int) -> np.ndarray:
        return np.concatenate(self.rows[layer]) if self.rows[layer] else np.empty((0, 0), np.float32)


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def choose_layers(requested: list[int] | None, n_layers: int) -> list[int]:
    if not requested:
        return list(range(n_layers))
    chosen = sorted({layer + n_layers if layer < 0 else layer for layer in requested})
    bad = [layer for layer in chosen if not 0 <= layer < n_layers]
    if bad:
        raise ValueError(f"layers {bad} out of range: the model has {n_layers} (0..{n_layers - 1})")
    return chosen


def capture_residuals(
    session: Session, tokens: list[int], layers: list[int], context: TaskContext
) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """The residual stream after each chosen layer (n x n_embd) and llama.cpp's log-probabilities
    (n x n_vocab float32) of the same evaluation, every position requesting logits."""
    collector = _ResidualCollector(layers, context)
    model = session.model
    final = np.empty((len(tokens), session.vocab_size), np.float32)
    with model.capturing(collector.tap, n_ctx=len(tokens) + 16):
        for position, row in enumerate(model.each_logits_row(tokens, len(tokens), context.should_stop)):
            final[position] = _log_softmax(row)
    residuals = {layer: collector.matrix(layer) for layer in layers}
    for layer, rows in residuals.items():
        if rows.shape[0] != len(tokens):
            raise RuntimeError(f"layer {layer}: {rows.shape[0]} residual rows for {len(tokens)} tokens")
    return residuals, final


def greedy_tokens(session: Session, tokens: list[int], count: int, context: TaskContext) -> list[int]:
    """`count` greedy tokens after `tokens`, on the normal context (no capture)."""
    model = session.model
    logits = model.evaluate(tokens, context.should_stop)
    generated: list[int] = []
    for _ in range(count):
        context.check()
        token = int(np.argmax(logits))
        generated.append(token)
        if model.is_end_of_generation(token) or len(tokens) + len(generated) >= model.n_ctx:
            break
        logits = model.append(token)
    return generated


def resolve_target(session: Session, target: str | int | None) -> int | None:
    """A token id from `#id`, an int, or text (its first token, without BOS); None = each position's
    final choice."""
    if target is None or target == "":
        return None
    if isinstance(target, int):
        token = target
    elif target.startswith("#") and target[1:].isdigit():
        token = int(target[1:])
    else:
        ids = session.model.tokenize(target, add_special=False)
        if not ids:
            raise ValueError(f"the target {target!r} has no tokens")
        token = ids[0]
    if not 0 <= token < session.vocab_size:
        raise ValueError(f"token id {token} is outside the vocabulary (0..{session.vocab_size - 1})")
    return token


def run_lens(
    session: Session,
    prompt: str | list[int],
    *,
    target: str | int | None = None,
    top_k: int = 5,
    layers: list[int] | None = None,
    generate: int = 0,
    context: TaskContext | None = None,
) -> LensResult:
    """The logit lens of every chosen layer (default all) at every position of `prompt` (text or ids),
    followed by `generate` greedy tokens."""
    context = context or TaskContext()
    tokens = session.prompt_tokens(prompt) if isinstance(prompt, str) else list(prompt)
    n_prompt = len(tokens)
    if generate > 0:
        tokens += greedy_tokens(session, tokens, generate, context)
    if not tokens:
        raise ValueError("the prompt is empty")
    if len(tokens) > MAX_LENS_TOKENS:
        raise ValueError(f"the lens is limited to {MAX_LENS_TOKENS} tokens; this prompt has {len(tokens)}")
    n_layers = session.info().n_layers
    chosen = choose_layers(layers, n_layers)
    chosen_target = resolve_target(session, target)
    started = time.perf_counter()
    unembedding = load_unembedding(session, context.progress)
    read_s = time.perf_counter() - started
    context.progress(0.05, "evaluating the prompt")
    started = time.perf_counter()
    residuals, final_logp = capture_residuals(session, tokens, chosen, context)
    prefill_s = time.perf_counter() - started
    targets = (
        np.full(len(tokens), chosen_target, np.int64)
        if chosen_target is not None
        else np.argmax(final_logp, axis=1).astype(np.int64)
    )
    started = time.perf_counter()
    stats: list[LayerStats] = []
    self_check = None
    step = layers_per_block(len(tokens), session.vocab_size)
    buffers = LensBuffers(min(step, len(chosen)) * len(tokens), session.vocab_size)
    for first in range(0, len(chosen), step):
        context.check()
        block = chosen[first : first + step]
        last = block.index(n_layers - 1) if n_layers - 1 in block else None
        hidden = [residuals[layer] for layer in block]
        block_result, check = block_stats(unembedding, hidden, final_logp, targets, top_k, buffers, last)
        stats += block_result
        self_check = check if check is not None else self_check
        context.progress(0.1 + 0.9 * len(stats) / len(chosen), f"lens of layer {block[-1]}")
    lens_s = time.perf_counter() - started
    result = LensResult(
        tokens=[(token, session.token_info(token).text) for token in tokens],
        n_prompt=n_prompt,
        layers=chosen,
        n_layers=n_layers,
        top_ids=np.stack([s.top_ids for s in stats]),
        top_probs=np.stack([s.top_probs for s in stats]),
        target_ids=targets,
        target_mode="chosen" if chosen_target is not None else "final_top",
        target_prob=np.stack([s.target_prob for s in stats]),
        target_rank=np.stack([s.target_rank for s in stats]),
        entropy_bits=np.stack([s.entropy_bits for s in stats]),
        kl_to_final=np.stack([s.kl_bits for s in stats]),
        self_check=self_check,
        seconds={"read_unembedding": read_s, "prefill": prefill_s, "lens": lens_s},
    )
    ids = set(np.unique(result.top_ids).tolist()) | set(targets.tolist())
    result.token_texts = {token: session.token_info(token).text for token in ids}
    return result

