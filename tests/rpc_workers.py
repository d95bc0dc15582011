"""Real `ggml-rpc-server` workers on 127.0.0.1 (built by `setup --with-rpc`) for the RPC-split tests."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest

from engine.core.native_tools import RPC_SERVER, tool_path
from tests.llama_server import free_port


def rpc_binary() -> Path | None:
    return tool_path(RPC_SERVER)


def rpc_build() -> bool:
    from engine.core.llama_backend import supports_rpc

    return supports_rpc()


requires_rpc = pytest.mark.skipif(
    rpc_binary() is None, reason="ggml-rpc-server not built: run  python3 main.py setup --with-rpc"
)


class RpcWorker:
    """One ggml-rpc-server process listening on a free port of 127.0.0.1."""

    def __init__(self, threads: int = 1) -> None:
        binary = rpc_binary()
        assert binary is not None
        self.port = free_port()
        self.endpoint = f"127.0.0.1:{self.port}"
        command = [str(binary), "-H", "127.0.0.1", "-p", str(self.port), "-t", str(threads)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_listening()

    def _wait_listening(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ggml-rpc-server exited: {self.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("ggml-rpc-server did not listen within 20 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)

    def __enter__(self) -> RpcWorker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
