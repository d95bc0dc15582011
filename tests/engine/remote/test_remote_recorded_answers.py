"""Parsers on recorded answers. llama.cpp's llama-server is not built here, and vLLM and Ollama cannot
run here: these answers are written from their documented shapes (llama.cpp tools/server/README.md:
/completion with n_probs and post_sampling_probs, /tokenize with pieces; the OpenAI API as vLLM and
Ollama return it). They test the parsers only, not the servers."""

from __future__ import annotations

import json
import math

import pytest

from engine.remote import parse
from engine.remote.api import RemoteStep
from engine.remote.http import ServerError, parse_json
from engine.remote.session import step_dict

NATIVE_RAW = {
    "content": " Paris",
    "stop": True,
    "stop_type": "limit",
    "completion_probabilities": [
        {
            "id": 7042,
            "token": " Paris",
            "bytes": [32, 80, 97, 114, 105, 115],
            "logprob": -0.2644,
            "top_logprobs": [
                {"id": 260, "token": " the", "bytes": [32, 116, 104, 101], "logprob": -2.8043},
                {"id": 7042, "token": " Paris", "bytes": [32, 80, 97, 114, 105, 115], "logprob": -0.2644},
            ],
        }
    ],
}
NATIVE_AFTER = {
    "content": " Paris",
    "completion_probabilities": [
        {
            "id": 7042,
            "token": " Paris",
            "bytes": [32, 80, 97, 114, 105, 115],
            "prob": 0.93,
            "top_probs": [
                {"id": 7042, "token": " Paris", "bytes": [32, 80, 97, 114, 105, 115], "prob": 0.93},
                {"id": 260, "token": " the", "bytes": [32, 116, 104, 101], "prob": 0.07},
            ],
        }
    ],
}
NATIVE_TOKENIZE = {
    "tokens": [{"id": 198, "piece": [195]}, {"id": 164, "piece": [161]}, {"id": 9, "piece": "Hi"}]
}
VLLM_ECHO = {  # /v1/completions with echo and logprobs: the first prompt token has no odds
    "choices": [
        {
            "text": "The cat sat",
            "logprobs": {
                "tokens": ["The", " cat", " sat"],
                "text_offset": [0, 3, 7],
                "token_logprobs": [None, -7.1, -3.2],
                "top_logprobs": [None, {" first": -2.0, " cat": -7.1}, {" is": -1.5, " sat": -3.2}],
            },
        }
    ],
}
OLLAMA_CHAT_CHUNK = {  # Ollama >= 0.12.11: no ids, bytes given
    "choices": [
        {
            "index": 0,
            "delta": {"content": "Hi"},
            "finish_reason": None,
            "logprobs": {
                "content": [
                    {
                        "token": "Hi",
                        "logprob": -0.1,
                        "bytes": [72, 105],
                        "top_logprobs": [
                            {"token": "Hi", "logprob": -0.1, "bytes": [72, 105]},
                            {"token": "Hello", "logprob": -2.5, "bytes": [72, 101, 108, 108, 111]},
                        ],
                    }
                ]
            },
        }
    ],
}


def test_native_raw_probabilities_with_ids() -> None:
    content, tokens, stop_type = parse.native_completion(NATIVE_RAW)
    assert content == " Paris" and stop_type == "limit"
    odds = tokens[0]
    assert odds.chosen.id == 7042 and not odds.after_chain
    assert [alt.id for alt in odds.top] == [7042, 260]  # sorted, most probable first


def test_native_post_sampling_probabilities() -> None:
    odds = parse.native_completion(NATIVE_AFTER)[1][0]
    assert odds.after_chain and odds.top[0].logprob == pytest.approx(math.log(0.93))


def test_native_tokenize_with_byte_pieces() -> None:
    assert parse.tokenized(NATIVE_TOKENIZE) == [(198, "<0xC3>"), (164, "<0xA1>"), (9, "Hi")]


def test_vllm_echo_prompt_logprobs() -> None:
    tokens = parse.completion_tokens(VLLM_ECHO["choices"][0]["logprobs"])
    assert tokens[0] is None
    assert tokens[1] is not None and tokens[1].chosen.logprob == -7.1 and tokens[1].top[0].text == " first"


def test_ollama_chat_chunk_without_ids() -> None:
    choice = parse.first_choice(OLLAMA_CHAT_CHUNK, "chat")
    odds = parse.chat_token(choice["logprobs"]["content"][0])
    assert odds.chosen.id is None and [alt.text for alt in odds.top] == ["Hi", "Hello"]
    step = step_dict(RemoteStep(0, odds, "Hi"))
    assert step["token"]["id"] == -1 and step["rank"] == 1 and step["partial"]
    assert step["tail_mass"] == pytest.approx(1 - math.exp(-0.1) - math.exp(-2.5))


@pytest.mark.parametrize(
    "answer",
    [
        {"completion_probabilities": [{"id": -1, "token": "a", "logprob": -1, "top_logprobs": []}]},
        {"completion_probabilities": [{"id": 1, "token": "a", "logprob": 3.0, "top_logprobs": []}]},
        {"completion_probabilities": [{"id": 1, "token": "a", "logprob": "x", "top_logprobs": []}]},
        {"completion_probabilities": [{"id": 1, "token": 5, "logprob": -1, "top_logprobs": []}]},
        {"completion_probabilities": [{"id": True, "token": "a", "logprob": -1, "top_logprobs": []}]},
        {"completion_probabilities": [{"id": 1, "token": "a", "prob": 1.5, "top_probs": []}]},
        {"completion_probabilities": "many"},
        {"content": 7},
        [1, 2, 3],
    ],
)
def test_hostile_native_answers_are_refused_in_words(answer: object) -> None:
    with pytest.raises(ServerError) as raised:
        parse.native_completion(answer)
    assert raised.value.kind == "malformed"


def test_nan_and_infinity_are_not_json() -> None:
    with pytest.raises(ServerError):
        parse_json(b'{"logprob": NaN}', "/completion")
    with pytest.raises(ServerError):
        parse_json(json.dumps({"a": 1}).encode()[:-1], "/completion")


def test_too_many_alternatives_are_cut() -> None:
    listed = [{"id": n, "token": str(n), "logprob": -float(n)} for n in range(500)]
    odds = parse.native_token({"id": 0, "token": "0", "logprob": 0.0, "top_logprobs": listed})
    assert len(odds.top) == parse.MAX_ALTERNATIVES
