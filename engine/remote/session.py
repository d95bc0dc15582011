"""A remote session: a model that runs on an inference server, behind the calls the engine makes.

`RemoteSession.connect(url)` finds which API the server speaks and what it can show; probe, chat and
tokenize then answer in the engine's own shapes (step dicts like Step.as_dict(), plus `partial` and
`tail_mass`: a server gives only the top N of each distribution, never the whole vocabulary).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.core.sampling import SamplingSettings
from engine.remote import parse
from engine.remote.api import Adapter, Capabilities, RemoteReply, RemoteStep, StopFlag
from engine.remote.http import Endpoint, HttpClient, ServerError
from engine.remote.native import NativeAdapter
from engine.remote.openai import OpenAIAdapter
from engine.remote.parse import Alt, TokenOdds

# What the local engine does that no server API exposes: the views and tasks that need a local model.
NEEDS_LOCAL = "needs_local"


def is_server_address(model: str) -> bool:
    """True for "http://…", "https://…" and "server:…" (a model string that names a server, not a file)."""
    text = model.strip().lower()
    return text.startswith(("http://", "https://", "server:"))


@dataclass(frozen=True)
class PartialDistribution:
    """The top N of a next-token distribution; `tail_mass` is the probability of all the others."""

    alternatives: tuple[Alt, ...]  # most probable first; id None where the server gave none
    tail_mass: float
    context_tokens: int | None

    def logits(self, vocab_size: int | None) -> np.ndarray:
        """A vocabulary-sized row: the server's log-probabilities at the known ids, -inf elsewhere."""
        ids = [alt.id for alt in self.alternatives if alt.id is not None]
        size = max(vocab_size or 0, (max(ids) + 1) if ids else 1)
        row = np.full(size, -np.inf, dtype=np.float32)
        for alt in self.alternatives:
            if alt.id is not None:
                row[alt.id] = max(row[alt.id], alt.logprob)
        return row


class RemoteSession:
    def __init__(self, adapter: Adapter, endpoint: Endpoint) -> None:
        self.adapter = adapter
        self.endpoint = endpoint
        self.capabilities: Capabilities = adapter.capabilities

    @classmethod
    def connect(cls, address: str, api_key_env: str = "") -> RemoteSession:
        endpoint = Endpoint.parse(address, api_key_env)
        client = HttpClient(endpoint)
        adapter = _native(client) or _openai(client)
        session = cls(adapter, endpoint)
        session.capabilities = adapter.detect()
        return session

    def close(self) -> None:
        """Nothing stays open between requests (each opens and closes its own connection)."""

    def __enter__(self) -> RemoteSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- facts -------------------------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """The fields of ModelInfo.as_dict() that a server can tell, plus `remote` and `capabilities`."""
        caps = self.capabilities
        return {
            "path": self.endpoint.url,
            "file_size": 0,
            "architecture": "remote",
            "name": caps.model.rsplit("/", 1)[-1] or self.endpoint.url,
            "n_params": 0,
            "quantization": "",
            "context_length": caps.n_ctx or 0,
            "n_ctx": caps.n_ctx or 0,
            "n_layers": 0,
            "n_heads": 0,
            "n_kv_heads": 0,
            "n_embd": 0,
            "vocab_size": caps.vocab_size or 0,
            "special_tokens": {},
            "chat_template": None,
            "gpu_offload_supported": False,
            "metadata": {"server.api": caps.api, "server.url": self.endpoint.url},
            "sha256": None,
            "remote": True,
            "capabilities": caps.as_dict(),
        }

    # --- requests ----------------------------------------------------------------------------------

    def probe(
        self, prompt: str, prefix: Sequence[int] = (), top_n: int = 20, should_stop: StopFlag | None = None
    ) -> PartialDistribution:
        if not self.capabilities.next_token_probe:
            raise ServerError("this server returns no next-token probabilities", "unsupported")
        odds, context = self.adapter.next_token(prompt, prefix, top_n, should_stop or (lambda: False))
        return PartialDistribution(odds.top, tail_mass(odds), context)

    def after_chain(self, prompt: str, settings: SamplingSettings, top_n: int = 20) -> TokenOdds:
        return self.adapter.after_chain(prompt, settings, top_n)

    def chat(
        self,
        messages: Sequence[tuple[str, str]],
        settings: SamplingSettings,
        reply: RemoteReply,
        *,
        max_tokens: int = 512,
        seed: int | None = None,
        top_n: int = 10,
        prefix: Sequence[int] = (),
        should_stop: StopFlag | None = None,
    ) -> Iterator[RemoteStep]:
        return self.adapter.chat(
            messages,
            settings,
            reply,
            max_tokens=max_tokens,
            seed=seed,
            top_n=top_n,
            prefix=prefix,
            should_stop=should_stop or (lambda: False),
        )

    def complete(
        self,
        prompt: str,
        settings: SamplingSettings,
        reply: RemoteReply,
        *,
        max_tokens: int = 128,
        seed: int | None = None,
        top_n: int = 10,
        stop: Sequence[str] = (),
        should_stop: StopFlag | None = None,
    ) -> Iterator[RemoteStep]:
        return self.adapter.complete(
            prompt,
            settings,
            reply,
            max_tokens=max_tokens,
            seed=seed,
            top_n=top_n,
            stop=stop,
            should_stop=should_stop or (lambda: False),
        )

    def tokenize(self, text: str) -> list[tuple[int, str]]:
        if not self.capabilities.tokenization:
            raise ServerError("this server does not tokenize text for clients", "unsupported")
        return self.adapter.tokenize(text)

    def detokenize(self, tokens: Sequence[int]) -> str:
        return self.adapter.detokenize(tokens) if tokens else ""

    def chat_prompt(self, messages: Sequence[tuple[str, str]]) -> str:
        """The server's own chat template over `messages` (llama-server's /apply-template)."""
        if not isinstance(self.adapter, NativeAdapter):
            raise ServerError(
                "a chat prompt can be rendered only by llama-server's native API (/apply-template)",
                "unsupported",
            )
        return self.adapter.render(messages)

    def score(self, text: str, top_n: int = 5) -> list[TokenOdds | None]:
        if not self.capabilities.prompt_scoring:
            raise ServerError("this server does not return the prompt's log-probabilities", "unsupported")
        return self.adapter.score(text, top_n)


def _native(client: HttpClient) -> Adapter | None:
    try:
        props = client.request("GET", "/props", timeout=10)
    except ServerError as error:
        if error.kind in ("refused", "timeout", "auth", "loading", "url"):
            raise
        return None
    settings = props.get("default_generation_settings") if isinstance(props, dict) else None
    if not isinstance(settings, dict):
        return None
    client.request("GET", "/health", timeout=10)  # 503 while the model loads: said in words
    model, vocab = str(props.get("model_path", "") or client.endpoint.url)[: parse.MAX_TEXT], None
    try:
        models = parse.model_ids(client.request("GET", "/v1/models", timeout=10))
        if models:
            model, vocab = models[0][0], parse.whole(models[0][1].get("n_vocab"), 1, 1 << 24)
    except ServerError:
        pass
    n_ctx = parse.whole(settings.get("n_ctx"), 1, 1 << 24)
    return NativeAdapter(client, model, n_ctx=n_ctx, vocab_size=vocab)


def _openai(client: HttpClient) -> Adapter:
    models = parse.model_ids(client.request("GET", "/v1/models", timeout=10))
    if not models:
        raise ServerError("the server lists no model (/v1/models is empty)", "malformed")
    return OpenAIAdapter(client, models[0][0])


def tail_mass(odds: TokenOdds) -> float:
    known = math.fsum(math.exp(alt.logprob) for alt in odds.top)
    return min(1.0, max(0.0, 1.0 - known))


def step_dict(step: RemoteStep) -> dict[str, Any]:
    """A streamed token in Step.as_dict()'s shape (plus index, partial, tail_mass, after_chain_known).

    Ids the server did not give are -1. `entropy_bits` counts the unknown tail as one outcome, so it is
    a lower bound of the true entropy. Without after-chain numbers `prob_after` repeats `prob`."""
    odds = step.odds
    probs = [math.exp(alt.logprob) for alt in odds.top]
    tail = tail_mass(odds)
    entropy = -math.fsum(p * math.log2(p) for p in [*probs, tail] if p > 0)
    chosen = odds.chosen
    rank = next(
        (n for n, alt in enumerate(odds.top, 1) if (alt.id, alt.text) == (chosen.id, chosen.text)),
        len(odds.top) + 1,
    )
    candidates = [
        {
            "id": alt.id if alt.id is not None else -1,
            "text": alt.text,
            "logit": alt.logprob,
            "prob": p,
            "rank": n,
            "prob_after": p,
            "removed_by": None,
        }
        for n, (alt, p) in enumerate(zip(odds.top, probs, strict=True), 1)
    ]
    prob = math.exp(chosen.logprob)
    return {
        "index": step.index,
        "token": {"id": chosen.id if chosen.id is not None else -1, "text": chosen.text},
        "prob": prob,
        "prob_after": prob,
        "rank": rank,
        "entropy_bits": entropy,
        "candidates": candidates,
        "partial": True,
        "tail_mass": tail,
        "after_chain_known": odds.after_chain,
    }
