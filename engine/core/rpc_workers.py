"""llama.cpp's RPC backend: one model's layers offloaded to `ggml-rpc-server` workers on other machines.

The graph is still built and scheduled in this process, so the eval callback, the logits rows, the
attention capture and the hidden states keep working. The calls are the ones llama.cpp's own `--rpc`
makes, through ctypes on ggml's library as llama_cpp loaded it (the backend passes it in): the "RPC"
registry by name, its `ggml_backend_rpc_add_server`, then each worker's devices, handed to the model
load as an explicit device list (so no other load ever sees them).

ggml aborts the process when a worker cannot be reached or speaks another protocol version, so each
worker is first greeted here, in Python, with a bounded timeout: a refusal becomes a sentence.
"""

from __future__ import annotations

import ctypes
import socket
import struct
from typing import Any

from engine.core.models import ModelError
from engine.core.worker_addresses import parse_worker

PROTOCOL_MAJOR = 7  # RPC_PROTO_MAJOR_VERSION of the vendored ggml (ggml-rpc.h)
PROTOCOL_MINOR = 0
_HELLO = 14  # RPC_CMD_HELLO, fixed by the protocol
_CAPS_SIZE = 24  # RPC_CONN_CAPS_SIZE: all zero, so the connection stays plain TCP
_ADD_SERVER = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_char_p)
INSTALL_HINT = "this llama.cpp build has no RPC backend: run  python3 main.py setup --with-rpc"


def greet(endpoint: str, timeout: float = 3.0) -> tuple[int, int, int]:
    """The worker's protocol version (major, minor, patch) from its HELLO; a ModelError in words when it
    does not answer, is something else, or speaks a version this build cannot."""
    try:
        worker = parse_worker(endpoint)
    except ValueError as error:
        raise ModelError(str(error)) from None
    host = worker.host.strip("[]")
    try:
        with socket.create_connection((host, worker.port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(bytes([_HELLO]) + struct.pack("<Q", _CAPS_SIZE) + bytes(_CAPS_SIZE))
            answer = _receive(sock, 8 + 4 + _CAPS_SIZE)
    except TimeoutError:
        raise ModelError(f"the RPC worker {endpoint} did not answer within {timeout:g} s") from None
    except ConnectionRefusedError:
        raise ModelError(f"nothing listens at {endpoint}: is ggml-rpc-server running there?") from None
    except OSError as error:
        raise ModelError(f"cannot reach the RPC worker {endpoint}: {error.strerror or error}") from None
    size, major, minor, patch = struct.unpack("<QBBB", answer[:11])
    if size != 4 + _CAPS_SIZE:
        raise ModelError(f"{endpoint} is not a ggml RPC worker (it answered with something else)")
    if major != PROTOCOL_MAJOR or minor > PROTOCOL_MINOR:
        raise ModelError(
            f"the RPC worker {endpoint} speaks protocol {major}.{minor}.{patch}; this build speaks "
            f"{PROTOCOL_MAJOR}.{PROTOCOL_MINOR}: run a ggml-rpc-server from the same llama.cpp version"
        )
    return major, minor, patch


def _receive(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionResetError("closed")
        data += chunk
    return data


def declare(lib: Any) -> None:
    """The signatures of ggml's registry functions used here (on the library llama_cpp loaded)."""
    pointer, size = ctypes.c_void_p, ctypes.c_size_t
    signatures = {
        "ggml_backend_reg_by_name": ([ctypes.c_char_p], pointer),
        "ggml_backend_reg_get_proc_address": ([pointer, ctypes.c_char_p], pointer),
        "ggml_backend_reg_dev_count": ([pointer], size),
        "ggml_backend_reg_dev_get": ([pointer, size], pointer),
        "ggml_backend_dev_name": ([pointer], ctypes.c_char_p),
        "ggml_backend_dev_description": ([pointer], ctypes.c_char_p),
        "ggml_backend_dev_count": ([], size),
        "ggml_backend_dev_get": ([size], pointer),
        "ggml_backend_dev_type": ([pointer], ctypes.c_int),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = arguments, result


def worker_devices(lib: Any, endpoints: tuple[str, ...]) -> list[int]:
    """ggml devices of every worker, in the order given (llama.cpp splits the layers in that order)."""
    declare(lib)
    registry = lib.ggml_backend_reg_by_name(b"RPC")
    if not registry:
        raise ModelError(INSTALL_HINT)
    address = lib.ggml_backend_reg_get_proc_address(registry, b"ggml_backend_rpc_add_server")
    if not address:
        raise ModelError(INSTALL_HINT)
    add_server = _ADD_SERVER(address)
    devices: list[int] = []
    for endpoint in endpoints:
        greet(endpoint)
        worker_registry = add_server(endpoint.encode())
        count = int(lib.ggml_backend_reg_dev_count(worker_registry)) if worker_registry else 0
        if count == 0:
            raise ModelError(f"the RPC worker {endpoint} offers no device")
        devices += [int(lib.ggml_backend_reg_dev_get(worker_registry, i)) for i in range(count)]
    return devices


def device_list(devices: list[int]) -> ctypes.Array[ctypes.c_void_p]:
    """A NULL-terminated ggml_backend_dev_t array for llama_model_params.devices."""
    return (ctypes.c_void_p * (len(devices) + 1))(*devices, None)


def device_names(lib: Any, devices: list[int]) -> dict[str, str]:
    """ggml's device name (RPC0, RPC1, ...) -> the worker endpoint it stands for."""
    return {
        lib.ggml_backend_dev_name(dev).decode(): lib.ggml_backend_dev_description(dev).decode()
        for dev in devices
    }


def gpu_device_count(lib: Any) -> int:
    """ggml devices that are GPUs (discrete or integrated) in the registry; RPC workers never are, as
    they are handed to a load directly and not registered."""
    declare(lib)
    gpu_types = {1, 2}  # GGML_BACKEND_DEVICE_TYPE_GPU, _IGPU
    devices = (lib.ggml_backend_dev_get(i) for i in range(int(lib.ggml_backend_dev_count())))
    return sum(1 for dev in devices if int(lib.ggml_backend_dev_type(dev)) in gpu_types)
