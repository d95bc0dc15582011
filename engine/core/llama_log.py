"""llama.cpp's log lines routed to Python logging, keeping the recent warnings that explain a failure."""

from __future__ import annotations

import collections
import logging
import re

log = logging.getLogger("lanterna.llama")
# ggml_log_level: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (continues the previous line).
_LOG_LEVELS = {0: logging.INFO, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_last_level = [logging.DEBUG]
# What llama.cpp logs when the abort callback stops a decode (GGML_STATUS_ABORTED = 1, decode ret 2).
_ABORT_MARKS = (
    "failed with error 1",
    "compute status: 1",
    "failed to decode, ret = 2",
    "removing memory module",
)
recent_errors: collections.deque[str] = collections.deque(maxlen=50)
# Where the last load put each layer, from llama.cpp's own debug lines (index n_layer: the output layer).
layer_devices: dict[int, str] = {}
_LAYER_LINE = re.compile(r"load_tensors: layer\s+(\d+) assigned to device (\S+?),")


def route_log_line(level: int, text: bytes) -> None:
    """One llama.cpp log line -> Python logging, at the matching level."""
    line = text.decode("utf-8", errors="replace").rstrip("\n")
    python_level = _LOG_LEVELS.get(level, _last_level[0])
    if any(mark in line for mark in _ABORT_MARKS):
        python_level = logging.DEBUG  # a decode stopped by the abort callback (a cancel), not a failure
    _last_level[0] = python_level
    if python_level >= logging.WARNING:
        recent_errors.append(line)
    if placed := _LAYER_LINE.search(line):
        layer_devices[int(placed.group(1))] = placed.group(2)
    if line:
        log.log(python_level, "%s", line)


def explain_load_failure(path: str) -> str:
    """Why llama.cpp could not load `path` (or make its context), from the recent warnings."""
    recent = " ".join(recent_errors)
    if "unknown model architecture" in recent:
        arch = recent.split("unknown model architecture:", 1)[1].split("'")[1]
        return f"unsupported architecture '{arch}': this llama.cpp build cannot run it"
    if "failed to allocate" in recent or "out of memory" in recent.lower():
        return "not enough memory to load the model (try a smaller context or fewer GPU layers)"
    detail = next((line for line in reversed(recent_errors) if line.strip()), "")
    return f"llama.cpp could not load {path}" + (f": {detail.strip()}" if detail else "")


def start_load() -> None:
    """Forget the last load's warnings and layer placement (a new load is about to log its own)."""
    recent_errors.clear()
    layer_devices.clear()


def loaded_placement(endpoints: dict[str, str]) -> list[str]:
    """Per layer of the last load (the output layer last): "local", or the RPC worker (host:port) of
    its device, given ggml's device names -> endpoints."""
    return [endpoints.get(layer_devices[index], "local") for index in sorted(layer_devices)]
