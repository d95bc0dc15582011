"""The language the GUI speaks: English, Português (Brasil) or Español, chosen once at start-up.

The order of precedence: $LANTERNA_LANG (scripts and tests), the choice remembered in settings.ini,
then the system locale. Catalogues are compiled from resources/i18n/*.ts by the set-up
(`pyside6-lrelease`); Qt's own dialogs use the catalogues that ship with PySide6. Numbers on screen
follow the language (0,40 in Portuguese) through QLocale; exports stay machine-readable.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = {"en": "English", "pt_BR": "Português (Brasil)", "es": "Español"}
ENV_VARIABLE = "LANTERNA_LANG"
SETTING_KEY = "ui/language"

_current = "en"
_translators: list[QTranslator] = []


def normalise(code: str | None) -> str | None:
    """A language code as one of LANGUAGES ("pt-BR", "pt_PT.UTF-8" → "pt_BR"; "es_CL" → "es"), or None."""
    if not code:
        return None
    base = code.split(".")[0].replace("-", "_")
    lowered = base.lower()
    if lowered.startswith("pt"):
        return "pt_BR"
    if lowered.startswith("es"):
        return "es"
    if lowered.startswith("en") or lowered in ("c", "posix"):
        return "en"
    return None


def choose_language(settings: QSettings | None = None, environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    remembered = str(settings.value(SETTING_KEY, "")) if settings is not None else ""
    for candidate in (env.get(ENV_VARIABLE), remembered, QLocale.system().name()):
        chosen = normalise(candidate)
        if chosen:
            return chosen
    return "en"


def catalogue_path(language: str) -> Path:
    return I18N_DIR / f"lanterna_{language}.qm"


class CatalogueTranslator(QTranslator):
    """Lanterna's catalogue, also found from a subclass or a mixin's user.

    `self.tr` in PySide6 looks a text up under the instance's class first and walks up the class tree
    only while the text comes back unchanged, which a plural ("%n tokens") never does once its number is
    filled in: a plural written in a parent class would stay English. A plural's miss is therefore
    retried under the contexts where the catalogue has the same source text.
    """

    def __init__(self, contexts: dict[str, list[str]], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.contexts = contexts

    def translate(  # None is Qt's null string: "not here, ask the next one"
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if n < 0:  # not a plural: PySide6 walks the class tree itself and finds the right context
            return None
        for other in self.contexts.get(source, ()):
            if other != context:
                found = super().translate(other, source, disambiguation, n)
                if found:
                    return found
        return None  # an empty string would be taken for a translation and show nothing


def source_contexts(language: str) -> dict[str, list[str]]:
    """Source text → the contexts that hold it, read from the catalogue's .ts file (empty if none)."""
    index: dict[str, list[str]] = {}
    try:
        root = ET.parse(catalogue_path(language).with_suffix(".ts")).getroot()
    except (OSError, ET.ParseError):
        return index
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            index.setdefault(message.findtext("source") or "", []).append(name)
    return index


def install(app: QCoreApplication, language: str) -> bool:
    """Install the catalogues for `language`; False when Lanterna's own was not found (English shown)."""
    global _current
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale("pt_BR" if _current == "pt_BR" else _current))
    ours = CatalogueTranslator(source_contexts(_current), app)
    found = ours.load(str(catalogue_path(_current)))
    if found:
        app.installTranslator(ours)
        _translators.append(ours)
    qt_own = QTranslator(app)
    if _current != "en" and qt_own.load(
        f"qtbase_{_current}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    return found


def language() -> str:
    """The language the GUI was started in ("en", "pt_BR" or "es")."""
    return _current
