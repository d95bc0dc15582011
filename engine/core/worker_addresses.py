"""RPC worker addresses as users write them ("host:port, host:port"), checked before anything connects.

Raises ValueError with a sentence; the load settings turn it into a ModelError (this module imports
nothing of the engine, so the settings can use it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORKERS = 16  # GGML_RPC_MAX_SERVERS
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]+\])$")


@dataclass(frozen=True)
class Worker:
    """One `ggml-rpc-server` as the user wrote it: host and port."""

    host: str
    port: int

    @property
    def endpoint(self) -> str:
        return f"{self.host}:{self.port}"


def parse_workers(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'host:port, host:port' (or a list of them) -> checked endpoints; a ValueError names a bad one."""
    items = text.replace(",", " ").split() if isinstance(text, str) else [t.strip() for t in text]
    workers = tuple(parse_worker(item).endpoint for item in items if item)
    if len(workers) > MAX_WORKERS:
        raise ValueError(f"at most {MAX_WORKERS} RPC workers, not {len(workers)}")
    if len(set(workers)) != len(workers):
        raise ValueError("an RPC worker is listed twice")
    return workers


def parse_worker(item: str) -> Worker:
    host, sep, port_text = item.strip().rpartition(":")
    if not sep or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"an RPC worker is written host:port (e.g. 192.168.1.20:50052), not {item!r}")
    if not _HOST.match(host):
        raise ValueError(f"{host!r} is not a host name or address")
    return Worker(host, int(port_text))
