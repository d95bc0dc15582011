"""Against llama.cpp's own `llama-server` on 127.0.0.1 (built from the vendored source by
`setup --with-server`), serving the packaged SmolLM2: its native API's `n_probs` equal the local
engine's probabilities before the chain, and `post_sampling_probs` equal them after the same chain."""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pytest
from llama_server import N_CTX, llama_server_binary, start_llama_server, stop

from engine.core.sampling import SamplingSettings, softmax
from engine.core.session import Session
from engine.remote.api import RemoteReply
from engine.remote.session import RemoteSession

pytestmark = pytest.mark.skipif(
    llama_server_binary() is None, reason="llama-server not built: run  python3 main.py setup --with-server"
)
PROMPTS = ("The capital of France is", "Once upon a time, there was a", "def add(a, b):\n    return")
# llama-server's n_probs differ from a float64 softmax of the same logits by up to 1.3e-4, so a token whose
# cumulative top-p sum lay that close to p could fall on either side: these chains keep clear of that.
CHAINS = (
    SamplingSettings(temperature=0.8, top_k=40, top_p=0.9, min_p=0.05),
    SamplingSettings(temperature=1.3, top_k=0, top_p=0.9, min_p=0.0),
    SamplingSettings(temperature=0.9, typical_p=0.9),
    SamplingSettings(temperature=0.7, top_k=20, top_p=1.0, min_p=0.1).with_order(
        ("temperature", "top_k", "top_p", "min_p")
    ),
)


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    # Flash attention off, as the local engine runs: llama-server's default ("auto", on for this CPU)
    # moves SmolLM2's probabilities by up to 1.2e-2 here, which is the attention kernel, not the API.
    process, url = start_llama_server("smollm2-135m", "-fa", "off")
    yield url
    stop(process)


@pytest.fixture(scope="module")
def local() -> Iterator[Session]:
    with Session.open("smollm2-135m", n_ctx=N_CTX) as session:
        yield session


def test_capabilities_of_llama_server(llama_server: str) -> None:
    caps = RemoteSession.connect(llama_server).capabilities
    assert caps.api == "llama-server"
    assert caps.next_token_probe and caps.after_chain and caps.branching and caps.token_ids
    assert caps.vocab_size == 49152 and caps.n_ctx == N_CTX


def test_n_probs_equal_the_local_probabilities(llama_server: str, local: Session) -> None:
    remote = RemoteSession.connect(llama_server)
    worst = 0.0
    for prompt in PROMPTS:
        distribution = remote.probe(prompt, top_n=20)
        _, logits = local.next_logits(prompt)
        probs = softmax(logits.astype(np.float64))
        assert [alt.id for alt in distribution.alternatives[:5]] == np.argsort(-probs)[:5].tolist()
        for alt in distribution.alternatives:
            assert alt.id is not None
            worst = max(worst, abs(math.exp(alt.logprob) - float(probs[alt.id])))
        listed = sum(probs[alt.id] for alt in distribution.alternatives if alt.id is not None)
        assert distribution.tail_mass == pytest.approx(1 - listed, abs=1e-3)
    print(f"max |Δp| llama-server n_probs vs local over the top 20 of {len(PROMPTS)} prompts: {worst:.2e}")
    assert worst < 1e-3


def test_post_sampling_probs_equal_the_local_chain(llama_server: str, local: Session) -> None:
    remote = RemoteSession.connect(llama_server)
    worst = 0.0
    for settings in CHAINS:
        for prompt in PROMPTS:
            odds = remote.after_chain(prompt, settings, top_n=20)
            assert odds.after_chain
            candidates = local.probe(prompt, settings, top_n=200).candidates
            expected = {c.token.id: c.prob_after for c in candidates}
            kept = sorted((token for token, p in expected.items() if p > 0), key=lambda t: -expected[t])
            listed = {alt.id: math.exp(alt.logprob) for alt in odds.top if alt.id is not None}
            assert len(listed) == min(20, len(kept))
            assert set(listed) <= set(kept)  # nothing the chain removed
            unlisted = [expected[token] for token in kept if token not in listed]
            assert not unlisted or min(listed.values()) >= max(unlisted) - 1e-3  # the top, up to ties
            for token, p in listed.items():
                worst = max(worst, abs(p - expected[token]))
    print(f"max |Δp| llama-server post_sampling_probs vs the local chain: {worst:.2e}")
    assert worst < 1e-5


def test_chat_branches_from_an_alternative(llama_server: str, local: Session) -> None:
    remote = RemoteSession.connect(llama_server)
    greedy = SamplingSettings(temperature=0.0)
    reply = RemoteReply()
    steps = list(remote.chat([("user", "Name a colour.")], greedy, reply, max_tokens=6, top_n=5))
    assert steps and all(step.odds.top[0].id == step.odds.chosen.id for step in steps)
    second = steps[0].odds.top[1]
    assert second.id is not None
    branch = RemoteReply()
    branched = list(
        remote.chat([("user", "Name a colour.")], greedy, branch, max_tokens=4, top_n=5, prefix=[second.id])
    )
    assert branched and branch.text != reply.text
