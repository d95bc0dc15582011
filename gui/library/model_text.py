"""Text for the Model tab: file sizes, parameter counts, visible control characters and the summary form."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.shell.text import integer, number

_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def format_bytes(n: int) -> str:
    """A file size in decimal units, the way file managers show it: 98362432 -> '98.4 MB'."""
    if n < 1000:
        return QCoreApplication.translate("ModelText", "{count} bytes").format(count=n)
    return _scaled(n, "kB")


def size_text(n: int | None) -> str:
    """A download or library size, as the Hub shows it: '98.4 MB', '4.9 GB', '?' where unknown."""
    if n is None:
        return "?"
    return f"{n} B" if n < 1000 else _scaled(n, "KB")


def _scaled(n: int, kilo: str) -> str:
    value = float(n)
    for unit in (kilo, "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{number(value, 1)} {unit}"
    raise AssertionError("unreachable")


def format_params(n: int) -> str:
    """A parameter count with three significant digits: 134515008 -> '135 M', 7241732096 -> '7.24 B'."""
    for scale, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if n >= scale:
            return f"{_three_digits(n / scale)} {unit}"
    return str(n)


def _three_digits(value: float) -> str:
    if value >= 100:
        return number(value, 0)
    return number(value, 2) if value < 10 else number(value, 1)


def visible_text(text: str) -> str:
    """Make control characters visible: a newline token should not show up as an empty cell."""
    return "".join(_visible_char(char) for char in text)


def _visible_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char) == "Cc":
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    return char


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters; a cut is shown with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heads_text(n_heads: int, n_kv_heads: int) -> str:
    """'9 / 3 — grouped-query attention: 3 query heads share each KV head'."""
    counts = f"{n_heads} / {n_kv_heads}"
    if n_kv_heads <= 0 or n_heads == n_kv_heads:
        return QCoreApplication.translate(
            "ModelText", "{counts} — every query head has its own KV head"
        ).format(counts=counts)
    share = str(n_heads // n_kv_heads) if n_heads % n_kv_heads == 0 else number(n_heads / n_kv_heads, 1)
    return QCoreApplication.translate(
        "ModelText", "{counts} — grouped-query attention: {share} query heads share each KV head"
    ).format(counts=counts, share=share)


def status_word(path: Path | None) -> str:
    if path:
        return QCoreApplication.translate("ModelText", "installed")
    return QCoreApplication.translate("ModelText", "not installed")


def tokens_text(count: int) -> str:
    return QCoreApplication.translate("ModelText", "{count} tokens").format(count=integer(count))


def summary_texts(info: dict[str, Any]) -> dict[str, str]:
    """The summary form's text, field by field, from a `ModelInfo.as_dict()`."""
    n_params, file_size = int(info.get("n_params", 0)), int(info.get("file_size", 0))
    return {
        "name": str(info.get("name") or Path(str(info.get("path", ""))).stem),
        "architecture": str(info.get("architecture", "—")),
        "parameters": f"{format_params(n_params)} ({integer(n_params)})",
        "quantization": str(info.get("quantization", "—")),
        "file_size": QCoreApplication.translate("ModelText", "{size} ({count} bytes)").format(
            size=format_bytes(file_size), count=integer(file_size)
        ),
        "trained_context": tokens_text(int(info.get("context_length", 0))),
        "loaded_context": tokens_text(int(info.get("n_ctx", 0))),
        "layers": str(info.get("n_layers", "—")),
        "placement": QCoreApplication.translate("ModelText", "on the server")
        if info.get("remote")
        else placement_text(list(info.get("layer_placement") or [])),
        "heads": heads_text(int(info.get("n_heads", 0)), int(info.get("n_kv_heads", 0))),
        "embedding": integer(int(info.get("n_embd", 0))),
        "vocabulary": tokens_text(int(info.get("vocab_size", 0))),
        "gpu_offload": QCoreApplication.translate("ModelText", "available in this build")
        if info.get("gpu_offload_supported")
        else QCoreApplication.translate("ModelText", "CPU only build"),
        "path": str(info.get("path", "—")),
    }


def placement_text(placement: list[str]) -> str:
    """'layers 0–14: this computer · layers 15–29: 10.0.0.2:50052 · output: 10.0.0.2:50052' from one
    entry per layer (the output layer last); the input embeddings always stay on this computer."""
    here = QCoreApplication.translate("ModelText", "this computer")
    if not placement or all(where == "local" for where in placement):
        return here
    *layers, output = placement
    runs: list[tuple[int, int, str]] = []
    for index, where in enumerate(layers):
        if runs and runs[-1][2] == where:
            runs[-1] = (runs[-1][0], index, where)
        else:
            runs.append((index, index, where))
    parts = [
        QCoreApplication.translate("ModelText", "layers {span}: {where}").format(
            span=f"{first}" if first == last else f"{first}–{last}", where=here if where == "local" else where
        )
        for first, last, where in runs
    ]
    where = here if output == "local" else output
    parts.append(QCoreApplication.translate("ModelText", "output: {where}").format(where=where))
    return " · ".join(parts)
