"""Cancel reaches every request kind in the real engine process, mid-prefill, and the engine goes on."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest

from engine.process.cancel_bench import cancel_once, long_text
from engine.process.client import EngineProcess
from engine.process.protocol import Distribution, Failed, Load, Loaded, Probe, Ready


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    process.start()
    assert isinstance(process.receive(timeout=120), Ready)
    process.send(Load(process.new_request_id(), "smollm2-135m", {"n_ctx": 2048}))
    event = process.receive(timeout=300)
    while event is not None and not isinstance(event, Loaded | Failed):
        event = process.receive(timeout=300)
    assert isinstance(event, Loaded), event
    yield process
    process.stop()


def _answer(engine: EngineProcess, request_id: int) -> object:
    while True:
        event = engine.receive(timeout=120)
        assert event is not None, "the engine did not answer"
        if getattr(event, "request_id", None) == request_id and not type(event).__name__.endswith("Progress"):
            return event


def test_probe_on_a_long_prompt_acknowledges_cancel(engine: EngineProcess) -> None:
    rng = random.Random(3)
    prompt = long_text(rng, 100)  # ~1500 tokens: seconds of prefill on a shared CPU
    # the same prompt, uncancelled, takes longer than the bound below (so the test can fail)
    started = time.perf_counter()
    full = Probe(engine.new_request_id(), prompt=long_text(rng, 100))
    engine.send(full)
    assert isinstance(_answer(engine, full.request_id), Distribution)
    uncancelled = time.perf_counter() - started
    run = cancel_once(engine, Probe(engine.new_request_id(), prompt=prompt), delay=0.1)
    assert run["outcome"] == "Failed(cancelled)", run
    assert run["latency_s"] < 2.0, run
    assert run["latency_s"] < uncancelled / 2, (run, uncancelled)
    # the engine still answers, and the aborted prefill left no stale cache behind
    again = Probe(engine.new_request_id(), prompt=prompt)
    engine.send(again)
    assert isinstance(_answer(engine, again.request_id), Distribution)


def test_probe_with_messages_is_cancelled_while_rendering_or_decoding(engine: EngineProcess) -> None:
    # A probe with messages renders the (packaged, normal) template first; a cancel just after the send
    # still ends it in words, and the next request is served.
    probe = Probe(engine.new_request_id(), messages=(("user", long_text(random.Random(4), 100)),))
    run = cancel_once(engine, probe, delay=0.05)
    assert run["outcome"] in ("Failed(cancelled)", "ended before the cancel (Distribution)"), run
    assert engine.alive
