"""`--server URL` for the CLI: probe, generate and score on an inference server; a one-line error for
the commands that need a local model. The dispatcher calls `add_server_option` after every feature
has registered its subcommands, so no feature's CLI needs to know about servers."""

from __future__ import annotations

import argparse
import math
from typing import Any

from engine.core.cli import CliError, Handler, print_table
from engine.core.sampling import STAGES, SamplingSettings
from engine.remote.api import RemoteReply
from engine.remote.http import ServerError
from engine.remote.session import RemoteSession, step_dict

REMOTE_COMMANDS = ("probe", "generate", "score")
LOCAL_ONLY = {
    "compare-models": "'compare-models' needs both models' whole distributions (KL, Δp); a server gives only "
    "its top N, so it needs local models (--model)",
}


def add_server_option(commands: Any, handlers: dict[str, Handler]) -> None:
    """Give every subcommand that takes --model a --server option; wrap its handler."""
    for name, parser in commands.choices.items():
        if "--model" not in parser._option_string_actions:
            continue
        parser.add_argument("--server", default=None, metavar="URL", help="run on an inference server")
        parser.add_argument(
            "--api-key-env",
            default="",
            metavar="NAME",
            help="environment variable holding the server's API key",
        )
        handlers[name] = _wrap(name, handlers[name])


def _wrap(name: str, local: Handler) -> Handler:
    def handler(args: argparse.Namespace) -> dict[str, Any]:
        if not getattr(args, "server", None):
            return local(args)
        if name not in REMOTE_COMMANDS:
            raise CliError(
                LOCAL_ONLY.get(name, f"'{name}' needs a local model (--model)")
                + (f"; with --server only {', '.join(REMOTE_COMMANDS)} run")
            )
        try:
            remote = RemoteSession.connect(args.server, args.api_key_env)
            return REMOTE_HANDLERS[name](remote, args)
        except ServerError as error:
            raise CliError(str(error)) from None

    return handler


def _settings(args: argparse.Namespace) -> SamplingSettings:
    order = tuple(stage.strip() for stage in args.order.split(",") if stage.strip() in STAGES)
    try:
        return SamplingSettings(
            temperature=args.temperature,
            top_k=args.top_k,
            top_p=args.top_p,
            min_p=args.min_p,
            typical_p=args.typical_p,
        ).with_order(order)
    except ValueError as error:
        raise CliError(str(error)) from error


def remote_probe(remote: RemoteSession, args: argparse.Namespace) -> dict[str, Any]:
    distribution = remote.probe(args.prompt, top_n=args.top)
    candidates = [
        {"rank": rank, "id": alt.id, "text": alt.text, "logprob": alt.logprob, "prob": math.exp(alt.logprob)}
        for rank, alt in enumerate(distribution.alternatives, 1)
    ]
    result: dict[str, Any] = {
        "server": remote.endpoint.url,
        "api": remote.capabilities.api,
        "model": remote.capabilities.model,
        "partial": True,
        "top_n": len(candidates),
        "tail_mass": distribution.tail_mass,
        "context_tokens": distribution.context_tokens,
        "candidates": candidates,
    }
    if remote.capabilities.after_chain:
        after = remote.after_chain(args.prompt, _settings(args), args.top)
        result["after_chain"] = [
            {"id": alt.id, "text": alt.text, "prob_after": math.exp(alt.logprob)} for alt in after.top
        ]
    if not args.json:
        print(
            f"{remote.capabilities.api} server {remote.endpoint.url}: the top {len(candidates)} only; "
            f"the other tokens hold {distribution.tail_mass:.3%} together"
        )
        print_table(candidates, ["rank", "id", "text", "prob", "logprob"])
    return result


def remote_generate(remote: RemoteSession, args: argparse.Namespace) -> dict[str, Any]:
    settings = _settings(args)
    reply = RemoteReply()
    if args.chat:
        messages = ([("system", args.system)] if args.system else []) + [("user", args.prompt)]
        steps = remote.chat(
            messages, settings, reply, max_tokens=args.max_tokens, seed=args.seed, top_n=args.top
        )
    else:
        steps = remote.complete(
            args.prompt,
            settings,
            reply,
            max_tokens=args.max_tokens,
            seed=args.seed,
            top_n=args.top,
            stop=args.stop,
        )
    printed = 0
    dicts = []
    for step in steps:
        dicts.append(step_dict(step))
        if not args.json:
            print(step.text[printed:], end="", flush=True)
            printed = len(step.text)
    result = {
        "server": remote.endpoint.url,
        "text": reply.text,
        "stop_reason": reply.stop_reason,
        "seed": args.seed,
        "prompt_tokens": reply.prompt_tokens,
        "steps": dicts,
    }
    if not args.json:
        print(f"\n[{len(dicts)} tokens from {remote.endpoint.url}, stopped: {reply.stop_reason}; top-N only]")
    return result


def remote_score(remote: RemoteSession, args: argparse.Namespace) -> dict[str, Any]:
    text = getattr(args, "text", None)
    if not text:
        raise CliError("score --server needs --text (a file is read only with a local model)")
    tokens = [odds for odds in remote.score(text) if odds is not None]
    rows = [
        {
            "text": odds.chosen.text,
            "logprob": odds.chosen.logprob,
            "surprisal_bits": -odds.chosen.logprob / math.log(2),
        }
        for odds in tokens
    ]
    total = math.fsum(-odds.chosen.logprob / math.log(2) for odds in tokens)
    result = {"server": remote.endpoint.url, "tokens": rows, "total_bits": total, "n_scored": len(rows)}
    if not args.json:
        print_table(rows, ["text", "logprob", "surprisal_bits"])
    return result


REMOTE_HANDLERS = {"probe": remote_probe, "generate": remote_generate, "score": remote_score}
