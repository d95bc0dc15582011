"""A Q2_K copy of SmolLM2, made once per test session by llama.cpp's own quantizer, and sessions on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.core.models import resolve_model
from engine.core.session import Session


@pytest.fixture(scope="session")
def smol_q2k_path(tmp_path_factory: Any) -> Path:
    from engine.scoring.quantize import quantize_model

    target = tmp_path_factory.mktemp("quantized") / "smollm2.Q2_K.gguf"
    quantize_model(resolve_model("smollm2-135m"), target, "Q2_K")
    return target


@pytest.fixture(scope="session")
def smol_q2k(smol_q2k_path: Path) -> Iterator[Session]:
    with Session.open(str(smol_q2k_path), n_ctx=1024) as session:
        yield session


@pytest.fixture(scope="session")
def smol_twin() -> Iterator[Session]:
    """A second, independent session on the very same SmolLM2 file."""
    with Session.open("smollm2-135m", n_ctx=1024) as session:
        yield session
