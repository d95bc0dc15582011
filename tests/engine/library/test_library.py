"""The model library: packaged models, the Hugging Face cache layout, user folders, split files, delete.

Small real GGUF files are written with the `gguf` package; the HF cache is laid out as huggingface_hub
lays it out (blobs + snapshot symlinks + refs). Nothing reads the user's real cache (HF_HOME -> tmp_path).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from gguf_files import write_gguf

from engine.core.models import ModelError
from engine.library.catalog import (
    delete_model,
    describe_gguf,
    hf_cache_dir,
    packaged_entries,
    quantization_from_name,
    repo_folder,
    scan_library,
    split_part_names,
)


def cache_file(cache: Path, repo: str, filename: str, commit: str, source: Path) -> Path:
    """Place a file in the cache the way huggingface_hub does: blob by hash, snapshot symlink, ref."""
    folder = repo_folder(repo, cache)
    blob = folder / "blobs" / (commit[:8] + filename.replace(".", "_"))
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(source.read_bytes())
    pointer = folder / "snapshots" / commit / filename
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.symlink_to(os.path.relpath(blob, pointer.parent))
    (folder / "refs").mkdir(exist_ok=True)
    (folder / "refs" / "main").write_text(commit)
    return pointer


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    return tmp_path / "hf" / "hub"


def test_cache_folder_follows_hf_home_and_hf_hub_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert hf_cache_dir() == tmp_path / "hf" / "hub"
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "elsewhere"))
    assert hf_cache_dir() == tmp_path / "elsewhere"


def test_quantization_and_split_names() -> None:
    assert quantization_from_name("SmolLM2-135M-Instruct-Q4_K_M.gguf") == "Q4_K_M"
    assert quantization_from_name("qwen2.5-7b-instruct-iq3_xxs-00001-of-00003.gguf") == "IQ3_XXS"
    assert quantization_from_name("model.Q8_0.gguf") == "Q8_0"
    assert quantization_from_name("gemma-f16.gguf") == "F16"
    assert quantization_from_name("model.gguf") == ""
    assert split_part_names("m-Q4_0-00002-of-00003.gguf") == [
        "m-Q4_0-00001-of-00003.gguf",
        "m-Q4_0-00002-of-00003.gguf",
        "m-Q4_0-00003-of-00003.gguf",
    ]


def test_header_facts(tmp_path: Path) -> None:
    entry = describe_gguf(write_gguf(tmp_path / "a.gguf", name="Alpha", context=8192, file_type=7), "folder")
    assert (entry.name, entry.architecture, entry.context_length, entry.quantization) == (
        "Alpha",
        "llama",
        8192,
        "Q8_0",
    )
    assert entry.size_bytes == (tmp_path / "a.gguf").stat().st_size and entry.error is None


def test_packaged_models_are_listed_with_their_keys() -> None:
    smol = next(entry for entry in packaged_entries() if entry.key == "smollm2-135m")
    assert (smol.source, smol.architecture, smol.quantization, smol.context_length) == (
        "packaged",
        "llama",
        "Q4_1",
        8192,
    )
    assert smol.load_target == "smollm2-135m"
    with pytest.raises(ModelError):
        delete_model(smol)


def test_folders_split_models_and_unreadable_files(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    write_gguf(folder / "one-Q4_K_M.gguf")
    first = write_gguf(folder / "nested" / "big-Q8_0-00001-of-00002.gguf")
    second = write_gguf(folder / "nested" / "big-Q8_0-00002-of-00002.gguf")
    (folder / "broken.gguf").write_bytes(b"GGUF\x03\x00")
    entries = {Path(e.path).name: e for e in scan_library([folder], include_packaged=False)}
    assert set(entries) == {"one-Q4_K_M.gguf", "big-Q8_0-00001-of-00002.gguf", "broken.gguf"}
    split = entries["big-Q8_0-00001-of-00002.gguf"]
    assert split.parts == 2 and split.size_bytes == first.stat().st_size + second.stat().st_size
    assert entries["broken.gguf"].error and entries["broken.gguf"].architecture == "unknown"
    assert all(entry.source == "folder" for entry in entries.values())

    delete_model(split)
    assert not first.exists() and not second.exists()


def test_hf_cache_models_listed_once_and_deleted_with_their_blob(tmp_path: Path, private_cache: Path) -> None:
    source = write_gguf(tmp_path / "src.gguf", name="Cached")
    pointer = cache_file(private_cache, "org/Cached-GGUF", "cached-Q4_K_M.gguf", "1" * 40, source)
    old = private_cache / "models--org--Cached-GGUF" / "snapshots" / ("0" * 40) / "cached-Q4_K_M.gguf"
    old.parent.mkdir(parents=True)
    old.symlink_to(os.readlink(pointer))  # an older snapshot with the same blob
    (private_cache / "models--org--Cached-GGUF" / "blobs" / "x.incomplete").write_bytes(b"GGUF half")

    entries = scan_library([], include_packaged=False, last_used={str(pointer): 1234.5})
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.source, entry.repo, entry.name, entry.path) == (
        "hf-cache",
        "org/Cached-GGUF",
        "Cached",
        str(pointer),
    )
    assert entry.last_used == 1234.5
    assert entry.as_dict()["repo"] == "org/Cached-GGUF"

    blob = Path(os.path.realpath(pointer))
    delete_model(entry)
    assert not pointer.exists() and blob.exists()  # the older snapshot still links to the blob
    remaining = scan_library([], include_packaged=False)
    assert [e.path for e in remaining] == [str(old)]
    delete_model(remaining[0])
    assert not blob.exists() and scan_library([], include_packaged=False) == []


def test_a_folder_inside_the_cache_is_not_listed_twice(tmp_path: Path, private_cache: Path) -> None:
    pointer = cache_file(private_cache, "org/M", "m-Q4_0.gguf", "2" * 40, write_gguf(tmp_path / "m.gguf"))
    entries = scan_library([private_cache], include_packaged=False)
    assert [(e.source, e.path) for e in entries] == [("hf-cache", str(pointer))]


def test_scan_is_fast(tmp_path: Path) -> None:
    for index in range(40):
        write_gguf(tmp_path / "many" / f"model-{index}-Q4_K_M.gguf")
    started = time.perf_counter()
    entries = scan_library([tmp_path / "many"])
    elapsed = time.perf_counter() - started
    assert len(entries) >= 40
    assert elapsed < 2.0, f"library scan of {len(entries)} models took {elapsed:.2f} s"
