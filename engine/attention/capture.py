"""Attention weights read out of llama.cpp: every layer and head, for a prompt (and generated tokens).

llama.cpp has no API for attention. Its graph names the softmax of each layer `kq_soft_max-<layer>`
(shape n_head x n_tokens x n_kv, grouped-query heads already broadcast to every query head). A
`TensorTap` on a separate capture context (flash attention off) copies that tensor once per
micro-batch; only the first n_past + n_tokens key columns are real, the rest is padding.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from engine.attention.maps import UNNAMED, AttentionMaps, Section, complete_sections
from engine.attention.sections import TEMPLATE, chat_sections, sections_from_chars
from engine.core.chat import Message
from engine.core.llama_types import Cancelled
from engine.core.session import Session
from engine.core.tensor_tap import TensorTap
from engine.process.tasks import TaskContext

MAX_CAPTURE_TOKENS = 1024  # layers x heads x n^2 float16: 30 x 9 x 1024^2 x 2 bytes = 566 MB for SmolLM2
SOFTMAX_PREFIX = "kq_soft_max-"
# Sliding-window layers per architecture, as llama.cpp's set_swa_pattern(n) marks them: every
# layer except each n-th one (which attends globally).
SWA_PATTERNS = {"gemma3": 6, "gemma2": 2, "cohere2": 4}


_SMALLEST_NORMAL_FLOAT16 = np.float32(2.0**-14)


def store_float16(destination: np.ndarray, weights: np.ndarray) -> None:
    """destination[...] = weights as float16, bit for bit, for weights in [0, 1].

    numpy converts float16 subnormals (below 2^-14, most of a long row's weights) through a slow
    scalar path, 15x slower than normal numbers; here they are rounded to multiples of 2^-24 directly.
    """
    small = weights < _SMALLEST_NORMAL_FLOAT16
    normal = np.where(small, np.float32(1.0), weights).astype(np.float16).view(np.uint16)
    subnormal = np.rint(weights * np.float32(2.0**24)).astype(np.uint16)
    destination.view(np.uint16)[...] = np.where(small, subnormal, normal)


class _SoftmaxCollector:
    """Receives kq_soft_max tensors micro-batch by micro-batch and fills the (layer, head, q, k) array."""

    def __init__(
        self, layers: list[int], heads: list[int], n_total: int, n_layers: int, context: TaskContext
    ) -> None:
        self.layer_slot = {layer: index for index, layer in enumerate(layers)}
        self.heads = np.array(heads)
        self.weights = np.zeros((len(layers), len(heads), n_total, n_total), dtype=np.float16)
        self.rows_done = dict.fromkeys(layers, 0)  # query rows filled so far, per layer
        self.n_total = n_total
        self.context = context
        self.n_layers = n_layers
        self.tap = TensorTap(self.wants, self.receive)

    def wants(self, name: str) -> bool:
        if not name.startswith(SOFTMAX_PREFIX):
            return False
        suffix = name[len(SOFTMAX_PREFIX) :]
        return suffix.isdigit() and int(suffix) in self.layer_slot

    def receive(self, name: str, array: np.ndarray) -> None:
        if self.context.should_stop():
            raise Cancelled("attention capture cancelled")
        layer = int(name[len(SOFTMAX_PREFIX) :])
        maps = array.reshape(array.shape[-3:]) if array.ndim > 3 else array  # (n_head, n_tokens, n_kv)
        first = self.rows_done[layer]
        rows = min(int(maps.shape[-2]), self.n_total - first)
        keys = first + rows  # the real key columns: everything up to the newest query
        every_head = len(self.heads) == maps.shape[0]  # the model's heads, all chosen: no copy
        block = maps[:, :rows, :keys] if every_head else maps[self.heads, :rows, :keys]
        store_float16(self.weights[self.layer_slot[layer], :, first : first + rows, :keys], block)
        self.rows_done[layer] = first + rows
        self._report(layer, first + rows)

    def _report(self, layer: int, rows: int) -> None:
        """Progress after every layer: one micro-batch of a short prompt already takes seconds."""
        done = sum(self.rows_done.values()) / (len(self.layer_slot) * self.n_total)
        self.context.progress(
            done, f"Reading layer {layer} of 0–{self.n_layers - 1} · tokens up to {rows} of {self.n_total}"
        )


def _choose(requested: list[int] | None, count: int, what: str) -> list[int]:
    if not requested:
        return list(range(count))
    chosen = sorted(set(requested))
    bad = [index for index in chosen if not 0 <= index < count]
    if bad:
        raise ValueError(f"{what} {bad} out of range: the model has {count} (0..{count - 1})")
    return chosen


def sliding_window_layers(
    architecture: str, n_layers: int, metadata: dict[str, str]
) -> tuple[int | None, list[int]]:
    window_text = metadata.get(f"{architecture}.attention.sliding_window", "")
    if not window_text.isdigit():
        return None, []
    pattern = SWA_PATTERNS.get(architecture)
    layers = [layer for layer in range(n_layers) if pattern is None or layer % pattern < pattern - 1]
    return int(window_text), layers


def capture_attention(
    session: Session,
    prompt: str | list[int],
    *,
    layers: list[int] | None = None,
    heads: list[int] | None = None,
    generate: int = 0,
    sections: list[Section] | None = None,
    context: TaskContext | None = None,
) -> AttentionMaps:
    """Attention of every position of `prompt` (text, or token ids), then of `generate` greedy
    tokens, in the chosen layers and heads (default: all)."""
    tokens = session.prompt_tokens(prompt) if isinstance(prompt, str) else list(prompt)
    context = context or TaskContext()
    info = session.info()
    chosen_layers = _choose(layers, info.n_layers, "layers")
    chosen_heads = _choose(heads, info.n_heads, "heads")
    n_total = len(tokens) + max(0, generate - 1)  # the last generated token is never decoded
    if len(tokens) > MAX_CAPTURE_TOKENS or n_total > MAX_CAPTURE_TOKENS:
        raise ValueError(
            f"the prompt has {n_total} tokens; attention capture is limited to {MAX_CAPTURE_TOKENS} "
            "(the maps grow with the square of the length)"
        )
    collector = _SoftmaxCollector(chosen_layers, chosen_heads, n_total, info.n_layers, context)
    generated: list[int] = []
    model = session.model
    context.progress(0.0, f"Preparing the capture context ({n_total} tokens, flash attention off)")
    with model.capturing(collector.tap, n_ctx=n_total + 16):
        model.hold(tokens, context.should_stop)
        if generate > 0:
            generated = _greedy_continuation(session, tokens, generate, context)
    window, swa_layers = sliding_window_layers(info.architecture, info.n_layers, info.metadata)
    all_tokens = tokens + generated[: n_total - len(tokens)]
    return AttentionMaps(
        tokens=[(token, session.token_info(token).text) for token in all_tokens],
        n_prompt=len(tokens),
        n_layers=info.n_layers,
        n_heads=info.n_heads,
        n_kv_heads=info.n_kv_heads,
        layers=chosen_layers,
        heads=chosen_heads,
        weights=collector.weights,
        architecture=info.architecture,
        sliding_window=window,
        swa_layers=[layer for layer in swa_layers if layer in chosen_layers],
        sections=complete_sections(sections or [], len(tokens), len(all_tokens)),
    )


def _greedy_continuation(session: Session, tokens: list[int], count: int, context: TaskContext) -> list[int]:
    """Greedy tokens after `tokens` (already held); each is decoded, so its attention row is captured."""
    model = session.model
    logits = model.last_logits()  # hold() decoded the prompt; its last token's row is there
    generated = []
    for index in range(count):
        context.check()
        token = int(np.argmax(logits))
        generated.append(token)
        if index == count - 1 or model.is_end_of_generation(token):
            break
        logits = model.append(token)
    return generated


# --- the engine task the GUI calls ----------------------------------------------------------------


def attention_task(session: Session, params: dict[str, Any], context: TaskContext) -> AttentionMaps:
    """params: prompt, or messages [(role, content)] with an optional reply; layers, heads, generate,
    sections (character ranges [{"name", "start", "end"}])."""
    messages = [tuple(message) for message in params.get("messages", ())]
    prompt = str(params.get("prompt", ""))
    ranges = list(params.get("sections", ()))
    unnamed = UNNAMED
    if messages:
        prompt = session.chat_prompt([Message(role, content) for role, content in messages])
        ranges = ranges or chat_sections(prompt, messages)
        unnamed = TEMPLATE  # the markers, and any default system prompt the template inserts
        reply = str(params.get("reply", ""))
        if reply:  # the assistant's reply so far, after the template's generation prompt
            ranges.append({"name": "reply", "start": len(prompt), "end": len(prompt) + len(reply)})
            prompt += reply
    if not prompt:
        raise ValueError("there is no prompt to capture")
    return capture_attention(
        session,
        prompt,
        layers=params.get("layers"),
        heads=params.get("heads"),
        generate=int(params.get("generate", 0)),
        sections=sections_from_chars(session, prompt, ranges, unnamed) if ranges else None,
        context=context,
    )
