"""Which model made the run shown: a line above every result tab, a warning once another model is
loaded (or none), so that no number outlives its model unmarked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from gui.promptlab.base import PanelPart
from gui.promptlab.notes import NoteLabel
from gui.shell.bridge import EngineBridge


def model_words(name: str, path: str | None) -> str:
    """The model's name and file: two quantizations of one model share a name."""
    return f"{name} ({Path(path).name})" if path else name


def same_model(result: dict[str, Any], info: dict[str, Any] | None) -> bool:
    if info is None:
        return False
    if result.get("model_path") and info.get("path"):
        return bool(result["model_path"] == info["path"])
    return bool(result.get("model") == info.get("name"))  # runs saved before the path was stored


class ResultOrigin(PanelPart):
    """The origin line, kept true as models are loaded and unloaded."""

    bridge: EngineBridge

    def _build_origin(self) -> QWidget:
        self.origin = NoteLabel()
        self.origin.setToolTip(self.tr("The model, dataset and seed of the run shown in the tabs below"))
        return self.origin

    def origin_note(self, result: dict[str, Any] | None, info: dict[str, Any] | None) -> tuple[str, bool]:
        """The origin line of `result` with `info` loaded, and whether it warns."""
        if result is None:
            return self.tr("No run shown yet: each result is marked with the model that made it."), False
        made_by = model_words(str(result.get("model", self.tr("an unknown model"))), result.get("model_path"))
        facts = self.tr("{dataset}, %n examples, seed {seed}", "", int(result["evaluated"])).format(
            dataset=result["dataset"], seed=result.get("seed", 0)
        )
        if same_model(result, info):
            return self.tr("Run on {model}: {facts}.").format(model=made_by, facts=facts), False
        if info is None:
            return self.tr("From {model} ({facts}); no model is loaded now.").format(
                model=made_by, facts=facts
            ), True
        loaded = model_words(str(info.get("name", "")), info.get("path"))
        return self.tr(
            "From {model} ({facts}), not the loaded model {loaded}: run again to score with it."
        ).format(model=made_by, facts=facts, loaded=loaded), True

    def update_origin(self) -> None:
        text, warning = self.origin_note(self.result, self.bridge.info)
        self.origin.set_note(text, warning)
        if self.result is not None:
            path = self.result.get("model_path") or self.tr("not recorded")
            self.origin.setToolTip(self.tr("Model file: {path}").format(path=path))

    @Slot(str)
    def on_bridge_state(self, _state: str) -> None:
        self.update_origin()
