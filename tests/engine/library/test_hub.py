"""Hub search and download against a stand-in Hub on 127.0.0.1 (tests/hub_server.py).

The stand-in is the one mock in these tests: this machine cannot reach huggingface.co. It speaks the
Hub's HTTP API as the installed huggingface_hub uses it and serves the real packaged SmolLM2 file, so the
downloaded model is loaded and run for real.

Environment: huggingface_hub.constants reads HF_ENDPOINT / HF_HOME once, at import. The Hub modules and
engine/library/catalog.py read them on every call and pass the endpoint and cache folder to
huggingface_hub explicitly, so setting the environment per test is enough (no patching of
huggingface_hub.constants).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hub_server import StandInHub, closed_endpoint, use_stand_in

from engine.core.models import resolve_model
from engine.core.session import Session
from engine.library import hub_access
from engine.library.catalog import scan_library
from engine.library.hub_access import HubError, explain_error
from engine.library.hub_download import DownloadCancelled, DownloadProgress, download_model
from engine.library.hub_search import HubFile, list_gguf_files, memory_fit, search_repos, suggest_file

REPO = "lanterna-test/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def hub_env(hub: StandInHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_stand_in(hub, tmp_path, monkeypatch)


def _repo_files(cache: Path, repo: str) -> list[str]:
    folder = cache / ("models--" + repo.replace("/", "--"))
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if not path.is_dir())


def test_search_finds_gguf_repositories() -> None:
    repos = search_repos("smollm2")
    assert [repo.repo_id for repo in repos] == [REPO, "lanterna-test/SmolLM2-split-GGUF"]
    assert repos[0].downloads == 1520 and not repos[0].gated
    assert search_repos("gated")[0].gated
    assert search_repos("no such model") == []


def test_list_files_groups_split_parts_and_skips_other_files() -> None:
    files = {file.filename: file for file in list_gguf_files(REPO)}
    assert set(files) == {FILE, "smollm2-135m-instruct-q4_1-copy.gguf"}  # README.md is not a model
    assert files[FILE].size_bytes == resolve_model("smollm2-135m").stat().st_size
    assert files[FILE].quantization == "Q4_1" and len(files[FILE].sha256 or "") == 64
    split = list_gguf_files("lanterna-test/SmolLM2-split-GGUF")
    assert len(split) == 1 and len(split[0].parts) == 2
    assert split[0].size_bytes == files[FILE].size_bytes


def test_memory_suggestion() -> None:
    gib = 1 << 30
    files = [
        HubFile("r", f"m-{q}.gguf", size, q)
        for q, size in (("Q2_K", 1 * gib), ("Q4_K_M", 2 * gib), ("Q8_0", 4 * gib))
    ]
    assert memory_fit(2 * gib, 8 * gib) == "fits" and memory_fit(7 * gib, 8 * gib) == "tight"
    assert memory_fit(9 * gib, 8 * gib) == "too big" and memory_fit(gib, None) == "unknown"
    suggested = suggest_file(files, 3 * gib)
    assert suggested is not None and suggested.quantization == "Q4_K_M"
    smallest = suggest_file(files, gib // 2)
    assert smallest is not None and smallest.quantization == "Q2_K"


def test_download_lands_in_the_cache_verified_and_the_model_runs(hub_env: Path) -> None:
    seen: list[DownloadProgress] = []
    result = download_model(REPO, FILE, progress=seen.append)
    path = Path(result.path)
    assert path == hub_env / f"models--{REPO.replace('/', '--')}" / "snapshots" / ("a" * 40) / FILE
    assert path.is_symlink() and Path(os.path.realpath(path)).name == result.sha256
    assert result.size_bytes == path.stat().st_size == resolve_model("smollm2-135m").stat().st_size
    assert _repo_files(hub_env, REPO) == [
        f"blobs/{result.sha256}",
        "refs/main",
        f"snapshots/{'a' * 40}/{FILE}",
    ]
    assert seen[-1].done_bytes == seen[-1].total_bytes == result.size_bytes
    assert [entry.repo for entry in scan_library([], include_packaged=False)] == [REPO]

    with Session.open(str(path), n_ctx=256) as session:
        steps = list(session.generate("The capital of France is", max_tokens=4, temperature=0.0))
    assert len(steps) == 4 and "".join(step.token.text for step in steps).strip()

    again = download_model(REPO, FILE)  # already there: nothing is transferred
    assert again.path == result.path
    assert again.resumed_bytes == result.size_bytes


def test_an_interrupted_transfer_resumes_with_a_range_request(hub: StandInHub) -> None:
    hub.behaviour.cut_once.add(FILE)
    result = download_model(REPO, FILE)
    gets = hub.file_gets(FILE)
    assert gets[0] is None and len(gets) == 2 and gets[1] is not None
    resumed_from = int(gets[1].removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_from < result.size_bytes
    assert result.sha256 == list_gguf_files(REPO)[0].sha256


def test_cancel_keeps_the_partial_file_hidden_and_the_next_download_resumes(
    hub: StandInHub, hub_env: Path
) -> None:
    cancel = threading.Event()

    def stop_after_20_mb(progress: DownloadProgress) -> None:
        if progress.done_bytes > 20_000_000:
            cancel.set()

    hub.behaviour.throttle_bytes_per_s[FILE] = 400e6
    with pytest.raises(DownloadCancelled):
        download_model(REPO, FILE, progress=stop_after_20_mb, cancel=cancel)
    files = _repo_files(hub_env, REPO)
    assert len(files) == 1 and files[0].endswith(".incomplete")  # no blob, no snapshot, no ref
    partial = (hub_env / f"models--{REPO.replace('/', '--')}" / files[0]).stat().st_size
    assert partial > 20_000_000
    assert scan_library([], include_packaged=False) == []

    hub.behaviour.requests.clear()
    result = download_model(REPO, FILE)
    assert result.resumed_bytes == partial
    assert hub.file_gets(FILE) == [f"bytes={partial}-"]
    assert not any(name.endswith(".incomplete") for name in _repo_files(hub_env, REPO))


def test_corrupted_bytes_are_rejected_and_discarded(hub: StandInHub, hub_env: Path) -> None:
    hub.behaviour.corrupt.add(FILE)
    with pytest.raises(HubError, match="checksum mismatch"):
        download_model(REPO, FILE)
    assert _repo_files(hub_env, REPO) == []
    assert scan_library([], include_packaged=False) == []


def test_split_model_downloads_every_part_and_is_listed_once(hub_env: Path) -> None:
    repo = "lanterna-test/SmolLM2-split-GGUF"
    result = download_model(repo, "SmolLM2-Q4_1-00001-of-00002.gguf")
    assert len(result.files) == 2 and all(Path(path).is_file() for path in result.files)
    entries = scan_library([], include_packaged=False)
    assert len(entries) == 1 and entries[0].parts == 2 and entries[0].size_bytes == result.size_bytes


def test_errors_are_explained() -> None:
    with pytest.raises(HubError, match="gated"):
        download_model("lanterna-test/Gated-Llama-GGUF", "gated-Q4_K_M.gguf")
    with pytest.raises(HubError, match="repository not found"):
        download_model("lanterna-test/missing", FILE)
    with pytest.raises(HubError, match="repository not found"):
        list_gguf_files("lanterna-test/missing")
    with pytest.raises(HubError, match="no such file"):
        download_model(REPO, "missing-Q4_0.gguf")
    full = explain_error(OSError(errno.ENOSPC, "No space left on device"), FILE)
    assert "disk is full" in str(full)


UNRESOLVABLE = "http://lanterna-hub.invalid"  # .invalid never resolves (RFC 6761): no DNS server needed
NAME_LOOKUP_FAILED = (
    "Cannot reach the Hub (lanterna-hub.invalid): no network or name lookup failed. "
    "Check the connection or set HF_ENDPOINT for a mirror."
)


def _failure(action: Callable[[], object]) -> tuple[str, float]:
    """The HubError an action raises, and how many seconds it took to come."""
    started = time.monotonic()
    with pytest.raises(HubError) as raised:
        action()
    return str(raised.value), time.monotonic() - started


@pytest.mark.parametrize(
    "action",
    [lambda: search_repos("smollm2"), lambda: list_gguf_files(REPO), lambda: download_model(REPO, FILE)],
    ids=["search", "files", "download"],
)
def test_an_unreachable_hub_is_said_in_words_at_once(
    action: Callable[[], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", UNRESOLVABLE)
    message, seconds = _failure(action)
    assert message == NAME_LOOKUP_FAILED and seconds < 3  # huggingface_hub's retries took 23 s

    endpoint = closed_endpoint()
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    message, seconds = _failure(action)
    assert message.startswith(f"Cannot reach the Hub ({endpoint.removeprefix('http://')}): ")
    assert "refused" in message and "Errno" not in message and seconds < 3


def test_a_hub_that_never_answers_is_given_up_on(hub: StandInHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_access, "HUB_TIMEOUT_S", 1.0)  # the limit the app uses is 6 s
    hub.behaviour.stall = threading.Event()
    for action in (lambda: search_repos("smollm2"), lambda: list_gguf_files(REPO)):
        message, seconds = _failure(action)
        host = hub.endpoint.removeprefix("http://")
        assert message.startswith(f"The Hub ({host}) did not answer within 1 s")
        assert 0.9 < seconds < 3  # once, no retry
    assert hub.behaviour.stalled == 2
    hub.behaviour.stall.set()


def test_network_errors_name_the_cause_without_errno() -> None:
    reset = explain_error(ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), FILE)
    assert "(Connection reset by peer)" in str(reset) and "Errno" not in str(reset)


def test_offline_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubError, match="offline"):
        search_repos("smollm2")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )


def test_cli_download_then_models(hub_env: Path) -> None:
    download = _cli("download", REPO, FILE, "--json")
    assert download.returncode == 0, download.stderr
    result = json.loads(download.stdout)
    assert set(result) >= {"path", "size_bytes", "sha256"} and Path(result["path"]).is_file()
    assert "100.0%" in download.stderr

    listed = json.loads(_cli("models", "--json").stdout)["models"]
    cached = [model for model in listed if model["source"] == "hf-cache"]
    assert [(model["repo"], model["path"], model["quantization"]) for model in cached] == [
        (REPO, result["path"], "Q4_1")
    ]
    assert {"packaged"} <= {model["source"] for model in listed}

    gated = _cli("download", "lanterna-test/Gated-Llama-GGUF", "gated-Q4_K_M.gguf", "--json")
    assert gated.returncode == 2 and "gated" in gated.stderr and gated.stdout == ""
    search = json.loads(_cli("search", "split", "--json").stdout)
    assert [repo["repo_id"] for repo in search["repos"]] == ["lanterna-test/SmolLM2-split-GGUF"]
