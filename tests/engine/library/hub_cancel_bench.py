"""Cancel latency of a Hub download against the stand-in Hub on 127.0.0.1, measured in one run.

    .venv/bin/python tests/engine/library/hub_cancel_bench.py [--runs 20]

Three behaviours of the server: a 1-byte-per-second trickle, a GET that never answers, and a fast
transfer (100 MB/s: the 98 MB file takes about a second). Each run starts a download into a fresh cache,
waits until the GET is under way, sets the cancel flag after a seeded random delay and measures the
seconds until download_model raised DownloadCancelled. Prints the median, 95th percentile and maximum per
behaviour (the GUI's target: within 200 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[3])]

from hub_server import StandInHub, standard_hub  # noqa: E402

from engine.core.models import resolve_model  # noqa: E402
from engine.library.hub_download import DownloadCancelled, download_model  # noqa: E402

REPO = "lanterna-test/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"


def _one(hub: StandInHub, delay: float) -> float:
    with tempfile.TemporaryDirectory() as folder:
        return _cancelled_after(hub, Path(folder), delay)


def _cancelled_after(hub: StandInHub, cache: Path, delay: float) -> float:
    cancel, ended, started_bytes = threading.Event(), threading.Event(), threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            download_model(REPO, FILE, cache_dir=cache, cancel=cancel, progress=lambda p: started_bytes.set())
        except BaseException as error:
            outcome.append(error)
        ended.set()

    hub.behaviour.requests.clear()
    threading.Thread(target=run, daemon=True).start()
    while not hub.file_gets(FILE):
        time.sleep(0.005)
    time.sleep(delay)
    began = time.monotonic()
    cancel.set()
    if not ended.wait(30):
        raise SystemExit("a download did not stop within 30 s of cancel")
    seconds = time.monotonic() - began
    if not outcome or not isinstance(outcome[0], DownloadCancelled):
        raise SystemExit(f"expected DownloadCancelled, got {outcome!r}")
    return seconds


def _measure(hub: StandInHub, name: str, runs: int, rng: random.Random) -> None:
    figures = sorted(_one(hub, rng.uniform(0.05, 0.6)) for _ in range(runs))
    p95 = figures[min(len(figures) - 1, int(0.95 * len(figures)))]
    print(
        f"{name:<22} runs {runs:>3}  median {statistics.median(figures) * 1000:6.1f} ms  "
        f"p95 {p95 * 1000:6.1f} ms  max {figures[-1] * 1000:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ.pop("HF_HUB_OFFLINE", None)
    hub = standard_hub(resolve_model("smollm2-135m")).start()
    os.environ["HF_ENDPOINT"] = hub.endpoint
    try:
        hub.behaviour.throttle_bytes_per_s[FILE] = 1.0
        _measure(hub, "1 byte/s trickle", args.runs, rng)
        hub.behaviour.throttle_bytes_per_s.clear()
        hub.behaviour.stall_gets = threading.Event()
        _measure(hub, "GET never answered", args.runs, rng)
        hub.behaviour.stall_gets.set()
        hub.behaviour.stall_gets = None
        hub.behaviour.throttle_bytes_per_s[FILE] = 100e6
        _measure(hub, "100 MB/s transfer", args.runs, rng)
    finally:
        hub.stop()


if __name__ == "__main__":
    main()
