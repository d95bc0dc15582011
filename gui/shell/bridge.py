"""The GUI's handle on the engine process: commands out, events in as Qt signals, crash recovery.

A reader thread waits on the engine's event pipe and re-emits each event through a queued signal, so
slots always run in the GUI thread. When the process dies the bridge says how, fails the requests
that were running, starts a fresh process and reloads the last model.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from engine.core.sampling import SamplingSettings
from engine.process.client import EngineDied, EngineProcess, process_memory_bytes
from engine.process.protocol import (
    Cancel,
    Chat,
    Distribution,
    Event,
    Failed,
    Finished,
    Load,
    Loaded,
    Probe,
    Ready,
    Task,
    TaskResult,
    Tokenize,
    Tokens,
    Unload,
    Unloaded,
)

log = logging.getLogger(__name__)
REPEAT_CRASH_S = 120.0  # a second crash during a request within this long: no more automatic reloads


class EngineBridge(QObject):
    received = Signal(object)  # every engine event, delivered in the GUI thread
    state_changed = Signal(str)  # starting | no model | loading | ready | generating | restarting
    died = Signal(str)  # the engine process ended unexpectedly; the text says how
    _arrived = Signal(object, int)  # reader thread -> GUI thread: event, process generation
    _lost = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process = EngineProcess()
        self._generation = 0  # counts processes, so a dead process's late news is ignored
        self._pending: dict[int, str] = {}  # running request id -> kind ("load", "chat", ...)
        self._closing = False
        self._reload_on_ready = False
        self._request_crash_at: float | None = None  # when the engine last died during a request
        self.model: str | None = None  # what should be loaded (reloaded after a crash)
        self.load_settings: dict[str, Any] = {}
        self.info: dict[str, Any] | None = None
        self.gpu_offload_supported = False
        self.state = "starting"
        self.restarts = 0
        self.last_requested_model: str | None = None  # kept after a failed load: new settings retry it
        self.reload_request: int | None = None  # the load that brings the model back after a restart
        self.requests_sent = 0  # requests sent to the engine (tests check that a view did not call it)
        self._arrived.connect(self._on_arrived)
        self._lost.connect(self._on_lost)

    # --- process life ----------------------------------------------------------------------------

    def start(self) -> None:
        self._generation += 1
        self._process.start()
        self._set_state("starting")
        threading.Thread(
            target=self._read_events, args=(self._generation,), name="engine-events", daemon=True
        ).start()

    def _read_events(self, generation: int) -> None:
        process = self._process
        while True:
            try:
                event = process.receive()
            except EngineDied as died:
                self._lost.emit(str(died), generation)
                return
            self._arrived.emit(event, generation)

    def shutdown(self) -> None:
        """Stop the engine for good (window closing)."""
        self._closing = True
        self._process.stop()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def memory_bytes(self) -> int | None:
        return process_memory_bytes(self._process.pid) if self._process.alive else None

    def kill_engine(self) -> None:
        """End the engine process abruptly, as a crash would."""
        self._process.kill()

    # --- commands --------------------------------------------------------------------------------

    def load(self, model: str, settings: dict[str, Any] | None = None) -> int:
        self.model = self.last_requested_model = model
        self.load_settings = dict(settings or {})
        self.info = None
        request_id = self._send_new("load", lambda rid: Load(rid, model, self.load_settings))
        self._set_state("loading")
        return request_id

    def unload(self) -> int:
        self.model = None
        self.info = None
        return self._send_new("unload", Unload)

    def chat(
        self,
        messages: list[tuple[str, str]],
        sampling: SamplingSettings,
        *,
        max_tokens: int,
        seed: int | None,
        prefix: tuple[int, ...] = (),
        top_n: int = 10,
    ) -> int:
        request_id = self._send_new(
            "chat",
            lambda rid: Chat(rid, tuple(messages), sampling, max_tokens, seed, prefix, top_n),
        )
        self._set_state("generating")
        return request_id

    def probe(self, prompt: str, messages: list[tuple[str, str]], prefix: tuple[int, ...]) -> int:
        """Ask for the logits row after a prompt (or chat messages) and `prefix` tokens."""
        return self._send_new("probe", lambda rid: Probe(rid, prompt, tuple(messages), prefix))

    def tokenize(self, text: str) -> int:
        return self._send_new("tokenize", lambda rid: Tokenize(rid, text))

    def run_task(self, name: str, params: dict[str, Any] | None = None) -> int:
        """Run an engine task (engine/process/tasks.py); TaskProgress events, then TaskResult or Failed."""
        return self._send_new(f"task:{name}", lambda rid: Task(rid, name, dict(params or {})))

    def cancel(self, request_id: int) -> None:
        if request_id in self._pending:
            self._send(Cancel(request_id))

    def busy_with(self, kind: str) -> list[int]:
        return [request_id for request_id, pending in self._pending.items() if pending == kind]

    def _send_new(self, kind: str, make: Any) -> int:
        request_id = self._process.new_request_id()
        self.requests_sent += 1
        self._pending[request_id] = kind
        self._send(make(request_id))
        return request_id

    def _send(self, command: Any) -> None:
        try:
            self._process.send(command)
        except EngineDied as died:
            # The reader thread reports the death too; that path does the recovery.
            log.warning("command not delivered: %s", died)

    # --- events ----------------------------------------------------------------------------------

    @Slot(object, int)
    def _on_arrived(self, event: Event, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(event, Ready):
            self.gpu_offload_supported = event.gpu_offload_supported
            self._after_start()
        elif isinstance(event, Loaded):
            self.info = event.info
            self.model = event.model  # after a failed load, the previous model, loaded again
        elif isinstance(event, Failed) and self._pending.get(event.request_id) == "load":
            self.model = None
        if isinstance(event, Loaded | Unloaded | Finished | Failed | Distribution | Tokens | TaskResult):
            self._pending.pop(event.request_id, None)
        self.received.emit(event)
        self._set_state(self._idle_state())

    def _after_start(self) -> None:
        if self._reload_on_ready and self.model is not None:  # a restart: bring the model back
            self.reload_request = self.load(self.model, self.load_settings)
        self._reload_on_ready = False

    def _idle_state(self) -> str:
        kinds = set(self._pending.values())
        if "load" in kinds:
            return "loading"
        if "chat" in kinds:
            return "generating"
        return "ready" if self.info is not None else "no model"

    @Slot(str, int)
    def _on_lost(self, description: str, generation: int) -> None:
        if generation != self._generation or self._closing:
            return
        log.error("engine died: %s", description)
        pending, self._pending = self._pending, {}
        crashed_while_loading = "load" in pending.values()
        # A crash during a request is followed by one reload; a second one soon after means the model
        # itself kills the engine (a poisoned file): it is then not loaded again automatically.
        now, last = time.monotonic(), self._request_crash_at
        repeated = bool(pending) and last is not None and now - last < REPEAT_CRASH_S
        self._request_crash_at = now if pending else last
        if repeated:
            description += (
                f"; it crashed twice within {REPEAT_CRASH_S:.0f} s while serving this model, "
                "so the model is not loaded again automatically"
            )
        workers = self.load_settings.get("rpc_workers") or []
        if workers and self.model is not None:  # ggml aborts when a worker's connection breaks
            description += (
                f"; the model's layers were on the RPC workers {', '.join(workers)}: "
                "one of them may have stopped or lost its network connection"
            )
        if crashed_while_loading or repeated:
            self.model = None  # reloading a model that kills the engine would only kill it again
        self.info = None
        self.restarts += 1
        self._reload_on_ready = not crashed_while_loading and not repeated
        self._process.stop(timeout=1)
        self.died.emit(description)
        for request_id, kind in pending.items():
            message = f"{description} while loading this model" if kind == "load" else description
            self.received.emit(Failed(request_id, message, kind="model" if kind == "load" else "crash"))
        self._set_state("restarting")
        self.start()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
