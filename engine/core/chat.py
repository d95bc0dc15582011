"""Chat templates rendered in a Jinja sandbox.

A GGUF file carries its chat template as Jinja source written by whoever made the file. It is
untrusted input: it is rendered in jinja2's immutable sandbox, which refuses access to Python
internals (`__class__`, `__globals__`, `__subclasses__`, ...), so a hostile template cannot run code,
and with limits (chat_sandbox.py) on time, output size and nesting, so it cannot run forever either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jinja2 import TemplateError as JinjaTemplateError
from jinja2.sandbox import SecurityError

from engine.core.chat_sandbox import BoundedEnvironment, TemplateCancelled, TemplateLimit, render_bounded
from engine.core.llama_types import Cancelled

ROLES = ("system", "user", "assistant")

# For models without a template (base models such as Gemma-3-270M): a plain transcript that a
# base model continues naturally.
FALLBACK_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message.role == 'system' %}{{ message.content }}\n\n"
    "{% elif message.role == 'user' %}User: {{ message.content }}\n"
    "{% else %}Assistant: {{ message.content }}\n{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}Assistant:{% endif %}"
)
# A base model continues the transcript past its own turn and writes the user's next line too: the
# reply ends where the transcript would start another turn.
FALLBACK_STOP_STRINGS = ("\nUser:", "\nAssistant:")


def chat_stop_strings(template: str | None) -> tuple[str, ...]:
    """Stop strings a chat reply needs under `template` (the fallback transcript needs its turn marks)."""
    return () if template else FALLBACK_STOP_STRINGS


class ChatTemplateError(Exception):
    """The template could not be rendered, or tried something the sandbox forbids."""


@dataclass(frozen=True)
class Message:
    role: str
    content: str


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(f"the chat template refused the conversation: {message}")


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


RENDER_SECONDS = 5.0  # a real template renders in milliseconds
MIN_OUTPUT_CHARS = 1 << 20  # the output may also be a few times the conversation's own length


def _environment() -> BoundedEnvironment:
    env = BoundedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env


def render_chat(
    messages: Sequence[Message],
    template: str | None,
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    should_stop: Callable[[], bool] | None = None,
) -> str:
    """The prompt text the model sees for `messages`, using `template` or the fallback.

    Rendering stops with a ChatTemplateError after RENDER_SECONDS or past the output limit, and with
    Cancelled as soon as `should_stop` says so.
    """
    for message in messages:
        if message.role not in ROLES:
            raise ChatTemplateError(f"unknown role '{message.role}'; use one of {', '.join(ROLES)}")
    given = sum(len(m.content) for m in messages) + len(bos_token) + len(eos_token)
    variables = {
        "messages": [{"role": m.role, "content": m.content} for m in messages],
        "bos_token": bos_token,
        "eos_token": eos_token,
        "add_generation_prompt": add_generation_prompt,
    }
    try:
        return render_bounded(
            _environment(),
            template or FALLBACK_TEMPLATE,
            variables,
            seconds=RENDER_SECONDS,
            max_chars=MIN_OUTPUT_CHARS + 4 * given,
            should_stop=should_stop,
        )
    except ChatTemplateError:
        raise
    except TemplateCancelled as error:
        raise Cancelled(str(error)) from None
    except TemplateLimit as error:
        raise ChatTemplateError(str(error)) from None
    except SecurityError as error:
        raise ChatTemplateError(
            f"the chat template tried an unsafe operation and was stopped: {error}"
        ) from None
    except JinjaTemplateError as error:
        raise ChatTemplateError(f"the chat template is invalid: {error}") from None
    except RecursionError:
        raise ChatTemplateError("this model's chat template recursed too deeply") from None
    except MemoryError:
        raise ChatTemplateError("this model's chat template ran out of memory") from None
    except Exception as error:  # the template is the file's code: whatever it raises is its failure
        raise ChatTemplateError(
            f"this model's chat template failed: {type(error).__name__}: {error}"
        ) from None


# A system text no template's own default is likely to start or end with, so that the rendering with it
# and the rendering without any system message differ exactly where the template's default goes.
_PROBE_SYSTEM = "\u2042"
_PROBE_USER = "\u2042 user"


def template_default_system(render: Callable[[Sequence[Message]], str]) -> str:
    """The text a chat template writes in place of the system prompt when the conversation has none
    ("" when it writes none). SmolLM2's template, for one, adds "You are a helpful AI assistant
    named SmolLM, trained by Hugging Face"."""
    user = [Message("user", _PROBE_USER)]
    without = render(user)
    with_own = render([Message("system", _PROBE_SYSTEM), *user])
    prefix = 0
    while prefix < min(len(without), len(with_own)) and without[prefix] == with_own[prefix]:
        prefix += 1
    suffix = 0
    limit = min(len(without), len(with_own)) - prefix
    while suffix < limit and without[-1 - suffix] == with_own[-1 - suffix]:
        suffix += 1
    return without[prefix : len(without) - suffix].strip()


def render_task(session: Any, params: dict[str, Any], context: Any) -> str:
    """Engine task: the text the model reads for `messages` ([role, content] pairs) through its own chat
    template, ending where the assistant's reply begins (what another view needs to look at a reply)."""
    messages = [Message(str(role), str(content)) for role, content in params.get("messages", ())]
    return str(session.chat_prompt(messages, context.should_stop))


def default_system_task(session: Any, _params: dict[str, Any], _context: Any) -> str:
    """Engine task: the loaded model's template default system prompt (see template_default_system)."""
    return template_default_system(session.chat_prompt)
