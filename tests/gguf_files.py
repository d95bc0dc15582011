"""Small real GGUF files for tests, written with the `gguf` package (header, metadata, one tensor).

Imported like hub_server (tests/ is on sys.path through tests/conftest.py), so any test folder can use it
whichever tests ran first.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gguf import GGUFWriter


def write_gguf(path: Path, *, name: str = "Tiny", context: int = 4096, file_type: int = 15) -> Path:
    """A tiny llama-architecture GGUF file with a name, context length and file type (15 = Q4_K_M)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_context_length(context)
    writer.add_file_type(file_type)
    writer.add_tensor("weights", np.zeros(64, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
