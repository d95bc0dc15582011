"""`python main.py bench --launch`: seconds from starting the app to "Ready" (the window up and the model
loaded in the engine process), measured on real app processes, offscreen, one after another.

The first run warms the disk cache (and measures the thread counts where none are remembered yet); it
is reported apart. Every run uses the same fresh data folder, so the user's chats and settings do not
count.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

READY_ENV = "LANTERNA_EXIT_WHEN_READY"
READY_MARK = "lanterna-ready"
TARGET_S = 2.0
ROOT = Path(__file__).resolve().parents[2]


def quit_when_ready(window: Any, app: Any) -> None:
    """In the measured app: print the mark when the engine first says "ready", then leave."""

    def on_state(state: str) -> None:
        if state == "ready":
            print(READY_MARK, flush=True)
            app.quit()

    window.bridge.state_changed.connect(on_state)


def one_launch(model: str, data_dir: str, timeout: float = 120.0) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANTERNA_DATA_DIR=data_dir, **{READY_ENV: "1"})
    started = time.monotonic()
    command = [sys.executable, str(ROOT / "main.py"), "--model", model]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(timeout, process.kill)  # a silent app's output ends, and so the loop
    watchdog.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == READY_MARK:
                return time.monotonic() - started
        raise RuntimeError(f"the app ended, or was not ready within {timeout:g} s")
    finally:
        watchdog.cancel()
        process.wait(timeout=30)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="main.py bench --launch", description=__doc__.splitlines()[0])
    parser.add_argument("--launch", action="store_true")
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory(prefix="lanterna-launch-") as data_dir:
        first = one_launch(args.model, data_dir)
        runs = [one_launch(args.model, data_dir) for _ in range(max(1, args.repeats))]
    result = {
        "model": args.model,
        "first_launch_s": round(first, 3),
        "runs_s": [round(run, 3) for run in runs],
        "median_s": round(statistics.median(runs), 3),
        "target_s": TARGET_S,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"first launch (disk cache warming up): {first:.2f} s")
        median, count = result["median_s"], len(runs)
        print(f"launch to Ready: median {median:.2f} s over {count} runs (target {TARGET_S} s)")
    return 0
