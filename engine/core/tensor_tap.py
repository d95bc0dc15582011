"""Copies named intermediate tensors out of llama.cpp's compute graph into numpy arrays.

The backend attaches ggml's library when a capture starts; this module needs only ctypes and numpy.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import numpy as np

# ggml_backend_sched_eval_callback with an int result (a c_bool result leaks a reference to True on
# Python 3.11): (tensor, ask, user data).
_EVAL_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_bool, ctypes.c_void_p)


class _TensorHead(ctypes.Structure):
    """The first fields of ggml's `struct ggml_tensor`: type, buffer, then ne[4] (elements per dim)."""

    _fields_ = (("type", ctypes.c_int), ("buffer", ctypes.c_void_p), ("ne", ctypes.c_int64 * 4))


_GGML_TYPE_F32 = 0


class TensorTap:
    """Copies named intermediate tensors out of llama.cpp's graph while it is computed.

    `wants(name)` selects tensors (e.g. "kq_soft_max-3", "l_out-7"); `on_tensor(name, array)` receives
    each as float32 in numpy order (ne reversed), once per micro-batch, copied, so buffers can be reused.
    """

    def __init__(self, wants: Callable[[str], bool], on_tensor: Callable[[str, np.ndarray], None]) -> None:
        self._wants = wants
        self._on_tensor = on_tensor
        self._lib: Any = None  # ggml's library, attached by the backend before the graph runs
        self._wanted_names: dict[bytes, bool] = {}  # names repeat every micro-batch: decide once
        self.error: BaseException | None = None
        self.callback = _EVAL_CALLBACK(self._called)  # referenced for the context's whole life

    def attach(self, ggml_library: Any) -> None:
        """Read tensors through `ggml_library` (ggml's shared library as llama_cpp loaded it)."""
        ggml_library.ggml_get_name.argtypes = [ctypes.c_void_p]
        ggml_library.ggml_get_name.restype = ctypes.c_char_p
        size = ctypes.c_size_t
        ggml_library.ggml_backend_tensor_get.argtypes = [ctypes.c_void_p, ctypes.c_void_p, size, size]
        ggml_library.ggml_backend_tensor_get.restype = None
        self._lib = ggml_library

    def raise_error(self, forget: Callable[[], None]) -> None:
        """After a decode: re-raise what the callback caught (`forget` drops the aborted batch first
        when the consumer asked to stop), so the error surfaces on the caller's side of the C call."""
        error, self.error = self.error, None
        if error is None:
            return
        if type(error).__name__ == "Cancelled":  # engine.core.llama_types.Cancelled: the consumer stopped
            forget()
            raise error
        raise RuntimeError(f"capturing tensors failed: {error}") from error

    def _wanted(self, name: bytes) -> bool:
        wanted = self._wanted_names.get(name)
        if wanted is None:
            wanted = self._wanted_names[name] = bool(self._wants(name.decode("utf-8", errors="replace")))
        return wanted

    def _called(self, tensor: int, ask: bool, _data: int) -> int:
        try:
            name = self._lib.ggml_get_name(tensor) or b""
            if ask:
                return 1 if self._wanted(name) else 0
            if self._wanted(name):
                self._on_tensor(name.decode("utf-8"), self._copy(tensor))
            return 1
        except BaseException as error:  # never let an exception unwind through C; stop the compute
            self.error = error
            return 0

    def _copy(self, tensor: int) -> np.ndarray:
        head = _TensorHead.from_address(tensor)
        if head.type != _GGML_TYPE_F32:
            raise TypeError(f"tensor type {head.type} is not float32")
        shape = tuple(int(n) for n in reversed(head.ne))
        array = np.empty(shape, dtype=np.float32)
        self._lib.ggml_backend_tensor_get(tensor, array.ctypes.data, 0, array.nbytes)
        return array
