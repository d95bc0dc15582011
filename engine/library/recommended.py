"""Models for classes in Portuguese and Spanish: a short curated list of small instruct GGUF models, and the
languages each packaged model suits.

SmolLM2-135M (packaged, the default) speaks English only; Gemma-3-270M (packaged) speaks Portuguese and
Spanish but is a base model: it continues text and does not chat. The list below fills the gap: small chat
models whose model cards name Portuguese and Spanish, each one file (Q4_K_M) in a public, ungated
repository. Sizes are approximate, as the model pages round them; the Hub's own listing gives the exact
size before anything is written. The facts come from each model card: licence and the languages it
officially supports (`language_count` counts them all; `languages` names the ones worth listing).

Gemma-3-1B-it was considered and left out: its card (and the Gemma 3 release notes) give the 1B size
English only; the 140+ languages are those of the 4B and larger Gemma 3 models.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.library.catalog import quantization_from_name, repo_folder
from engine.library.hub_access import HubError
from engine.library.hub_search import HubFile, list_gguf_files

GB = 1_000_000_000


@dataclass(frozen=True)
class ModelLanguages:
    """The languages a model's card names, and how it talks."""

    languages: tuple[str, ...]  # ISO 639-1 codes, most relevant first (Portuguese and Spanish lead)
    language_count: int | None  # how many languages the card claims in all; None: "many", no number
    count_is_minimum: bool = False  # "over 29 languages"
    chats: bool = True  # False: a base model, which continues text and does not follow a chat
    reasons: bool = False  # thinks out loud before it answers (a reasoning mode, on by default)

    def speaks(self, code: str) -> bool:
        return code in self.languages


@dataclass(frozen=True)
class RecommendedModel:
    """One click in the Download view: a repository's file, with what a student needs to choose it."""

    key: str
    title: str
    repo_id: str
    filename: str
    approx_size_bytes: int  # as the model page rounds it: labelled approximate wherever it is shown
    parameters_b: float  # billions of parameters
    licence: str
    licence_url: str
    languages: ModelLanguages

    @property
    def quantization(self) -> str:
        return quantization_from_name(self.filename)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "repo_id": self.repo_id,
            "filename": self.filename,
            "approx_size_bytes": self.approx_size_bytes,
            "parameters_b": self.parameters_b,
            "licence": self.licence,
            "licence_url": self.licence_url,
            "languages": list(self.languages.languages),
            "language_count": self.languages.language_count,
        }


_QWEN_LANGUAGES = ModelLanguages(
    ("pt", "es", "en", "fr", "de", "it", "zh", "ru", "ja", "ko", "vi", "th", "ar"), 29, count_is_minimum=True
)

RECOMMENDED: tuple[RecommendedModel, ...] = (
    RecommendedModel(
        "qwen2.5-0.5b-instruct",
        "Qwen2.5 0.5B Instruct",
        "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        "qwen2.5-0.5b-instruct-q4_k_m.gguf",
        int(0.49 * GB),
        0.49,
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        _QWEN_LANGUAGES,
    ),
    RecommendedModel(
        "llama-3.2-1b-instruct",
        "Llama 3.2 1B Instruct",
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
        int(0.81 * GB),
        1.24,
        "Llama 3.2 Community License",
        "https://www.llama.com/llama3_2/license/",
        ModelLanguages(("pt", "es", "en", "de", "fr", "it", "hi", "th"), 8),
    ),
    RecommendedModel(
        "qwen2.5-1.5b-instruct",
        "Qwen2.5 1.5B Instruct",
        "Qwen/Qwen2.5-1.5B-Instruct-GGUF",
        "qwen2.5-1.5b-instruct-q4_k_m.gguf",
        int(1.1 * GB),
        1.54,
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        _QWEN_LANGUAGES,
    ),
    RecommendedModel(
        "smollm3-3b",
        "SmolLM3 3B",
        "ggml-org/SmolLM3-3B-GGUF",
        "SmolLM3-Q4_K_M.gguf",
        int(1.9 * GB),
        3.08,
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        ModelLanguages(("pt", "es", "en", "fr", "de", "it"), 6, reasons=True),
    ),
)

# The packaged models (engine.core.models.PACKAGED), by key.
PACKAGED_LANGUAGES: dict[str, ModelLanguages] = {
    "smollm2-135m": ModelLanguages(("en",), 1),
    "gemma3-270m": ModelLanguages(("pt", "es", "en"), None, chats=False),
}


def recommended(key: str) -> RecommendedModel:
    for entry in RECOMMENDED:
        if entry.key == key:
            return entry
    raise KeyError(key)


def pick_file(entry: RecommendedModel, files: list[HubFile]) -> HubFile | None:
    """The listed file the entry names; else one of the same quantization (a repository that renamed its
    files keeps working); None when the repository has neither."""
    for file in files:
        if file.filename == entry.filename:
            return file
    wanted = entry.quantization.upper()
    same = [file for file in files if file.quantization.upper() == wanted and not file.parts]
    return min(same, key=lambda file: file.filename) if same else None


def find_file(entry: RecommendedModel) -> HubFile:
    """Ask the Hub for the entry's file (its exact size and name); HubError in words when it is gone."""
    found = pick_file(entry, list_gguf_files(entry.repo_id))
    if found is None:
        raise HubError(
            f"{entry.repo_id} no longer has {entry.filename} (nor another {entry.quantization} file): "
            "search for the repository to choose a file"
        )
    return found


def cached_path(entry: RecommendedModel, cache_dir: Path | None = None) -> Path | None:
    """The entry's file in the Hugging Face cache when a download finished (a snapshot link appears only
    after the checksum matched), else None. The newest snapshot wins."""
    snapshots = repo_folder(entry.repo_id, cache_dir) / "snapshots"
    if not snapshots.is_dir():
        return None
    found = [folder / entry.filename for folder in snapshots.iterdir() if (folder / entry.filename).is_file()]
    return max(found, key=lambda path: path.stat().st_mtime) if found else None
