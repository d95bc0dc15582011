"""Captured attention maps as plain data: what the engine sends and the views draw.

No llama.cpp here: the GUI process unpickles these without loading the engine's native code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

UNNAMED = "other text"  # prompt text outside every named part (e.g. the ### between few-shot examples)
GENERATED = "generated"  # tokens the capture generated after the prompt


@dataclass(frozen=True)
class Section:
    """A named part of a prompt (system text, a few-shot example, the query, the chat template's own
    text), as token ranges. One part may come back several times: the template's markers sit between
    every pair of messages."""

    name: str
    spans: tuple[tuple[int, int], ...]  # [start, end) token ranges, in order, not overlapping

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def indices(self) -> np.ndarray:
        ranges = [np.arange(start, end, dtype=np.int64) for start, end in self.spans]
        return np.concatenate(ranges) if ranges else np.zeros(0, dtype=np.int64)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "spans": list(self.spans)}


def sections_from_owners(owners: list[str]) -> list[Section]:
    """The sections of a prompt whose token i belongs to the part named owners[i], in order of their
    first token; neighbouring tokens of one part form one span."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for index, name in enumerate(owners):
        runs = spans.setdefault(name, [])
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return [Section(name, tuple(runs)) for name, runs in spans.items()]


def complete_sections(
    sections: list[Section], n_prompt: int, n_total: int, unnamed: str = UNNAMED
) -> list[Section]:
    """`sections` extended so that every token belongs to exactly one (the first that holds it):
    prompt tokens outside them form `unnamed`, generated tokens form "generated". Without any
    section there is nothing to split, and nothing is returned."""
    if not sections:
        return []
    owners: list[str | None] = [None] * n_total
    for section in sections:
        for index in section.indices():
            if index < n_total and owners[index] is None:
                owners[index] = section.name
    filled = [
        name if name is not None else (unnamed if index < n_prompt else GENERATED)
        for index, name in enumerate(owners)
    ]
    return sections_from_owners(filled)


@dataclass
class AttentionMaps:
    """weights[i, j, q, k]: attention of query token q to key token k in layers[i], heads[j].

    Rows are zero above the diagonal (the causal mask) and sum to 1 over the keys k <= q.
    """

    tokens: list[tuple[int, str]]  # (id, readable text) of every position
    n_prompt: int  # positions 0..n_prompt-1 are the prompt; later ones were generated
    n_layers: int
    n_heads: int
    n_kv_heads: int
    layers: list[int]
    heads: list[int]
    weights: np.ndarray  # float16 (len(layers), len(heads), n, n)
    architecture: str = ""
    sliding_window: int | None = None
    swa_layers: list[int] = field(default_factory=list)  # layers that see only the last W keys
    sections: list[Section] = field(default_factory=list)
    _entropy: dict[int, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_tokens(self) -> int:
        return len(self.tokens)

    def layer_index(self, layer: int) -> int:
        return self.layers.index(layer)

    def matrix(self, layer: int, head: int | None) -> np.ndarray:
        """One head's (q x k) matrix as float32, or the mean over the captured heads (head=None)."""
        maps = self.weights[self.layer_index(layer)]
        if head is None:
            return maps.astype(np.float32).mean(axis=0)
        return maps[self.heads.index(head)].astype(np.float32)

    def head_entropy_bits(self, layer: int) -> np.ndarray:
        """Mean entropy (bits) of each captured head's rows: low = focused, high = spread out.
        Computed once per layer: the view asks again on every hover."""
        if layer not in self._entropy:
            maps = self.weights[self.layer_index(layer)].astype(np.float32)
            with np.errstate(divide="ignore", invalid="ignore"):
                terms = np.where(maps > 0, -maps * np.log2(maps), 0.0)
            self._entropy[layer] = np.asarray(terms.sum(axis=-1).mean(axis=-1))
        return self._entropy[layer]

    def section_matrix(self, layer: int, head: int | None) -> np.ndarray:
        """(sections x sections): for queries in section a, the mean total weight on keys in section b.
        The sections hold every token once, so each row sums to 1."""
        matrix = self.matrix(layer, head)
        keys = [section.indices() for section in self.sections]
        result = np.zeros((len(self.sections), len(self.sections)), dtype=np.float32)
        for a, queries in enumerate(keys):
            rows = matrix[queries]
            for b, columns in enumerate(keys):
                result[a, b] = rows[:, columns].sum(axis=1).mean()
        return result

    def is_sliding(self, layer: int) -> bool:
        return layer in self.swa_layers

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON: heads[h][q][k] for k <= q only (the causal triangle, rows of growing length)."""
        return {
            "tokens": [{"id": token, "text": text} for token, text in self.tokens],
            "n_prompt": self.n_prompt,
            "n_layers": self.n_layers,
            "n_heads": self.n_heads,
            "n_kv_heads": self.n_kv_heads,
            "sliding_window": self.sliding_window,
            "sliding_window_layers": self.swa_layers,
            "layers": [
                {
                    "layer": layer,
                    "heads": [
                        [[round(float(w), 6) for w in row[: q + 1]] for q, row in enumerate(head_maps)]
                        for head_maps in self.weights[index].astype(np.float32)
                    ],
                }
                for index, layer in enumerate(self.layers)
            ],
            "heads": self.heads,
            "sections": [section.as_dict() for section in self.sections],
        }

    def as_arrays(self) -> dict[str, np.ndarray]:
        """What `--out FILE.npz` writes."""
        return {
            "weights": self.weights,
            "token_ids": np.array([token for token, _ in self.tokens], dtype=np.int64),
            "token_texts": np.array([text for _, text in self.tokens], dtype=str),
            "layers": np.array(self.layers, dtype=np.int64),
            "heads": np.array(self.heads, dtype=np.int64),
            "n_prompt": np.array(self.n_prompt),
        }
