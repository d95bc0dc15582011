"""Every numeric CLI argument is checked: a one-line error and exit status 2, never a crash or NaN."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["probe", "--prompt", "x", "--threads", "100000"], "--threads: 100000 is out of range"),
        (["probe", "--prompt", "x", "--threads", "0"], "--threads: 0 is out of range"),
        (["probe", "--prompt", "x", "--n-ctx", "1000000000"], "--n-ctx: 1000000000 is out of range"),
        (["probe", "--prompt", "x", "--temperature", "nan", "--json"], "--temperature: nan is not a finite"),
        (["probe", "--prompt", "x", "--top-p", "inf"], "--top-p: inf is not a finite"),
        (["probe", "--prompt", "x", "--top-p", "1.5"], "--top-p: 1.5 is out of range"),
        (["probe", "--prompt", "x", "--top", "-3"], "--top: -3 is out of range"),
        (["generate", "--prompt", "x", "--seed", "-1"], "--seed: -1 is out of range"),
        (["generate", "--prompt", "x", "--max-tokens", "0"], "--max-tokens: 0 is out of range"),
        (["tokenize", "--text", "x", "--gpu-layers", "-7"], "--gpu-layers: -7 is out of range"),
        (["attention", "--prompt", "x", "--out", "/nonexistent-lanterna/maps.npz"], "does not exist"),
        (["bench-cancel", "--repeats", "0"], "--repeats: 0 is out of range"),
        # in range for the parser, but its KV cache cannot fit in any machine's free memory
        (["probe", "--prompt", "x", "--n-ctx", "16000000"], "needs about"),
    ],
)
def test_bad_number_is_one_line_and_exit_2(args: list[str], words: str) -> None:
    done = _run(*args)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_load_settings_checks_the_gui_path_too() -> None:
    from engine.core.models import LoadSettings, ModelError, resolve_model

    path = str(resolve_model("smollm2-135m"))
    for bad in (
        {"n_threads": 100_000},
        {"n_ctx": 10**9},
        {"n_ctx": 8},
        {"n_gpu_layers": -2},
        {"n_ctx": 16_000_000},
    ):
        with pytest.raises(ModelError):
            LoadSettings(path=path, **bad)  # type: ignore[arg-type]
    LoadSettings(path=path, n_ctx=4096, n_threads=2)  # a sane one passes
