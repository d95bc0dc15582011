"""The engine process: one Session, one request at a time, events streamed back to the client.

A reader thread receives commands so that a Cancel reaches a running request at once; everything else
is queued and served in order by the main thread, which alone touches the model.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from engine.core.chat import ChatTemplateError, Message
from engine.core.llama_backend import supports_gpu_offload
from engine.core.llama_types import Cancelled, LoadCancelled
from engine.core.models import ModelError, check_gguf_file, resolve_model
from engine.core.sampling import top_indices
from engine.core.session import Session
from engine.process.protocol import (
    Cancel,
    Chat,
    Command,
    Distribution,
    Event,
    Failed,
    Finished,
    Load,
    Loaded,
    LoadProgress,
    Probe,
    Ready,
    Shutdown,
    Started,
    StepEvent,
    Task,
    TaskProgress,
    TaskResult,
    Tokenize,
    Tokens,
    Unload,
    Unloaded,
)
from engine.process.remote_serving import serve_remote
from engine.process.tasks import TaskContext, run_task
from engine.remote.http import ServerError
from engine.remote.session import RemoteSession, is_server_address

log = logging.getLogger(__name__)


class EngineHost:
    def __init__(self, commands: Connection, events: Connection) -> None:
        self._commands = commands
        self._events = events
        self._queue: queue.Queue[Command] = queue.Queue()
        self._cancelled: set[int] = set()
        self.session: Session | None = None
        self.remote: RemoteSession | None = None  # a model on an inference server, instead of a Session
        self.model_name: str | None = None
        self.load_settings: dict[str, Any] = {}

    def send(self, event: Event) -> None:
        self._events.send(event)

    def cancelled(self, request_id: int) -> Callable[[], bool]:
        return lambda: request_id in self._cancelled

    # --- reader thread ---------------------------------------------------------------------------

    def _read_commands(self) -> None:
        while True:
            try:
                command = self._commands.recv()
            except (EOFError, OSError):  # the client is gone: finish what runs, then exit
                command = Shutdown()
            if isinstance(command, Cancel):
                self._cancelled.add(command.request_id)
                continue
            self._queue.put(command)
            if isinstance(command, Shutdown):
                return

    # --- main loop -------------------------------------------------------------------------------

    def run(self) -> None:
        threading.Thread(target=self._read_commands, name="engine-commands", daemon=True).start()
        self.send(Ready(pid=os.getpid(), gpu_offload_supported=supports_gpu_offload()))
        while True:
            command = self._queue.get()
            if isinstance(command, Shutdown):
                break
            self._serve(command)
        self._close_session()

    def _serve(self, command: Command) -> None:
        request_id = command.request_id
        if request_id in self._cancelled:
            self.send(Failed(request_id, "cancelled before it started", kind="cancelled"))
            if isinstance(command, Load) and self.model_name is not None and self._info() is not None:
                # a load cancelled before it ran changed nothing: say which model is still loaded
                self.send(Loaded(request_id, self.model_name, self._info() or {}))
            self._cancelled.discard(request_id)
            return
        try:
            if self.remote is not None and not isinstance(command, Load | Unload):
                serve_remote(self.remote, command, self.send, self.cancelled(request_id))
            elif isinstance(command, Load) and is_server_address(command.model):
                self._connect(command)
            elif isinstance(command, Load):
                self._load(command)
            elif isinstance(command, Unload):
                self._close_session()
                self.send(Unloaded(request_id))
            elif isinstance(command, Chat):
                self._chat(command)
            elif isinstance(command, Probe):
                self._probe(command)
            elif isinstance(command, Tokenize):
                self._tokenize(command)
            elif isinstance(command, Task):
                self._task(command)
        except LoadCancelled:
            self.send(Failed(request_id, "Loading was cancelled.", kind="cancelled"))
        except Cancelled:
            self.send(Failed(request_id, "Cancelled.", kind="cancelled"))
        except ModelError as error:
            self.send(Failed(request_id, str(error), kind="model"))
        except (ChatTemplateError, ValueError) as error:
            self.send(Failed(request_id, str(error)))
        except Exception as error:  # report, keep serving: one bad request must not end the engine
            log.exception("request %s failed", request_id)
            self.send(Failed(request_id, f"{type(error).__name__}: {error}"))
        finally:
            self._cancelled.discard(request_id)

    def _close_session(self) -> None:
        if self.remote is not None:
            self.remote.close()
            self.remote = None
            self.model_name = None
        if self.session is not None:
            self.session.close()
            self.session = None
            self.model_name = None

    def _info(self) -> dict[str, Any] | None:
        if self.remote is not None:
            return self.remote.info()
        return self.session.info().as_dict() if self.session is not None else None

    def _connect(self, command: Load) -> None:
        """Open a remote session; a server that fails leaves whatever was loaded as it was."""
        try:
            remote = RemoteSession.connect(command.model, str(command.settings.get("api_key_env", "")))
        except ServerError as error:
            loaded = self._info()
            stays = " The model that was loaded stays loaded." if loaded is not None else ""
            self.send(Failed(command.request_id, f"{error}.{stays}", kind="server"))
            if loaded is not None and self.model_name is not None:
                self.send(Loaded(command.request_id, self.model_name, loaded))
            return
        self._close_session()
        self.remote, self.model_name = remote, command.model
        # the variable's name, never the key
        self.load_settings = {"api_key_env": str(command.settings.get("api_key_env", ""))}
        self.send(Loaded(command.request_id, command.model, remote.info()))

    def _load(self, command: Load) -> None:
        """Load `command.model`; a file that fails never costs the user the model that was working."""
        previous = self._current_load()
        try:
            check_gguf_file(resolve_model(command.model))  # cheap checks, before anything is unloaded
        except ModelError as error:
            if previous is None or self.session is None:
                raise
            self.send(Failed(command.request_id, f"{error} The model that was loaded stays loaded.", "model"))
            self.send(Loaded(command.request_id, previous[0], self.session.info().as_dict()))
            return
        self._close_session()
        try:
            self._open(command, command.model, command.settings)
        except (ModelError, LoadCancelled) as error:
            if previous is None:
                raise
            cancelled = isinstance(error, LoadCancelled)
            message = "Loading was cancelled." if cancelled else str(error)
            kind = "cancelled" if cancelled else "model"
            self.send(Failed(command.request_id, f"{message} The previous model is loaded again.", kind))
            self._open(command, *previous, cancellable=False)

    def _current_load(self) -> tuple[str, dict[str, Any]] | None:
        if self.session is None or self.model_name is None:
            return None
        return self.model_name, self.load_settings

    def _open(self, command: Load, model: str, settings: dict[str, Any], cancellable: bool = True) -> None:
        last_percent = -1

        def report(fraction: float) -> bool:
            nonlocal last_percent
            percent = int(fraction * 100)
            if percent != last_percent:
                last_percent = percent
                self.send(LoadProgress(command.request_id, fraction))
            return not cancellable or command.request_id not in self._cancelled

        self.session = Session.open(model, on_progress=report, **settings)
        self.model_name, self.load_settings = model, dict(settings)
        self.send(Loaded(command.request_id, model, self.session.info().as_dict()))

    def _loaded(self) -> Session:
        if self.session is None:
            raise ModelError("No model is loaded.")
        return self.session

    def _prompt(
        self, prompt: str, messages: tuple[tuple[str, str], ...], should_stop: Callable[[], bool]
    ) -> str:
        if not messages:
            return prompt
        return self._loaded().chat_prompt([Message(role, content) for role, content in messages], should_stop)

    def _probe(self, command: Probe) -> None:
        session, should_stop = self._loaded(), self.cancelled(command.request_id)
        prompt = self._prompt(command.prompt, command.messages, should_stop)
        tokens, logits = session.next_logits(prompt, command.prefix, should_stop)
        labelled = {int(token) for token in top_indices(logits, command.label_count)} | set(command.prefix)
        infos = [session.token_info(token) for token in sorted(labelled)]
        self.send(
            Distribution(
                command.request_id,
                logits,
                {info.id: info.text for info in infos},
                frozenset(info.id for info in infos if info.special),
                len(tokens),
                session.detokenize(command.prefix),
            )
        )

    def _tokenize(self, command: Tokenize) -> None:
        infos = self._loaded().tokenize(command.text, add_special=False)
        self.send(Tokens(command.request_id, tuple((info.id, info.text) for info in infos)))

    def _task(self, command: Task) -> None:
        session = self._loaded()
        last_sent = [0.0]

        def report(fraction: float, message: str) -> None:
            now = time.monotonic()
            if now - last_sent[0] >= 0.05 or fraction >= 1.0:  # ~20 updates a second at most
                last_sent[0] = now
                self.send(TaskProgress(command.request_id, fraction, message))

        context = TaskContext(should_stop=self.cancelled(command.request_id), report=report)
        result = run_task(command.name, session, dict(command.params), context)
        self.send(TaskResult(command.request_id, command.name, result))

    def _chat(self, command: Chat) -> None:
        session = self._loaded()
        prompt = self._prompt("", command.messages, self.cancelled(command.request_id))
        generation = session.generate(
            prompt,
            command.sampling,
            max_tokens=command.max_tokens,
            seed=command.seed,
            top_n=command.top_n,
            should_stop=self.cancelled(command.request_id),
            prefix=command.prefix,
            stop=session.chat_stop_strings(),
        )
        started = time.perf_counter()
        self.send(Started(command.request_id, len(generation.prompt_tokens), generation.seed))
        for step in generation:
            self.send(StepEvent(command.request_id, {"index": step.index, **step.as_dict()}, generation.text))
        self.send(
            Finished(
                command.request_id,
                generation.stop_reason or "cancelled",
                generation.text,
                generation.seed,
                len(generation.steps),
                time.perf_counter() - started,
            )
        )


def serve(commands: Connection, events: Connection, log_level: int = logging.WARNING) -> None:
    """The engine process's entry point."""
    logging.basicConfig(level=log_level, format="engine: %(levelname)s %(name)s: %(message)s")
    EngineHost(commands, events).run()
