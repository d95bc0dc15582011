"""Which languages a model speaks, in words: language names, the short line of a list row and the longer
text of its details, for the packaged models and the curated Download list (engine.library.recommended)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine.library.recommended import ModelLanguages

CONTEXT = "ModelLanguages"

LANGUAGE_NAMES = {
    "pt": str(QT_TRANSLATE_NOOP("ModelLanguages", "Portuguese")),
    "es": str(QT_TRANSLATE_NOOP("ModelLanguages", "Spanish")),
    "en": str(QT_TRANSLATE_NOOP("ModelLanguages", "English")),
    "fr": str(QT_TRANSLATE_NOOP("ModelLanguages", "French")),
    "de": str(QT_TRANSLATE_NOOP("ModelLanguages", "German")),
    "it": str(QT_TRANSLATE_NOOP("ModelLanguages", "Italian")),
    "hi": str(QT_TRANSLATE_NOOP("ModelLanguages", "Hindi")),
    "th": str(QT_TRANSLATE_NOOP("ModelLanguages", "Thai")),
    "zh": str(QT_TRANSLATE_NOOP("ModelLanguages", "Chinese")),
    "ru": str(QT_TRANSLATE_NOOP("ModelLanguages", "Russian")),
    "ja": str(QT_TRANSLATE_NOOP("ModelLanguages", "Japanese")),
    "ko": str(QT_TRANSLATE_NOOP("ModelLanguages", "Korean")),
    "vi": str(QT_TRANSLATE_NOOP("ModelLanguages", "Vietnamese")),
    "ar": str(QT_TRANSLATE_NOOP("ModelLanguages", "Arabic")),
}

# engine.core.models.PACKAGED's descriptions, so that they read in the GUI's language (an unknown one
# shows as it comes).
PACKAGED_DESCRIPTIONS = (
    str(
        QT_TRANSLATE_NOOP(
            "ModelLanguages",
            "Llama architecture, 30 layers, 9 heads, 49k vocabulary, chat template. The default model.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "ModelLanguages",
            "Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.",
        )
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelLanguages", text)


def language_name(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return _tr(name) if name else code


def names(languages: ModelLanguages) -> str:
    """'Portuguese, Spanish, English': every named language, in the GUI's language."""
    return ", ".join(language_name(code) for code in languages.languages)


def short_text(languages: ModelLanguages) -> str:
    """A list row's line: 'English only', 'Portuguese, Spanish and 27 more', '… and more'."""
    if languages.languages == ("en",):
        return QCoreApplication.translate("ModelLanguages", "English only")
    first = ", ".join(language_name(code) for code in languages.languages[:2])
    if languages.language_count is None:
        return QCoreApplication.translate("ModelLanguages", "{languages} and more").format(languages=first)
    more = languages.language_count - min(2, len(languages.languages))
    if more <= 0:
        return first
    return QCoreApplication.translate("ModelLanguages", "{languages} and %n more", "", more).format(
        languages=first
    )


def long_text(languages: ModelLanguages) -> str:
    """The languages in full, as the model card gives them."""
    if languages.language_count is None:
        return QCoreApplication.translate(
            "ModelLanguages", "Speaks {languages} and many more languages."
        ).format(languages=names(languages))
    count = languages.language_count
    if languages.count_is_minimum:
        return QCoreApplication.translate(
            "ModelLanguages", "Over %n languages, among them {languages}.", "", count
        ).format(languages=names(languages))
    return QCoreApplication.translate("ModelLanguages", "Officially: {languages}.").format(
        languages=names(languages)
    )


def kind_text(languages: ModelLanguages) -> str:
    """How the model talks: a chat model, a reasoning one, or a base model that only continues text."""
    if not languages.chats:
        return QCoreApplication.translate(
            "ModelLanguages", "Base model: it continues text, it does not chat. Good for few-shot prompts."
        )
    if languages.reasons:
        return QCoreApplication.translate(
            "ModelLanguages",
            "Chat model that reasons before it answers (/no_think in the system prompt turns that off).",
        )
    return QCoreApplication.translate("ModelLanguages", "Chat model: follows instructions.")


def packaged_line(languages: ModelLanguages) -> str:
    """The languages part of a packaged model's row: 'English only', '… and many more · base model'."""
    line = short_text(languages)
    if not languages.chats:
        line = QCoreApplication.translate("ModelLanguages", "{languages} · base model").format(languages=line)
    return line


def packaged_details(description: str, languages: ModelLanguages | None) -> str:
    """A packaged model's details: what it is made of, the languages it suits and how it talks."""
    text = _tr(description)
    if languages is None:
        return text
    parts = [text, long_text(languages), kind_text(languages)]
    if not languages.speaks("pt"):
        parts.append(
            QCoreApplication.translate(
                "ModelLanguages",
                "For Portuguese or Spanish, pick Gemma-3-270M or a chat model from Download → "
                "Models that speak Portuguese and Spanish.",
            )
        )
    return f"{text}\n\n{' '.join(parts[1:])}"
