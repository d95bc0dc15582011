"""Long texts are scored in windows no larger than the context, as llama-perplexity does.

Window k covers tokens [k·stride, k·stride + window). The first window scores every token after its
first; each later one scores only the `stride` tokens after the previous window's end, so every token
is scored once, with at least `window − stride` tokens of context before it. A later window starts
mid-text: where the model expects a BOS token, the window's first token is replaced by BOS (as
llama-perplexity does) and is context only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from engine.core.session import Session


@dataclass(frozen=True)
class Window:
    start: int  # first token of the window, in the text's tokens
    end: int  # one past its last token
    scored_from: int  # the first token this window scores; those before it are context only

    def as_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end, "scored_from": self.scored_from}


def default_window(session: Session) -> int:
    """The context, or one decode's worth of rows (n_batch + 1 tokens: the last needs no row)."""
    settings = session.model.settings
    return min(session.model.n_ctx, settings.n_batch + 1)


def check_window(session: Session, window: int | None, stride: int | None) -> tuple[int, int]:
    """(window, stride) with the defaults filled in: the context's size, half of it as the stride."""
    size = window or default_window(session)
    if not 2 <= size <= session.model.n_ctx:
        raise ValueError(f"the window must be between 2 and the context size ({session.model.n_ctx}) tokens")
    step = stride or max(1, size // 2)
    if not 1 <= step <= size - 1:
        raise ValueError(f"the stride must be between 1 and window − 1 ({size - 1}) tokens")
    return size, step


def plan_windows(n_tokens: int, window: int, stride: int) -> list[Window]:
    if n_tokens < 2:
        return []
    if n_tokens <= window:
        return [Window(0, n_tokens, 1)]
    windows = [Window(0, window, 1)]
    while windows[-1].end < n_tokens:
        start = windows[-1].start + stride
        windows.append(Window(start, min(start + window, n_tokens), windows[-1].end))
    return windows


def adds_bos(session: Session) -> int | None:
    """The BOS token id when the model's tokenizer starts every text with it, else None."""
    bos = session.model.special_tokens().get("bos")
    if bos is None:
        return None
    sample = session.model.tokenize("a", add_special=True)
    return bos if sample and sample[0] == bos else None


def window_feed(tokens: Sequence[int], window: Window, bos: int | None) -> tuple[list[int], int]:
    """The tokens to decode for a window and how many rows to read (the last ones of the feed).

    The window's last token needs no row (nothing after it is scored here), so it is not fed.
    """
    feed = list(tokens[window.start : window.end - 1])
    if window.start > 0 and bos is not None:
        feed[0] = bos
    return feed, window.end - window.scored_from


def window_rows(
    session: Session, tokens: Sequence[int], window: Window, bos: int | None, should_stop: Callable[[], bool]
) -> Iterator[tuple[int, np.ndarray]]:
    """(position of the scored token, the logits row that predicts it) for each token the window scores.

    Rows are views into llama.cpp's output buffer: use each before taking the next.
    """
    feed, count = window_feed(tokens, window, bos)
    rows = session.model.each_logits_row(feed, count, should_stop)
    for offset, row in enumerate(rows):
        yield window.scored_from + offset, row
