"""Step records: what the model saw and chose at every generated token."""

from __future__ import annotations

import codecs
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.core.llama_load import usable_cores
from engine.core.llama_types import Cancelled
from engine.core.sampling import ChainResult, SamplingSettings, apply_chain, sample_token
from engine.core.tokens import TokenInfo


@dataclass(frozen=True)
class Candidate:
    token: TokenInfo
    logit: float
    prob: float  # softmax of the raw logits
    rank: int  # 1 = most probable
    prob_after: float  # after the sampling chain (0 when removed)
    removed_by: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.token.id,
            "text": self.token.text,
            "logit": self.logit,
            "prob": self.prob,
            "rank": self.rank,
            "prob_after": self.prob_after,
            "removed_by": self.removed_by,
        }


@dataclass
class Step:
    index: int
    token: TokenInfo
    prob: float  # the model's probability of the chosen token
    prob_after: float  # its probability after the chain (what it was drawn from)
    rank: int
    entropy_bits: float  # of the full raw distribution
    candidates: list[Candidate]
    # The full logits row while this is the newest step of its Generation; None afterwards.
    logits: np.ndarray | None = field(default=None, repr=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "token": {"id": self.token.id, "text": self.token.text},
            "prob": self.prob,
            "prob_after": self.prob_after,
            "rank": self.rank,
            "entropy_bits": self.entropy_bits,
            "candidates": [candidate.as_dict() for candidate in self.candidates],
        }


def describe_candidates(
    result: ChainResult, top_n: int, token_info: Callable[[int], TokenInfo]
) -> list[Candidate]:
    """The top-N tokens of the raw distribution, each with its fate in the chain."""
    return [
        Candidate(
            token=token_info(int(token)),
            logit=float(result.logits[token]),
            prob=float(result.probs[token]),
            rank=rank,
            prob_after=float(result.probs_after[token]),
            removed_by=result.removed_stage(int(token)),
        )
        for rank, token in enumerate(result.top(top_n), start=1)
    ]


def make_step(
    index: int, token: int, result: ChainResult, top_n: int, token_info: Callable[[int], TokenInfo]
) -> Step:
    return Step(
        index=index,
        token=token_info(token),
        prob=float(result.probs[token]),
        prob_after=float(result.probs_after[token]),
        rank=result.rank(token),
        entropy_bits=result.entropy_bits,
        candidates=describe_candidates(result, top_n, token_info),
        logits=result.logits,
    )


class Generation:
    """Iterate to generate; afterwards `text`, `steps` and `stop_reason` describe the result.

    Off the critical path: as soon as a step's token is known (the argmax for greedy settings, checked
    against the chain; the chain's draw otherwise), the next llama_decode starts on a worker thread, and
    the step's records (entropy, ranks, top-N) are made and consumed while it runs (`overlap`)."""

    overlap = True

    def __init__(
        self,
        session: Any,  # the Session (not imported: it imports this module)
        prompt_tokens: list[int],
        settings: SamplingSettings,
        max_tokens: int,
        seed: int | None,
        stop: Sequence[str],
        top_n: int,
        should_stop: Callable[[], bool] | None,
        prefix: Sequence[int] = (),
    ) -> None:
        self._session = session
        self.prompt_tokens = prompt_tokens
        self.prefix = list(prefix)  # reply tokens already chosen (a branch): evaluated, not sampled
        self.settings = settings
        self.max_tokens = max_tokens
        self.seed = seed if seed is not None else secrets.randbits(32)
        self.stop = [text for text in stop if text]
        self.top_n = top_n
        self._should_stop = should_stop or (lambda: False)
        self.steps: list[Step] = []
        self.text = ""
        self.stop_reason: str | None = None

    def _stopped(self) -> bool:
        return self._should_stop() or self._session.stop_requested

    def _hit_stop_string(self) -> bool:
        positions = [self.text.find(stop) for stop in self.stop]
        found = [position for position in positions if position >= 0]
        if found:
            self.text = self.text[: min(found)]
        return bool(found)

    def _goes_on(self, token: int, last_step: bool, decoder: Any) -> bool:
        """Whether the loop will decode `token` next (no end, stop string, cancel or full context)."""
        model = self._session.model
        if last_step or model.is_end_of_generation(token) or model.n_cached >= model.n_ctx:
            return False
        state = decoder.getstate()
        text = self.text + decoder.decode(model.piece(token))
        decoder.setstate(state)
        return not any(stop in text for stop in self.stop) and not self._stopped()

    def __iter__(self) -> Iterator[Step]:
        model = self._session.model
        rng = np.random.default_rng(self.seed)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.text = "".join(
            decoder.decode(model.piece(token))
            for token in self.prefix
            if not model.is_end_of_generation(token)
        )
        if self.prefix and model.is_end_of_generation(self.prefix[-1]):
            self.stop_reason = "eos"  # the branch chose to end the reply here
            return
        try:
            logits = model.evaluate(self.prompt_tokens + self.prefix, self._stopped)
        except Cancelled:
            self.stop_reason = "cancelled"
            return
        # the decode ahead only pays with a core left for the records: on 2 cores, 2 decode threads
        # plus the records ran at half the speed of one step at a time (38 vs 72 tok/s, SmolLM2)
        overlap = self.overlap and model.can_decode_ahead and model.threads[0] < usable_cores()
        last = len(self.prefix) + self.max_tokens - 1
        try:
            for index in range(len(self.prefix), last + 1):
                ahead = guess = None
                if overlap and self.settings.is_greedy:  # the chain keeps the argmax (ties: checked below)
                    guess = int(np.argmax(logits))
                    if self._goes_on(guess, index == last, decoder):
                        model.append_ahead(guess)
                        ahead = guess
                result = apply_chain(logits, self.settings)
                token = int(result.kept[0]) if result.kept.size == 1 else sample_token(result, rng)
                if ahead is not None and token != ahead:  # the chain broke a tie otherwise: undo
                    model.take_ahead()
                    model.forget_from(model.n_cached - 1)
                    ahead = None
                if overlap and ahead is None and self._goes_on(token, index == last, decoder):
                    model.append_ahead(token)
                    ahead = token
                step = make_step(index, token, result, self.top_n, self._session.token_info)
                if self.steps:
                    # Only the newest step keeps its full logits row (n_vocab floats); a consumer that
                    # wants older rows keeps them while iterating. Bounded memory, no page-fault churn.
                    self.steps[-1].logits = None
                self.steps.append(step)
                if model.is_end_of_generation(token):
                    self.stop_reason = "eos"
                    yield step
                    return
                self.text += decoder.decode(model.piece(token))
                yield step
                if self._hit_stop_string():
                    self.stop_reason = "stop_string"
                    return
                if self._stopped():
                    self.stop_reason = "cancelled"
                    return
                if ahead is None and model.n_cached >= model.n_ctx:
                    self.stop_reason = "context_full"
                    return
                if index == last:
                    break
                logits = model.take_ahead() if ahead is not None else model.append(token)
            self.stop_reason = "max_tokens"
        finally:
            model.settle()  # a decode ahead that nobody takes (cancel, stop string, consumer left)

    def run(self) -> Generation:
        for _ in self:
            pass
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "stop_reason": self.stop_reason,
            "seed": self.seed,
            "prompt_tokens": len(self.prompt_tokens),
            "steps": [step.as_dict() for step in self.steps],
        }
