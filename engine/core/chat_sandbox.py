"""A Jinja sandbox with limits: a chat template must finish in bounded time and output size.

jinja2's sandbox stops code execution but not work: `{% for i in range(99999) %}` nested, `'x' * 10**8`
or a recursive macro run until memory or patience is gone. Here every operator, call, filter and `~`
that could build a value is checked before it runs (its result must stay under `max_chars`), macro
calls are counted, a tracer checks the deadline and the caller's cancel flag on every template line,
and the output is streamed and counted. Each limit ends the render with a TemplateLimit.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from jinja2 import Environment
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat, EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment

MAX_DEPTH = 64  # nested macro calls


class TemplateLimit(Exception):
    """The template went past a limit; the message says which, in words."""


class TemplateCancelled(Exception):
    """The caller asked to stop while the template was rendering."""


def _size(value: Any) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value)
    return 0


def _deep_size(value: Any) -> int:
    """Characters a value stands for: its length, or for a list of strings the sum of theirs."""
    if isinstance(value, list | tuple):
        return sum(max(_size(item), 1) for item in value)
    return _size(value)


class _Budget:
    """Deadline, cancel flag, value-size and depth limits of one render."""

    def __init__(self, seconds: float, max_chars: int, should_stop: Callable[[], bool] | None) -> None:
        self.seconds, self.max_chars = seconds, max_chars
        self.deadline = time.monotonic() + seconds
        self.should_stop = should_stop or (lambda: False)
        self.depth = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimit(f"this model's chat template did not finish rendering in {self.seconds:g} s")
        if self.should_stop():
            raise TemplateCancelled("cancelled while rendering the chat template")

    def check_size(self, size: int) -> None:
        if size > self.max_chars:
            raise TemplateLimit(
                f"this model's chat template produced more than {self.max_chars:,} characters"
            )

    def estimate(self, name: str, target: Any, args: list[Any]) -> None:
        """Refuse before it runs a call whose result could pass the limit (x.ljust(10**9), s.replace)."""
        self.check_size(_call_size(name, target, args))


def _numbers_in(text: str) -> int:
    """The sum of the numbers written in a format string ('%0999999999d', '{:>99999}')."""
    digits = "".join(ch if ch.isdigit() else " " for ch in text).split()
    return sum(int(number) if len(number) < 12 else 1 << 40 for number in digits)


def _call_size(name: str, target: Any, args: list[Any]) -> int:
    """An upper bound of the size of `target.name(*args)` for the calls that can grow a value."""
    ints = sum(max(arg, 0) for arg in args if isinstance(arg, int) and not isinstance(arg, bool))
    texts = [arg for arg in args if isinstance(arg, str)]
    if name == "replace" and isinstance(target, str) and len(texts) >= 2:
        old, new = texts[0], texts[1]
        hits = target.count(old) if old else len(target) + 1
        return len(target) + hits * max(len(new) - len(old), 0)
    if name == "join":
        items = target if not isinstance(target, str) else next(iter(args), ())
        separator = target if isinstance(target, str) else next(iter(texts), "")
        if isinstance(items, list | tuple):
            return _deep_size(items) + len(separator) * len(items)
        return 0
    if name in ("format", "format_map") and isinstance(target, str):
        return len(target) + _numbers_in(target) + sum(_deep_size(arg) for arg in args)
    return ints + _size(target)


def _binop_size(op: str, left: Any, right: Any) -> int:
    if op == "*":
        for sequence, count in ((left, right), (right, left)):
            if _size(sequence) and isinstance(count, int):
                return _size(sequence) * max(count, 0)
        return 0
    if op == "+":
        return _size(left) + _size(right)
    if op == "%" and isinstance(left, str):  # '%0999999999d' % 1
        return len(left) + _numbers_in(left) + _deep_size(right)
    return 0


def _power_bits(left: Any, right: Any) -> int:
    if isinstance(left, int) and isinstance(right, int) and right > 0:
        return abs(left).bit_length() * right
    return 0


class _BoundedCodeGenerator(CodeGenerator):
    """`a ~ b` goes through the environment, so that its result is measured before it is joined."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.budget = _Budget(10.0, 1 << 20, None)
        self.globals.pop("lipsum", None)  # lipsum(n=10**9)
        self.filters = {name: self._bounded_filter(name, func) for name, func in self.filters.items()}

    def _bounded_filter(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)  # keeps jinja's pass_context / pass_environment marks
        def bounded(*args: Any, **kwargs: Any) -> Any:
            budget = self.budget
            budget.tick()
            values = [arg for arg in args if not isinstance(arg, Context | EvalContext | Environment)]
            if values:
                budget.estimate(name, values[0], [*values[1:], *kwargs.values()])
            result = func(*args, **kwargs)
            budget.check_size(_size(result))
            return result

        return bounded

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        self.budget.check_size(_binop_size(operator_name, left, right))
        if operator_name == "**" and _power_bits(left, right) > 4096:
            raise TemplateLimit("this model's chat template computes a number too large to keep")
        return super().call_binop(context, operator_name, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = __self.budget
        budget.tick()
        if __obj is __self.globals.get("range") and len(range(*args)) > MAX_RANGE:
            raise TemplateLimit(
                f"this model's chat template asks for a range of more than {MAX_RANGE:,} items"
            )
        budget.estimate(
            getattr(__obj, "__name__", ""), getattr(__obj, "__self__", None), [*args, *kwargs.values()]
        )
        if budget.depth >= MAX_DEPTH:
            raise TemplateLimit(f"this model's chat template nests calls more than {MAX_DEPTH} deep")
        budget.depth += 1
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        finally:
            budget.depth -= 1
        budget.check_size(_size(result))
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        target = value.__self__  # '{:>999999999}'.format: the width is in the string itself

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            self.budget.check_size(_call_size("format", target, [*args, *kwargs.values()]))
            return wrapped(*args, **kwargs)

        return bounded_format

    def bounded_concat(self, parts: tuple[Any, ...]) -> str:
        texts = [str(part) for part in parts]
        self.budget.check_size(sum(map(len, texts)))
        return "".join(texts)


def _tracer(budget: _Budget) -> Callable[[FrameType, str, Any], Any]:
    """A trace function that checks the budget on every line of template code (loops included)."""

    def local(frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            budget.tick()
        return local

    def global_trace(frame: FrameType, _event: str, _arg: Any) -> Any:
        return local if frame.f_code.co_filename == "<template>" else None

    return global_trace


def render_bounded(
    env: BoundedEnvironment,
    source: str,
    variables: dict[str, Any],
    *,
    seconds: float,
    max_chars: int,
    should_stop: Callable[[], bool] | None = None,
) -> str:
    """Render `source` under the limits; TemplateLimit / TemplateCancelled when one is reached."""
    env.budget = budget = _Budget(seconds, max_chars, should_stop)
    budget.check_size(len(source))
    previous = sys.gettrace()
    sys.settrace(_tracer(budget))
    try:
        compiled = env.from_string(source)
        pieces: list[str] = []
        total = 0
        for piece in compiled.generate(**variables):
            total += len(piece)
            budget.check_size(total)
            pieces.append(piece)
        return "".join(pieces)
    finally:
        sys.settrace(previous)
