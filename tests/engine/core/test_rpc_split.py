"""One model split over two real ggml-rpc-server workers on 127.0.0.1 keeps every instrument: the
logits, an attention capture and a hidden-state read equal a local run's. No mocks: the workers are
the llama.cpp programs `setup --with-rpc` builds from the vendored source."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from engine.attention.capture import capture_attention
from engine.core.models import LoadSettings, ModelError, resolve_model
from engine.core.rpc_workers import greet
from engine.core.sampling import softmax
from engine.core.session import Session
from engine.core.worker_addresses import parse_workers
from engine.embeddings.hidden import hidden_states
from tests.llama_server import free_port
from tests.rpc_workers import RpcWorker, requires_rpc, rpc_build

PROMPT = "Recife é uma cidade"
# The workers run the same ggml CPU kernels as this process, so the split run matches closely; the
# tolerance leaves room for a different reduction order in a kernel.
LOGIT_TOLERANCE = 1e-3
PROBABILITY_TOLERANCE = 1e-5


def test_workers_are_written_host_port() -> None:
    assert parse_workers("127.0.0.1:50052, worker-2.lab:50053") == ("127.0.0.1:50052", "worker-2.lab:50053")
    assert parse_workers(["[::1]:50052"]) == ("[::1]:50052",)
    assert parse_workers("") == ()
    for bad in ("127.0.0.1", "host:0", "host:70000", ":50052", "ho st:1", "a;rm -rf:5"):
        with pytest.raises(ValueError):
            parse_workers(bad)
    with pytest.raises(ValueError, match="twice"):
        parse_workers("h:1 h:1")
    with pytest.raises(ValueError, match="at most 16"):
        parse_workers([f"h:{port}" for port in range(1, 18)])
    with pytest.raises(ModelError):
        LoadSettings(path=str(resolve_model("smollm2-135m")), rpc_workers=("nohost",))


def test_greeting_nothing_listening_is_said_in_words() -> None:
    with pytest.raises(ModelError, match=r"nothing listens at 127\.0\.0\.1"):
        greet(f"127.0.0.1:{free_port()}")


def _serve_once(answer: bytes | None) -> tuple[socket.socket, int]:
    """A TCP server on 127.0.0.1 that reads a request and answers `answer` (None: never answers)."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(1024)
            if answer is None:
                threading.Event().wait(3)
            else:
                connection.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()
    return listener, listener.getsockname()[1]


def test_greeting_something_else_or_silence_is_said_in_words() -> None:
    listener, port = _serve_once(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n" + bytes(40))
    with listener, pytest.raises(ModelError, match="is not a ggml RPC worker"):
        greet(f"127.0.0.1:{port}")
    listener, port = _serve_once(None)
    with listener, pytest.raises(ModelError, match=r"did not answer within 0\.5 s"):
        greet(f"127.0.0.1:{port}", timeout=0.5)


@requires_rpc
def test_a_real_worker_says_its_protocol_version() -> None:
    with RpcWorker() as worker:
        major, minor, _patch = greet(worker.endpoint)
    assert (major, minor) == (7, 0)


Split = tuple[Session, Session, tuple[str, str]]


@pytest.fixture(scope="module")
def split_and_local() -> Iterator[Split]:
    if not rpc_build():
        pytest.skip("this llama-cpp-python build has no RPC backend: run  python3 main.py setup --with-rpc")
    with RpcWorker() as first, RpcWorker() as second:
        workers = (first.endpoint, second.endpoint)
        split = Session.open("smollm2-135m", n_ctx=512, n_gpu_layers=-1, rpc_workers=workers)
        local = Session.open("smollm2-135m", n_ctx=512)
        try:
            yield split, local, workers
        finally:
            split.close()
            local.close()


@requires_rpc
def test_layers_are_split_over_both_workers_in_order(split_and_local: Split) -> None:
    split, _local, (first, second) = split_and_local
    info = split.info()
    placement = list(info.layer_placement)
    assert len(placement) == info.n_layers + 1  # every layer, then the output layer
    assert set(placement) == {first, second}
    boundary = placement.index(second)
    assert placement[:boundary] == [first] * boundary
    assert placement[boundary:] == [second] * (len(placement) - boundary)
    assert 0.3 < boundary / info.n_layers < 0.7  # the two workers report the same memory: about half each
    assert info.rpc_workers == (first, second)


@requires_rpc
def test_split_logits_equal_the_local_run(split_and_local: Split) -> None:
    split, local, _workers = split_and_local
    tokens = split.prompt_tokens(PROMPT)
    rows = [session.model.logits_rows(tokens, len(tokens)) for session in (split, local)]
    split_rows, local_rows = (np.asarray(row, dtype=np.float64) for row in rows)
    assert split_rows.shape == local_rows.shape == (len(tokens), split.vocab_size)
    assert np.max(np.abs(split_rows - local_rows)) < LOGIT_TOLERANCE
    for split_row, local_row in zip(split_rows, local_rows, strict=True):
        assert np.max(np.abs(softmax(split_row) - softmax(local_row))) < PROBABILITY_TOLERANCE
        assert split_row.argmax() == local_row.argmax()


@requires_rpc
def test_split_attention_capture_matches_the_local_one(split_and_local: Split) -> None:
    split, local, _workers = split_and_local
    maps = [capture_attention(session, PROMPT, layers=[0, 15, 29]) for session in (split, local)]
    assert maps[0].layers == maps[1].layers == [0, 15, 29]
    split_weights = np.asarray(maps[0].weights, dtype=np.float64)
    local_weights = np.asarray(maps[1].weights, dtype=np.float64)
    assert split_weights.shape == local_weights.shape
    assert np.allclose(split_weights.sum(axis=-1), 1.0, atol=2e-3)  # float16 storage
    assert np.max(np.abs(split_weights - local_weights)) < 2e-3


@requires_rpc
def test_split_hidden_states_match_the_local_ones(split_and_local: Split) -> None:
    split, local, _workers = split_and_local
    tokens = split.prompt_tokens(PROMPT)
    split_states, local_states = (next(hidden_states(s, [tokens], [3, 20, 29])) for s in (split, local))
    assert split_states.shape == local_states.shape == (3, len(tokens), split.info().n_embd)
    scale = np.abs(local_states).max()
    assert np.max(np.abs(split_states - local_states)) < 1e-4 * scale


@requires_rpc
def test_gemma_split_equals_a_local_run_with_the_same_weight_layout() -> None:
    """Workers keep weights as the file has them; this process repacks Q4_K for its CPU kernels by
    default, which computes slightly different numbers. With repacking off, the split run is the local
    run, bit for bit; the repacked default differs by what repacking alone changes."""
    if not rpc_build():
        pytest.skip("this llama-cpp-python build has no RPC backend: run  python3 main.py setup --with-rpc")
    with RpcWorker() as first, RpcWorker() as second:
        workers = (first.endpoint, second.endpoint)
        with (
            Session.open("gemma3-270m", n_ctx=256, n_gpu_layers=-1, rpc_workers=workers) as split,
            Session.open("gemma3-270m", n_ctx=256, repack_weights=False) as plain,
            Session.open("gemma3-270m", n_ctx=256) as repacked,
        ):
            tokens = split.prompt_tokens(PROMPT)
            rows = [s.model.logits_rows(tokens, len(tokens)) for s in (split, plain, repacked)]
    assert np.array_equal(rows[0], rows[1])
    probabilities = [softmax(np.asarray(row[-1], dtype=np.float64)) for row in rows]
    repacking_alone = np.abs(probabilities[1] - probabilities[2]).max()
    assert np.abs(probabilities[0] - probabilities[2]).max() == pytest.approx(repacking_alone)
    assert repacking_alone < 0.05  # measured 3.1e-2 on this CPU (AVX-512)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[3]
    command = [sys.executable, str(root / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=root)


def test_cli_rejects_a_badly_written_worker_in_one_line() -> None:
    done = _cli("probe", "--prompt", "Olá", "--rpc", "10.0.0.2")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "host:port" in done.stderr


@requires_rpc
def test_cli_probe_on_two_workers_equals_the_local_probe() -> None:
    if not rpc_build():
        pytest.skip("this llama-cpp-python build has no RPC backend: run  python3 main.py setup --with-rpc")
    with RpcWorker() as first, RpcWorker() as second:
        workers = f"{first.endpoint},{second.endpoint}"
        info = json.loads(_cli("info", "--rpc", workers, "--json").stdout)
        split = _cli("probe", "--prompt", PROMPT, "--rpc", workers, "--json")
    local = _cli("probe", "--prompt", PROMPT, "--json")
    assert info["rpc_workers"] == [first.endpoint, second.endpoint]
    assert info["layer_placement"][0] == first.endpoint and info["layer_placement"][-1] == second.endpoint
    assert split.returncode == 0, split.stderr
    assert json.loads(split.stdout)["candidates"] == json.loads(local.stdout)["candidates"]


def test_the_rpc_backend_is_not_mistaken_for_a_gpu() -> None:
    """llama.cpp reports GPU offload for a build with only the RPC backend; the model info must not say
    "GPU offload available" on a CPU-only build."""
    from engine.core.install import BUILD_INFO_NAME
    from engine.core.llama_backend import supports_gpu_offload

    build = json.loads((Path(sys.prefix) / BUILD_INFO_NAME).read_text())
    if any(flag in build["CMAKE_ARGS"] for flag in ("GGML_CUDA", "GGML_VULKAN", "GGML_METAL")):
        pytest.skip("a GPU build: offload is real here")
    assert rpc_build() == ("GGML_RPC" in build["CMAKE_ARGS"])
    assert not supports_gpu_offload()
