"""Real servers on 127.0.0.1: llama-cpp-python's own OpenAI-compatible server serving the packaged
SmolLM2 (no mocks of the protocol), and a hostile server that answers garbage."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest
from llama_server import start_llama_cpp_server, stop


@pytest.fixture(scope="module")
def llama_cpp_server() -> Iterator[str]:
    process, url = start_llama_cpp_server()
    yield url
    stop(process)


class Garbage(http.server.BaseHTTPRequestHandler):
    """Answers every request with what a broken or hostile server might send."""

    def log_message(self, *_args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        bodies = {
            "/v1/models": json.dumps({"data": [{"id": "evil"}]}).encode(),
            "/v1/completions": json.dumps(
                {
                    "choices": [
                        {"logprobs": {"tokens": ["a"], "token_logprobs": [5.0], "top_logprobs": [{"a": 5.0}]}}
                    ]
                }
            ).encode(),
            "/v1/chat/completions": b"data: {not json\n\n",
        }
        body = bodies.get(self.path, b"\x00\xff garbage \xfe")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer


@pytest.fixture
def hostile_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
