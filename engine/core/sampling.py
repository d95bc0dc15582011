"""The sampling chain in numpy, with llama.cpp's semantics, reporting what each stage removed.

Every stage works on the logits that survive the stages before it, exactly as llama.cpp's
`llama_sampler_*` do (tests compare both on real logits):

- temperature: divides the surviving logits by T; T <= 0 keeps only the most probable token (greedy).
- top_k: keeps the k highest logits; k <= 0 is off.
- typical_p: locally typical sampling; 1.0 is off.
- top_p: keeps the smallest most-probable prefix whose cumulative probability reaches p; 1.0 is off.
- min_p: keeps tokens whose probability is at least p times the top one's; 0 is off.

The order is configurable. llama.cpp's default puts temperature last; many lectures put it first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

STAGES = ("temperature", "top_k", "typical_p", "top_p", "min_p")
LLAMA_ORDER = ("top_k", "typical_p", "top_p", "min_p", "temperature")


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    min_p: float = 0.0
    typical_p: float = 1.0
    order: tuple[str, ...] = LLAMA_ORDER

    def __post_init__(self) -> None:
        unknown = [stage for stage in self.order if stage not in STAGES]
        if unknown:
            raise ValueError(f"unknown sampling stage(s) {unknown}; known: {', '.join(STAGES)}")
        if len(set(self.order)) != len(self.order):
            raise ValueError("each sampling stage may appear once in the order")
        if self.top_k < 0:
            raise ValueError("top-k must be 0 (off) or a positive integer")
        for name in ("top_p", "min_p", "typical_p"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name.replace('_', '-')} must be between 0 and 1, got {value}")
        if self.temperature < 0:
            raise ValueError("temperature must be 0 (greedy) or positive")

    @classmethod
    def llama_defaults(cls) -> SamplingSettings:
        """llama.cpp's defaults: top-k 40, top-p 0.95, min-p 0.05, temperature 0.8 (applied last)."""
        return cls(temperature=0.8, top_k=40, top_p=0.95, min_p=0.05)

    def with_order(self, order: tuple[str, ...]) -> SamplingSettings:
        """The same settings with `order` first and the remaining stages after it, in llama.cpp order."""
        rest = tuple(stage for stage in LLAMA_ORDER if stage not in order)
        return replace(self, order=tuple(order) + rest)

    @property
    def is_greedy(self) -> bool:
        return self.temperature <= 0


@dataclass
class ChainResult:
    """One step's distribution before and after the chain, for the whole vocabulary."""

    logits: np.ndarray  # raw logits, float32
    probs: np.ndarray  # softmax of the raw logits, float32
    probs_after: np.ndarray  # renormalized after the chain; 0 where removed
    removed_by: np.ndarray  # int8 index into STAGES of the stage that removed a token; -1 = kept
    settings: SamplingSettings
    entropy_bits: float  # of the raw distribution, before the chain
    head: np.ndarray  # ids of the most probable tokens, most probable first

    @property
    def entropy_after_bits(self) -> float:
        """Entropy of the distribution the chain leaves, the one a token is drawn from."""
        return entropy_of(self.probs_after)

    def top(self, count: int) -> np.ndarray:
        """Ids of the `count` most probable tokens, most probable first."""
        return self.head[:count] if count <= self.head.size else top_indices(self.logits, count)

    @property
    def kept(self) -> np.ndarray:
        return np.flatnonzero(self.removed_by < 0)

    def removed_stage(self, token: int) -> str | None:
        index = int(self.removed_by[token])
        return None if index < 0 else STAGES[index]

    def rank(self, token: int) -> int:
        """1 = most probable under the raw distribution."""
        return rank_of(self.logits, token)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Softmax in float32 (as llama.cpp computes it; half the cost of float64 on a large vocabulary)."""
    values = np.asarray(logits, dtype=np.float32)
    weights = np.exp(values - values.max())
    return weights / weights.sum()


def softmax_and_entropy(logits: np.ndarray) -> tuple[np.ndarray, float]:
    """Softmax and its entropy in bits from one exp pass: H = log Z - sum(p * (l - max))."""
    shifted = np.asarray(logits, dtype=np.float32) - np.float32(np.max(logits))
    weights = np.exp(shifted)
    total = weights.sum(dtype=np.float64)
    probs = weights / np.float32(total)
    # a token with logit -inf (a server's top-N leaves the rest unknown) has p = 0 and adds nothing
    finite = np.isfinite(shifted)
    dot = float(np.dot(probs, shifted)) if finite.all() else float(np.dot(probs[finite], shifted[finite]))
    entropy_nats = np.log(total) - dot
    return probs, float(entropy_nats / np.log(2.0))


def entropy_of(probs: np.ndarray) -> float:
    """Entropy in bits of a probability vector (zeros, the removed tokens, contribute nothing)."""
    kept = probs[probs > 0].astype(np.float64)
    return float(-(kept * np.log2(kept)).sum())


def rank_of(values: np.ndarray, token: int) -> int:
    """1 + the number of tokens strictly more probable (values may be logits or probabilities)."""
    return int(np.count_nonzero(values > values[token])) + 1


def top_indices(values: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` largest values, largest first; ties go to the lower index.

    Exact and cheaper than an argpartition of the whole row: the count-th largest value of every
    16th entry is a threshold that at least `count` entries reach, so only those few are sorted."""
    count = min(count, values.size)
    if count <= 0:
        return np.empty(0, dtype=np.int64)
    size = values.size
    if size >= 64 * count:
        sample = values[::16]
        threshold = np.partition(sample, sample.size - count)[sample.size - count]
        part = np.flatnonzero(values >= threshold)
    else:
        part = np.arange(size)
    if part.size > count:  # keep the `count` largest, lower indices first among equal values
        order = np.lexsort((part, -values[part]))[:count]
        return part[order]
    return part[np.argsort(-values[part], kind="stable")]


def _cumulative_prefix(logits: np.ndarray, p: float) -> np.ndarray:
    """Positions of the smallest most-probable prefix whose probability sum reaches p.

    The sum runs in float32 in decreasing order, as in llama.cpp, so the two agree on which
    token crosses p even when the boundary is within float32 rounding.
    """
    exps = np.exp(logits - logits.max(), dtype=np.float32)
    probs = exps / np.cumsum(exps, dtype=np.float32)[-1]  # sequential sum, as llama.cpp's softmax
    threshold = np.float32(p)
    count = 64
    while True:
        order = top_indices(probs, count)
        cumulative = np.cumsum(probs[order], dtype=np.float32)
        reached = np.flatnonzero(cumulative >= threshold)
        if reached.size:
            return order[: reached[0] + 1]
        if count >= probs.size:
            return order
        count *= 4


def _typical_keep(logits: np.ndarray, p: float) -> np.ndarray:
    """Locally typical set, in float32 with sums in decreasing-probability order (as llama.cpp)."""
    order = np.argsort(-logits, kind="stable")
    exps = np.exp(logits[order] - logits[order[0]], dtype=np.float32)
    probs = exps / np.cumsum(exps, dtype=np.float32)[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        log_probs = np.log(probs)
        entropy = np.cumsum(np.nan_to_num(-probs * log_probs), dtype=np.float32)[-1]
    surprise_gap = np.abs(-log_probs - entropy)
    by_gap = np.argsort(surprise_gap, kind="stable")
    cumulative = np.cumsum(probs[by_gap], dtype=np.float32)
    over = np.flatnonzero(cumulative > np.float32(p))
    last = over[0] + 1 if over.size else by_gap.size
    return order[by_gap[:last]]


HEAD_SIZE = 256  # the most probable tokens, sorted once per step and reused by top-k and reports


def _stage_keep(
    stage: str, logits: np.ndarray, settings: SamplingSettings, head: np.ndarray | None
) -> np.ndarray | None:
    """Positions (into `logits`, the survivors) that `stage` keeps, or None when it keeps all.

    `head` is the sorted top of `logits` when the survivors are still the whole vocabulary.
    """
    if stage == "temperature":
        return np.array([int(np.argmax(logits))]) if settings.is_greedy else None
    if stage == "top_k":
        k = settings.top_k
        if not 0 < k < logits.size:
            return None
        return head[:k] if head is not None and k <= head.size else top_indices(logits, k)
    if stage == "top_p":
        return _cumulative_prefix(logits, settings.top_p) if settings.top_p < 1.0 else None
    if stage == "min_p":
        if settings.min_p <= 0.0:
            return None
        return np.flatnonzero(logits >= logits.max() + np.log(np.float32(settings.min_p)))
    if stage == "typical_p":
        return _typical_keep(logits, settings.typical_p) if settings.typical_p < 1.0 else None
    raise ValueError(f"unknown stage {stage}")


def apply_chain(logits: np.ndarray, settings: SamplingSettings) -> ChainResult:
    """Run the chain over a full logits row; nothing is called on the model."""
    raw = np.asarray(logits, dtype=np.float32)
    head = top_indices(raw, HEAD_SIZE)
    alive: np.ndarray | None = None  # None: every token is still in
    working = raw
    removed_by = np.full(raw.size, -1, dtype=np.int8)
    for stage in settings.order:
        keep = _stage_keep(stage, working, settings, head if alive is None else None)
        if keep is not None and keep.size < working.size:
            keep = np.sort(keep)
            if alive is None:
                removed_by[:] = STAGES.index(stage)
                alive = keep
            else:
                removed_by[alive] = STAGES.index(stage)
                alive = alive[keep]
            removed_by[alive] = -1
            working = working[keep]
        if stage == "temperature" and not settings.is_greedy and settings.temperature != 1.0:
            working = working / np.float32(settings.temperature)
    probs, entropy = softmax_and_entropy(raw)
    if working is raw:
        probs_after = probs
    else:
        probs_after = np.zeros(raw.size, dtype=np.float32)
        probs_after[slice(None) if alive is None else alive] = softmax(working)
    return ChainResult(raw, probs, probs_after, removed_by, settings, entropy, head)


def renormalized(ids: np.ndarray, logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The finite entries of `logits` (those a sampler kept) and their softmax, as a dist sampler draws."""
    finite = np.isfinite(logits)
    ids, logits = ids[finite], logits[finite]
    weights = np.exp(logits - logits.max())
    return ids, weights / weights.sum()


def sample_token(result: ChainResult, rng: np.random.Generator) -> int:
    kept = result.kept
    if kept.size == 1:
        return int(kept[0])
    return int(rng.choice(kept, p=result.probs_after[kept] / result.probs_after[kept].sum()))


def stage_input(logits: np.ndarray, settings: SamplingSettings, stage: str) -> np.ndarray:
    """The distribution `stage` works on: the raw one after the stages before it in the order (0 where
    they removed a token), so a chart can draw, for example, the cumulative curve top-p really sees."""
    before = settings.order[: settings.order.index(stage)] if stage in settings.order else settings.order
    return apply_chain(logits, replace(settings, order=tuple(before))).probs_after


def min_p_threshold(raw_probs: np.ndarray, settings: SamplingSettings) -> float | None:
    """The raw probability below which min-p removes a token, or None when min-p is off.

    Min-p keeps p_i >= min_p * p_max on the distribution it sees; ratios survive renormalisation, and a
    temperature T applied before it turns the condition into raw p_i / p_max >= min_p ** T.
    """
    if settings.min_p <= 0.0:
        return None
    order = settings.order
    tempered_first = order.index("temperature") < order.index("min_p")
    if tempered_first and settings.is_greedy:
        return None
    exponent = settings.temperature if tempered_first else 1.0
    return float(raw_probs.max()) * settings.min_p**exponent


def temperature_sweep(
    logits: np.ndarray, settings: SamplingSettings, temperatures: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Entropy (bits) and top-1 probability of the final distribution for each temperature."""
    entropies, top1 = [], []
    for temperature in temperatures:
        final = apply_chain(logits, replace(settings, temperature=float(temperature))).probs_after
        entropies.append(entropy_of(final))
        top1.append(float(final.max()))
    return np.array(entropies), np.array(top1)


def sample_counts(result: ChainResult, draws: int, seed: int) -> dict[int, int]:
    """How often each token comes up in `draws` seeded draws from the final distribution."""
    kept = result.kept
    weights = result.probs_after[kept].astype(np.float64)
    rng = np.random.default_rng(seed)
    drawn = rng.choice(kept, size=draws, p=weights / weights.sum())
    tokens, counts = np.unique(drawn, return_counts=True)
    return {int(token): int(count) for token, count in zip(tokens, counts, strict=True)}
