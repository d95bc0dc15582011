"""A conversation as a file: the branch shown as Markdown, or the whole tree with its tokens as JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from gui.chat.records import Conversation, MessageRow, TokenRecord


def conversation_markdown(conversation: Conversation, path: Iterable[MessageRow]) -> str:
    """The title, the system prompt if any, then each message of `path` under its role."""
    sections = [f"# {conversation.title}"]
    if conversation.system_prompt:
        sections.append(f"**System**\n\n{conversation.system_prompt}")
    for message in path:
        sections.append(f"**{message.role.capitalize()}**\n\n{message.content}")
    return "\n\n".join(sections) + "\n"


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
        "tokens": [token.as_export() for token in tokens],
    }
