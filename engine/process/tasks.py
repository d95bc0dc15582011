"""Named engine tasks (attention capture, embeddings, prompt scoring ...) behind one generic request.

A task is a function `(session, params, context) -> result` living in its feature module; the engine
process runs it for a `Task` command and sends back `TaskProgress` events and one `TaskResult`. The
result must be picklable (dicts, lists, numpy arrays, frozen dataclasses). The CLI calls the same
functions in-process with `TaskContext()`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from engine.core.llama_types import Cancelled

if TYPE_CHECKING:
    from engine.core.session import Session


@dataclass
class TaskContext:
    """What a running task may ask of its caller: whether to stop, and where to report progress."""

    should_stop: Callable[[], bool] = field(default=lambda: False)
    report: Callable[[float, str], None] = field(default=lambda fraction, message: None)

    def progress(self, fraction: float, message: str = "") -> None:
        self.report(min(max(fraction, 0.0), 1.0), message)

    def check(self) -> None:
        """Raise Cancelled when the caller asked to stop (call between units of work)."""
        if self.should_stop():
            raise Cancelled("cancelled")


TaskFunction = Callable[["Session", dict[str, Any], TaskContext], Any]

# name -> "module:function". Imported on first use, so the engine starts without every feature.
TASKS: dict[str, str] = {
    "chat.default_system": "engine.core.chat:default_system_task",
    "chat.render": "engine.core.chat:render_task",
    "core.tune_threads": "engine.core.thread_tuning:tune_task",
    "promptlab.compare": "engine.promptlab.runner:compare_task",
    "promptlab.render": "engine.promptlab.runner:render_task",
    "attention": "engine.attention.capture:attention_task",
    "embeddings.prepare": "engine.embeddings.tasks:task_prepare",
    "embeddings.neighbors": "engine.embeddings.tasks:task_neighbors",
    "embeddings.similarity": "engine.embeddings.tasks:task_similarity",
    "embeddings.context": "engine.embeddings.tasks:task_context",
    "embeddings.map": "engine.embeddings.tasks:task_map",
    "inside.lens": "engine.inside.tasks:lens_task",
    "inside.attribute": "engine.inside.tasks:attribute_task",
    "scoring.score": "engine.scoring.score:score_task",
    "scoring.compare": "engine.scoring.compare:compare_task",
    "scoring.quantize": "engine.scoring.quantize:quantize_task",
}


def task_function(name: str) -> TaskFunction:
    try:
        target = TASKS[name]
    except KeyError:
        raise ValueError(f"unknown engine task '{name}'") from None
    module_name, function_name = target.split(":")
    function: TaskFunction = getattr(importlib.import_module(module_name), function_name)
    return function


def run_task(name: str, session: Session, params: dict[str, Any], context: TaskContext | None = None) -> Any:
    return task_function(name)(session, params, context or TaskContext())
