"""The curated list of models that speak Portuguese and Spanish, and the packaged models' languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from engine.core.models import PACKAGED
from engine.library.catalog import repo_folder
from engine.library.hub_paths import check_filename, check_repo_id
from engine.library.hub_search import HubFile
from engine.library.recommended import (
    GB,
    PACKAGED_LANGUAGES,
    RECOMMENDED,
    RecommendedModel,
    cached_path,
    pick_file,
    recommended,
)


@pytest.mark.parametrize("entry", RECOMMENDED, ids=lambda entry: entry.key)
def test_every_entry_is_complete(entry: RecommendedModel) -> None:
    assert check_repo_id(entry.repo_id) == entry.repo_id
    assert check_filename(entry.filename, entry.repo_id) == entry.filename
    assert entry.filename.endswith(".gguf") and "/" not in entry.filename
    assert entry.quantization == "Q4_K_M"  # one quantization for the whole list: comparable sizes
    assert 0.1 * GB < entry.approx_size_bytes < 2.5 * GB  # small: a student's laptop
    assert entry.licence and entry.licence_url.startswith("https://")
    assert entry.languages.speaks("pt") and entry.languages.speaks("es")
    assert entry.languages.languages[:2] == ("pt", "es")  # listed first, where a row names two
    assert entry.languages.chats  # instruct models: they chat
    count = entry.languages.language_count
    assert count is not None and count >= len(entry.languages.languages)
    assert entry.as_dict()["languages"][:2] == ["pt", "es"]


def test_the_list_is_short_unique_and_sorted_by_size() -> None:
    keys = [entry.key for entry in RECOMMENDED]
    assert 3 <= len(keys) <= 6 and len(set(keys)) == len(keys)
    sizes = [entry.approx_size_bytes for entry in RECOMMENDED]
    assert sizes == sorted(sizes)
    assert recommended("smollm3-3b").languages.reasons
    with pytest.raises(KeyError):
        recommended("gpt-5")


def test_every_packaged_model_says_its_languages() -> None:
    assert {model.key for model in PACKAGED} == set(PACKAGED_LANGUAGES)
    assert PACKAGED_LANGUAGES["smollm2-135m"].languages == ("en",)  # English only
    gemma = PACKAGED_LANGUAGES["gemma3-270m"]
    assert gemma.speaks("pt") and gemma.speaks("es") and not gemma.chats  # a base model


def _file(name: str, quantization: str = "Q4_K_M", parts: tuple[str, ...] = ()) -> HubFile:
    return HubFile("o/r", name, 100, quantization, parts)


def test_pick_file_prefers_the_named_file_then_the_same_quantization() -> None:
    entry = RECOMMENDED[0]
    named = _file(entry.filename)
    other = _file("renamed-Q4_K_M.gguf")
    assert pick_file(entry, [_file("x-Q8_0.gguf", "Q8_0"), other, named]) is named
    assert pick_file(entry, [_file("x-Q8_0.gguf", "Q8_0"), other]) is other  # the repository renamed it
    split = _file("big-Q4_K_M-00001-of-00002.gguf", parts=("a", "b"))
    assert pick_file(entry, [_file("x-Q8_0.gguf", "Q8_0"), split]) is None  # nothing like what was offered


def test_cached_path_finds_only_finished_downloads(tmp_path: Path) -> None:
    entry = RECOMMENDED[0]
    assert cached_path(entry, tmp_path) is None
    folder = repo_folder(entry.repo_id, tmp_path)
    (folder / "blobs").mkdir(parents=True)
    (folder / "blobs" / "abc.incomplete").write_bytes(b"half")  # a download still under way
    snapshot = folder / "snapshots" / ("a" * 40)
    snapshot.mkdir(parents=True)
    assert cached_path(entry, tmp_path) is None
    (folder / "blobs" / "abc").write_bytes(b"GGUF")
    (snapshot / entry.filename).symlink_to(os.path.relpath(folder / "blobs" / "abc", snapshot))
    assert cached_path(entry, tmp_path) == snapshot / entry.filename
