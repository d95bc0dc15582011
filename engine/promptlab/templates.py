"""Prompt lab templates: zero-shot, few-shot and chain-of-thought prompts, and how shots are chosen.

A template's text has placeholders `{input}` (the example being classified), `{examples}` (the shots,
joined by the separator) and `{labels}` (the label words, comma-separated). A rendered prompt is split
into a prefix shared by every example (instructions and shots) and a per-example suffix, cut at the
last line break before the input, so that the prefix tokenizes the same way for every example.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from engine.promptlab.data import Dataset

KINDS = ("zero", "few", "cot")
INPUT_MARK = "\x00input\x00"  # stands for {input} until the prefix / suffix cut is known
PLACEHOLDERS = re.compile(r"(\{input\}|\{examples\}|\{labels\})")
DEFAULT_SHOTS = 4


class TemplateError(ValueError):
    """A template that cannot be rendered, said in one line."""


@dataclass(frozen=True)
class Template:
    name: str
    kind: str = "zero"  # "zero" | "few" | "cot"
    text: str = ""
    shot_format: str = ""  # one shot, with {input} and {label} (the label word)
    separator: str = "\n###\n"
    shots: int = 0
    shot_indices: tuple[int, ...] = ()  # shots picked by the user; empty = sampled with the seed
    chat: bool = False  # wrap the text as a user message in the model's chat template
    answer_prefix: str = ""  # appended after the (wrapped) text, e.g. the assistant's "Sentiment:"
    reasoning_tokens: int = 48  # chain-of-thought: greedy tokens of reasoning at most
    answer_cue: str = ""  # chain-of-thought: after the reasoning, before the label

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["shot_indices"] = list(self.shot_indices)
        return data


def template_from_dict(data: dict[str, Any]) -> Template:
    known = {name for name in Template.__dataclass_fields__}
    values = {key: value for key, value in data.items() if key in known}
    values["shot_indices"] = tuple(int(index) for index in values.get("shot_indices", ()))
    template = Template(**values)
    if template.kind not in KINDS:
        raise TemplateError(f"template '{template.name}': kind must be one of {', '.join(KINDS)}")
    return template


def default_template(kind: str, dataset: Dataset, shots: int = DEFAULT_SHOTS, chat: bool = False) -> Template:
    """Built-in templates in the course's format (`Tweet: "…"` / `Sentiment: Positive`, shots split by ###).

    Zero-shot and chain-of-thought start with the instruction (the only place the labels are named).

    Plain templates end with the answer's name and a colon, so a base model continues with a label;
    chat templates put the question in the user turn and prefill the assistant turn with the same cue.
    """
    query = f'{dataset.input_name}: "{{input}}"'
    cue = f"{dataset.answer_name}:"
    answer_prefix = cue if chat else ""
    ending = "" if chat else "\n" + cue
    suffix = "+chat" if chat else ""
    if kind == "zero":
        text = f"{dataset.instruction}\n\n{query}{ending}"
        return Template("zero-shot" + suffix, "zero", text, chat=chat, answer_prefix=answer_prefix)
    if kind == "few":
        # The course's format: shots only, no instruction line. On Gemma-3-270M base an instruction
        # line above the shots cost 20-30 points of accuracy (0.33-0.44 vs 0.67 on tweets-en, seeds 0-2).
        text = f"{{examples}}\n###\n{query}{ending}"
        shot_format = f'{dataset.input_name}: "{{input}}"\n{cue}{{label}}'
        return Template(
            f"few-shot k={shots}{suffix}",
            "few",
            text,
            shot_format=shot_format,
            shots=shots,
            chat=chat,
            answer_prefix=answer_prefix,
        )
    if kind == "cot":
        reasoning = "Reasoning:"
        text = f"{dataset.instruction} Think step by step, then answer.\n\n{query}"
        text += "" if chat else "\n" + reasoning
        return Template(
            "chain-of-thought" + suffix,
            "cot",
            text,
            chat=chat,
            answer_prefix=reasoning if chat else "",
            answer_cue="\n" + cue,
        )
    raise TemplateError(f"unknown template kind '{kind}' (use {', '.join(KINDS)})")


def template_from_spec(spec: str, dataset: Dataset) -> Template:
    """'zero', 'few:8', 'cot', each optionally followed by '+chat'."""
    body, _, options = spec.strip().partition("+")
    if options not in ("", "chat"):
        raise TemplateError(f"template '{spec}': the only option is '+chat'")
    kind, _, count = body.partition(":")
    if count and kind != "few":
        raise TemplateError(f"template '{spec}': only few-shot takes a number of shots")
    try:
        shots = int(count) if count else DEFAULT_SHOTS
    except ValueError:
        raise TemplateError(f"template '{spec}': the number of shots must be an integer") from None
    if shots < 1:
        raise TemplateError(f"template '{spec}': at least one shot")
    return default_template(kind, dataset, shots, chat=options == "chat")


# --- shots ---------------------------------------------------------------------------------------


@dataclass
class ShotPlan:
    """The shots of a few-shot template, and same-label replacements for examples that are shots."""

    shots: list[int]
    spares: dict[str, list[int]] = field(default_factory=dict)

    def for_example(self, index: int, dataset: Dataset) -> list[int]:
        """The shots to show while scoring `index`: never the example itself."""
        if index not in self.shots:
            return self.shots
        label = dataset.labels[index]
        candidates = self.spares.get(label, []) + [i for spare in self.spares.values() for i in spare]
        replacement = next((i for i in candidates if i != index and i not in self.shots), None)
        if replacement is None:
            return [shot for shot in self.shots if shot != index]
        return [replacement if shot == index else shot for shot in self.shots]


def plan_shots(
    dataset: Dataset, template: Template, seed: int, evaluated: set[int] | None = None
) -> ShotPlan:
    """Shots balanced over the labels (round robin), drawn with `seed`, in a seeded order.

    Examples outside the evaluated set are preferred, so that with --limit the shots and the scored
    examples do not overlap at all.
    """
    if template.kind != "few":
        return ShotPlan([])
    rng = random.Random(seed)
    evaluated = evaluated or set()
    pools: dict[str, list[int]] = {}
    for label in dataset.label_set:
        pool = [i for i, stored in enumerate(dataset.labels) if stored == label]
        rng.shuffle(pool)
        pools[label] = sorted(pool, key=lambda i: i in evaluated)  # stable: keeps the shuffle
    if template.shot_indices:
        shots = list(template.shot_indices)
        for index in shots:
            if not 0 <= index < len(dataset):
                raise TemplateError(f"shot {index} is not an example of the dataset (0-{len(dataset) - 1})")
    else:
        shots = _round_robin(pools, template.shots, len(dataset))
        rng.shuffle(shots)
    spares = {label: [i for i in pool if i not in shots] for label, pool in pools.items()}
    return ShotPlan(shots, spares)


def _round_robin(pools: dict[str, list[int]], count: int, size: int) -> list[int]:
    if count >= size:
        raise TemplateError(f"{count} shots need more than {size} examples (one is being scored)")
    queues = {label: list(pool) for label, pool in pools.items()}
    shots: list[int] = []
    while len(shots) < count:
        for queue in queues.values():
            if queue and len(shots) < count:
                shots.append(queue.pop(0))
    return shots


# --- rendering -----------------------------------------------------------------------------------


@dataclass
class RenderedPrompt:
    prefix: str  # instructions and shots: the same text (and tokens) for every example
    suffix: str  # the example and the answer cue
    sections: list[dict[str, Any]]  # {"name", "start", "end"}: character ranges of the prompt

    @property
    def text(self) -> str:
        return self.prefix + self.suffix


def label_list(dataset: Dataset) -> str:
    return ", ".join(dataset.label_words[label].strip() for label in dataset.label_set)


def render_shot(template: Template, dataset: Dataset, index: int) -> str:
    word = dataset.label_words[dataset.labels[index]]
    return template.shot_format.replace("{label}", word).replace("{input}", dataset.texts[index])


def render_prompt(
    template: Template,
    dataset: Dataset,
    shots: list[int],
    text: str,
    chat_wrap: Callable[[str], str] | None = None,
) -> RenderedPrompt:
    """The prompt for one example, split into shared prefix and per-example suffix, with its sections."""
    body, shot_spans = _render_body(template, dataset, shots)
    full = body
    offset = 0
    if template.chat:
        if chat_wrap is None:
            raise TemplateError(f"template '{template.name}' needs the model's chat template")
        full = chat_wrap(body)
        offset = full.find(body)
    full += template.answer_prefix
    mark = full.find(INPUT_MARK)
    if mark < 0 or full.count(INPUT_MARK) != 1:
        raise TemplateError(f"template '{template.name}' must contain {{input}} exactly once")
    cut = full.rfind("\n", 0, mark) + 1
    prefix, suffix = full[:cut], full[cut:].replace(INPUT_MARK, text)
    sections = _sections(shot_spans, offset, cut, len(prefix) + len(suffix), mark, len(text))
    return RenderedPrompt(prefix, suffix, sections)


def _render_body(template: Template, dataset: Dataset, shots: list[int]) -> tuple[str, list[tuple[int, int]]]:
    if template.kind == "few" and "{examples}" not in template.text:
        raise TemplateError(f"template '{template.name}' is few-shot but has no {{examples}} placeholder")
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for piece in PLACEHOLDERS.split(template.text):
        if piece == "{input}":
            piece = INPUT_MARK
        elif piece == "{labels}":
            piece = label_list(dataset)
        elif piece == "{examples}":
            rendered = [render_shot(template, dataset, index) for index in shots]
            start = length
            for number, shot in enumerate(rendered):
                spans.append((start, start + len(shot)))
                start += len(shot) + (len(template.separator) if number < len(rendered) - 1 else 0)
            piece = template.separator.join(rendered)
        parts.append(piece)
        length += len(piece)
    return "".join(parts), spans


def _sections(
    shot_spans: list[tuple[int, int]], offset: int, cut: int, end: int, mark: int, text_length: int
) -> list[dict[str, Any]]:
    def moved(position: int) -> int:
        return position + text_length - len(INPUT_MARK) if position > mark else position

    if offset < 0:  # the chat template changed the text: only the cut is known
        return [{"name": "instructions", "start": 0, "end": cut}, {"name": "query", "start": cut, "end": end}]
    shots = [(moved(offset + start), moved(offset + stop)) for start, stop in shot_spans]
    first = min([start for start, _ in shots] + [cut])
    sections: list[dict[str, Any]] = [{"name": "instructions", "start": 0, "end": first}]
    sections += [{"name": f"shot {n}", "start": s, "end": e} for n, (s, e) in enumerate(shots, start=1)]
    sections.append({"name": "query", "start": cut, "end": end})
    return [section for section in sections if section["end"] > section["start"]]


def with_shots(template: Template, shots: list[int], name: str | None = None) -> Template:
    """The template with these shots, in this order (for the order and leave-one-out ablations)."""
    return replace(template, shot_indices=tuple(shots), shots=len(shots), name=name or template.name)
