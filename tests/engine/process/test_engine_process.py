"""The engine process through its Qt-free client: the same numbers as the in-process engine."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from engine.core.sampling import SamplingSettings
from engine.core.session import Session
from engine.process.client import EngineDied, EngineProcess, process_memory_bytes
from engine.process.protocol import (
    Cancel,
    Chat,
    Distribution,
    Event,
    Failed,
    Finished,
    Load,
    Loaded,
    Probe,
    Ready,
    StepEvent,
    Tokenize,
    Tokens,
)


def next_event(engine: EngineProcess, kinds: tuple[type, ...]) -> Event:
    while True:
        event = engine.receive(timeout=60)
        assert event is not None, "the engine did not answer"
        if isinstance(event, kinds):
            return event


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    process.start()
    assert isinstance(next_event(process, (Ready,)), Ready)
    process.send(Load(1, "smollm2-135m", {"n_ctx": 1024}))
    assert isinstance(next_event(process, (Loaded, Failed)), Loaded)
    yield process
    process.stop()


def test_probe_matches_the_in_process_logits(engine: EngineProcess, smol: Session) -> None:
    engine.send(Probe(2, "Recife é uma", prefix=(1,)))
    event = next_event(engine, (Distribution, Failed))
    assert isinstance(event, Distribution)
    tokens, expected = smol.next_logits("Recife é uma", (1,))
    assert event.context_tokens == len(tokens)
    np.testing.assert_allclose(event.logits, expected, rtol=1e-4, atol=1e-3)
    top = int(np.argmax(event.logits))
    assert event.labels[top] == smol.token_info(top).text and len(event.labels) >= 256


def test_tokenize_and_a_cancelled_chat(engine: EngineProcess, smol: Session) -> None:
    engine.send(Tokenize(3, " cidade"))
    event = next_event(engine, (Tokens, Failed))
    assert isinstance(event, Tokens)
    assert [token for token, _ in event.tokens] == [
        info.id for info in smol.tokenize(" cidade", add_special=False)
    ]
    engine.send(Chat(4, (("user", "Write a long poem."),), SamplingSettings(temperature=0), max_tokens=300))
    next_event(engine, (StepEvent,))
    engine.send(Cancel(4))
    finished = next_event(engine, (Finished, Failed))
    assert (
        isinstance(finished, Finished) and finished.stop_reason == "cancelled" and finished.n_generated < 300
    )
    memory = process_memory_bytes(engine.pid)
    assert memory is None or memory > 50_000_000  # the model is in the child's memory


def test_a_killed_engine_is_reported_in_words() -> None:
    process = EngineProcess()
    process.start()
    next_event(process, (Ready,))
    process.kill()
    with pytest.raises(EngineDied, match="killed"):
        while True:
            process.receive(timeout=10)
    process.stop()
