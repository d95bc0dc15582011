"""When another model is loaded (or the model is unloaded), the explorer stops showing the old model's
numbers as current: a lesson's prompt is asked again of the new model, anything else is cleared with a
note that says whose it was. Synthetic lessons are model-free and stay.
"""

from __future__ import annotations

from PySide6.QtCore import Slot

from engine.process.protocol import Loaded, Unloaded
from gui.sampling.lessons import ExplorerLessons
from gui.sampling.state import model_title


class ExplorerModelChange(ExplorerLessons):
    """Mixin of `SamplingPanel`: following the loaded model."""

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded):
            self._on_model_changed(event.model)
        elif isinstance(event, Unloaded):
            self._on_model_changed(None)
        else:
            super()._on_engine_event(event)

    def _on_model_changed(self, model: str | None) -> None:
        previous, self.loaded_model = self.loaded_model, model
        self._write_model_notice()
        if model == previous:
            return  # the same model again (after an engine restart): its numbers still hold
        self._pending_lookups = {}
        self._pending_pieces = {}
        self.piece_logits = {}
        if self.synthetic is not None:
            return
        if self.lesson is not None and model is not None:
            self.open_lesson(self.lesson.id)  # a lesson's prompt, asked again of the model now loaded
            return
        self._retokenize_watched()
        if self.steps_model is not None and self.steps:
            self._clear_for(model)

    def _clear_for(self, model: str | None) -> None:
        """Forget the steps of the model that is gone, and say so where they were shown."""
        gone = model_title(self.steps_model)
        if model:
            now = self.tr("{model} is loaded now: press <b>Start</b> to ask it").format(
                model=model_title(model)
            )
        else:
            now = self.tr("No model is loaded")
        self.empty_note = self.tr("The distribution from {model} was cleared. {now}.").format(
            model=gone, now=now
        )
        self.steps = []
        self.path = []
        self.samples = None
        self.marked_token = None
        self.steps_model = None
        self._pending_probe = None
        self._run_remaining = 0
        self._set_busy(False)
        self.clear_selection()
        self.refresh()
