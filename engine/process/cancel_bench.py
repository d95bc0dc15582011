"""`bench-cancel`: how fast every kind of engine request stops after a Cancel, through the real process.

Each kind is started on a long prompt in the engine process (engine/process/client.py), cancelled
after `delay` seconds, and timed from the Cancel to the request's last event (Failed "cancelled",
Finished, or its result when it finished first). A second figure is what the abort callback that
makes this possible costs: a long prefill timed with it and without it, in this process.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

from engine.core.sampling import SamplingSettings

ACK_TARGET_S = 0.2
_SENTENCE = "The quick brown fox jumps over the lazy dog near the quiet river bank. "


def long_text(rng: random.Random, sentences: int) -> str:
    """~15 tokens a sentence, opened by a random number so that no two runs share a cached prefix."""
    return f"{rng.randrange(10**9)}. " + _SENTENCE * sentences


def _requests(rng: random.Random) -> dict[str, Callable[[int], Any]]:
    from engine.process.protocol import Chat, Probe, Task

    greedy = SamplingSettings(temperature=0.0)
    return {
        "chat (generating)": lambda rid: Chat(rid, (("user", f"{rng.random()} Tell a story."),), greedy, 400),
        "chat (long prefill)": lambda rid: Chat(rid, (("user", long_text(rng, 110)),), greedy, 8),
        "probe": lambda rid: Probe(rid, prompt=long_text(rng, 110)),
        "attention": lambda rid: Task(rid, "attention", {"prompt": long_text(rng, 60)}),
        "prompt-lab": lambda rid: Task(
            rid, "promptlab.compare", {"dataset": "tweets-en", "templates": ["few:8"]}
        ),
        "embeddings": lambda rid: Task(rid, "embeddings.similarity", {"texts": [long_text(rng, 30)] * 4}),
    }


def _is_end(event: Any, request_id: int) -> bool:
    from engine.process.protocol import Distribution, Failed, Finished, TaskResult, Tokens

    ends = (Failed, Finished, Distribution, TaskResult, Tokens)
    return isinstance(event, ends) and getattr(event, "request_id", None) == request_id


def _outcome(event: Any) -> str:
    kind = getattr(event, "kind", None) or getattr(event, "stop_reason", None)
    return f"{type(event).__name__}({kind})" if kind else type(event).__name__


def cancel_once(engine: Any, command: Any, delay: float, after_first_step: bool = False) -> dict[str, Any]:
    """Send `command`, cancel it `delay` s later (after its first token with `after_first_step`)."""
    from engine.process.protocol import Cancel, StepEvent

    request_id = command.request_id
    engine.send(command)
    start = time.perf_counter()
    while True:
        if not after_first_step and time.perf_counter() - start >= delay:
            break
        event = engine.receive(timeout=max(0.001, delay - (time.perf_counter() - start)))
        if event is not None and _is_end(event, request_id):
            return {"latency_s": None, "outcome": f"ended before the cancel ({_outcome(event)})"}
        if after_first_step and isinstance(event, StepEvent):
            after_first_step, start = False, time.perf_counter()
    cancelled_at = time.perf_counter()
    engine.send(Cancel(request_id))
    while True:
        event = engine.receive(timeout=60)
        if event is None:
            return {"latency_s": None, "outcome": "no answer within 60 s"}
        if _is_end(event, request_id):
            return {"latency_s": time.perf_counter() - cancelled_at, "outcome": _outcome(event)}


def _load(engine: Any, model: str, n_ctx: int) -> None:
    from engine.process.protocol import Failed, Load, Loaded, Ready

    if not isinstance(engine.receive(timeout=120), Ready):
        raise RuntimeError("the engine process did not start")
    engine.send(Load(engine.new_request_id(), model, {"n_ctx": n_ctx}))
    while True:
        event = engine.receive(timeout=300)
        if isinstance(event, Failed):
            raise RuntimeError(event.message)
        if isinstance(event, Loaded) or event is None:
            return


def abort_callback_cost(model: str, tokens: int = 1500, repeats: int = 3) -> dict[str, float]:
    """Seconds to prefill `tokens` with the abort callback (as every request now runs) and without."""
    from engine.core.session import Session

    rng = random.Random(1)
    with Session.open(model, n_ctx=2048) as session:
        feed = session.model
        ids = session.prompt_tokens(long_text(rng, 200))[:tokens]
        with_cb, without = [], []
        for _ in range(repeats):
            feed.forget_from(0)
            started = time.perf_counter()
            feed.hold(ids)
            with_cb.append(time.perf_counter() - started)
            feed.forget_from(0)
            started = time.perf_counter()
            for first in range(0, len(ids), feed.settings.n_batch):
                chunk = ids[first : first + feed.settings.n_batch]
                feed._decode(chunk)  # the plain decode, no callback
                feed._cached.extend(chunk)
            without.append(time.perf_counter() - started)
    best_with, best_without = min(with_cb), min(without)
    return {
        "tokens": len(ids),
        "with_callback_s": best_with,
        "without_callback_s": best_without,
        "ratio": best_with / best_without,
    }


def run_cancel_bench(model: str, delay: float = 0.1, repeats: int = 3, n_ctx: int = 2048) -> dict[str, Any]:
    from engine.process.client import EngineProcess

    rng = random.Random(7)
    saved = os.environ.get("LANTERNA_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="lanterna-cancel-") as cache:
        os.environ["LANTERNA_CACHE_DIR"] = cache  # the engine inherits it: no shared embedding cache
        engine = EngineProcess()
        engine.start()
        try:
            _load(engine, model, n_ctx)
            kinds: dict[str, Any] = {}
            for name, make in _requests(rng).items():
                runs = [
                    cancel_once(engine, make(engine.new_request_id()), delay, name == "chat (generating)")
                    for _ in range(repeats)
                ]
                latencies = [run["latency_s"] for run in runs if run["latency_s"] is not None]
                kinds[name] = {
                    "runs": runs,
                    "median_s": statistics.median(latencies) if latencies else None,
                    "max_s": max(latencies) if latencies else None,
                }
            alive = engine.alive
        finally:
            engine.stop()
            if saved is None:
                os.environ.pop("LANTERNA_CACHE_DIR", None)
            else:
                os.environ["LANTERNA_CACHE_DIR"] = saved
    worst = max((kind["max_s"] for kind in kinds.values() if kind["max_s"] is not None), default=None)
    return {
        "model": model,
        "delay_s": delay,
        "kinds": kinds,
        "worst_s": worst,
        "within_target": worst is not None and worst <= ACK_TARGET_S,
        "engine_alive": alive,
        "abort_callback": abort_callback_cost(model),
    }


# --- the command line (registered by engine/cli.py: engine/core may not import the engine process) ---


def register(commands: Any) -> dict[str, Any]:
    from engine.core.cli import add_positive, model_argument

    bench = commands.add_parser("bench-cancel", help="cancel latency of every engine request kind")
    model_argument(bench)
    add_positive(bench, "--delay-ms", int, 100, "cancel this long after the request starts", 1, 60_000)
    add_positive(bench, "--repeats", int, 3, "runs of each kind", 1, 100)
    bench.add_argument("--json", action="store_true", help="print JSON instead of text")
    return {"bench-cancel": cmd_bench_cancel}


def cmd_bench_cancel(args: Any) -> dict[str, Any]:
    result = run_cancel_bench(args.model, delay=args.delay_ms / 1000, repeats=args.repeats)
    if not args.json:
        print(f"cancel -> last event, {args.repeats} runs each, cancelled {args.delay_ms} ms after the start")
        for name, kind in result["kinds"].items():
            median, worst = kind["median_s"], kind["max_s"]
            figures = (
                f"median {median * 1000:7.1f} ms, max {worst * 1000:7.1f} ms" if worst is not None else "-"
            )
            outcomes = ", ".join(sorted({run["outcome"] for run in kind["runs"]}))
            print(f"  {name:>20}: {figures}  ({outcomes})")
        cost = result["abort_callback"]
        print(
            f"worst {result['worst_s'] * 1000:.1f} ms (target {ACK_TARGET_S * 1000:.0f} ms: "
            f"{'met' if result['within_target'] else 'missed'}); abort callback: prefill of {cost['tokens']} "
            f"tokens {cost['with_callback_s']:.3f} s with, {cost['without_callback_s']:.3f} s without "
            f"(x{cost['ratio']:.3f})"
        )
    return result
