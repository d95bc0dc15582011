"""The Inside view: the logit lens grid and the prompt shaded by attribution, computed in the engine.

The lens (`inside.lens`) and attribution (`inside.attribute`, occlusion then rollout) run as engine
tasks with progress and cancel; results carry the model that made them and are dropped when another
model is loaded, or when a newer request for the same view was made.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from engine.inside.attribution import Attribution
from engine.inside.lens import LensResult
from engine.process.protocol import Failed, Loaded, TaskProgress, TaskResult, Unloaded
from gui.inside.layout import InsideLayout
from gui.inside.texts import CONTEXT, EMPTY_ATTRIBUTION, attribution_html, signed, visible
from gui.shell.bridge import EngineBridge
from gui.shell.text import integer, number, percent
from gui.shell.widgets import ask_save_path, inputs_state, restore_inputs

SETTINGS_KEY = "views/inside"


class InsidePanel(InsideLayout):
    status_message = Signal(str)

    def __init__(
        self, bridge: EngineBridge, settings: QSettings | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings
        self.lens: LensResult | None = None
        self.occlusion: Attribution | None = None
        self.rollout: Attribution | None = None
        self.result_model: str | None = None  # the model that made what is shown
        self.pending: dict[int, str] = {}  # request id -> "lens" | "occlusion" | "rollout"
        self.request_model: str | None = None
        self.position = 0
        self.attribution_params: dict[str, Any] = {}  # the last occlusion's, reused for its rollout
        self._restore_inputs()
        self._connect()
        bridge.received.connect(self._on_engine_event)
        self._show_lens()
        self._show_attribution()

    def _connect(self) -> None:
        self.lens_button.clicked.connect(lambda _checked=False: self.run_lens())
        self.attribute_button.clicked.connect(lambda _checked=False: self.run_attribution())
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        self.grid.position_chosen.connect(self.select_position)
        self.occlusion_view.highlighted.connect(lambda url: self._hover_unit(url, self.occlusion))
        self.rollout_view.highlighted.connect(lambda url: self._hover_unit(url, self.rollout))
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, chosen=kind: self.export_dialog(chosen))

    def _restore_inputs(self) -> None:
        if self.settings is not None:
            with contextlib.suppress(ValueError):  # a damaged setting: keep the defaults
                restore_inputs(
                    self.remembered_inputs(), json.loads(str(self.settings.value(SETTINGS_KEY, "{}")))
                )

    def _remember_inputs(self) -> None:
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, json.dumps(inputs_state(self.remembered_inputs())))

    # --- requests --------------------------------------------------------------------------------

    def primary_action(self) -> None:
        self.run_lens()

    def explain(self, prompt: str, target: str = "") -> None:
        """Open a prompt and a continuation from another view ("Why this token?"): lens and attribution."""
        self.prompt.setPlainText(prompt)
        self.target.setText(target)
        self.run_lens()
        self.run_attribution()

    def _start(self, name: str, params: dict[str, Any], kind: str) -> int | None:
        if self.bridge.info is None:
            self.status_message.emit(self.tr("Load a model first"))
            return None
        for request, pending_kind in list(self.pending.items()):
            if pending_kind == kind or (kind == "occlusion" and pending_kind == "rollout"):
                self.bridge.cancel(request)  # a newer request for the same view
                del self.pending[request]
        request = self.bridge.run_task(name, params)
        self.pending[request] = kind
        self.request_model = self.bridge.model
        self._set_busy(True, self._kind_text(kind, "running"))
        self._remember_inputs()
        return request

    def _prompt_text(self) -> str | None:
        prompt = self.prompt.toPlainText()
        if not prompt.strip():
            self.status_message.emit(self.tr("Type a prompt first"))
            return None
        return prompt

    def run_lens(self) -> int | None:
        prompt = self._prompt_text()
        if prompt is None:
            return None
        params = {
            "prompt": prompt,
            "target": self.target.text(),
            "top_k": self.top_k.value(),
            "generate": self.generate.value(),
        }
        return self._start("inside.lens", params, "lens")

    def run_attribution(self, method: str = "occlusion") -> int | None:
        if method == "rollout" and self.attribution_params:  # beside the occlusion just shown
            return self._start("inside.attribute", {**self.attribution_params, "method": method}, method)
        prompt = self._prompt_text()
        if prompt is None:
            return None
        self.attribution_params = {
            "prompt": prompt,
            "target": self.target.text(),
            "contrast": self.contrast.text(),
            "unit": str(self.unit.currentData()),
        }
        return self._start("inside.attribute", {**self.attribution_params, "method": method}, method)

    def cancel(self) -> None:
        for request in list(self.pending):
            self.bridge.cancel(request)

    def _set_busy(self, busy: bool, note: str = "") -> None:
        for widget in (self.progress, self.progress_note, self.cancel_button):
            widget.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress_note.setText(note)

    def _kind_text(self, kind: str, state: str, error: str = "") -> str:
        """What the status says about a computation ("lens", "occlusion", "rollout"): running, cancelled
        or failed."""
        texts = {
            ("lens", "running"): self.tr("Running lens…"),
            ("occlusion", "running"): self.tr("Running occlusion…"),
            ("rollout", "running"): self.tr("Running rollout…"),
            ("lens", "cancelled"): self.tr("lens cancelled"),
            ("occlusion", "cancelled"): self.tr("occlusion cancelled"),
            ("rollout", "cancelled"): self.tr("rollout cancelled"),
            ("lens", "failed"): self.tr("lens failed: {error}"),
            ("occlusion", "failed"): self.tr("occlusion failed: {error}"),
            ("rollout", "failed"): self.tr("rollout failed: {error}"),
        }
        return texts.get((kind, state), f"{kind} {state}").format(error=error)

    # --- engine events -----------------------------------------------------------------------------

    @Slot(object)
    def _on_engine_event(self, event: object) -> None:
        if isinstance(event, Loaded | Unloaded):
            self._on_model_changed(event.model if isinstance(event, Loaded) else None)
            return
        request = getattr(event, "request_id", None)
        kind = self.pending.get(request) if isinstance(request, int) else None
        if kind is None:
            return
        if isinstance(event, TaskProgress):
            if event.fraction > 0:
                self.progress.setRange(0, 100)
                self.progress.setValue(round(event.fraction * 100))
            self.progress_note.setText(event.message or self.progress_note.text())
        elif isinstance(event, TaskResult | Failed):
            del self.pending[request]  # type: ignore[arg-type]
            self._set_busy(bool(self.pending))
            if isinstance(event, Failed):
                cancelled = event.kind == "cancelled"
                state = "cancelled" if cancelled else "failed"
                self.status_message.emit(self._kind_text(kind, state, event.message))
            else:
                self._on_result(kind, event.result)

    def _on_result(self, kind: str, result: Any) -> None:
        if self.request_model != self.bridge.model:
            self.status_message.emit(
                self.tr("That result came from a model that is no longer loaded; run it again")
            )
            return
        if self.result_model != self.request_model:
            self.lens = self.occlusion = self.rollout = None
        self.result_model = self.request_model
        if kind == "lens":
            self.lens = result
            self.position = len(result.tokens) - 1
            self._show_lens()
        else:
            setattr(self, kind, result)
            if kind == "occlusion":
                self.rollout = None
                self.run_attribution("rollout")  # the cheap second opinion, beside it
            self._show_attribution()

    def _on_model_changed(self, model: str | None) -> None:
        """What is shown belongs to the model that made it: another model clears it, and says so."""
        if self.result_model is not None and self.result_model != model:
            self.lens = self.occlusion = self.rollout = None
            self.result_model = None
            self.summary.setText(
                self.tr("The results came from another model and were cleared; run them again.")
            )
            self._show_lens()
            self._show_attribution()

    # --- drawing ---------------------------------------------------------------------------------

    def _show_lens(self) -> None:
        self.grid.show_result(self.lens)
        self.lens_empty.setVisible(self.lens is None)
        self.grid.setVisible(self.lens is not None)
        if self.lens is None:
            self.chart.clear()
            return
        self.select_position(self.position)
        result = self.lens
        check = ""
        if result.self_check is not None:
            error = QLocale().toString(float(result.self_check), "e", 1)
            check = self.tr("; last layer vs llama.cpp: max |Δp| {error}").format(error=error)
        summary = self.tr(
            "{layers} layers × {positions} positions ({prompt} of the prompt){check}. "
            "Rows: layers (last on top); columns: positions."
        )
        self.summary.setText(
            summary.format(
                layers=integer(len(result.layers)),
                positions=integer(len(result.tokens)),
                prompt=integer(result.n_prompt),
                check=check,
            )
        )

    def select_position(self, position: int) -> None:
        if self.lens is None or not 0 <= position < len(self.lens.tokens):
            return
        self.position = position
        self.chart.set_data(self.lens, position)
        target = self.lens.text(int(self.lens.target_ids[position]))
        following = self.tr("Following {target} after {token}: p after the last layer {prob}.")
        self.lens_hover.setText(
            following.format(
                target=repr(visible(target)),
                token=repr(visible(self.lens.tokens[position][1])),
                prob=percent(float(self.lens.target_prob[-1, position])),
            )
        )

    def _show_attribution(self) -> None:
        for view, result in ((self.occlusion_view, self.occlusion), (self.rollout_view, self.rollout)):
            if result is None:
                view.setHtml(QCoreApplication.translate(CONTEXT, EMPTY_ATTRIBUTION))
                continue
            spans = [(u.start, u.end, s) for u, s in zip(result.units, result.scores, strict=True)]
            scale = max((abs(s) for s in result.scores), default=0.0)
            view.setHtml(attribution_html(result.prompt, spans, scale, self.palette(), result.method))
        self._fill_scores()

    def _fill_scores(self) -> None:
        shown = self.occlusion or self.rollout
        self.scores.setRowCount(0 if shown is None else len(shown.units))
        if shown is None:
            return
        for row, unit in enumerate(shown.units):
            self.scores.setItem(row, 0, QTableWidgetItem(visible(unit.text)))
            for column, result in ((1, self.occlusion), (2, self.rollout)):
                value = "" if result is None or row >= len(result.scores) else signed(result.scores[row])
                self.scores.setItem(row, column, QTableWidgetItem(value))
        if self.occlusion is not None:
            what = f"log p({self.occlusion.target!r})"
            if self.occlusion.contrast:
                what += f" − log p({self.occlusion.contrast!r})"
            count = len(shown.units)
            units = {
                "word": self.tr("%n word(s)", "", count),
                "token": self.tr("%n token(s)", "", count),
                "sentence": self.tr("%n sentence(s)", "", count),
            }.get(shown.unit, f"{count} {shown.unit}s")
            summary = self.tr(
                "Occlusion of {units}: {what} = {base}; {evaluations} token evaluations with prefix reuse "
                "(naive: {naive})."
            )
            self.summary.setText(
                summary.format(
                    units=units,
                    what=what,
                    base=number(self.occlusion.base_logprob, 3),
                    evaluations=integer(self.occlusion.evaluations),
                    naive=integer(self.occlusion.naive_evaluations),
                )
            )

    def _hover_unit(self, url: QUrl, result: Attribution | None) -> None:
        text = url.toString()
        if result is None or not text.startswith("unit:"):
            return
        unit = result.units[int(text.split(":")[1])]
        score = result.scores[int(text.split(":")[1])]
        if result.method == "occlusion":
            text = self.tr("{unit}: occlusion Δ log p (nats) {score}")
        else:
            text = self.tr("{unit}: rollout share of the attention flow {score}")
        self.attribution_hover.setText(text.format(unit=repr(visible(unit.text)), score=signed(score)))

    # --- export ----------------------------------------------------------------------------------

    def export_dialog(self, kind: str) -> None:
        suffix = kind.split("_")[1]
        path = ask_save_path(self, self.tr("Export"), f"inside-{kind.split('_')[0]}.{suffix}")
        if path is not None:
            self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        """Write what is shown: the grid, chart or attribution as PNG, the numbers as CSV or JSON."""
        what, suffix = kind.split("_")
        source = self.lens if what in ("lens", "chart") else self.occlusion
        if source is None:
            if what == "attribution":
                self.status_message.emit(self.tr("Nothing to export yet: run the attribution"))
            else:
                self.status_message.emit(self.tr("Nothing to export yet: run the lens"))
            return
        if suffix == "png":
            widget = {"lens": self.grid, "chart": self.chart, "attribution": self.attribution_page}[what]
            widget.grab().save(str(path))
        elif suffix == "json":
            data = source.as_json() if what != "attribution" else self._attribution_json()
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        else:
            path.write_text(self._lens_csv() if what == "lens" else self._attribution_csv(), encoding="utf-8")
        self.status_message.emit(self.tr("Saved {name}").format(name=path.name))

    def _attribution_json(self) -> dict[str, Any]:
        return {
            "occlusion": self.occlusion.as_json() if self.occlusion else None,
            "rollout": self.rollout.as_json() if self.rollout else None,
        }

    def _lens_csv(self) -> str:
        assert self.lens is not None
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                "layer",
                "position",
                "token",
                "top",
                "top_prob",
                "target",
                "target_prob",
                "target_rank",
                "entropy_bits",
                "kl_to_final_bits",
            ]
        )
        lens = self.lens
        for slot, layer in enumerate(lens.layers):
            for position, (_id, text) in enumerate(lens.tokens):
                writer.writerow([
                    layer, position, text, lens.text(int(lens.top_ids[slot, position, 0])),
                    f"{lens.top_probs[slot, position, 0]:.6f}", lens.text(int(lens.target_ids[position])),
                    f"{lens.target_prob[slot, position]:.6g}", int(lens.target_rank[slot, position]),
                    f"{lens.entropy_bits[slot, position]:.4f}", f"{lens.kl_to_final[slot, position]:.4f}",
                ])  # fmt: skip
        return buffer.getvalue()

    def _attribution_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["unit", "start", "end", "occlusion_delta_logprob_nats", "rollout_share"])
        shown = self.occlusion or self.rollout
        for row, unit in enumerate(shown.units if shown else []):
            values = [
                "" if result is None else f"{result.scores[row]:.6f}"
                for result in (self.occlusion, self.rollout)
            ]
            writer.writerow([unit.text, unit.start, unit.end, *values])
        return buffer.getvalue()
