"""Shared fixtures: the real engine on the real packaged models (no mocks)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine.session import Session


@pytest.fixture(scope="session")
def smol() -> Iterator[Session]:
    with Session.open("smollm2-135m", n_ctx=1024) as session:
        yield session


@pytest.fixture(scope="session")
def gemma() -> Iterator[Session]:
    with Session.open("gemma3-270m", n_ctx=512) as session:
        yield session
