"""The OpenAI-compatible API (vLLM, Ollama, LM Studio, llama-cpp-python's server, llama-server's /v1).

Alternatives come keyed by text; ids are looked up through the server's tokenizer where it has one
(llama-cpp-python: /extras/tokenize; vLLM: /tokenize) and stay None where a text is not one token.
"""

from __future__ import annotations

import math
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
    with_ids,
)
from engine.remote.http import ServerError
from engine.remote.parse import TokenOdds

CHAT, COMPLETIONS = "/v1/chat/completions", "/v1/completions"
ALTERNATIVE_TRIES = (100, 20, 5)  # vLLM refuses more than --max-logprobs (20), OpenAI and Ollama 20
ID_CACHE = 65_536


class OpenAIAdapter(Adapter):
    api = "openai"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tokenizer: tuple[str, str] | None = None  # (path, field name) of a working tokenizer
        self._bos: list[int] = []  # what the tokenizer adds in front of any text
        self._ids: dict[str, int | None] = {}

    # --- detection -------------------------------------------------------------------------------

    def detect(self) -> Capabilities:
        notes: list[str] = []
        top = self._probe_width()
        chat = top > 0 and self._chat_has_logprobs(min(top, 20))
        tokenizer = self._find_tokenizer()
        scoring, why = self._check_echo(top)
        if why:
            notes.append(why)
        if not tokenizer:
            notes.append("no tokenizer endpoint: alternatives have no token ids")
        notes.append("probabilities are the server's raw top-N; the sampling chain is applied locally")
        self.capabilities = Capabilities(
            api=self.api,
            model=self.model,
            chat_alternatives=chat,
            next_token_probe=top > 0,
            after_chain=False,
            prompt_scoring=scoring,
            tokenization=tokenizer,
            token_ids=False,
            branching=False,
            max_alternatives=top,
            notes=tuple(notes),
        )
        return self.capabilities

    def _probe_width(self) -> int:
        for width in ALTERNATIVE_TRIES:
            try:
                odds = self._completion_odds("The", width)
            except ServerError as error:
                if error.kind in ("http", "malformed"):
                    continue  # too many asked for (HTTP 400), or no logprobs in the answer
                raise
            return min(width, len(odds.top))
        return 0

    def _chat_has_logprobs(self, width: int) -> bool:
        body = {"model": self.model, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 1}
        body |= {"logprobs": True, "top_logprobs": width, "temperature": 0}
        try:
            choice = parse.first_choice(self.client.request("POST", CHAT, body), CHAT)
            content = parse.field(parse.field(choice, "logprobs", dict, CHAT), "content", list, CHAT)
            return bool(content) and bool(parse.chat_token(content[0]).top)
        except ServerError as error:
            if error.kind in ("auth", "loading", "refused", "timeout"):
                raise
            return False

    def _check_echo(self, width: int) -> tuple[bool, str]:
        """Prompt scoring only where echo's numbers are the prompt's own: the greedy token after "The"
        must get the same log-probability from echo as from a plain completion."""
        if width == 0:
            return False, "the server returns no log-probabilities"
        try:
            plain = self._completion_odds("The", 5)
            echoed = self.score("The" + plain.chosen.text, 5)
        except ServerError as error:
            if error.kind in ("auth", "loading", "refused", "timeout"):
                raise
            return False, "prompt scoring: the server does not echo the prompt's log-probabilities"
        scored = [odds for odds in echoed if odds is not None]
        if scored and abs(scored[-1].chosen.logprob - plain.chosen.logprob) < 1e-3:
            return True, ""
        return False, (
            "prompt scoring: the server's echoed prompt log-probabilities do not match its own next-token "
            "log-probabilities (they are shifted by one token), so they are not used"
        )

    def _find_tokenizer(self) -> bool:
        for path, key in (("/extras/tokenize", "input"), ("/tokenize", "prompt"), ("/tokenize", "content")):
            try:
                parse.tokenized(self.client.request("POST", path, {key: "Hi", "model": self.model}), path)
            except ServerError as error:
                if error.kind in ("auth", "refused", "timeout"):
                    raise
                continue
            self._tokenizer = (path, key)
            self._bos = self._raw_tokenize("")
            return True
        return False

    # --- requests ----------------------------------------------------------------------------------

    def _completion_odds(self, prompt: str, width: int) -> TokenOdds:
        body = {"model": self.model, "prompt": prompt, "max_tokens": 1, "logprobs": width, "temperature": 0}
        choice = parse.first_choice(self.client.request("POST", COMPLETIONS, body), COMPLETIONS)
        tokens = parse.completion_tokens(parse.field(choice, "logprobs", dict, COMPLETIONS), COMPLETIONS)
        if not tokens or tokens[0] is None or not tokens[0].top:
            raise parse.bad(COMPLETIONS, "no log-probabilities for the next token")
        return tokens[0]

    def next_token(
        self, prompt: str, prefix: Sequence[int], top_n: int, should_stop: StopFlag
    ) -> tuple[TokenOdds, int | None]:
        text = prompt + (self.detokenize(prefix) if prefix else "")
        odds = self._completion_odds(text, max(1, min(top_n, self.capabilities.max_alternatives or top_n)))
        context = len(self._raw_tokenize(text)) if self._tokenizer else None
        return with_ids(odds, self._id_of), context

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
        if prefix:
            raise ServerError(
                "continuing a reply from a chosen token needs llama-server's native API; "
                "this server speaks only the OpenAI API",
                "unsupported",
            )
        body: dict[str, Any] = {"model": self.model, "stream": True, "max_tokens": max_tokens}
        body["messages"] = [{"role": role, "content": content} for role, content in messages]
        body |= {"logprobs": True, "top_logprobs": self._width(top_n), **self._sampling(settings, seed)}
        for event in self.client.stream(CHAT, body, should_stop):
            choice = parse.first_choice(event, CHAT)
            delta = parse.field(choice, "delta", dict, CHAT, {})
            piece = parse.field(delta, "content", str, CHAT, "")
            logprobs = parse.field(choice, "logprobs", dict, CHAT, {})
            content = parse.items(parse.field(logprobs, "content", list, CHAT, []), CHAT, 4096)
            for number, item in enumerate(content):
                odds = with_ids(parse.chat_token(item, CHAT), self._cached_id)
                reply.text += odds.chosen.text if len(content) > 1 else piece if number == 0 else ""
                step = RemoteStep(len(reply.steps), odds, reply.text)
                reply.steps.append(step)
                yield step
            if not content:
                reply.text += piece
            finish = parse.field(choice, "finish_reason", str, CHAT, "")
            if finish:
                reply.stop_reason = STOP_REASONS.get(finish, finish)
        reply.stop_reason = reply.stop_reason or "eos"

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
        body: dict[str, Any] = {
            "model": self.model,
            "prompt": prompt,
            "stream": True,
            "max_tokens": max_tokens,
        }
        body |= {"logprobs": self._width(top_n), **self._sampling(settings, seed)}
        if stop:
            body["stop"] = list(stop)[:4]
        for event in self.client.stream(COMPLETIONS, body, should_stop):
            choice = parse.first_choice(event, COMPLETIONS)
            piece = parse.field(choice, "text", str, COMPLETIONS, "")
            logprobs = choice.get("logprobs")
            tokens = parse.completion_tokens(logprobs, COMPLETIONS) if isinstance(logprobs, dict) else []
            for odds in tokens:
                if odds is None:
                    continue
                reply.text += odds.chosen.text if len(tokens) > 1 else piece
                step = RemoteStep(len(reply.steps), with_ids(odds, self._cached_id), reply.text)
                reply.steps.append(step)
                yield step
            if not tokens:
                reply.text += piece
            finish = parse.field(choice, "finish_reason", str, COMPLETIONS, "")
            if finish:
                reply.stop_reason = STOP_REASONS.get(finish, finish)
        reply.stop_reason = reply.stop_reason or "eos"

    def score(self, text: str, top_n: int) -> list[TokenOdds | None]:
        body = {"model": self.model, "prompt": text, "max_tokens": 1, "echo": True}
        body |= {"logprobs": max(1, top_n), "temperature": 0}
        choice = parse.first_choice(self.client.request("POST", COMPLETIONS, body), COMPLETIONS)
        tokens = parse.completion_tokens(parse.field(choice, "logprobs", dict, COMPLETIONS), COMPLETIONS)
        offsets = parse.field(choice["logprobs"], "text_offset", list, COMPLETIONS, [])
        # keep the prompt's tokens only: those that start before the end of the prompt's text
        kept = [
            odds
            for odds, start in zip(tokens, offsets, strict=False)
            if isinstance(start, int) and start < len(text)
        ]
        return kept if len(offsets) == len(tokens) else tokens[:-1]

    # --- tokens --------------------------------------------------------------------------------------

    @staticmethod
    def _sampling(settings: SamplingSettings, seed: int | None) -> dict[str, Any]:
        # Lanterna's chain has no repetition penalty; llama-cpp-python's server applies 1.1 unless told
        # (servers that do not know the field ignore it)
        return {**sampling_fields(settings, seed), "repeat_penalty": 1.0}

    def _width(self, top_n: int) -> int:
        return max(1, min(top_n, self.capabilities.max_alternatives or top_n))

    def _raw_tokenize(self, text: str) -> list[int]:
        if self._tokenizer is None:
            raise ServerError("this server does not tokenize text for clients", "unsupported")
        path, key = self._tokenizer
        return [token for token, _ in parse.tokenized(self.client.request("POST", path, {key: text}), path)]

    def tokenize(self, text: str) -> list[tuple[int, str]]:
        tokens = self._raw_tokenize(text)
        tokens = tokens[len(self._bos) :] if tokens[: len(self._bos)] == self._bos else tokens
        return [(token, self.detokenize([token])) for token in tokens[:4096]]

    def detokenize(self, tokens: Sequence[int]) -> str:
        path = (
            "/extras/detokenize"
            if self._tokenizer and self._tokenizer[0] == "/extras/tokenize"
            else "/detokenize"
        )
        answer = self.client.request("POST", path, {"tokens": [int(token) for token in tokens]})
        for key in ("text", "prompt", "content"):
            if isinstance(answer, dict) and isinstance(answer.get(key), str):
                return str(answer[key])
        raise parse.bad(path, "no text")

    def _cached_id(self, text: str) -> int | None:
        """No request while a stream runs: llama-cpp-python's server ends a running stream when another
        request arrives (its interrupt_requests setting), so streamed tokens use the ids known already."""
        return self._ids.get(text)

    def _id_of(self, text: str) -> int | None:
        if self._tokenizer is None or not text:
            return None
        if text not in self._ids:
            if len(self._ids) >= ID_CACHE:
                self._ids.clear()
            tokens = self._raw_tokenize(text)
            if tokens[: len(self._bos)] == self._bos:
                tokens = tokens[len(self._bos) :]
            self._ids[text] = tokens[0] if len(tokens) == 1 else None
        return self._ids[text]


def mass(odds: TokenOdds) -> float:
    return math.fsum(math.exp(alt.logprob) for alt in odds.top)
