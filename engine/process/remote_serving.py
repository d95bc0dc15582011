"""The engine process's requests when the model runs on a server: the same events as a local model.

Chat streams StepEvents whose step dicts carry `partial` and `tail_mass`; Probe sends a Distribution
marked partial; Tokenize works where the server tokenizes; Task commands (attention, hidden states,
embeddings, the lens, …) answer Failed(kind="needs_local").
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Callable

from engine.process.protocol import (
    Chat,
    Command,
    Distribution,
    Event,
    Failed,
    Finished,
    Probe,
    Started,
    StepEvent,
    Task,
    Tokenize,
    Tokens,
)
from engine.remote.api import RemoteReply
from engine.remote.http import ServerError
from engine.remote.session import NEEDS_LOCAL, RemoteSession, step_dict

Send = Callable[[Event], None]


def serve_remote(
    remote: RemoteSession, command: Command, send: Send, should_stop: Callable[[], bool]
) -> bool:
    """Serve `command` on the server; False when it is not a request the server takes (Load, …)."""
    try:
        if isinstance(command, Chat):
            _chat(remote, command, send, should_stop)
        elif isinstance(command, Probe):
            _probe(remote, command, send, should_stop)
        elif isinstance(command, Tokenize):
            tokens = remote.tokenize(command.text)
            send(Tokens(command.request_id, tuple(tokens)))
        elif isinstance(command, Task):
            send(Failed(command.request_id, needs_local_message(command.name), kind=NEEDS_LOCAL))
        else:
            return False
    except ServerError as error:
        if error.kind == "cancelled":
            send(Failed(command.request_id, "Cancelled.", kind="cancelled"))
        else:
            send(Failed(command.request_id, f"The server: {error}", kind="server"))
    return True


def needs_local_message(name: str) -> str:
    return (
        f"'{name}' needs a local model: a server shares only token probabilities, not the model's "
        "attention, hidden states or weights. Load a local model to use this view."
    )


def _probe(remote: RemoteSession, command: Probe, send: Send, should_stop: Callable[[], bool]) -> None:
    prompt = remote.chat_prompt(command.messages) if command.messages else command.prompt
    distribution = remote.probe(prompt, command.prefix, command.label_count, should_stop)
    placed = [alt for alt in distribution.alternatives if alt.id is not None]
    unplaced = math.fsum(math.exp(alt.logprob) for alt in distribution.alternatives if alt.id is None)
    labels = {int(alt.id): alt.text for alt in placed if alt.id is not None}
    send(
        Distribution(
            command.request_id,
            distribution.logits(remote.capabilities.vocab_size),
            labels,
            frozenset(),
            distribution.context_tokens or 0,
            remote.detokenize(command.prefix),
            partial=True,
            tail_mass=min(1.0, distribution.tail_mass + unplaced),  # a text with no id is not shown
        )
    )


def _chat(remote: RemoteSession, command: Chat, send: Send, should_stop: Callable[[], bool]) -> None:
    seed = command.seed if command.seed is not None else secrets.randbits(31)
    reply = RemoteReply(text=remote.detokenize(command.prefix))
    steps = remote.chat(
        command.messages,
        command.sampling,
        reply,
        max_tokens=command.max_tokens,
        seed=seed,
        top_n=command.top_n,
        prefix=command.prefix,
        should_stop=should_stop,
    )
    started = time.perf_counter()
    send(Started(command.request_id, reply.prompt_tokens, seed))
    try:
        for step in steps:
            send(
                StepEvent(
                    command.request_id,
                    {**step_dict(step), "index": step.index + len(command.prefix)},
                    reply.text,
                )
            )
    except ServerError as error:
        if error.kind != "cancelled":
            raise
        reply.stop_reason = "cancelled"
    send(
        Finished(
            command.request_id,
            reply.stop_reason or "cancelled",
            reply.text,
            seed,
            len(reply.steps),
            time.perf_counter() - started,
        )
    )
