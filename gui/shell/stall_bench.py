"""GUI responsiveness benchmark: how long the event loop stalls while a chat reply streams at full speed.

A QTimer ticks every few milliseconds in the real main window; the gap between ticks beyond the
interval is a stall. Run with `python main.py bench --gui [--tokens N] [--inspect] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

STORY_PROMPT = "Write a very long story about a lighthouse keeper who finds a message in a bottle."


def _wait(app: Any, condition: Any, timeout: float) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)


def run_stall_bench(tokens: int = 256, inspect: bool = True, interval_ms: int = 5) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        window = MainWindow("smollm2-135m", data_dir=Path(data))
        window.resize(1280, 800)
        window.show()
        _wait(app, lambda: window.bridge.info is not None, 120)
        window.chat.inspect.setChecked(inspect)
        form = window.chat.settings_form
        form.temperature.setValue(0.8)
        form.seed.setValue(7)
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(interval_ms)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        generated, seconds = 0, 0.0
        while generated < tokens:
            form.max_tokens.setValue(tokens - generated)
            window.chat.input.setPlainText(STORY_PROMPT)
            started = time.perf_counter()
            timer.start()
            window.chat.send()
            stream = window.chat.stream
            assert stream is not None
            _wait(app, lambda: window.chat.stream is None, 600)
            timer.stop()
            seconds += time.perf_counter() - started
            generated += stream.tokens
        window.close()
    gaps = np.diff(np.array(ticks)) * 1000.0
    stalls = np.clip(gaps - interval_ms, 0.0, None)
    return {
        "tokens": generated,
        "inspect": inspect,
        "gui_tokens_per_s": generated / seconds,
        "timer_interval_ms": interval_ms,
        "ticks": int(gaps.size),
        "stall_p50_ms": float(np.percentile(stalls, 50)),
        "stall_p99_ms": float(np.percentile(stalls, 99)),
        "stall_max_ms": float(stalls.max()),
        "target_p99_ms": 50.0,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lanterna bench --gui", description=__doc__)
    parser.add_argument("--gui", action="store_true")
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--plain", action="store_true", help="tokens not painted (inspect off)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv[1:])
    result = run_stall_bench(args.tokens, inspect=not args.plain)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['tokens']} tokens at {result['gui_tokens_per_s']:.1f} tokens/s in the app "
            f"(inspect {'on' if result['inspect'] else 'off'}); event-loop stall p50 "
            f"{result['stall_p50_ms']:.2f} ms, p99 {result['stall_p99_ms']:.2f} ms, max "
            f"{result['stall_max_ms']:.2f} ms (target p99 <= 50 ms)"
        )
    return 0
