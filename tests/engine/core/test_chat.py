"""Chat templates: the model's own template, the fallback, and the sandbox against injection."""

from __future__ import annotations

import pytest

from engine.core.chat import FALLBACK_TEMPLATE, ChatTemplateError, Message, render_chat
from engine.core.session import Session

PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('touch /tmp/pwned') }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ messages.append({'role': 'user', 'content': 'x'}) }}",
    "{{ config.items() }}{{ request.application.__globals__ }}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_payloads_do_not_run(payload: str, tmp_path: object) -> None:
    import os

    try:
        output = render_chat([Message("user", "hi")], payload)
    except ChatTemplateError:
        output = ""
    assert "uid=" not in output and "subclass" not in output.lower() and "<class" not in output
    assert not os.path.exists("/tmp/pwned")


def test_smollm2_template_renders_chatml(smol: Session) -> None:
    prompt = smol.chat_prompt([Message("system", "Be brief."), Message("user", "Hi")])
    assert (
        prompt
        == "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )


def test_fallback_template_for_models_without_one(gemma: Session) -> None:
    assert gemma.info().chat_template is None
    prompt = gemma.chat_prompt([Message("user", "What is 2+2?")])
    assert prompt == render_chat([Message("user", "What is 2+2?")], FALLBACK_TEMPLATE)
    assert prompt.endswith("User: What is 2+2?\nAssistant:")


def test_template_errors_are_reported() -> None:
    with pytest.raises(ChatTemplateError, match="invalid"):
        render_chat([Message("user", "hi")], "{% for %}")
    with pytest.raises(ChatTemplateError, match="refused"):
        render_chat([Message("user", "hi")], "{{ raise_exception('only system') }}")
    with pytest.raises(ChatTemplateError, match="unknown role"):
        render_chat([Message("robot", "hi")], None)


def test_a_base_model_reply_ends_at_the_next_turn(gemma: Session) -> None:
    """Gemma-3-270M (base, no template) continues the transcript and writes the user's next line; the
    fallback's stop strings end the reply there."""
    assert gemma.info().chat_template is None
    prompt = gemma.chat_prompt([Message("user", "Hello! What is the capital of France?")])
    unbounded = gemma.generate(prompt, temperature=0.0, max_tokens=160).run()
    assert "\nUser:" in unbounded.text  # what the user saw before: both sides of the conversation
    stopped = gemma.generate(prompt, temperature=0.0, max_tokens=160, stop=gemma.chat_stop_strings()).run()
    assert stopped.stop_reason in {"stop_string", "eos"}
    assert "User:" not in stopped.text and "Assistant:" not in stopped.text
    assert unbounded.text.startswith(stopped.text)


def test_templated_models_need_no_transcript_stops(smol: Session) -> None:
    assert smol.chat_stop_strings() == ()
