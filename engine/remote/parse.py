"""Parsers for what inference servers answer: every value checked for type, range and size.

The shapes come from llama.cpp's tools/server/README.md (native /completion with n_probs and
post_sampling_probs, /tokenize with pieces) and the OpenAI API as vLLM, Ollama, llama-server and
llama-cpp-python's server return it (chat `logprobs.content[].top_logprobs[]`, completions
`logprobs.tokens / token_logprobs / top_logprobs` keyed by token text).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from engine.core.tokens import readable_piece
from engine.remote.http import ServerError

MAX_ALTERNATIVES = 100  # per token; a server that sends more is cut to this many
MAX_TEXT = 4096  # characters in one token's text
MAX_TOKENS = 1 << 17  # tokens in one answer (tokenize, echo)
TOLERANCE = 1e-3  # a log-probability a little above 0 (rounding) is accepted as 0


@dataclass(frozen=True)
class Alt:
    """One token a server listed: its text, natural-log probability and id (None where not given)."""

    text: str
    logprob: float
    id: int | None = None


@dataclass(frozen=True)
class TokenOdds:
    """A generated token and the alternatives the server listed for its position, most probable first."""

    chosen: Alt
    top: tuple[Alt, ...]
    after_chain: bool = False  # True: these are probabilities after the sampling chain


def bad(where: str, what: str) -> ServerError:
    return ServerError(f"{where}: the server's answer is malformed ({what})", "malformed")


def field(obj: Any, key: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    if not isinstance(obj, dict):
        raise bad(where, "expected a JSON object")
    if key not in obj or obj[key] is None:
        if default is ...:
            raise bad(where, f"'{key}' is missing")
        return default
    value = obj[key]
    if isinstance(value, bool) and kind is not bool and (not isinstance(kind, tuple) or bool not in kind):
        raise bad(where, f"'{key}' has the wrong type")
    if not isinstance(value, kind):
        raise bad(where, f"'{key}' has the wrong type")
    return value


def items(value: Any, where: str, limit: int = MAX_TOKENS) -> list[Any]:
    if not isinstance(value, list):
        raise bad(where, "expected a list")
    if len(value) > limit:
        raise bad(where, f"a list of {len(value)} items, more than {limit}")
    return value


def logprob(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad(where, "a log-probability that is not a number")
    number = float(value)
    if not math.isfinite(number) or number > TOLERANCE:
        raise bad(where, f"a log-probability of {value}")
    return min(number, 0.0)


def probability(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad(where, "a probability that is not a number")
    number = float(value)
    if not math.isfinite(number) or not -TOLERANCE <= number <= 1 + TOLERANCE:
        raise bad(where, f"a probability of {value}")
    return math.log(number) if number > 0 else -math.inf


def token_id(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << 31:
        raise bad(where, "a token id that is not a whole number >= 0")
    return int(value)


def token_text(obj: dict[str, Any], where: str, key: str = "token") -> str:
    """A token's readable text; its bytes (where given) win, so a split character reads <0xNN>."""
    raw = obj.get("bytes")
    if isinstance(raw, list) and 0 < len(raw) <= MAX_TEXT:
        if not all(isinstance(byte, int) and not isinstance(byte, bool) and 0 <= byte < 256 for byte in raw):
            raise bad(where, "token bytes out of range")
        return readable_piece(bytes(raw))
    text = field(obj, key, str, where)
    if len(text) > MAX_TEXT:
        raise bad(where, "a token text longer than any token")
    return str(text)


# --- llama-server's native /completion ---------------------------------------------------------


def native_token(item: Any, where: str = "/completion") -> TokenOdds:
    """One `completion_probabilities` entry, with `top_logprobs` (raw) or `top_probs` (after the chain)."""
    after = isinstance(item, dict) and "top_probs" in item
    value = (
        (lambda o: probability(field(o, "prob", (int, float), where), where))
        if after
        else (lambda o: logprob(field(o, "logprob", (int, float), where), where))
    )
    listed = items(field(item, "top_probs" if after else "top_logprobs", list, where), where, 100_000)
    top = tuple(
        Alt(token_text(entry, where), value(entry), token_id(field(entry, "id", int, where), where))
        for entry in listed[:MAX_ALTERNATIVES]
    )
    chosen = Alt(token_text(item, where), value(item), token_id(field(item, "id", int, where), where))
    return TokenOdds(chosen, _sorted(top), after_chain=after)


def native_completion(answer: Any, where: str = "/completion") -> tuple[str, list[TokenOdds], str]:
    """(content, the tokens with their alternatives, stop type) of one answer or one stream chunk."""
    content = field(answer, "content", str, where, "")
    listed = items(field(answer, "completion_probabilities", list, where, []), where)
    stop_type = field(answer, "stop_type", str, where, "")
    if not stop_type and field(answer, "stop", bool, where, False):
        stop_type = "limit"
    return content, [native_token(item, where) for item in listed], stop_type


def tokenized(answer: Any, where: str = "/tokenize") -> list[tuple[int, str | None]]:
    """/tokenize (llama-server: ids or {id, piece}), /extras/tokenize (llama-cpp-python), vLLM's /tokenize."""
    listed = items(field(answer, "tokens", list, where), where)
    result: list[tuple[int, str | None]] = []
    for entry in listed:
        if isinstance(entry, dict):
            piece = entry.get("piece")
            if isinstance(piece, list):
                text = token_text({"bytes": piece}, where) if piece else ""
            elif isinstance(piece, str) and len(piece) <= MAX_TEXT:
                text = piece
            else:
                raise bad(where, "a token piece that is neither text nor bytes")
            result.append((token_id(entry.get("id"), where), text))
        else:
            result.append((token_id(entry, where), None))
    return result


# --- the OpenAI-compatible API -----------------------------------------------------------------


def chat_token(item: Any, where: str = "/v1/chat/completions") -> TokenOdds:
    """One `choices[0].logprobs.content[]` entry: token, logprob, bytes, top_logprobs[]."""
    chosen = Alt(token_text(item, where), logprob(field(item, "logprob", (int, float), where), where))
    listed = items(field(item, "top_logprobs", list, where, []), where, 100_000)
    top = tuple(
        Alt(token_text(entry, where), logprob(field(entry, "logprob", (int, float), where), where))
        for entry in listed[:MAX_ALTERNATIVES]
    )
    return TokenOdds(chosen, _sorted(top))


def completion_tokens(logprobs: Any, where: str = "/v1/completions") -> list[TokenOdds | None]:
    """Legacy completions `logprobs`: parallel lists; None where the server gives no odds (echo's first)."""
    tokens = items(field(logprobs, "tokens", list, where), where)
    values = items(field(logprobs, "token_logprobs", list, where), where)
    tops = items(field(logprobs, "top_logprobs", list, where, [None] * len(tokens)), where)
    if not len(tokens) == len(values) == len(tops):
        raise bad(where, "tokens, token_logprobs and top_logprobs differ in length")
    result: list[TokenOdds | None] = []
    for text, value, top in zip(tokens, values, tops, strict=True):
        if not isinstance(text, str) or len(text) > MAX_TEXT:
            raise bad(where, "a token that is not text")
        if value is None:
            result.append(None)
            continue
        listed = top if isinstance(top, dict) else {}
        if top is not None and not isinstance(top, dict):
            raise bad(where, "top_logprobs entries must be objects")
        if len(listed) > 100_000:
            raise bad(where, "too many alternatives")
        alternatives = tuple(
            Alt(str(key)[:MAX_TEXT], logprob(number, where))
            for key, number in list(listed.items())[:MAX_ALTERNATIVES]
        )
        result.append(TokenOdds(Alt(text, logprob(value, where)), _sorted(alternatives)))
    return result


def first_choice(answer: Any, where: str) -> dict[str, Any]:
    choices = items(field(answer, "choices", list, where), where, 64)
    if not choices or not isinstance(choices[0], dict):
        raise bad(where, "no choices")
    return dict(choices[0])


def model_ids(answer: Any, where: str = "/v1/models") -> list[tuple[str, dict[str, Any]]]:
    """(id, meta) for every model a /v1/models answer lists (llama-server puts n_vocab etc. in meta)."""
    listed = items(field(answer, "data", list, where), where, 10_000)
    result = []
    for entry in listed:
        name = field(entry, "id", str, where)
        meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
        result.append((name[:MAX_TEXT], meta))
    return result


def whole(value: Any, low: int = 0, high: int = 1 << 31) -> int | None:
    """An optional whole number in range, else None (for facts that only decorate, like n_ctx)."""
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return int(value)
    return None


def _sorted(alternatives: Sequence[Alt]) -> tuple[Alt, ...]:
    return tuple(sorted(alternatives, key=lambda alt: -alt.logprob))
