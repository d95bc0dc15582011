"""The embeddings view's exports: each view's numbers as CSV, its chart as PNG."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from gui.embeddings.charts import LayerCosineChart, SimilarityHeatmap, TokenMapChart
from gui.embeddings.requests import EmbeddingsRequests
from gui.shell.widgets import ask_save_path


class EmbeddingsExports(EmbeddingsRequests):
    """A base of EmbeddingsPanel: writes what the views show (the views fill these results)."""

    result: dict[str, Any] | None  # the neighbours shown
    map_result: dict[str, Any] | None
    similarity_result: dict[str, Any] | None
    context_result: dict[str, Any] | None
    token_map: TokenMapChart
    heatmap: SimilarityHeatmap
    layer_chart: LayerCosineChart

    def export(self, view: str, kind: str, path: Path) -> None:
        """Write a view as CSV (its numbers) or PNG (its chart)."""
        if kind == "png":
            chart = {"map": self.token_map, "similarity": self.heatmap, "context": self.layer_chart}[view]
            chart.export_png(path)
        else:
            rows = self._csv_rows(view)
            with path.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows(rows)
        self.status_message.emit(self.tr("Exported to {path}").format(path=path))

    def _csv_rows(self, view: str) -> list[list[Any]]:
        if view == "neighbours" and self.result is not None:
            return [["rank", "id", "token", "cosine", "distance"]] + [
                [rank, item["id"], item["text"], item["cosine"], item["distance"]]
                for rank, item in enumerate(self.result["neighbors"], start=1)
            ]
        if view == "similarity" and self.similarity_result is not None:
            texts = self.similarity_result["texts"]
            return [["text", *texts]] + [
                [text, *row] for text, row in zip(texts, self.similarity_result["matrix"], strict=True)
            ]
        if view == "context" and self.context_result is not None:
            pairs = self.context_result["pairs"]
            header = ["layer"] + [f"cosine {pair['a'] + 1} vs {pair['b'] + 1}" for pair in pairs]
            rows: list[list[Any]] = [["embedding", *[pair["embedding_cosine"] for pair in pairs]]]
            rows += [
                [layer, *[pair["cosine"][layer] for pair in pairs]] for layer in self.context_result["layers"]
            ]
            return [header, *rows]
        raise ValueError("nothing to export yet")

    def has_data(self, view: str) -> bool:
        shown = {
            "neighbours": self.result,
            "map": self.map_result,
            "similarity": self.similarity_result,
            "context": self.context_result,
        }
        return shown.get(view) is not None

    def export_dialog(self, view: str, kind: str) -> None:
        if not self.has_data(view):
            self.status_message.emit(self.tr("Nothing to export yet"))
            return
        path = ask_save_path(self, self.tr("Export"), f"embeddings-{view}.{kind}")
        if path is not None:
            self.export(view, kind, path)
