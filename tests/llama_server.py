"""llama-cpp-python's own OpenAI-compatible server on 127.0.0.1, serving the packaged SmolLM2: a real
server process for the remote-engine tests (engine and GUI)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from engine.core.models import resolve_model

N_CTX = 512


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_llama_cpp_server(*extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(resolve_model("smollm2-135m"))]
    command += [
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--n_ctx",
        str(N_CTX),
        "--verbose",
        "False",
        *extra,
    ]
    # a 401 (with --api_key) means it is up
    return wait_until_up(command, port, "/v1/models", "llama_cpp.server", up_on_http_error=True)


def wait_until_up(
    command: list[str], port: int, path: str, name: str, up_on_http_error: bool
) -> tuple[subprocess.Popen[bytes], str]:
    """Start `command` and poll `path` until it answers (an HTTP error counts as up where asked)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            urllib.request.urlopen(url + path, timeout=2).close()
            return process, url
        except urllib.error.HTTPError:
            if up_on_http_error:
                return process, url
            time.sleep(0.3)
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"{name} did not come up within 120 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def llama_server_binary() -> str | None:
    from engine.core.native_tools import LLAMA_SERVER, tool_path

    found = tool_path(LLAMA_SERVER)
    return str(found) if found else None


def start_llama_server(model: str = "smollm2-135m", *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """llama.cpp's own llama-server (built by `setup --with-server`) serving a packaged model."""
    binary = llama_server_binary()
    assert binary is not None
    port = free_port()
    command = [binary, "-m", str(resolve_model(model)), "--host", "127.0.0.1", "--port", str(port)]
    command += ["-c", str(N_CTX), "-t", "1", "-np", "1", "--no-webui", "--no-warmup", *extra]
    return wait_until_up(command, port, "/health", "llama-server", up_on_http_error=False)  # 503: loading
