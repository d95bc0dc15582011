"""Thread counts chosen by measurement (remembered per model file and machine, overridable), and the
instruments off the critical path: the same tokens and records with and without the overlap."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from engine.core import thread_tuning
from engine.core.llama_types import Cancelled
from engine.core.sampling import SamplingSettings, top_indices
from engine.core.session import Session

PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle.\n\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LANTERNA_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def restored(smol: Session) -> Iterator[Session]:
    before = smol.model.threads
    yield smol
    smol.model.set_threads(*before)


def test_tuning_chooses_a_valid_count_remembers_and_reuses_it(
    cache: Path, restored: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    model, path = restored.model, restored.model.settings.path
    choice = thread_tuning.choose_threads(model, path)
    counts = thread_tuning.candidate_counts()
    assert choice.source == "measured"
    assert [figure.threads for figure in choice.figures] == counts
    assert choice.generation in counts and choice.prompt in counts
    assert all(figure.decode_tok_s > 0 and figure.prefill_tok_s > 0 for figure in choice.figures)
    best = max(choice.figures, key=lambda figure: figure.decode_tok_s)
    assert choice.generation == best.threads
    assert model.threads == (choice.generation, choice.prompt)
    assert choice.seconds < 15  # bounded
    assert (cache / "threads.json").is_file()

    def no_measuring(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a remembered choice must not be measured again")

    monkeypatch.setattr(thread_tuning, "measure", no_measuring)
    model.set_threads(1, 1)
    again = thread_tuning.choose_threads(model, path)
    assert again.source == "remembered"
    assert (again.generation, again.prompt) == (choice.generation, choice.prompt)
    assert again.figures == choice.figures
    assert model.threads == (choice.generation, choice.prompt)


def test_a_changed_file_or_damaged_cache_is_not_reused(cache: Path, tmp_path: Path) -> None:
    other = tmp_path / "model.gguf"
    other.write_bytes(b"GGUF")
    choice = thread_tuning.ThreadChoice(1, 1, "measured", (thread_tuning.Figure(1, 10.0, 100.0),))
    thread_tuning.remember(other, choice)
    assert thread_tuning.remembered(other) is not None
    stat = other.stat()
    os.utime(other, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert thread_tuning.remembered(other) is None
    (cache / "threads.json").write_text("{not json")
    assert thread_tuning.remembered(other) is None
    thread_tuning.remember(other, choice)  # a damaged file is replaced
    assert thread_tuning.remembered(other) is not None


def test_tuning_cancels_and_leaves_the_counts_as_they_were(cache: Path, restored: Session) -> None:
    model = restored.model
    model.set_threads(1, 1)
    with pytest.raises(Cancelled):
        thread_tuning.measure(model, should_stop=lambda: True)
    assert model.threads == (1, 1)
    assert not (cache / "threads.json").exists()


def test_the_users_thread_counts_win(cache: Path) -> None:
    with Session.open("smollm2-135m", n_ctx=256, n_threads=1, n_threads_batch=2) as session:
        assert session.model.threads == (1, 2)
        info = session.info()
        assert info.threads is not None and info.threads["source"] == "user"
    assert not (cache / "threads.json").exists()  # nothing measured


def test_a_first_load_measures_and_the_next_remembers(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTERNA_THREAD_TUNING", "1")  # the app's behaviour (the suite loads without it)
    with Session.open("smollm2-135m", n_ctx=256) as session:
        assert session.threads.source == "measured"
        first = session.model.threads
    with Session.open("smollm2-135m", n_ctx=256) as session:
        assert session.threads.source == "remembered"
        assert session.model.threads == first
        assert session.info().threads == session.threads.as_dict()


def _records(session: Session, overlap: bool, **kwargs: Any) -> dict[str, Any]:
    session.model.forget_from(0)  # both start from the same (empty) cache
    result = session.generate(PROMPT, max_tokens=40, overlap=overlap, **kwargs).run().as_dict()
    result.pop("seed") if "seed" not in kwargs else None
    return result


@pytest.mark.parametrize("which", ["smol", "gemma"])
def test_overlap_gives_the_same_tokens_and_records(which: str, request: pytest.FixtureRequest) -> None:
    session: Session = request.getfixturevalue(which)
    greedy = _records(session, True, temperature=0.0)
    assert greedy == _records(session, False, temperature=0.0)
    assert len(greedy["steps"]) > 1
    seeded = _records(session, True, seed=11)
    assert seeded == _records(session, False, seed=11)
    top_k = SamplingSettings(temperature=1.3, top_k=5)
    assert _records(session, True, settings=top_k, seed=3) == _records(session, False, settings=top_k, seed=3)


def test_stop_strings_and_an_early_exit_leave_the_context_usable(smol: Session) -> None:
    plain = smol.generate(PROMPT, max_tokens=12, temperature=0.0, overlap=False).run()
    stop = plain.text[5:8]
    stopped = smol.generate(PROMPT, max_tokens=12, temperature=0.0, stop=[stop]).run()
    assert stopped.stop_reason == "stop_string" and stopped.text == plain.text[: plain.text.find(stop)]
    generation = iter(smol.generate(PROMPT, max_tokens=12, temperature=0.0))
    next(generation)  # leave while the next token decodes ahead
    again = smol.generate(PROMPT, max_tokens=12, temperature=0.0).run()
    assert [step.token.id for step in again.steps] == [step.token.id for step in plain.steps]


def test_native_anchor_chooses_the_same_greedy_tokens(smol: Session) -> None:
    ours = smol.generate(PROMPT, max_tokens=24, temperature=0.0).run()
    native = smol.model.native_greedy(smol.prompt_tokens(PROMPT), 24)
    assert native == [step.token.id for step in ours.steps if not step.token.special]


def test_fast_top_indices_equal_a_full_sort() -> None:
    rng = np.random.default_rng(5)
    for size in (10, 300, 49152, 262144):
        for _ in range(20):
            values = rng.standard_normal(size).astype(np.float32)
            values[rng.integers(0, size, size // 10)] = values.max()  # many ties at the top
            for count in (1, 10, 256):
                expected = np.lexsort((np.arange(size), -values))[:count]
                assert np.array_equal(top_indices(values, count), expected)
