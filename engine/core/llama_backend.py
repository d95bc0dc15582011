"""The only module that imports llama_cpp: model and context lifetime, tokens, decoding, logits.

It uses llama.cpp's low-level API so that Lanterna owns the context (prefix reuse of the KV cache,
one logits row per step instead of an n_ctx x n_vocab buffer, load progress, abort between batches).
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import llama_cpp
import llama_cpp._ggml as llama_ggml
import numpy as np

from engine.core.context_feed import ContextFeed
from engine.core.llama_load import abort_callback, check_memory, progress_callback, thread_counts
from engine.core.llama_log import explain_load_failure, loaded_placement, route_log_line, start_load
from engine.core.llama_types import LoadCancelled, ModelFacts
from engine.core.models import LoadSettings, ModelError, check_gguf_file
from engine.core.rpc_workers import device_list, device_names, gpu_device_count, worker_devices
from engine.core.sampling import renormalized
from engine.core.tensor_tap import TensorTap

_init_lock = threading.Lock()
_initialized = False


@llama_cpp.llama_log_callback
def _route_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    """llama.cpp log lines -> Python logging, at the matching level."""
    route_log_line(level, text)


def _ensure_backend() -> None:
    global _initialized
    with _init_lock:
        if not _initialized:
            llama_cpp.llama_log_set(_route_log, ctypes.c_void_p(0))
            llama_cpp.llama_backend_init()
            _initialized = True


def supports_gpu_offload() -> bool:
    """A GPU backend with a device: llama.cpp counts the RPC backend as offload too, workers or not."""
    _ensure_backend()
    return bool(llama_cpp.llama_supports_gpu_offload()) and gpu_device_count(llama_ggml.libggml) > 0


def supports_rpc() -> bool:
    """Whether this build has ggml's RPC backend (setup --with-rpc)."""
    return bool(llama_cpp.llama_supports_rpc())


class LlamaModel(ContextFeed):
    """One loaded model with one context (sequence 0). Not thread-safe: one owner calls it."""

    def __init__(self, settings: LoadSettings, on_progress: Callable[[float], bool] | None = None) -> None:
        _ensure_backend()
        check_gguf_file(Path(settings.path))
        check_memory(settings.path, settings)
        self.settings = settings
        self.device_endpoints: dict[str, str] = {}  # ggml device name -> RPC worker
        self._model = self._load_model(settings, on_progress)
        self._vocab = llama_cpp.llama_model_get_vocab(self._model)
        self.vocab_size = int(llama_cpp.llama_vocab_n_tokens(self._vocab))
        self.threads = thread_counts(settings.n_threads, settings.n_threads_batch)  # (generation, prompt)
        self._ctx = self._new_context(settings)
        self._memory = llama_cpp.llama_get_memory(self._ctx)
        self._cached: list[int] = []  # tokens whose keys/values sit in the KV cache
        self._stop_flag = threading.Event()
        self._piece_cache: dict[int, bytes] = {}
        self._tap: TensorTap | None = None
        self.layer_placement = loaded_placement(self.device_endpoints)  # [layer] -> where it runs

    # --- lifetime -------------------------------------------------------------------------------

    def _load_model(self, settings: LoadSettings, on_progress: Callable[[float], bool] | None) -> Any:
        params = llama_cpp.llama_model_default_params()
        params.n_gpu_layers, params.use_extra_bufts = settings.n_gpu_layers, settings.repack_weights
        if settings.rpc_workers:  # layers on ggml-rpc-server workers, in the order given
            devices = worker_devices(llama_ggml.libggml, settings.rpc_workers)
            self.device_endpoints = device_names(llama_ggml.libggml, devices)
            self._devices = device_list(devices)  # must outlive the load
            params.devices = ctypes.cast(self._devices, ctypes.c_void_p)
        params.load_mode = llama_cpp.LLAMA_LOAD_MODE_MMAP  # mapped pages: fast open, shared with the OS cache
        cancelled = threading.Event()
        self._progress_cb = progress_callback(on_progress, cancelled)  # must outlive the load
        params.progress_callback = ctypes.cast(self._progress_cb, llama_cpp.llama_progress_callback)
        start_load()
        model = llama_cpp.llama_model_load_from_file(settings.path.encode(), params)
        if not model:
            if cancelled.is_set():
                raise LoadCancelled("model load cancelled")
            raise ModelError(explain_load_failure(settings.path))
        return model

    def _new_context(self, settings: LoadSettings, tap: TensorTap | None = None) -> Any:
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = settings.n_ctx
        params.n_batch = settings.n_batch
        params.n_ubatch = settings.n_batch
        params.n_threads, params.n_threads_batch = self.threads
        params.flash_attn_type = (
            llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED
            if settings.flash_attn
            else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        )
        params.no_perf = True
        if tap is not None:
            # The attention weights exist as a tensor only without flash attention; a full-size
            # sliding-window cache keeps key column j at position j for every layer.
            params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
            params.swa_full = True
            params.cb_eval = ctypes.cast(tap.callback, type(params.cb_eval))
        ctx = llama_cpp.llama_init_from_model(self._model, params)
        if not ctx:
            if tap is None:
                llama_cpp.llama_model_free(self._model)
            raise ModelError(explain_load_failure(settings.path))
        return ctx

    @contextlib.contextmanager
    def capturing(self, tap: TensorTap, n_ctx: int | None = None) -> Iterator[None]:
        """Evaluate through a separate context that feeds `tap` while the block runs (everything
        inside the block is captured); the normal context and its KV cache come back afterwards."""
        self.settle()
        if self._tap is not None:
            raise RuntimeError("a capture is already running")
        size = min(n_ctx or self.settings.n_ctx, self.settings.n_ctx)
        capture_ctx = self._new_context(replace(self.settings, n_ctx=max(size, 16)), tap)
        saved = (self._ctx, self._memory, self._cached)
        self._ctx, self._memory, self._cached = capture_ctx, llama_cpp.llama_get_memory(capture_ctx), []
        tap.attach(llama_ggml.libggml)
        self._tap = tap
        try:
            yield
        finally:
            self._tap = None
            self._ctx, self._memory, self._cached = saved
            llama_cpp.llama_free(capture_ctx)

    def close(self) -> None:
        self._stop_worker()
        if getattr(self, "_ctx", None):
            llama_cpp.llama_free(self._ctx)
            self._ctx = None
        if getattr(self, "_model", None):
            llama_cpp.llama_model_free(self._model)
            self._model = None

    @property
    def n_ctx(self) -> int:
        return int(llama_cpp.llama_n_ctx(self._ctx))

    @property
    def can_decode_ahead(self) -> bool:
        return self._tap is None  # a tap's callback must run on the owner's thread

    def set_threads(self, generation: int, prompt: int) -> None:
        """Threads for single-token decodes and for batches (prompts), from the next decode on."""
        self.settle()
        self.threads = (generation, prompt)
        llama_cpp.llama_set_n_threads(self._ctx, generation, prompt)

    # --- facts ----------------------------------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        result = {}
        buffer = ctypes.create_string_buffer(1 << 16)
        for index in range(llama_cpp.llama_model_meta_count(self._model)):
            llama_cpp.llama_model_meta_key_by_index(self._model, index, buffer, len(buffer))
            key = buffer.value.decode("utf-8", errors="replace")
            llama_cpp.llama_model_meta_val_str_by_index(self._model, index, buffer, len(buffer))
            result[key] = buffer.value.decode("utf-8", errors="replace")
        return result

    def special_tokens(self) -> dict[str, int]:
        getters = {
            "bos": llama_cpp.llama_vocab_bos,
            "eos": llama_cpp.llama_vocab_eos,
            "eot": llama_cpp.llama_vocab_eot,
            "pad": llama_cpp.llama_vocab_pad,
            "sep": llama_cpp.llama_vocab_sep,
            "nl": llama_cpp.llama_vocab_nl,
        }
        found = {name: int(get(self._vocab)) for name, get in getters.items()}
        return {name: token for name, token in found.items() if token >= 0}

    def facts(self) -> ModelFacts:
        model = self._model
        buffer = ctypes.create_string_buffer(256)
        llama_cpp.llama_model_desc(model, buffer, len(buffer))
        template = llama_cpp.llama_model_chat_template(model, None)
        return ModelFacts(
            description=buffer.value.decode("utf-8", errors="replace"),
            n_params=int(llama_cpp.llama_model_n_params(model)),
            size_bytes=int(llama_cpp.llama_model_size(model)),
            n_layers=int(llama_cpp.llama_model_n_layer(model)),
            n_heads=int(llama_cpp.llama_model_n_head(model)),
            n_kv_heads=int(llama_cpp.llama_model_n_head_kv(model)),
            n_embd=int(llama_cpp.llama_model_n_embd(model)),
            n_ctx_train=int(llama_cpp.llama_model_n_ctx_train(model)),
            vocab_size=self.vocab_size,
            metadata=self.metadata(),
            chat_template=template.decode("utf-8") if template else None,
            special_tokens=self.special_tokens(),
        )

    # --- tokens ---------------------------------------------------------------------------------

    def tokenize(self, text: str, add_special: bool = True, parse_special: bool = True) -> list[int]:
        data = text.encode("utf-8")
        capacity = len(data) + 8
        for _ in range(2):  # a negative count is the capacity needed
            buffer = (llama_cpp.llama_token * capacity)()
            count = llama_cpp.llama_tokenize(
                self._vocab, data, len(data), buffer, capacity, add_special, parse_special
            )
            if count >= 0:
                return list(buffer[:count])
            capacity = -count
        raise RuntimeError("tokenize failed")

    def piece(self, token: int) -> bytes:
        """The token's bytes as they appear in text (special tokens rendered as their text)."""
        cached = self._piece_cache.get(token)
        if cached is not None:
            return cached
        buffer = ctypes.create_string_buffer(64)
        count = llama_cpp.llama_token_to_piece(self._vocab, token, buffer, len(buffer), 0, True)
        if count < 0:
            buffer = ctypes.create_string_buffer(-count)
            count = llama_cpp.llama_token_to_piece(self._vocab, token, buffer, len(buffer), 0, True)
        piece = buffer.raw[:count]
        self._piece_cache[token] = piece
        return piece

    def detokenize(self, tokens: Sequence[int], render_special: bool = False) -> bytes:
        array = (llama_cpp.llama_token * len(tokens))(*tokens)
        capacity = max(64, 8 * len(tokens))
        for _ in range(2):
            buffer = ctypes.create_string_buffer(capacity)
            count = llama_cpp.llama_detokenize(
                self._vocab, array, len(tokens), buffer, capacity, False, render_special
            )
            if count >= 0:
                return buffer.raw[:count]
            capacity = -count
        raise RuntimeError("detokenize failed")

    def is_special(self, token: int) -> bool:
        attr = int(llama_cpp.llama_vocab_get_attr(self._vocab, token))
        special = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
        return bool(attr & special)

    def is_end_of_generation(self, token: int) -> bool:
        return bool(llama_cpp.llama_vocab_is_eog(self._vocab, token))

    # --- decoding -------------------------------------------------------------------------------

    def _decode(self, tokens: Sequence[int], outputs: int = 1) -> None:
        """Decode `tokens` after the cached ones; logits are kept for the last `outputs` of them."""
        if outputs <= 1:
            array = (llama_cpp.llama_token * len(tokens))(*tokens)
            status = llama_cpp.llama_decode(self._ctx, llama_cpp.llama_batch_get_one(array, len(tokens)))
        else:
            status = self._decode_with_outputs(tokens, outputs)
        if self._tap is not None:
            self._tap.raise_error(lambda: self.forget_from(len(self._cached)))
        if status != 0:
            raise RuntimeError(f"llama_decode failed with status {status}")

    def _decode_with_outputs(self, tokens: Sequence[int], outputs: int) -> int:
        batch = llama_cpp.llama_batch_init(len(tokens), 0, 1)
        try:
            start = len(self._cached)
            first_output = len(tokens) - outputs
            for index, token in enumerate(tokens):
                batch.token[index] = token
                batch.pos[index] = start + index
                batch.n_seq_id[index] = 1
                batch.seq_id[index][0] = 0
                batch.logits[index] = 1 if index >= first_output else 0
            batch.n_tokens = len(tokens)
            return int(llama_cpp.llama_decode(self._ctx, batch))
        finally:
            llama_cpp.llama_batch_free(batch)

    def _set_abort(self, check: Callable[[], bool] | None) -> None:
        """While set, ggml asks `check` between graph nodes and aborts the decode when it says so."""
        self._abort_cb = abort_callback(check) if check else None
        none = llama_cpp.ggml_abort_callback()  # a NULL function pointer: never ask
        pointer = ctypes.cast(self._abort_cb, llama_cpp.ggml_abort_callback) if self._abort_cb else none
        llama_cpp.llama_set_abort_callback(self._ctx, pointer, None)

    def forget_from(self, position: int) -> None:
        self.settle()
        llama_cpp.llama_memory_seq_rm(self._memory, 0, position, -1)
        del self._cached[position:]

    def last_logits(self) -> np.ndarray:
        pointer = llama_cpp.llama_get_logits_ith(self._ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(self.vocab_size,)).copy()

    def _output_row(self, index: int) -> np.ndarray:
        pointer = llama_cpp.llama_get_logits_ith(self._ctx, index)
        return np.ctypeslib.as_array(pointer, shape=(self.vocab_size,))

    def native_greedy(self, tokens: Sequence[int], count: int) -> list[int]:
        """The native anchor: the prompt decoded, then a bare argmax + llama_decode loop for `count`
        tokens (up to end of generation) with no per-token work beyond that; the tokens chosen."""
        self.forget_from(0)
        self.hold(tokens)
        one, produced = (llama_cpp.llama_token * 1)(), list[int]()
        batch = llama_cpp.llama_batch_get_one(one, 1)
        while True:
            row = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(self._ctx, -1), (self.vocab_size,))
            one[0] = token = int(row.argmax())
            if llama_cpp.llama_vocab_is_eog(self._vocab, token) or len(produced) == count:
                break
            produced.append(token)
            if len(produced) < count and llama_cpp.llama_decode(self._ctx, batch) != 0:
                raise RuntimeError("llama_decode failed")
        self.forget_from(0)  # the loop kept no account of the cache
        return produced


def quantize_file(source: str, destination: str, file_type: int, n_threads: int = 0) -> int:
    """llama.cpp's own quantizer (llama_model_quantize); 0 on success. Quantized inputs are requantized."""
    _ensure_backend()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype, params.nthread, params.allow_requantize = file_type, n_threads, True
    return int(llama_cpp.llama_model_quantize(source.encode(), destination.encode(), ctypes.byref(params)))


# --- llama.cpp's own implementations, used as references by tests and the benchmark -----------


def llama_sampler_chain_keep(
    logits: np.ndarray, stages: Sequence[tuple[str, float]]
) -> tuple[np.ndarray, np.ndarray]:
    """Apply llama.cpp's samplers (llama_sampler_*) to a logits row: (kept token ids, their
    probabilities renormalized as llama.cpp's dist sampler would)."""
    _ensure_backend()
    constructors: dict[str, Callable[[float], int]] = {
        "temperature": lambda v: llama_cpp.llama_sampler_init_temp(v),
        "top_k": lambda v: llama_cpp.llama_sampler_init_top_k(int(v)),
        "top_p": lambda v: llama_cpp.llama_sampler_init_top_p(v, 1),
        "min_p": lambda v: llama_cpp.llama_sampler_init_min_p(v, 1),
        "typical_p": lambda v: llama_cpp.llama_sampler_init_typical(v, 1),
    }
    chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
    try:
        for name, value in stages:
            llama_cpp.llama_sampler_chain_add(chain, constructors[name](value))
        n = logits.size
        data = (llama_cpp.llama_token_data * n)()
        for index, logit in enumerate(logits.astype(np.float32).tolist()):
            data[index].id, data[index].logit, data[index].p = index, logit, 0.0  # type: ignore[assignment]
        array = llama_cpp.llama_token_data_array(data=data, size=n, selected=-1, sorted=False)
        llama_cpp.llama_sampler_apply(chain, ctypes.byref(array))
        ids = np.array([array.data[i].id for i in range(array.size)], dtype=np.int64)
        kept_logits = np.array([array.data[i].logit for i in range(array.size)], dtype=np.float64)
    finally:
        llama_cpp.llama_sampler_free(chain)
    return renormalized(ids, kept_logits)


class ReferenceLlama:
    """llama-cpp-python's high-level `Llama`, used as the plain baseline (tests, benchmark)."""

    def __init__(self, path: str, n_ctx: int = 1024, n_threads: int | None = None, n_batch: int = 0) -> None:
        _ensure_backend()
        threads, batch = thread_counts(n_threads, n_batch or None)
        self._llama = llama_cpp.Llama(
            path, n_ctx=n_ctx, n_threads=threads, n_threads_batch=batch, logits_all=False, verbose=False
        )
        llama_cpp.llama_log_set(_route_log, ctypes.c_void_p(0))  # Llama() installs its own logger

    def greedy_tokens(self, prompt: str, max_tokens: int) -> list[int]:
        """Greedy token ids as llama-cpp-python's own generation loop produces them."""
        self._llama.reset()
        tokens = self._llama.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
        produced: list[int] = []
        for token in self._llama.generate(tokens, temp=0.0, top_k=1, reset=True):
            if llama_cpp.llama_vocab_is_eog(self._llama._model.vocab, token) or len(produced) >= max_tokens:
                break
            produced.append(int(token))
        return produced

    def close(self) -> None:
        self._llama.close()
