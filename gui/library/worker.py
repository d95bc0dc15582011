"""Hub work off the GUI thread: one function in a Python thread, its answer back through queued signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from engine.core.models import ModelError
from engine.library.hub_access import HubError


class Worker(QObject):
    """Runs one function in a Python thread; its result or error comes back as a queued signal."""

    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(object)

    def start(self, function: Callable[[], Any]) -> None:
        threading.Thread(target=self._run, args=(function,), daemon=True).start()

    def _run(self, function: Callable[[], Any]) -> None:
        try:
            result = function()
        except (HubError, ModelError, OSError) as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a thread's error must reach the window, whatever it is
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished.emit(result)
