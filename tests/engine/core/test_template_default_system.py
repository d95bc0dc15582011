"""What a chat template writes that nobody typed (its default system prompt), and readable token pieces
joined back into the text the model saw."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from engine.core.chat import Message, render_chat, template_default_system
from engine.core.session import Session
from engine.core.tokens import joined_pieces, readable_piece
from engine.process.tasks import run_task

QWEN_LIKE = (
    "{% if messages[0].role != 'system' %}<|im_start|>system\nYou are Qwen.<|im_end|>\n{% endif %}"
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
NO_DEFAULT = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def test_the_default_system_prompt_is_what_the_template_writes_without_one() -> None:
    def render(template: str) -> Callable[[Sequence[Message]], str]:
        return lambda messages: render_chat(messages, template)

    assert template_default_system(render(QWEN_LIKE)) == "You are Qwen."
    assert template_default_system(render(NO_DEFAULT)) == ""
    assert template_default_system(lambda messages: render_chat(messages, None)) == ""  # the fallback


def test_the_packaged_models(smol: Session, gemma: Session) -> None:
    smol_default = run_task("chat.default_system", smol, {})
    assert smol_default == "You are a helpful AI assistant named SmolLM, trained by Hugging Face"
    assert smol_default in smol.chat_prompt([Message("user", "Hi")])
    assert run_task("chat.default_system", gemma, {}) == ""


def test_joined_pieces_puts_split_characters_back_together() -> None:
    raw = "França 🙂\nok".encode()
    pieces = [readable_piece(raw[:5]), readable_piece(raw[5:9]), readable_piece(raw[9:])]
    assert "<0x" in pieces[0]  # "ç" split over two tokens reads as bytes in each
    assert joined_pieces(pieces) == "França 🙂\nok"
    assert joined_pieces(["1.", " Red", "\n", "<|im_end|>"]) == "1. Red\n<|im_end|>"
