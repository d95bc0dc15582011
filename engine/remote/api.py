"""What every server adapter offers, and what a server was found to support at connect time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from engine.core.sampling import SamplingSettings
from engine.remote.http import HttpClient, ServerError
from engine.remote.parse import Alt, TokenOdds

StopFlag = Callable[[], bool]


@dataclass(frozen=True)
class Capabilities:
    """Found by asking the server at connect time; `notes` say in words what is missing and why."""

    api: str  # "llama-server" (native API) or "openai" (OpenAI-compatible only)
    model: str
    chat_alternatives: bool = False  # chat replies come with each token's alternatives
    next_token_probe: bool = False  # the top-N of the next token after any prompt
    after_chain: bool = False  # probabilities after the server's sampling chain
    prompt_scoring: bool = False  # log-probabilities of the prompt's own tokens (echo)
    tokenization: bool = False  # text -> token ids (and pieces)
    token_ids: bool = False  # alternatives come with token ids (not only their text)
    branching: bool = False  # a reply can continue from chosen tokens (raw completion, ids)
    max_alternatives: int = 0  # how many alternatives per token the server returns at most
    n_ctx: int | None = None
    vocab_size: int | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> list[str]:
        """One line per capability, in English (the GUI words these itself, through tr)."""
        yes = {True: "yes", False: "no"}
        return [
            f"server API: {self.api}; model: {self.model}",
            f"chat with alternatives: {yes[self.chat_alternatives]}",
            f"next-token probe: {yes[self.next_token_probe]} (top {self.max_alternatives} only)",
            f"after-chain probabilities: {yes[self.after_chain]}",
            f"prompt scoring: {yes[self.prompt_scoring]}",
            f"tokenization: {yes[self.tokenization]}",
            *self.notes,
        ]


@dataclass(frozen=True)
class RemoteStep:
    """One streamed token: the choice (with id where known) and the alternatives for its position."""

    index: int
    odds: TokenOdds
    text: str  # the whole reply so far


@dataclass
class RemoteReply:
    """Filled while a chat stream runs; `stop_reason` uses the engine's words (eos, max_tokens, ...)."""

    steps: list[RemoteStep] = field(default_factory=list)
    text: str = ""
    stop_reason: str | None = None
    prompt_tokens: int = 0


class Adapter:
    """One server API. Subclasses: NativeAdapter (llama-server), OpenAIAdapter."""

    api = ""

    def __init__(self, client: HttpClient, model: str) -> None:
        self.client = client
        self.model = model
        self.capabilities = Capabilities(api=self.api, model=model)

    def detect(self) -> Capabilities:
        raise NotImplementedError

    def next_token(
        self, prompt: str, prefix: Sequence[int], top_n: int, should_stop: StopFlag
    ) -> tuple[TokenOdds, int | None]:
        """The top-N after `prompt` + `prefix`, and how many tokens the context held (None: unknown)."""
        raise NotImplementedError

    def after_chain(self, prompt: str, settings: SamplingSettings, top_n: int) -> TokenOdds:
        raise ServerError("this server does not report probabilities after its sampling chain", "unsupported")

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
        raise NotImplementedError

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
        raise NotImplementedError

    def tokenize(self, text: str) -> list[tuple[int, str]]:
        raise ServerError("this server does not tokenize text for clients", "unsupported")

    def detokenize(self, tokens: Sequence[int]) -> str:
        raise ServerError("this server does not turn token ids back into text", "unsupported")

    def score(self, text: str, top_n: int) -> list[TokenOdds | None]:
        raise ServerError("this server does not return log-probabilities of the prompt", "unsupported")


def sampling_fields(settings: SamplingSettings, seed: int | None) -> dict[str, Any]:
    """The request fields every API understands; 0 temperature means greedy everywhere."""
    fields: dict[str, Any] = {"temperature": settings.temperature, "top_p": settings.top_p}
    if seed is not None:
        fields["seed"] = seed
    return fields


def with_ids(odds: TokenOdds, lookup: Callable[[str], int | None]) -> TokenOdds:
    """The same odds with ids filled in from the server's tokenizer where a text is exactly one token."""

    def fill(alt: Alt) -> Alt:
        return alt if alt.id is not None else Alt(alt.text, alt.logprob, lookup(alt.text))

    return TokenOdds(fill(odds.chosen), tuple(fill(alt) for alt in odds.top), odds.after_chain)


STOP_REASONS = {
    "stop": "eos",
    "eos": "eos",
    "length": "max_tokens",
    "limit": "max_tokens",
    "word": "stop_string",
}
