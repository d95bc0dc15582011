"""The client side of the engine process: start it, send commands, receive events, notice its death.

Qt-free, so tests and scripts can drive the engine process directly; the GUI wraps it in a bridge.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import signal
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from engine.process.protocol import Command, Event, Shutdown


def _serve_in_child(commands: Connection, events: Connection, log_level: int) -> None:
    # Imported here, in the child only: the client's process (the GUI) never loads llama.cpp.
    from engine.process.host import serve

    serve(commands, events, log_level)


class EngineDied(Exception):
    """The engine process ended (crash, kill or exit) while the client still needed it."""


class EngineProcess:
    """One engine child process. `start` again after it died to get a fresh one."""

    def __init__(self, log_level: int = logging.WARNING) -> None:
        self._log_level = log_level
        self._ids = itertools.count(1)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._commands: Connection | None = None
        self._events: Connection | None = None

    def new_request_id(self) -> int:
        return next(self._ids)

    def start(self) -> None:
        # spawn, not fork: the GUI process has threads and Qt state a forked child must not inherit.
        context = multiprocessing.get_context("spawn")
        command_reader, command_writer = context.Pipe(duplex=False)
        event_reader, event_writer = context.Pipe(duplex=False)
        process = context.Process(
            target=_serve_in_child,
            args=(command_reader, event_writer, self._log_level),
            name="lanterna-engine",
            daemon=True,
        )
        process.start()
        command_reader.close()  # the child holds its own copies; ours would hide its death (no EOF)
        event_writer.close()
        self._process, self._commands, self._events = process, command_writer, event_reader

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def send(self, command: Command) -> None:
        if self._commands is None:
            raise EngineDied("the engine is not running")
        try:
            self._commands.send(command)
        except (BrokenPipeError, ConnectionResetError, OSError) as error:
            raise EngineDied(self.death_description()) from error

    def receive(self, timeout: float | None = None) -> Event | None:
        """The next event, None after `timeout` seconds; EngineDied when the process has gone."""
        if self._events is None:
            raise EngineDied("the engine is not running")
        try:
            if timeout is not None and not self._events.poll(timeout):
                return None
            event: Event = self._events.recv()
            return event
        except (EOFError, OSError) as error:
            raise EngineDied(self.death_description()) from error

    def death_description(self) -> str:
        """How the process ended, in words."""
        process = self._process
        if process is None:
            return "the engine was never started"
        process.join(timeout=2)
        code = process.exitcode
        if code is None:
            return "the engine stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            reason = {
                "SIGKILL": "it was killed (SIGKILL; the system may have run out of memory)",
                "SIGSEGV": "it crashed (segmentation fault in native code)",
                "SIGABRT": "it aborted (a failed check in llama.cpp)",
            }.get(name, f"it was stopped by {name}")
            return f"the engine process ended: {reason}"
        return f"the engine process exited with code {code}"

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the engine to shut down; kill it if it does not within `timeout` seconds."""
        process = self._process
        if process is None:
            return
        try:
            if process.is_alive() and self._commands is not None:
                self._commands.send(Shutdown())
        except OSError:
            pass
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join(timeout)
        for connection in (self._commands, self._events):
            if connection is not None:
                connection.close()
        self._process = self._commands = self._events = None

    def kill(self) -> None:
        """End the process at once (tests use this to play a crash)."""
        if self._process is not None and self._process.is_alive():
            self._process.kill()


def process_memory_bytes(pid: int | None) -> int | None:
    """Resident memory of a process (Linux /proc); None where that cannot be read."""
    if pid is None or not sys.platform.startswith("linux"):
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None
