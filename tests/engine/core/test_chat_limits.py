"""Hostile chat templates end with one ChatTemplateError in bounded time and memory; normal ones
render exactly as jinja2's plain sandbox renders them."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from engine.core.chat import FALLBACK_TEMPLATE, RENDER_SECONDS, ChatTemplateError, Message, render_chat
from engine.core.gguf_file import read_gguf_header
from engine.core.llama_types import Cancelled
from engine.core.models import resolve_model

LOOPS = "{% for i in range(99999) %}{% for j in range(99999) %}BODY{% endfor %}{% endfor %}"
DOUBLE = "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s OP ns.s %}{% endfor %}"
HOSTILE = {
    "string multiplied": "{{ 'x' * 10**8 }}",
    "huge range": "{% for i in range(10**12) %}{{ i }}{% endfor %}",
    "nested loops, no output": LOOPS.replace("BODY", ""),
    "nested loops with output": LOOPS.replace("BODY", "x"),
    "deep recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "exponential macro": "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}"
    "{{ f(60) }}",
    "doubling with ~": DOUBLE.replace("OP", "~"),
    "doubling with +": DOUBLE.replace("OP", "+"),
    "ljust": "{{ 'x'.ljust(10**10) }}",
    "center filter": "{{ 'x'|center(10**10) }}",
    "percent width": "{{ '%0999999999d' % 1 }}",
    "format width": "{{ '{:>999999999}'.format(1) }}",
    "huge power": "{{ 10 ** (10 ** 8) }}",
    "replace growth": "{% set ns = namespace(s='x' * 1000) %}{% for i in range(5) %}"
    "{% set ns.s = ns.s.replace('x', ns.s) %}{% endfor %}",
    "error inside": "{{ 1 / 0 }}",
}
MESSAGES = [
    Message("system", "Be brief."),
    Message("user", "Hello"),
    Message("assistant", "Hi!"),
    Message("user", "?"),
]

_RUNNER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from engine.core.chat import ChatTemplateError, Message, render_chat
payloads = json.loads(sys.stdin.read())
results = {}
for name, template in payloads.items():
    start = time.monotonic()
    try:
        render_chat([Message("user", "Hello")], template)
        outcome = "rendered"
    except ChatTemplateError as error:
        outcome = str(error)
    results[name] = [outcome, time.monotonic() - start]
# VmHWM: this process's own peak (ru_maxrss would keep the parent's peak across exec)
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
results["__maxrss_mb"] = int(peak[0].split()[1]) / 1024 if peak else 0.0
print(json.dumps(results))
"""


def test_hostile_templates_end_in_bounded_time_and_memory() -> None:
    root = str(Path(__file__).resolve().parents[3])
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, root],
        input=json.dumps(HOSTILE),
        capture_output=True,
        text=True,
        timeout=len(HOSTILE) * (RENDER_SECONDS + 5),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert results.pop("__maxrss_mb") < 400  # a fresh interpreter plus jinja2: tens of MB
    for name, (outcome, seconds) in results.items():
        assert outcome != "rendered", name
        assert "\n" not in outcome and "Traceback" not in outcome, (name, outcome)
        assert seconds < RENDER_SECONDS + 2.5, (name, seconds)
    assert results["nested loops, no output"][0].endswith(f"did not finish rendering in {RENDER_SECONDS:g} s")
    assert "produced more than" in results["string multiplied"][0]
    assert "nests calls more than" in results["deep recursion"][0]


def test_cancel_stops_a_running_render() -> None:
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        render_chat(MESSAGES, HOSTILE["nested loops, no output"], should_stop=stop.is_set)
    assert time.monotonic() - start < 1.5


def _plain(template: str, messages: list[Message], **variables: object) -> str:
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    return env.from_string(template).render(messages=[m.__dict__ for m in messages], **variables)


@pytest.mark.parametrize("model", ["smollm2-135m", None])
def test_normal_templates_render_exactly_as_before(model: str | None) -> None:
    template = read_gguf_header(resolve_model(model)).get("tokenizer.chat_template") if model else None
    long_chat = [*MESSAGES, Message("user", "a long pasted document " * 20_000)]
    for messages in (MESSAGES, long_chat):
        for add in (True, False):
            expected = _plain(
                template or FALLBACK_TEMPLATE,
                messages,
                bos_token="<s>",
                eos_token="</s>",
                add_generation_prompt=add,
            )
            got = render_chat(
                messages, template, bos_token="<s>", eos_token="</s>", add_generation_prompt=add
            )
            assert got == expected


def test_a_refusing_template_keeps_its_own_message() -> None:
    with pytest.raises(ChatTemplateError, match="refused the conversation: no system"):
        render_chat(MESSAGES, "{{ raise_exception('no system') }}")
