"""Thread counts chosen by measurement, per model file and machine, remembered on disk.

On a model's first load on a machine (and on demand: `retune`), a few decode steps and a prefill chunk
are timed for each thread count from 1 to the physical cores; the fastest count for generation and
the fastest for prompt processing are kept in `$LANTERNA_CACHE_DIR/threads.json` (else
~/.cache/lanterna/threads.json), keyed by the model file (path, size, modification time) and a
machine id. Rounds alternate the counts (machine noise hits them alike) and the best round counts.
Tuning is bounded (`budget_s`) and stops between measurements when asked. No llama_cpp here: the
backend's model is driven through its public methods.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from engine.core.llama_load import usable_cores
from engine.core.llama_types import Cancelled

log = logging.getLogger(__name__)
FORMAT = 1
PREFILL_TOKENS = 64  # one prompt chunk
DECODE_TOKENS = 12  # generation steps per measurement (after a 2-token prompt)
MAX_ENTRIES = 200  # models remembered per file


class Tunable(Protocol):
    """What tuning needs of a loaded model (LlamaModel has it)."""

    threads: tuple[int, int]
    vocab_size: int

    def set_threads(self, generation: int, prompt: int) -> None: ...
    def hold(self, tokens: list[int]) -> None: ...
    def forget_from(self, position: int) -> None: ...
    def native_greedy(self, tokens: list[int], count: int) -> list[int]: ...
    def tokenize(self, text: str, add_special: bool = True, parse_special: bool = True) -> list[int]: ...


@dataclass(frozen=True)
class Figure:
    threads: int
    decode_tok_s: float
    prefill_tok_s: float


@dataclass(frozen=True)
class ThreadChoice:
    generation: int
    prompt: int
    source: str  # "measured" (just now), "remembered" (from an earlier load), "user", "default"
    figures: tuple[Figure, ...] = ()
    measured_at: float = 0.0  # Unix time
    seconds: float = 0.0  # what the measurement took

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "figures": [asdict(figure) for figure in self.figures]}

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str) -> ThreadChoice:
        figures = tuple(
            Figure(int(f["threads"]), float(f["decode_tok_s"]), float(f["prefill_tok_s"]))
            for f in data.get("figures", ())
        )
        return cls(
            int(data["generation"]),
            int(data["prompt"]),
            source,
            figures,
            float(data.get("measured_at", 0.0)),
            float(data.get("seconds", 0.0)),
        )


def physical_cores() -> int:
    """Physical cores among the CPUs this process may use (SMT siblings counted once)."""
    usable = usable_cores()
    try:
        cores: set[tuple[str, str]] = set()
        package = core = ""
        allowed = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        cpu = -1
        for line in [*Path("/proc/cpuinfo").read_text().splitlines(), ""]:
            key, _, value = (part.strip() for part in line.partition(":"))
            if key == "processor":
                cpu = int(value)
            elif key == "physical id":
                package = value
            elif key == "core id":
                core = value
            elif not line.strip() and cpu >= 0:
                if allowed is None or cpu in allowed:
                    cores.add((package, core or str(cpu)))
                cpu, package, core = -1, "", ""
        return max(1, min(len(cores), usable)) if cores else usable
    except (OSError, ValueError):
        return usable


def candidate_counts() -> list[int]:
    return list(range(1, physical_cores() + 1))


def machine_id() -> str:
    """Stable per machine (and CPU set): machine-id or host name, CPU model, usable cores."""
    try:
        base = Path("/etc/machine-id").read_text().strip()
    except OSError:
        base = platform.node()
    cpu = platform.processor() or platform.machine()
    return hashlib.sha256(f"{base}|{cpu}|{usable_cores()}".encode()).hexdigest()[:16]


def tuning_file() -> Path:
    configured = os.environ.get("LANTERNA_CACHE_DIR")
    return Path(configured or Path.home() / ".cache" / "lanterna") / "threads.json"


def model_key(path: str | Path) -> str:
    resolved = Path(path).resolve()
    stat = resolved.stat()
    return f"{resolved}|{stat.st_size}|{stat.st_mtime_ns}|{machine_id()}"


def _read_all() -> dict[str, Any]:
    try:
        data = json.loads(tuning_file().read_text())
    except (OSError, ValueError):
        return {}
    ok = isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("models"), dict)
    return data["models"] if ok else {}


def remembered(path: str | Path) -> ThreadChoice | None:
    """The counts measured earlier for this model file on this machine, if any (and still valid)."""
    try:
        entry = _read_all().get(model_key(path))
        choice = ThreadChoice.from_dict(entry, "remembered") if isinstance(entry, dict) else None
    except (OSError, KeyError, TypeError, ValueError):
        return None
    valid = (
        choice is not None
        and 1 <= choice.generation <= usable_cores()
        and 1 <= choice.prompt <= usable_cores()
    )
    return choice if valid else None


def remember(path: str | Path, choice: ThreadChoice) -> None:
    """Store `choice` for this model file and machine (atomic replace; an unwritable cache is logged)."""
    models = _read_all()
    models.pop(model_key(path), None)
    models[model_key(path)] = {k: v for k, v in choice.as_dict().items() if k != "source"}
    while len(models) > MAX_ENTRIES:  # oldest first (insertion order)
        models.pop(next(iter(models)))
    target = tuning_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=target.parent, delete=False, suffix=".tmp") as handle:
            json.dump({"format": FORMAT, "models": models}, handle, indent=1)
        os.replace(handle.name, target)
    except OSError as error:
        log.warning("could not remember the thread counts in %s: %s", target, error)


def _probe_tokens(model: Tunable) -> list[int]:
    text = "The lighthouse keeper climbed the stairs each evening and lit the lamp for the ships. " * 8
    tokens = model.tokenize(text)
    return (tokens * (PREFILL_TOKENS // max(1, len(tokens)) + 1))[:PREFILL_TOKENS]


def measure(
    model: Tunable,
    counts: list[int] | None = None,
    should_stop: Callable[[], bool] | None = None,
    budget_s: float = 8.0,
    rounds: int = 2,
) -> ThreadChoice:
    """Time a prefill chunk and DECODE_TOKENS greedy steps at each count; the fastest of each kind.

    Cancelled (the model's counts unchanged) when `should_stop` says so between measurements; at most
    `rounds` rounds and no new round once `budget_s` is spent (the first round always completes)."""
    counts = counts or candidate_counts()
    stop = should_stop or (lambda: False)
    before = model.threads
    tokens = _probe_tokens(model)
    started = time.perf_counter()
    best: dict[int, tuple[float, float]] = {}
    try:
        model.native_greedy(tokens[:2], 2)  # warm-up: touch the weights' pages once
        for round_index in range(rounds):
            if round_index and time.perf_counter() - started > budget_s / 2:
                break
            for threads in counts if round_index % 2 == 0 else counts[::-1]:
                if stop():
                    raise Cancelled("thread tuning cancelled")
                model.set_threads(threads, threads)
                model.forget_from(0)
                begin = time.perf_counter()
                model.hold(tokens)
                prefill = time.perf_counter() - begin
                begin = time.perf_counter()
                produced = model.native_greedy(tokens[:2], DECODE_TOKENS)
                decode = (time.perf_counter() - begin) / (len(produced) + 1)  # + the prompt's decode
                old = best.get(threads, (float("inf"), float("inf")))
                best[threads] = (min(old[0], decode), min(old[1], prefill))
    except BaseException:
        model.set_threads(*before)
        raise
    finally:
        model.forget_from(0)
    figures = tuple(Figure(n, 1.0 / d, len(tokens) / p) for n, (d, p) in sorted(best.items()))
    generation = max(figures, key=lambda figure: figure.decode_tok_s).threads
    prompt = max(figures, key=lambda figure: figure.prefill_tok_s).threads
    model.set_threads(generation, prompt)
    return ThreadChoice(generation, prompt, "measured", figures, time.time(), time.perf_counter() - started)


def choose_threads(
    model: Tunable, path: str, should_stop: Callable[[], bool] | None = None, force: bool = False
) -> ThreadChoice:
    """The remembered counts for this model file and machine, else (or when `force`) measured and
    remembered; applied to the model either way."""
    choice = None if force else remembered(path)
    if choice is None:
        choice = measure(model, should_stop=should_stop)
        remember(path, choice)
    else:
        model.set_threads(choice.generation, choice.prompt)
    return choice


def choose_for_load(
    model: Tunable,
    path: str,
    user: tuple[int | None, int | None],
    on_progress: Callable[[float], bool] | None,
) -> ThreadChoice:
    """At load: the user's counts when given, else the remembered or measured ones (cancellable
    through the load's progress callback, which is asked again while tuning runs)."""
    if user[0] or user[1]:
        return ThreadChoice(*model.threads, "user")
    if os.environ.get("LANTERNA_THREAD_TUNING", "1") == "0":
        return ThreadChoice(*model.threads, "default")
    return choose_threads(model, path, (lambda: not on_progress(1.0)) if on_progress else None)


def tune_task(session: Any, params: dict[str, Any], context: Any) -> dict[str, Any]:
    """Engine task "core.tune_threads": measure again now (Re-tune), remember, and use the new counts
    unless the user chose counts for this load; returns the figures and the counts in use."""
    model = session.model
    user = session.threads if session.threads.source == "user" else None
    context.progress(0.0, "measuring")
    choice = choose_threads(model, model.settings.path, context.should_stop, force=True)
    if user is not None:
        model.set_threads(user.generation, user.prompt)
    else:
        session.threads = choice
    context.progress(1.0, "done")
    return {**choice.as_dict(), "in_use": list(model.threads)}
