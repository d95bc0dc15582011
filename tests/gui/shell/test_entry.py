"""Starting Lanterna from a shell: a mistyped command and a missing display are said in words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui.shell.app import missing_display_reason

ROOT = Path(__file__).resolve().parents[3]


def run_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )


def test_a_mistyped_command_is_an_error_not_a_window() -> None:
    result = run_main("prbe", "--prompt", "x")
    assert result.returncode == 2
    assert "unknown command 'prbe'" in result.stderr
    assert "Did you mean 'probe'?" in result.stderr


def test_without_a_display_the_app_says_what_to_do() -> None:
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = run_main(env=env)
    assert result.returncode == 1
    assert "cannot open a window" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "xvfb" in result.stderr


def test_display_reasons() -> None:
    if not sys.platform.startswith("linux"):
        return
    assert missing_display_reason({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert "no display" in (missing_display_reason({}) or "")
    assert missing_display_reason({"WAYLAND_DISPLAY": "wayland-0"}) is None
