"""Hostile model files: every malformed header or hyper-parameter is one ModelError in words.

Seeded fuzzing of both packaged models' headers (bytes flipped in the first 64 KiB, the rest kept or
cut), permissions, and hyper-parameters that llama.cpp trusts (a NaN rms epsilon aborts it).
"""

from __future__ import annotations

import math
import os
import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from engine.core.gguf_file import read_gguf_header
from engine.core.models import ModelError, check_gguf_file, resolve_model

HEAD = 1 << 16
VARIANTS = 220  # per packaged model
PACKAGED = ("smollm2-135m", "gemma3-270m")


def _flip(head: bytes, rng: random.Random) -> bytes:
    data = bytearray(head)
    for _ in range(rng.randint(1, 4)):
        data[rng.randrange(16, len(data))] = rng.randrange(256)  # past the magic, version and counts
    if rng.random() < 0.15:  # now and then the counts too
        data[rng.randrange(4, 24)] = rng.randrange(256)
    return bytes(data)


def fuzz_variants(model: str, folder: Path, seed: int = 2024):
    """Yield (path, kind) for VARIANTS damaged copies of `model`; the full copy is patched in place."""
    source = resolve_model(model)
    with source.open("rb") as handle:
        start = handle.read(8 << 20)
    full = folder / f"{model}.gguf"
    shutil.copyfile(source, full)
    rng = random.Random(seed)
    for _ in range(VARIANTS):
        head = _flip(start[:HEAD], rng)
        if rng.random() < 0.6:
            with full.open("r+b") as handle:
                handle.write(head)
            yield full, "kept"
            with full.open("r+b") as handle:
                handle.write(start[:HEAD])
        else:
            cut = folder / f"{model}.cut.gguf"
            cut.write_bytes(head + start[HEAD : rng.randrange(HEAD, len(start))])
            yield cut, "cut"


@pytest.mark.parametrize("model", PACKAGED)
def test_fuzzed_headers_pass_or_raise_model_error(model: str, tmp_path: Path) -> None:
    outcomes = {"pass": 0, "error": 0}
    for path, _kind in fuzz_variants(model, tmp_path):
        try:
            check_gguf_file(path)
        except ModelError as error:
            message = str(error)
            assert "\n" not in message and path.name in message, message
            outcomes["error"] += 1
        else:
            outcomes["pass"] += 1
        # anything but ModelError propagates and fails the test
    assert sum(outcomes.values()) == VARIANTS
    assert outcomes["error"] > 0 and outcomes["pass"] > 0, outcomes  # the fuzzer reaches both sides


def _passing_variants(model: str, folder: Path, count: int) -> list[Path]:
    kept: list[Path] = []
    for index, (path, kind) in enumerate(fuzz_variants(model, folder, seed=99)):
        if kind != "kept":
            continue
        try:
            check_gguf_file(path)
        except ModelError:
            continue
        copy = folder / f"pass-{index}.gguf"
        shutil.copyfile(path, copy)
        kept.append(copy)
        if len(kept) == count:
            break
    return kept


def test_passing_fuzzed_files_never_kill_the_engine_silently(tmp_path: Path) -> None:
    from engine.process.client import EngineProcess
    from engine.process.protocol import Distribution, Failed, Load, Loaded, Probe, Ready

    variants = _passing_variants("smollm2-135m", tmp_path, 3)
    assert variants, "no fuzzed variant passed the header check"
    engine = EngineProcess()
    engine.start()
    try:
        assert isinstance(engine.receive(timeout=60), Ready)
        for path in variants:
            load = Load(engine.new_request_id(), str(path), {"n_ctx": 256})
            engine.send(load)
            event = engine.receive(timeout=120)
            while event is not None and not isinstance(event, Loaded | Failed):
                event = engine.receive(timeout=120)
            assert isinstance(event, Loaded | Failed), f"no answer to loading {path.name}"
            if isinstance(event, Failed):
                assert event.message and "\n" not in event.message.strip()
                continue
            probe = Probe(engine.new_request_id(), prompt="The capital of France is")
            engine.send(probe)
            answer = engine.receive(timeout=120)
            assert isinstance(answer, Distribution | Failed), answer
        assert engine.alive
    finally:
        engine.stop()


# --- hyper-parameters -----------------------------------------------------------------------------


def _patched(model: str, key: str, fmt: str, value: object, folder: Path) -> Path:
    """A sparse copy of `model` with the header value of `key` replaced (same type, same size)."""
    source = resolve_model(model)
    header = read_gguf_header(source)
    with source.open("rb") as handle:
        data = bytearray(handle.read(header.data_start))
    encoded = struct.pack("<Q", len(key)) + key.encode()
    at = data.index(encoded) + len(encoded) + 4  # past the key and its type
    data[at : at + struct.calcsize(fmt)] = struct.pack(fmt, value)
    target = folder / f"{model}-{key}.gguf"
    with target.open("wb") as handle:
        handle.write(data)
        handle.truncate(source.stat().st_size)
    return target


@pytest.mark.parametrize(
    ("model", "key", "fmt", "value"),
    [
        ("smollm2-135m", "llama.attention.layer_norm_rms_epsilon", "<f", math.nan),
        ("smollm2-135m", "llama.attention.layer_norm_rms_epsilon", "<f", -1e-5),
        ("gemma3-270m", "gemma3.attention.layer_norm_rms_epsilon", "<f", math.inf),
        ("smollm2-135m", "llama.rope.freq_base", "<f", 0.0),
        ("gemma3-270m", "gemma3.rope.freq_base", "<f", -math.inf),
        ("smollm2-135m", "llama.embedding_length", "<I", 1 << 30),
        ("smollm2-135m", "llama.block_count", "<I", 0),
        ("gemma3-270m", "gemma3.attention.head_count", "<I", 4_000_000_000),
        ("smollm2-135m", "llama.context_length", "<I", 4_000_000_000),
        ("gemma3-270m", "gemma3.embedding_length", "<I", 641),  # disagrees with token_embd.weight
    ],
)
def test_bad_hyper_parameter_is_named(model: str, key: str, fmt: str, value: object, tmp_path: Path) -> None:
    path = _patched(model, key, fmt, value, tmp_path)
    with pytest.raises(ModelError, match=key.replace(".", r"\.")) as caught:
        check_gguf_file(path)
    assert "\n" not in str(caught.value)


def test_vocabulary_size_must_match_the_embedding_tensor(tmp_path: Path) -> None:
    import numpy as np
    from gguf import GGUFWriter

    path = tmp_path / "vocab.gguf"
    writer = GGUFWriter(str(path), "llama")
    writer.add_embedding_length(4)
    writer.add_token_list([f"t{index}" for index in range(9)])
    writer.add_tensor("token_embd.weight", np.zeros((10, 4), dtype=np.float32))  # 10 rows, 9 tokens
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelError, match=r"ggml\.tokens has 9 tokens but token_embd\.weight has 10"):
        check_gguf_file(path)


def test_nan_epsilon_is_refused_by_the_engine_in_words(tmp_path: Path) -> None:
    from engine.core.session import Session

    path = _patched("smollm2-135m", "llama.attention.layer_norm_rms_epsilon", "<f", math.nan, tmp_path)
    with pytest.raises(ModelError, match="layer_norm_rms_epsilon is nan"):
        Session.open(str(path), n_ctx=256)


# --- permissions ----------------------------------------------------------------------------------


def test_unreadable_file_says_no_permission() -> None:
    folder = Path("/tmp") / f"lanterna-perm-{os.getpid()}"  # not under root's 0700 pytest folder
    folder.mkdir(mode=0o755, exist_ok=True)
    path = folder / "locked.gguf"
    try:
        path.write_bytes(b"GGUF" + bytes(60))
        path.chmod(0)
        if os.geteuid() != 0:
            with pytest.raises(ModelError, match="no permission to read"):
                check_gguf_file(path)
            return
        # root reads anything: run the check as the unprivileged user `nobody` instead
        code = (
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from pathlib import Path; from engine.core.models import ModelError, check_gguf_file\n"
            "try:\n check_gguf_file(Path(sys.argv[2]))\n"
            "except ModelError as error:\n print(error)"
        )
        root = str(Path(__file__).resolve().parents[3])
        try:
            done = subprocess.run(
                [sys.executable, "-c", code, root, str(path)],
                user=65534,
                capture_output=True,
                text=True,
                timeout=60,
                cwd="/",
            )
        except (OSError, subprocess.SubprocessError) as error:
            pytest.skip(f"running as root and cannot switch to user nobody ({error})")
        if done.returncode != 0 and "No module named" in done.stderr:
            pytest.skip("running as root; user nobody cannot import the project")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("no permission to read"), done.stdout
    finally:
        path.unlink(missing_ok=True)
        folder.rmdir()
