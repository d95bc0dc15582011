"""Prompt lab: compare zero-shot, few-shot and chain-of-thought prompts on labelled examples.

For each example and each label, the model scores the label word as a continuation of the prompt:
log P(label | prompt) is the sum of the label tokens' log-probabilities by teacher forcing (log-softmax
in float64 over the whole vocabulary), and the label probabilities are these, normalised over the label
set; the prediction is the most probable label. Nothing about the model changes: only the prompt.

Speed: the prompt's shared prefix (instructions and shots) is tokenized once and evaluated once; its
KV cache is kept while every example's suffix and label tokens are evaluated after it.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.core.chat import Message
from engine.process.tasks import TaskContext
from engine.promptlab.data import Dataset, dataset_from_dict, load_dataset
from engine.promptlab.metrics import baselines, spread, summarize
from engine.promptlab.templates import (
    RenderedPrompt,
    Template,
    TemplateError,
    plan_shots,
    render_prompt,
    template_from_dict,
    template_from_spec,
    with_shots,
)

if TYPE_CHECKING:
    from engine.core.llama_backend import LlamaModel
    from engine.core.session import Session


def token_logprob_sum(rows: np.ndarray, token_ids: Sequence[int]) -> float:
    """Σ_i log softmax(rows[i])[token_ids[i]], in float64."""
    logits = np.asarray(rows, dtype=np.float64)
    peak = logits.max(axis=1)
    log_norm = peak + np.log(np.exp(logits - peak[:, None]).sum(axis=1))
    return float(sum(logits[i, token] - log_norm[i] for i, token in enumerate(token_ids)))


def normalise(logprobs: Sequence[float]) -> np.ndarray:
    values = np.asarray(logprobs, dtype=np.float64)
    values = np.exp(values - values.max())
    return np.asarray(values / values.sum())


class LabelScorer:
    """Log-probability of each label's tokens after `prefix + suffix`, by teacher forcing.

    With `reuse_prefix` the prefix is decoded once (one batch after an empty cache) and kept: each
    example drops what follows it and decodes only its suffix. Without it (the naive baseline) the
    cache is emptied and the prefix decoded again before every label. Both paths split the decode
    batches the same way ([prefix] [suffix but its last token] [last token + label tokens]), so they
    give the same numbers; only the time differs.
    """

    def __init__(
        self, model: LlamaModel, reuse_prefix: bool = True, should_stop: Callable[[], bool] | None = None
    ) -> None:
        self.model = model
        self.reuse_prefix = reuse_prefix
        self.should_stop = should_stop
        self._held_prefix: list[int] | None = None

    def invalidate(self) -> None:
        """Someone else used the model (a generation): the held prefix is no longer known."""
        self._held_prefix = None

    def label_logprobs(
        self, prefix: list[int], suffix: list[int], labels: Sequence[Sequence[int]]
    ) -> list[float]:
        context = prefix + suffix
        if not context:
            raise TemplateError("the prompt is empty")
        longest = len(context) + max(len(ids) for ids in labels) - 1
        if longest > self.model.n_ctx:
            raise TemplateError(f"a prompt of {longest} tokens does not fit the context ({self.model.n_ctx})")
        if self.reuse_prefix and self._held_prefix == prefix:
            self.model.forget_from(len(prefix))
        totals = []
        for ids in labels:
            if not self.reuse_prefix or self._held_prefix != prefix:
                self._hold(prefix)
            rows = self.model.logits_rows(context + list(ids[:-1]), len(ids), self.should_stop)
            totals.append(token_logprob_sum(rows, ids))
        return totals

    def _hold(self, prefix: list[int]) -> None:
        self.model.forget_from(0)
        if prefix:
            self.model.evaluate(prefix, self.should_stop)
        self._held_prefix = list(prefix)


@dataclass
class Run:
    """What one comparison needs: the session, the dataset, token ids of the label words, progress."""

    session: Session
    dataset: Dataset
    evaluated: list[int]
    seed: int
    scorer: LabelScorer
    context: TaskContext
    total_units: int
    done_units: int = 0

    def __post_init__(self) -> None:
        self.label_ids = [self.tokens(self.dataset.label_words[label]) for label in self.dataset.label_set]
        self._prefix_ids: dict[str, list[int]] = {}

    def tokens(self, text: str) -> list[int]:
        ids = self.session.model.tokenize(text, add_special=False)
        if not ids:
            raise TemplateError(f"'{text}' has no tokens")
        return ids

    def prefix_ids(self, prefix: str) -> list[int]:
        """The prefix's ids, tokenized once, so that every example starts with the same tokens."""
        if prefix not in self._prefix_ids:
            self._prefix_ids[prefix] = self.session.prompt_tokens(prefix)
        return self._prefix_ids[prefix]

    def chat_wrap(self, body: str) -> str:
        return self.session.chat_prompt([Message("user", body)])

    def advance(self, message: str) -> None:
        self.done_units += 1
        self.context.progress(self.done_units / max(self.total_units, 1), message)
        self.context.check()


def _label_mentioned_last(text: str, dataset: Dataset) -> str | None:
    """The label whose word the reasoning mentions last (case-insensitive, whole words), if any."""
    best, best_position = None, -1
    for label in dataset.label_set:
        word = re.escape(dataset.label_words[label].strip())
        for match in re.finditer(rf"(?<!\w){word}(?!\w)", text, flags=re.IGNORECASE):
            if match.start() > best_position:
                best, best_position = label, match.start()
    return best


def _reason(run: Run, template: Template, rendered: RenderedPrompt) -> str:
    """Greedy reasoning after a chain-of-thought prompt, stopped at the answer cue or a blank line."""
    stops = [s for s in (template.answer_cue.strip(), "\n\n", "###", f"{run.dataset.input_name}:") if s]
    generation = run.session.generate(
        rendered.text,
        max_tokens=template.reasoning_tokens,
        temperature=0.0,
        stop=stops,
        should_stop=run.context.should_stop,
    ).run()
    run.scorer.invalidate()
    run.context.check()
    return generation.text.rstrip()


def _score_example(run: Run, template: Template, index: int, shots: list[int]) -> dict[str, Any]:
    dataset = run.dataset
    rendered = render_prompt(template, dataset, shots, dataset.texts[index], run.chat_wrap)
    suffix, extra = rendered.suffix, {}
    if template.kind == "cot":
        reasoning = _reason(run, template, rendered)
        suffix += reasoning + template.answer_cue
        extra = {"reasoning": reasoning, "extracted": _label_mentioned_last(reasoning, dataset)}
    ids_prefix = run.prefix_ids(rendered.prefix)
    logprobs = run.scorer.label_logprobs(ids_prefix, run.tokens(suffix), run.label_ids)
    probs = normalise(logprobs)
    prediction = dataset.label_set[int(np.argmax(probs))]
    prompt = rendered.prefix + suffix
    sections = rendered.sections
    if template.kind == "cot":
        sections = [*sections[:-1], {**sections[-1], "end": len(prompt)}]
    return {
        "index": index,
        "text": dataset.texts[index],
        "prompt": prompt,
        "label": dataset.labels[index],
        "prediction": prediction,
        "correct": prediction == dataset.labels[index],
        "probs": {label: float(p) for label, p in zip(dataset.label_set, probs, strict=True)},
        "logprobs": {label: float(v) for label, v in zip(dataset.label_set, logprobs, strict=True)},
        "shots": list(shots),
        "prefix_tokens": len(ids_prefix),
        "sections": sections,
        **extra,
    }


def run_template(run: Run, template: Template) -> dict[str, Any]:
    """Score every evaluated example with one template; metrics and the per-example table."""
    started = time.perf_counter()
    plan = plan_shots(run.dataset, template, run.seed, set(run.evaluated))
    # Examples that are themselves shots get a replacement shot (another prefix): do them last, so
    # that the common prefix stays in the cache for all the others.
    order = sorted(run.evaluated, key=lambda index: index in plan.shots)
    scored = {}
    for count, index in enumerate(order, start=1):
        scored[index] = _score_example(run, template, index, plan.for_example(index, run.dataset))
        run.advance(f"{template.name}: {count}/{len(order)}")
    examples = [scored[index] for index in run.evaluated]
    return {
        "name": template.name,
        "kind": template.kind,
        "template": template.as_dict(),
        "shots": [
            {"index": i, "text": run.dataset.texts[i], "label": run.dataset.labels[i]} for i in plan.shots
        ],
        **summarize(examples, run.dataset.label_set),
        "examples": examples,
        "seconds": time.perf_counter() - started,
    }


def _accuracy_with_shots(run: Run, template: Template, shots: list[int], name: str) -> float:
    result = run_template(run, with_shots(template, shots, name))
    return float(result["metrics"]["accuracy"])


def ablate(
    run: Run, template: Template, shots: list[int], base: float, order_seeds: int, leave_one_out: bool
) -> dict[str, Any]:
    """Accuracy with the same shots in shuffled orders, and with each shot left out in turn.

    `base` is the accuracy with all the shots in their first order."""
    result: dict[str, Any] = {}
    if order_seeds:
        accuracies = []
        for seed in range(order_seeds):
            shuffled = list(shots)
            random.Random(seed).shuffle(shuffled)
            accuracies.append(_accuracy_with_shots(run, template, shuffled, f"{template.name} order {seed}"))
        result["order"] = {"seeds": list(range(order_seeds)), "accuracies": accuracies, **spread(accuracies)}
    if leave_one_out:
        rows = []
        for position, shot in enumerate(shots):
            rest = shots[:position] + shots[position + 1 :]
            accuracy = _accuracy_with_shots(run, template, rest, f"{template.name} without shot {position}")
            rows.append(
                {
                    "shot": shot,
                    "text": run.dataset.texts[shot],
                    "label": run.dataset.labels[shot],
                    "accuracy": accuracy,
                    "delta": accuracy - base,
                }
            )
        result["leave_one_out"] = {"accuracy": base, "shots": rows}
    return result


def _ablation_units(templates: list[Template], order_seeds: int, leave_one_out: bool, n: int) -> int:
    units = 0
    for template in templates:
        if template.kind == "few":
            k = len(template.shot_indices) or template.shots
            units += n * (order_seeds + (k if leave_one_out else 0))
    return units


def compare(
    session: Session,
    dataset: Dataset,
    templates: list[Template],
    *,
    seed: int = 0,
    limit: int | None = None,
    order_seeds: int = 0,
    leave_one_out: bool = False,
    reuse_prefix: bool = True,
    context: TaskContext | None = None,
) -> dict[str, Any]:
    """Every template on the same examples (the first `limit`), same label set, same seed."""
    if not templates:
        raise TemplateError("choose at least one template")
    context = context or TaskContext()
    evaluated = list(range(len(dataset) if limit is None else min(max(limit, 1), len(dataset))))
    units = len(templates) * len(evaluated) + _ablation_units(
        templates, order_seeds, leave_one_out, len(evaluated)
    )
    scorer = LabelScorer(session.model, reuse_prefix, context.should_stop)
    run = Run(session, dataset, evaluated, seed, scorer, context, units)
    results = []
    for template in templates:
        result = run_template(run, template)
        if template.kind == "few" and (order_seeds or leave_one_out):
            shots = [shot["index"] for shot in result["shots"]]
            accuracy = result["metrics"]["accuracy"]
            result["ablations"] = ablate(run, template, shots, accuracy, order_seeds, leave_one_out)
        results.append(result)
    context.progress(1.0, "done")
    info = session.info()
    return {
        "dataset": dataset.name,
        "labels": list(dataset.label_set),
        "label_words": dict(dataset.label_words),
        "seed": seed,
        "evaluated": len(evaluated),
        "model": info.name,
        "model_path": info.path,  # tells apart two files of the same name
        "baselines": baselines([dataset.labels[i] for i in evaluated], list(dataset.label_set)),
        "templates": results,
    }


# --- the engine task -----------------------------------------------------------------------------


def _dataset_param(params: dict[str, Any]) -> Dataset:
    if isinstance(params.get("dataset"), dict):
        return dataset_from_dict(params["dataset"])
    return load_dataset(
        str(params.get("dataset", "tweets-en")), params.get("labels"), params.get("label_words")
    )


def _templates_param(params: dict[str, Any], dataset: Dataset) -> list[Template]:
    templates = []
    for item in params.get("templates", ["zero", "few:4"]):
        templates.append(
            template_from_spec(item, dataset) if isinstance(item, str) else template_from_dict(item)
        )
    return templates


def compare_task(session: Session, params: dict[str, Any], context: TaskContext) -> dict[str, Any]:
    """Engine task "promptlab.compare": params dataset (built-in name, path or Dataset.as_dict()),
    templates (specs such as "few:8" or Template.as_dict()), seed, limit, order_seeds, leave_one_out."""
    dataset = _dataset_param(params)
    limit = params.get("limit")
    return compare(
        session,
        dataset,
        _templates_param(params, dataset),
        seed=int(params.get("seed", 0)),
        limit=int(limit) if limit else None,
        order_seeds=int(params.get("order_seeds", 0)),
        leave_one_out=bool(params.get("leave_one_out", False)),
        context=context,
    )


def render_task(session: Session, params: dict[str, Any], _context: TaskContext) -> dict[str, Any]:
    """Engine task "promptlab.render": the exact prompt one template gives for one example (a preview)."""
    dataset = _dataset_param(params)
    template = _templates_param({"templates": [params["template"]]}, dataset)[0]
    index = int(params.get("index", 0))
    plan = plan_shots(dataset, template, int(params.get("seed", 0)), {index})
    rendered = render_prompt(
        template,
        dataset,
        plan.for_example(index, dataset),
        dataset.texts[index],
        lambda body: session.chat_prompt([Message("user", body)]),
    )
    return {
        "prompt": rendered.text,
        "sections": rendered.sections,
        "prefix_tokens": len(session.prompt_tokens(rendered.prefix)),
    }
