"""A Session owns one loaded model and answers requests one at a time (tokenize, probe, generate).

The same Session runs in-process for the CLI, tests and benchmarks, and inside the engine process
for the GUI. It is not thread-safe except for `request_stop`, which any thread may call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.core.chat import Message, chat_stop_strings, render_chat
from engine.core.generation import Candidate, Generation, describe_candidates
from engine.core.llama_backend import LlamaModel, supports_gpu_offload
from engine.core.llama_types import LoadCancelled
from engine.core.models import LoadSettings, resolve_model, sha256_file
from engine.core.sampling import SamplingSettings, apply_chain
from engine.core.thread_tuning import Cancelled, ThreadChoice, choose_for_load
from engine.core.tokens import TokenInfo, readable_piece

FILE_TYPES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    36: "TQ1_0",
    37: "TQ2_0",
}


@dataclass(frozen=True)
class ModelInfo:
    path: str
    file_size: int
    architecture: str
    name: str
    n_params: int
    quantization: str
    context_length: int
    n_ctx: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    n_embd: int
    vocab_size: int
    special_tokens: dict[str, dict[str, Any]]
    chat_template: str | None
    gpu_offload_supported: bool
    metadata: dict[str, str]
    sha256: str | None = None
    threads: dict[str, Any] | None = None  # ThreadChoice.as_dict(): counts in use, how chosen, figures
    rpc_workers: tuple[str, ...] = ()  # ggml-rpc-server workers holding offloaded layers
    layer_placement: tuple[str, ...] = ()  # per layer, the output layer last: "local" or a worker

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ProbeResult:
    vocab_size: int
    entropy_bits: float
    candidates: list[Candidate]
    logits: np.ndarray
    prompt_tokens: list[TokenInfo]

    def as_dict(self) -> dict[str, Any]:
        return {
            "vocab_size": self.vocab_size,
            "entropy_bits": self.entropy_bits,
            "prompt_tokens": [token.as_dict() for token in self.prompt_tokens],
            "candidates": [candidate.as_dict() for candidate in self.candidates],
        }


class Session:
    def __init__(self, model: LlamaModel) -> None:
        self.model = model
        self._facts = model.facts()
        user = model.settings.n_threads or model.settings.n_threads_batch
        self.threads = ThreadChoice(*model.threads, "user" if user else "default")
        self._stop = threading.Event()
        self._token_infos: dict[int, TokenInfo] = {}  # generation asks for the same few tokens often
        # Feature modules keep per-model state here (an embedding matrix, a vocabulary table ...),
        # under a key of their own; it goes when the model is unloaded.
        self.cache: dict[str, Any] = {}

    @classmethod
    def open(
        cls,
        model: str | None = None,
        on_progress: Callable[[float], bool] | None = None,
        **settings: Any,
    ) -> Session:
        """Load a packaged model key or a .gguf path; `settings` are LoadSettings fields."""
        path = resolve_model(model)
        loaded = LlamaModel(LoadSettings(path=str(path), **settings), on_progress)
        try:
            user = (loaded.settings.n_threads, loaded.settings.n_threads_batch)
            choice = (  # with workers the layers run elsewhere: local timings would tell nothing
                ThreadChoice(*loaded.threads, "default")
                if loaded.settings.rpc_workers
                else choose_for_load(loaded, str(path), user, on_progress)
            )
        except Cancelled:
            loaded.close()
            raise LoadCancelled("model load cancelled") from None
        except BaseException:
            loaded.close()
            raise
        session = cls(loaded)
        session.threads = choice
        return session

    def close(self) -> None:
        self.model.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- facts ----------------------------------------------------------------------------------

    def info(self, with_sha256: bool = False) -> ModelInfo:
        facts, meta = self._facts, self._facts.metadata
        path = Path(self.model.settings.path)
        file_type = meta.get("general.file_type", "")
        quantization = FILE_TYPES.get(int(file_type), "") if file_type.isdigit() else ""
        return ModelInfo(
            path=str(path),
            file_size=path.stat().st_size,
            architecture=meta.get("general.architecture", "unknown"),
            name=meta.get("general.name", path.stem),
            n_params=facts.n_params,
            quantization=quantization or facts.description.split()[-1],
            context_length=facts.n_ctx_train,
            n_ctx=self.model.n_ctx,
            n_layers=facts.n_layers,
            n_heads=facts.n_heads,
            n_kv_heads=facts.n_kv_heads,
            n_embd=facts.n_embd,
            vocab_size=facts.vocab_size,
            special_tokens={
                name: {"id": token, "text": self.token_info(token).text}
                for name, token in facts.special_tokens.items()
            },
            chat_template=facts.chat_template,
            gpu_offload_supported=supports_gpu_offload(),
            metadata=dict(meta),
            sha256=sha256_file(path) if with_sha256 else None,
            threads=self.threads.as_dict(),
            rpc_workers=self.model.settings.rpc_workers,
            layer_placement=tuple(self.model.layer_placement),
        )

    @property
    def vocab_size(self) -> int:
        return self.model.vocab_size

    # --- tokens ---------------------------------------------------------------------------------

    def token_info(self, token: int) -> TokenInfo:
        info = self._token_infos.get(token)
        if info is None:
            info = TokenInfo(token, readable_piece(self.model.piece(token)), self.model.is_special(token))
            self._token_infos[token] = info
        return info

    def tokenize(self, text: str, add_special: bool = True) -> list[TokenInfo]:
        return [self.token_info(token) for token in self.model.tokenize(text, add_special=add_special)]

    def detokenize(self, tokens: Sequence[int]) -> str:
        return self.model.detokenize(tokens).decode("utf-8", errors="replace")

    def chat_prompt(self, messages: Sequence[Message], should_stop: Callable[[], bool] | None = None) -> str:
        """The model's chat template over `messages` (bounded in time and size; Cancelled on should_stop)."""
        special = self._facts.special_tokens
        return render_chat(
            messages,
            self._facts.chat_template,
            bos_token=self.token_info(special["bos"]).text if "bos" in special else "",
            eos_token=self.token_info(special["eos"]).text if "eos" in special else "",
            should_stop=should_stop,
        )

    def chat_stop_strings(self) -> tuple[str, ...]:
        """What ends a chat reply besides end-of-turn tokens (the transcript's turn marks for base models)."""
        return chat_stop_strings(self._facts.chat_template)

    def prompt_tokens(self, prompt: str) -> list[int]:
        """Token ids for a prompt; BOS is added unless the (chat-rendered) text already starts with it."""
        bos = self._facts.special_tokens.get("bos")
        starts_with_bos = bos is not None and prompt.startswith(self.token_info(bos).text)
        return self.model.tokenize(prompt, add_special=not starts_with_bos)

    # --- distributions --------------------------------------------------------------------------

    def request_stop(self) -> None:
        self._stop.set()
        self.model.request_stop()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def probe(self, prompt: str, settings: SamplingSettings | None = None, top_n: int = 20) -> ProbeResult:
        """The full next-token distribution after `prompt`, before and after the chain."""
        tokens = self.prompt_tokens(prompt)
        self._stop.clear()
        logits = self.model.evaluate(tokens)
        result = apply_chain(logits, settings or SamplingSettings())
        return ProbeResult(
            vocab_size=self.vocab_size,
            entropy_bits=result.entropy_bits,
            candidates=describe_candidates(result, top_n, self.token_info),
            logits=logits,
            prompt_tokens=[self.token_info(token) for token in tokens],
        )

    def next_logits(
        self, prompt: str, prefix: Sequence[int] = (), should_stop: Callable[[], bool] | None = None
    ) -> tuple[list[int], np.ndarray]:
        """The context's tokens (prompt, then `prefix`) and the logits row that follows them.

        Cancelled as soon as `should_stop` (asked between llama.cpp's graph nodes) says so."""
        tokens = self.prompt_tokens(prompt) + list(prefix)
        self._stop.clear()
        return tokens, self.model.evaluate(tokens, should_stop)

    def generate(
        self,
        prompt: str,
        settings: SamplingSettings | None = None,
        *,
        max_tokens: int = 128,
        seed: int | None = None,
        stop: Sequence[str] = (),
        top_n: int = 10,
        temperature: float | None = None,
        should_stop: Callable[[], bool] | None = None,
        prefix: Sequence[int] = (),
        overlap: bool = True,
    ) -> Generation:
        """A Generation over `prompt`; `temperature` overrides the settings' (0 = greedy).

        `overlap` decodes the next token while this step's records are made and consumed (same tokens
        and records; False does one thing at a time, for comparison).

        `prefix` continues a reply whose first tokens are already chosen (a branch from one token):
        they are evaluated after the prompt, count in `text`, and step indices start after them.
        """
        chosen = settings or SamplingSettings.llama_defaults()
        if temperature is not None:
            chosen = replace(chosen, temperature=temperature)
        self._stop.clear()
        generation = Generation(
            self, self.prompt_tokens(prompt), chosen, max_tokens, seed, stop, top_n, should_stop, prefix
        )
        generation.overlap = overlap
        return generation


def smoke_test(model: str) -> str:
    """Load a model and decode one greedy token: proves the llama.cpp build runs on this CPU."""
    with Session.open(model, n_ctx=256) as session:
        step = next(iter(session.generate("The capital of France is", max_tokens=1, temperature=0.0)))
        return f"{model}: ok, first token {step.token.text!r} (p={step.prob:.3f})"
