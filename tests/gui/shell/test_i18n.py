"""The GUI in Portuguese and Spanish: complete catalogues, no English left on screen, numbers in the
reader's locale, the language menu, the presentation zoom and the copy of a view as an image."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from engine.core import translations
from gui.shell import i18n
from gui.shell.text import integer, number, percent

CATALOGUED = ("pt_BR", "es")


def messages(language: str) -> dict[tuple[str, str], str | list[str]]:
    """(context, English source) → translation (a list of plural forms for %n messages)."""
    root = ET.parse(translations.catalogue(language)).getroot()
    found: dict[tuple[str, str], str | list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or (translation.text or "")
    return found


@pytest.mark.parametrize("language", CATALOGUED)
def test_lupdate_finds_every_string_of_the_gui_translated(tmp_path: Path, language: str) -> None:
    """pyside6-lupdate run on today's sources over a copy of the catalogue: 0 unfinished, none new."""
    copy = tmp_path / "i18n"
    shutil.copytree(translations.I18N_DIR, copy, ignore=shutil.ignore_patterns("*.qm"))
    original = translations.I18N_DIR
    translations.I18N_DIR = copy
    try:
        translations.update()
        assert translations.unfinished(language) == 0
        assert messages(language).keys() == _read(original, language).keys()
    finally:
        translations.I18N_DIR = original


def _read(folder: Path, language: str) -> dict[tuple[str, str], str | list[str]]:
    original = translations.I18N_DIR
    translations.I18N_DIR = folder
    try:
        return messages(language)
    finally:
        translations.I18N_DIR = original


@pytest.mark.parametrize("language", CATALOGUED)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    for (context, source), translated in messages(language).items():
        forms = translated if isinstance(translated, list) else [translated]
        assert all(forms), (context, source)
        for placeholder in ("{", "%n"):
            if placeholder == "%n" and isinstance(translated, list):
                continue  # a singular form may say "um token" instead of "%n token"
            assert source.count(placeholder) == forms[-1].count(placeholder), (context, source, forms)


def test_the_language_follows_the_variable_then_the_setting_then_the_system() -> None:
    assert i18n.choose_language(None, {"LANTERNA_LANG": "pt-BR"}) == "pt_BR"
    assert i18n.choose_language(None, {"LANTERNA_LANG": "es_CL.UTF-8"}) == "es"
    assert i18n.normalise("pt_PT") == "pt_BR" and i18n.normalise("de_DE") is None
    assert i18n.choose_language(None, {"LANTERNA_LANG": "xx"}) in i18n.LANGUAGES


@pytest.fixture
def portuguese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "pt_BR"), "the .qm files are made by the set-up (python main.py setup)"
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def test_numbers_follow_the_locale_on_screen(portuguese: None) -> None:
    assert percent(0.4) == "40,0 %"
    assert number(0.4, 2) == "0,40"
    assert integer(50257) == "50.257"


def english_sources() -> set[str]:
    """Every English source text whose Portuguese translation differs from it."""
    return {
        source
        for (_context, source), translated in messages("pt_BR").items()
        if "{" not in source and "%n" not in source and translated != source and len(source) > 2
    }


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read on `root`'s visible widgets (and their tooltips)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
                yield "tab tooltip", widget.tabToolTip(index)
    for action in root.actions():
        yield "action", action.text()


def english_left(root: QWidget, sources: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if text in sources})


@pytest.fixture
def window_in_portuguese(portuguese: None, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from gui.shell.main_window import MainWindow

    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.bridge.info is not None, timeout=60_000)
    yield window
    window.close()


def test_every_panel_in_portuguese_shows_no_english_source_text(
    window_in_portuguese: Any, qtbot: Any
) -> None:
    window = window_in_portuguese
    sources = english_sources()
    assert window.tabs.tabText(1) == "Explorador de amostragem"
    left: list[str] = []
    for index in range(window.tabs.count()):
        qtbot.keyClick(
            window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier
        )  # as a user switches
        assert window.tabs.currentIndex() == index
        qtbot.wait(50)
        left += english_left(window, sources)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        entries = [menu_action, *(menu.actions() if menu is not None else [])]
        left += [f"menu: {action.text()!r}" for action in entries if action.text() in sources]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the classroom dock
    assert window.classroom_dock.isVisible()
    assert window.classroom_dock.windowTitle() == "Sala de aula"
    left += english_left(window.classroom_dock, sources)
    assert not left, "\n".join(left)


def test_the_load_settings_dialog_in_portuguese(window_in_portuguese: Any, qtbot: Any) -> None:
    window = window_in_portuguese
    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        seen.append([*english_left(dialog, english_sources()), dialog.windowTitle()])
        dialog.reject()

    QTimer.singleShot(300, read_and_close)
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    *left, title = seen[0]
    assert title == "Ajustes de carga"
    assert not left, left


def test_zoom_keys_scale_the_font_and_are_remembered(app_window: Any, qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    qtbot.keyClick(app_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(app_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(base * 1.25)
    button = app_window.chat.send_button  # widgets take the new font on the next event-loop turn
    qtbot.waitUntil(lambda: button.font().pointSizeF() == pytest.approx(base * 1.25), timeout=2000)
    assert float(str(app_window.settings.value("ui/zoom"))) == pytest.approx(1.25)
    qtbot.keyClick(app_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(base * 1.1)
    qtbot.keyClick(app_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_copy_view_as_image_puts_the_shown_tab_on_the_clipboard(app_window: Any, qtbot: Any) -> None:
    qtbot.keyClick(app_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        app_window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    ratio = app_window.attention.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(app_window.attention.width() * ratio),
        round(app_window.attention.height() * ratio),
    )


def test_choosing_a_language_is_remembered_and_offers_a_restart(app_window: Any, qtbot: Any) -> None:
    menu = app_window.view_menu.language_menu
    portuguese = next(action for action in menu.actions() if action.data() == "pt_BR")
    portuguese.trigger()  # what a click on the menu item does
    assert app_window.settings.value(i18n.SETTING_KEY) == "pt_BR"
    box = app_window.findChild(QMessageBox, "languageRestartBox")
    assert box is not None and box.isVisible()
    assert "Português (Brasil)" in box.text()
    restarts: list[bool] = []
    app_window.view_menu.restart_requested.connect(lambda: restarts.append(True))
    later = next(button for button in box.buttons() if button.text() == "Later")
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert restarts == []


PLURAL_CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context><name>PluralBase</name>
<message numerus="yes"><source>%n token(s)</source>
<translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
</message></context>
</TS>
"""


class PluralBase(QWidget):
    def count(self, n: int) -> str:
        return self.tr("%n token(s)", "", n)


class PluralChild(PluralBase):
    pass


def test_a_plural_written_in_a_parent_class_is_translated_in_a_subclass(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "lanterna_pt_BR.ts"
    source.write_text(PLURAL_CATALOGUE, encoding="utf-8")
    lrelease = translations.tool("lrelease")
    subprocess.run(
        [lrelease, str(source), "-qm", str(source.with_suffix(".qm"))], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    try:
        assert i18n.install(qapp, "pt_BR")
        assert PluralChild().count(3) == "3 tokens"  # PySide6 alone answers "3 token(s)" here
        assert PluralChild().count(1) == "1 token"
    finally:
        monkeypatch.undo()
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


def test_a_text_inherited_by_the_window_takes_its_own_class_translation(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    """The model bar is built in a base class of the window; "Unload" there is the model bar's word, not
    the Model tab's (the same English source in another context, translated differently in Spanish)."""
    from gui.shell.main_window import MainWindow

    spanish = messages("es")
    bar_word, tab_word = spanish[("ModelLoading", "Unload")], spanish[("LoadedModelView", "Unload")]
    assert bar_word != tab_word
    assert i18n.install(qapp, "es")
    try:
        window = MainWindow(data_dir=tmp_path)
        qtbot.addWidget(window)
        assert window.unload_button.text() == bar_word
        window.close()
    finally:
        i18n.install(qapp, "en")
