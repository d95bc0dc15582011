"""A hostile Hub: forged commits and file names, a redirect to another host, a body longer than the file,
a trickle of 1 byte per second, a GET that never answers. Against the stand-in Hub on 127.0.0.1
(tests/hub_server.py) and, for redirects, a second one reached under another host name (localhost).

Each case must fail with one sentence, write nothing outside the cache (the whole pytest tmp tree is
compared before and after), leave the user's own file beside the cache as it was, keep the token on the
Hub's host, and acknowledge a cancel at once.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_server import MOVED_PREFIX, Repo, StandInHub, StoredFile, standard_hub, use_stand_in

from engine.core.models import resolve_model
from engine.library import hub_download
from engine.library.catalog import LibraryModel, delete_model
from engine.library.hub_access import HubError
from engine.library.hub_download import DownloadCancelled, DownloadProgress, download_model
from engine.library.hub_search import list_gguf_files

REPO = "lanterna-test/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"
TINY_REPO = "lanterna-test/Tiny-GGUF"
TINY = "tiny-Q4_0.gguf"  # 1 KiB
NAMES_REPO = "lanterna-test/Hostile-Names-GGUF"
HUGE_REPO = "lanterna-test/Huge-GGUF"
TOKEN = "hf_lanterna_test_secret_token"
USER_BYTES = b"GGUF the user's own model, not to be touched\n" * 100


@pytest.fixture(scope="module")
def hub() -> Iterator[StandInHub]:
    """The standard stand-in plus hostile repositories; its own instance (not the shared module one)."""
    server = standard_hub(resolve_model("smollm2-135m"))
    model = resolve_model("smollm2-135m")
    server.add(Repo(TINY_REPO, "d" * 40, {TINY: StoredFile.of(model, 0, 1024)}))
    names = [
        "../escape-Q4_0.gguf",
        "/tmp/lanterna-abs-Q4_0.gguf",
        "sub/../../up-Q4_0.gguf",
        "a/./b-Q4_0.gguf",
    ]
    hostile = {name: StoredFile.of(model, 0, 1024) for name in names}
    hostile["sub/good-Q4_0.gguf"] = StoredFile.of(model, 0, 1024)
    server.add(Repo(NAMES_REPO, "e" * 40, hostile))
    huge = StoredFile(model, 0, 10**16, "0" * 64)  # 10 PB: no disk has room for it
    server.add(Repo(HUGE_REPO, "f" * 40, {"huge-Q8_0.gguf": huge}))
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def cache(hub: StandInHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    return use_stand_in(hub, tmp_path, monkeypatch)


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    """The user's own model file, in a folder beside the cache."""
    path = tmp_path / "user" / FILE
    path.parent.mkdir()
    path.write_bytes(USER_BYTES)
    return path


def _tree(root: Path) -> dict[str, tuple[bool, int, str]]:
    """Every entry under root (symlinks not followed): is it a link, its size, its link target."""
    tree = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            info = path.lstat()
            target = os.readlink(path) if path.is_symlink() else ""
            tree[str(path)] = (path.is_symlink(), info.st_size if path.is_file() else 0, target)
    return tree


@pytest.fixture
def outside_untouched(tmp_path: Path, cache: Path) -> Iterator[None]:
    """After the test, nothing under the pytest tmp tree has changed except inside the cache."""
    root = tmp_path.parent
    before = _tree(root)
    yield
    after = _tree(root)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    leading = {str(folder) for folder in (cache, *cache.parents)}  # created on the way to the cache
    outside = {path for path in changed if path not in leading and not path.startswith(str(cache) + os.sep)}
    assert outside == set()
    assert not Path("/tmp/lanterna-abs-Q4_0.gguf").exists()


def _user_file_intact(path: Path) -> None:
    assert not path.is_symlink() and path.read_bytes() == USER_BYTES


# --- what the server names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "commit",
    ["../../../../user", "USER_ABSOLUTE", "a" * 39, "g" * 40, "A" * 40, "a" * 40 + "/x"],
)
def test_a_forged_commit_is_refused_and_the_users_file_stays(
    hub: StandInHub, commit: str, user_file: Path, outside_untouched: None
) -> None:
    # "../../../../user" from snapshots/ is exactly the folder of the user's file: the old code
    # deleted it there and put a symlink into the cache in its place.
    hub.behaviour.commit_header = str(user_file.parent) if commit == "USER_ABSOLUTE" else commit
    with pytest.raises(HubError, match="not a 40-digit hex commit id; nothing was downloaded"):
        download_model(REPO, FILE)
    assert hub.file_gets(FILE) == []  # refused on the HEAD answer, before any byte
    _user_file_intact(user_file)


def test_unsafe_names_in_the_listing_are_not_offered_nor_downloaded(
    hub: StandInHub, outside_untouched: None
) -> None:
    listed = [file.filename for file in list_gguf_files(NAMES_REPO)]
    assert listed == ["sub/good-Q4_0.gguf"]
    for name in hub.repos[NAMES_REPO].files:
        if name == "sub/good-Q4_0.gguf":
            continue
        hub.behaviour.requests.clear()
        with pytest.raises(HubError, match="is not a safe file name"):
            download_model(NAMES_REPO, name)
        assert hub.behaviour.requests == []  # refused before asking the server
    result = download_model(NAMES_REPO, "sub/good-Q4_0.gguf")  # a subfolder is fine
    assert result.path.endswith(f"snapshots/{'e' * 40}/sub/good-Q4_0.gguf") and Path(result.path).is_file()


@pytest.mark.parametrize(
    ("repo", "revision", "message"),
    [
        ("../../etc", "main", "not a Hub repository name"),
        ("owner/../name", "main", "not a Hub repository name"),
        ("owner--x/name", "main", "not a Hub repository name"),
        (REPO, "../../../../user", "not a revision name"),
        (REPO, "/abs", "not a revision name"),
    ],
)
def test_unsafe_repository_and_revision_names_are_refused(
    hub: StandInHub, repo: str, revision: str, message: str, outside_untouched: None
) -> None:
    with pytest.raises(HubError, match=message):
        download_model(repo, FILE, revision=revision)
    assert hub.behaviour.requests == []


def test_a_symlinked_snapshot_folder_is_not_written_through(
    cache: Path, user_file: Path, outside_untouched: None
) -> None:
    """A cache whose snapshot folder for the commit links out (to the user's folder) is not followed."""
    snapshots = cache / f"models--{REPO.replace('/', '--')}" / "snapshots"
    snapshots.mkdir(parents=True)
    (snapshots / ("a" * 40)).symlink_to(user_file.parent)
    with pytest.raises(HubError, match="outside the Hugging Face cache"):
        download_model(REPO, FILE)
    _user_file_intact(user_file)


def test_deleting_a_cached_model_does_not_delete_a_linked_file_outside(cache: Path, user_file: Path) -> None:
    pointer = cache / "models--o--n" / "snapshots" / ("a" * 40) / FILE
    pointer.parent.mkdir(parents=True)
    pointer.symlink_to(user_file)
    entry = LibraryModel("n", str(pointer), "llama", len(USER_BYTES), "Q4_1", None, "hf-cache", "o/n")
    assert delete_model(entry) == [pointer]
    assert not pointer.is_symlink()
    _user_file_intact(user_file)


# --- credentials ---------------------------------------------------------------------------------


@pytest.fixture
def other_host(hub: StandInHub) -> Iterator[StandInHub]:
    """A second server with the same files, reached as http://localhost:<port> (the Hub is 127.0.0.1)."""
    server = standard_hub(resolve_model("smollm2-135m")).start()
    yield server
    server.stop()


def test_the_token_does_not_follow_a_redirect_to_another_host(
    hub: StandInHub, other_host: StandInHub, outside_untouched: None
) -> None:
    port = other_host.server.server_address[1]
    hub.behaviour.redirect_files_to = f"http://localhost:{port}"
    result = download_model(REPO, FILE)
    assert Path(result.path).is_file()
    assert hub.auth_of("HEAD") and set(hub.auth_of("HEAD")) == {f"Bearer {TOKEN}"}
    assert set(hub.auth_of("GET")) == {f"Bearer {TOKEN}"}  # the GET that was redirected
    assert other_host.auth_of("GET") == [None]  # the bytes came from there, without the token


def test_the_token_follows_a_redirect_on_the_hubs_own_host(hub: StandInHub) -> None:
    hub.behaviour.redirect_files_to = MOVED_PREFIX  # a relative redirect: same scheme, host and port
    download_model(REPO, FILE)
    moved = [auth for method, path, auth in hub.behaviour.authorizations if path.startswith(MOVED_PREFIX)]
    assert moved == [f"Bearer {TOKEN}"]


# --- size and time -------------------------------------------------------------------------------


@pytest.mark.parametrize("announced", [True, False], ids=["announced", "unannounced"])
def test_a_body_longer_than_the_file_is_stopped_at_its_size(
    hub: StandInHub, cache: Path, announced: bool, outside_untouched: None
) -> None:
    hub.behaviour.extra_bytes = 50 << 20  # 50 MiB past the end of a 1 KiB file
    hub.behaviour.announce_extra = announced
    seen: list[DownloadProgress] = []
    message = "announced 52,429,824 bytes where 1,024" if announced else "sent more than the file's 1,024"
    with pytest.raises(HubError, match=message):
        download_model(TINY_REPO, TINY, progress=seen.append)
    assert max((progress.done_bytes for progress in seen), default=0) <= 1024
    assert all(size <= 1024 for _, size, _ in _tree(cache).values())
    assert not list(cache.rglob("*.incomplete")) and not list(cache.rglob("snapshots/*"))


def test_a_file_larger_than_the_free_disk_space_is_refused_before_any_byte(
    hub: StandInHub, cache: Path, outside_untouched: None
) -> None:
    with pytest.raises(HubError, match=r"not enough disk space .* nothing was downloaded"):
        download_model(HUGE_REPO, "huge-Q8_0.gguf")
    assert hub.file_gets("huge-Q8_0.gguf") == [] and not cache.exists()


def _cancel_latency(hub: StandInHub, ready: threading.Event) -> tuple[float, BaseException | None]:
    """Start a download, wait until `ready`, cancel: seconds until the download raised, and what."""
    cancel = threading.Event()
    raised: list[BaseException] = []
    ended = threading.Event()

    def run() -> None:
        try:
            download_model(
                REPO, FILE, cancel=cancel, progress=lambda p: ready.set() if p.done_bytes else None
            )
        except BaseException as error:
            raised.append(error)
        ended.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), "the transfer never started"
    time.sleep(0.1)  # inside a blocked read: the trickle's next byte is ~0.9 s away
    started = time.monotonic()
    cancel.set()
    assert ended.wait(10), "the download did not stop after cancel"
    return time.monotonic() - started, raised[0] if raised else None


def test_cancel_cuts_a_one_byte_per_second_trickle(hub: StandInHub, cache: Path) -> None:
    hub.behaviour.throttle_bytes_per_s[FILE] = 1.0
    seconds, raised = _cancel_latency(hub, threading.Event())
    assert isinstance(raised, DownloadCancelled), raised
    # Generous (typically ~0.02 s: see hub_cancel_bench.py), yet below the ~0.9 s that checking the
    # flag between reads alone would take here.
    assert seconds < 0.5
    partial = list(cache.rglob("*.incomplete"))
    assert len(partial) == 1 and 1 <= partial[0].stat().st_size < 10  # kept for resuming


def test_cancel_cuts_a_get_that_never_answers(hub: StandInHub) -> None:
    hub.behaviour.stall_gets = threading.Event()
    ready = threading.Event()
    watcher = threading.Thread(target=lambda: _set_when_get_arrives(hub, ready), daemon=True)
    watcher.start()
    seconds, raised = _cancel_latency(hub, ready)
    assert isinstance(raised, DownloadCancelled) and seconds < 0.5, (seconds, raised)
    hub.behaviour.stall_gets.set()


def _set_when_get_arrives(hub: StandInHub, ready: threading.Event) -> None:
    deadline = time.monotonic() + 10
    while not hub.file_gets(FILE) and time.monotonic() < deadline:
        time.sleep(0.01)
    ready.set()


def test_a_get_that_never_answers_times_out_in_words(
    hub: StandInHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hub_download, "READ_TIMEOUT_S", 0.3)
    hub.behaviour.stall_gets = threading.Event()
    started = time.monotonic()
    with pytest.raises(HubError) as raised:
        download_model(REPO, FILE)
    host = hub.endpoint.removeprefix("http://")
    assert str(raised.value).startswith(f"The Hub ({host}) did not answer within 0.3 s")
    assert len(hub.file_gets(FILE)) == 1 + hub_download.RETRIES and time.monotonic() - started < 10
    hub.behaviour.stall_gets.set()


def test_the_tiny_file_downloads_whole_when_the_server_behaves(hub: StandInHub) -> None:
    """The control case for the hostile ones above: the same file, no hostile mode, is accepted."""
    result = download_model(TINY_REPO, TINY)
    data = Path(result.path).read_bytes()
    assert len(data) == 1024 and hashlib.sha256(data).hexdigest() == result.sha256
