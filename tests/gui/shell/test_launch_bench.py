"""`bench --launch` times real app processes from start to Ready (offscreen, a fresh data folder)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_launch_bench_times_real_app_processes() -> None:
    command = [sys.executable, str(ROOT / "main.py"), "bench", "--launch", "--repeats", "1", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["model"] == "smollm2-135m" and result["target_s"] == 2.0
    assert len(result["runs_s"]) == 1 and result["median_s"] == result["runs_s"][0]
    # an app that is Ready has started Python, Qt, the window and the engine process with the model
    assert 0.3 < result["median_s"] < 60 and 0.3 < result["first_launch_s"] < 120
