"""Prompt sections cover every token, so the shares of attention a token gives them sum to 1."""

from __future__ import annotations

import numpy as np
import pytest

from engine.attention.maps import AttentionMaps
from engine.core.chat import Message
from engine.core.session import Session
from engine.process.tasks import TaskContext, run_task

FEW_SHOT = (
    "Tweet: I love it\nSentiment: positive\n###\n"
    "Tweet: awful day\nSentiment: negative\n###\n"
    "Tweet: meh\nSentiment:"
)


def few_shot_ranges(prompt: str) -> list[dict[str, object]]:
    """The prompt lab's way of naming a few-shot prompt: each shot and the query, not the ### between."""
    parts = prompt.split("\n###\n")
    ranges, cursor = [], 0
    for index, part in enumerate(parts):
        name = "query" if index == len(parts) - 1 else f"shot {index + 1}"
        ranges.append({"name": name, "start": cursor, "end": cursor + len(part)})
        cursor += len(part) + len("\n###\n")
    return ranges


def owner_of_each_token(maps: AttentionMaps) -> np.ndarray:
    """Which section holds each token; every token must be held by exactly one."""
    held = np.zeros((len(maps.sections), maps.n_tokens), dtype=int)
    for index, section in enumerate(maps.sections):
        for start, end in section.spans:
            held[index, start:end] += 1
    assert (held.sum(axis=0) == 1).all(), "a token is in no section, or in two"
    return np.argmax(held, axis=0)


def assert_every_row_shares_sum_to_one(maps: AttentionMaps) -> None:
    """Recomputed from the raw weights: each (layer, head, query) row split by the section of its keys."""
    owner = owner_of_each_token(maps)
    weights = maps.weights.astype(np.float64)
    shares = np.stack([weights[..., owner == index].sum(axis=-1) for index in range(len(maps.sections))])
    assert shares.shape == (len(maps.sections), len(maps.layers), len(maps.heads), maps.n_tokens)
    np.testing.assert_allclose(shares.sum(axis=0), 1.0, atol=1e-3)
    for layer in maps.layers[::7]:
        for head in (None, maps.heads[0]):
            np.testing.assert_allclose(maps.section_matrix(layer, head).sum(axis=1), 1.0, atol=1e-3)


def section_text(maps: AttentionMaps, name: str) -> str:
    section = next(section for section in maps.sections if section.name == name)
    return "".join(maps.tokens[index][1] for index in section.indices())


def test_a_chat_capture_puts_the_template_text_in_a_section_of_its_own(smol: Session) -> None:
    messages = [("user", "Name a colour.")]
    maps = run_task("attention", smol, {"messages": messages, "reply": "Blue"}, TaskContext())
    assert [section.name for section in maps.sections] == ["template", "user 1", "reply"]
    # SmolLM2's template inserts a system prompt nobody typed: it is template text, not lost
    prompt = smol.chat_prompt([Message("user", "Name a colour.")])
    assert "You are a helpful AI assistant named SmolLM" in prompt
    assert "You are a helpful AI assistant named SmolLM" in section_text(maps, "template")
    assert "<|im_start|>" in section_text(maps, "template")
    assert section_text(maps, "user 1") == "Name a colour."
    assert_every_row_shares_sum_to_one(maps)


@pytest.mark.parametrize("fixture", ["smol", "gemma"])
def test_a_few_shot_prompt_keeps_its_separators_in_a_section(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    session: Session = request.getfixturevalue(fixture)
    params = {"prompt": FEW_SHOT, "sections": few_shot_ranges(FEW_SHOT), "generate": 3}
    maps = run_task("attention", session, params, TaskContext())
    names = [section.name for section in maps.sections]
    # in order of their first token; Gemma's BOS belongs to no named part, so it opens "other text"
    first = ["other text", "shot 1"] if fixture == "gemma" else ["shot 1", "other text"]
    assert names == [*first, "shot 2", "query", "generated"]
    assert "###" in section_text(maps, "other text")
    assert maps.sections[-1].name == "generated" and maps.sections[-1].end == maps.n_tokens
    assert_every_row_shares_sum_to_one(maps)
