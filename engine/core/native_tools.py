"""Where llama.cpp's own programs are: `setup --with-rpc` / `--with-server` put them next to python."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

RPC_SERVER = "ggml-rpc-server"
LLAMA_SERVER = "llama-server"


def tool_path(name: str) -> Path | None:
    """The program beside this environment's python, else on PATH; None when it was never built."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which(name)
    return Path(found) if found else None
