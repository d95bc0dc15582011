"""A conversation as a file: the branch shown as Markdown, or the whole tree with its tokens as JSON."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from gui.chat.records import Conversation, MessageRow, TokenRecord

SETTING_LABELS = {
    "temperature": "temperature",
    "top_k": "top-k",
    "top_p": "top-p",
    "min_p": "min-p",
    "max_tokens": "max tokens",
    "seed": "seed",
}
# Characters Windows (or any common file system) refuses in a file name, and control characters.
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(1, 10)),
    *(f"lpt{n}" for n in range(1, 10)),
}


def safe_file_name(title: str, suffix: str) -> str:
    """A file name for `title` that every system accepts: no reserved characters or names, no
    trailing dots or spaces, not too long."""
    stem = " ".join(_UNSAFE_IN_NAMES.sub(" ", title).split()).strip(" .")[:80].rstrip(" .")
    if not stem or stem.casefold() in _RESERVED_NAMES:
        stem = f"chat {stem}".strip()
    return f"{stem}.{suffix}"


def settings_line(settings: dict[str, Any]) -> str:
    """`temperature 0.8 · top-k 40 · …`; a seed of -1 (a fresh one per reply) reads "random"."""
    parts = []
    for key, value in settings.items():
        shown = "random" if key == "seed" and value == -1 else value
        parts.append(f"{SETTING_LABELS.get(key, key)} {shown}")
    return " · ".join(parts)


def local_time(stamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def conversation_markdown(
    conversation: Conversation, path: Iterable[MessageRow], added_system: str = ""
) -> str:
    """The title and what the replies depend on (models, settings, system prompt, dates), then each
    message of `path` under its role; `added_system` is the text the chat template wrote in place of
    a missing system prompt, when it is known."""
    messages = list(path)
    typed = conversation.system_prompt.strip()
    sections = [f"# {conversation.title}", _facts(conversation, messages, typed, added_system)]
    if typed:
        sections.append(f"**System**\n\n{typed}")
    elif added_system:
        sections.append(f"**System** (written by the chat template, not typed)\n\n{added_system}")
    for message in messages:
        sections.append(f"{_speaker(message)}\n\n{message.content}")
    return "\n\n".join(sections) + "\n"


def _facts(conversation: Conversation, messages: list[MessageRow], typed: str, added_system: str) -> str:
    models = list(dict.fromkeys(m.model for m in messages if m.role == "assistant" and m.model))
    if models:
        model = ", ".join(models)
    else:
        model = f"{conversation.model} (loaded when the chat began)" if conversation.model else "unknown"
    system = "typed, below" if typed else "written by the chat template, below" if added_system else "none"
    return "\n".join(
        [
            f"- Model: {model}",
            f"- Sampling: {settings_line(conversation.settings) or 'the defaults'}",
            f"- System prompt: {system}",
            f"- Started {local_time(conversation.created)}, exported {local_time(time.time())}",
        ]
    )


def _speaker(message: MessageRow) -> str:
    """The role in bold; for a reply also the model and seed that wrote it (what reproduces it)."""
    name = f"**{message.role.capitalize()}**"
    if message.role != "assistant":
        return name
    seed = f"seed {message.seed}" if message.seed is not None else ""
    details = [detail for detail in (message.model, seed) if detail]
    return f"{name} · {', '.join(details)}" if details else name


def conversation_json(
    conversation: Conversation,
    messages: Iterable[MessageRow],
    tokens: Callable[[int], list[TokenRecord]],
) -> dict[str, Any]:
    """Plain JSON-ready data; `tokens` gives the token records of a message by its id."""
    return {
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "settings": conversation.settings,
        "model": conversation.model,
        "created": conversation.created,
        "current_leaf": conversation.current_leaf,
        "messages": [message_json(message, tokens(message.id)) for message in messages],
    }


def message_json(message: MessageRow, tokens: Iterable[TokenRecord]) -> dict[str, Any]:
    return {
        "id": message.id,
        "parent_id": message.parent_id,
        "role": message.role,
        "content": message.content,
        "status": message.status,
        "created": message.created,
        "stop_reason": message.stop_reason,
        "seed": message.seed,
        "branch_of": message.branch_of,
        "branch_step": message.branch_step,
        "error": message.error,
        "model": message.model,
        "tokens": [token.as_export() for token in tokens],
    }
