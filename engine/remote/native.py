"""llama.cpp's llama-server, native API: /completion with n_probs (raw softmax, token ids) and
post_sampling_probs (after the chain), prompts as token ids, /tokenize with pieces, /apply-template."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from engine.core.sampling import SamplingSettings
from engine.remote import parse
from engine.remote.api import (
    STOP_REASONS,
    Adapter,
    Capabilities,
    RemoteReply,
    RemoteStep,
    StopFlag,
    sampling_fields,
)
from engine.remote.parse import TokenOdds

COMPLETION = "/completion"
# A probe is computed afresh: llama-server re-evaluating a cached prompt's last token moved SmolLM2's
# probabilities by up to 1.3e-3 (a logit gap of 3.729 became 3.674). Chat keeps the cache, for speed.
CACHE_NOTE = (
    "chat replies reuse the server's prompt cache, which can move a probability by about 0.001; "
    "the next-token probe and after-chain probabilities are computed without it"
)
# Lanterna's stage names -> llama-server's sampler names
SAMPLERS = {
    "top_k": "top_k",
    "typical_p": "typ_p",
    "top_p": "top_p",
    "min_p": "min_p",
    "temperature": "temperature",
}


class NativeAdapter(Adapter):
    api = "llama-server"

    def __init__(self, *args: Any, n_ctx: int | None = None, vocab_size: int | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._n_ctx, self._vocab = n_ctx, vocab_size

    def detect(self) -> Capabilities:
        self.capabilities = Capabilities(
            api=self.api,
            model=self.model,
            chat_alternatives=True,
            next_token_probe=True,
            after_chain=True,
            prompt_scoring=False,
            tokenization=True,
            token_ids=True,
            branching=True,
            max_alternatives=parse.MAX_ALTERNATIVES,
            n_ctx=self._n_ctx,
            vocab_size=self._vocab,
            notes=(
                "prompt scoring: llama-server does not return the prompt's log-probabilities (no echo)",
                CACHE_NOTE,
            ),
        )
        return self.capabilities

    def _prompt_ids(self, prompt: str, prefix: Sequence[int]) -> list[int]:
        tokens = parse.tokenized(
            self.client.request("POST", "/tokenize", {"content": prompt, "add_special": True}), "/tokenize"
        )
        return [token for token, _ in tokens] + [int(token) for token in prefix]

    def _one(self, body: dict[str, Any]) -> TokenOdds:
        _, tokens, _ = parse.native_completion(self.client.request("POST", COMPLETION, body), COMPLETION)
        if not tokens:
            raise parse.bad(COMPLETION, "no completion_probabilities")
        return tokens[0]

    def next_token(
        self, prompt: str, prefix: Sequence[int], top_n: int, should_stop: StopFlag
    ) -> tuple[TokenOdds, int | None]:
        ids = self._prompt_ids(prompt, prefix)
        body = {"prompt": ids, "n_predict": 1, "n_probs": max(1, min(top_n, parse.MAX_ALTERNATIVES))}
        body |= {"temperature": 0, "cache_prompt": False}
        return self._one(body), len(ids)

    def after_chain(self, prompt: str, settings: SamplingSettings, top_n: int) -> TokenOdds:
        body = {"prompt": self._prompt_ids(prompt, ()), "n_predict": 1, "n_probs": top_n}
        body |= {"post_sampling_probs": True, "cache_prompt": False, **self._sampling(settings, None)}
        return self._one(body)

    def _sampling(self, settings: SamplingSettings, seed: int | None) -> dict[str, Any]:
        fields = sampling_fields(settings, seed)
        fields |= {"top_k": settings.top_k, "min_p": settings.min_p, "typical_p": settings.typical_p}
        fields |= {"repeat_penalty": 1.0, "samplers": [SAMPLERS[s] for s in settings.order if s in SAMPLERS]}
        return fields

    def chat(
        self,
        messages: Sequence[tuple[str, str]],
        settings: SamplingSettings,
        reply: RemoteReply,
        *,
        max_tokens: int,
        seed: int | None,
        top_n: int,
        prefix: Sequence[int],
        should_stop: StopFlag,
    ) -> Iterator[RemoteStep]:
        prompt = self.render(messages)
        yield from self._stream(
            self._prompt_ids(prompt, prefix), settings, reply, max_tokens, seed, top_n, (), should_stop
        )

    def render(self, messages: Sequence[tuple[str, str]]) -> str:
        body = {"messages": [{"role": role, "content": content} for role, content in messages]}
        return str(
            parse.field(
                self.client.request("POST", "/apply-template", body), "prompt", str, "/apply-template"
            )
        )

    def complete(
        self,
        prompt: str,
        settings: SamplingSettings,
        reply: RemoteReply,
        *,
        max_tokens: int,
        seed: int | None,
        top_n: int,
        stop: Sequence[str],
        should_stop: StopFlag,
    ) -> Iterator[RemoteStep]:
        yield from self._stream(
            self._prompt_ids(prompt, ()), settings, reply, max_tokens, seed, top_n, stop, should_stop
        )

    def _stream(
        self,
        ids: list[int],
        settings: SamplingSettings,
        reply: RemoteReply,
        max_tokens: int,
        seed: int | None,
        top_n: int,
        stop: Sequence[str],
        should_stop: StopFlag,
    ) -> Iterator[RemoteStep]:
        reply.prompt_tokens = len(ids)
        body: dict[str, Any] = {"prompt": ids, "n_predict": max_tokens, "stream": True, "cache_prompt": True}
        body |= {"n_probs": max(1, min(top_n, parse.MAX_ALTERNATIVES)), **self._sampling(settings, seed)}
        if stop:
            body["stop"] = list(stop)
        for event in self.client.stream(COMPLETION, body, should_stop):
            content, tokens, stop_type = parse.native_completion(event, COMPLETION)
            for number, odds in enumerate(tokens):
                reply.text += content if number == len(tokens) - 1 else ""
                step = RemoteStep(len(reply.steps), odds, reply.text)
                reply.steps.append(step)
                yield step
            if not tokens:
                reply.text += content
            if stop_type and stop_type != "none":
                reply.stop_reason = STOP_REASONS.get(stop_type, stop_type)
        reply.stop_reason = reply.stop_reason or "eos"

    def tokenize(self, text: str) -> list[tuple[int, str]]:
        body = {"content": text, "add_special": False, "with_pieces": True}
        return [
            (token, piece or "")
            for token, piece in parse.tokenized(self.client.request("POST", "/tokenize", body))
        ]

    def detokenize(self, tokens: Sequence[int]) -> str:
        answer = self.client.request("POST", "/detokenize", {"tokens": [int(token) for token in tokens]})
        return str(parse.field(answer, "content", str, "/detokenize"))
