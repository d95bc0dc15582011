"""The quantizer: a cancelled run leaves nothing; the cache copy stays inside the cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.core.llama_types import Cancelled
from engine.core.models import resolve_model
from engine.process.tasks import TaskContext
from engine.scoring.quantize import cache_root, cached_copy, copy_path, quantize_model


def test_cancel_removes_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "copy.gguf"
    with pytest.raises(Cancelled):
        quantize_model(resolve_model("smollm2-135m"), target, "Q8_0", TaskContext(should_stop=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_cached_copy_lives_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTERNA_CACHE_DIR", str(tmp_path))
    source = resolve_model("smollm2-135m")
    messages: list[str] = []
    made = cached_copy(source, "q4_0", TaskContext(report=lambda _f, message: messages.append(message)))
    assert Path(made.path).parent == cache_root() == tmp_path / "quantized"
    assert Path(made.path) == copy_path(source, "Q4_0") and not made.cached
    assert made.size_bytes < made.source_size_bytes
    assert any("quantizing" in message for message in messages)
    again = cached_copy(source, "Q4_0")
    assert again.cached and again.path == made.path


def test_unknown_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown quantization type"):
        quantize_model(resolve_model("smollm2-135m"), tmp_path / "x.gguf", "Q9_X")
