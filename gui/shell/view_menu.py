"""The window's View menu: the language, a presentation zoom for the projector, and a copy of the shown
view as an image for slides.

Zoom scales the application font (charts read it too) in 10 % steps and is remembered; the language is
remembered and applies from the next start, which the user may trigger at once (chats are on disk, the
other views' inputs are saved on close).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QTabWidget

from gui.shell import i18n

ZOOM_KEY = "ui/zoom"
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
MAIN_SCRIPT = Path(__file__).resolve().parents[2] / "main.py"
_base_point_size: list[float] = []  # the application font's size before any zoom, read once


class ViewMenu(QObject):
    """Builds the View menu on `window` and owns what its actions change."""

    restart_requested = Signal()

    def __init__(self, window: QMainWindow, tabs: QTabWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.tabs, self.settings = window, tabs, settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if not _base_point_size:
            _base_point_size.append(app.font().pointSizeF())
        self.base_point_size = _base_point_size[0]
        self.zoom = self._remembered_zoom()
        self.menu = window.menuBar().addMenu(self.tr("&View"))
        self._add_zoom_actions()
        self.menu.addSeparator()
        self.copy_action = self._action(self.tr("Copy this view as an image"), "Ctrl+Shift+C", self.copy_view)
        self.copy_action.setToolTip(self.tr("Puts a picture of the shown tab on the clipboard, for slides"))
        self.menu.addSeparator()
        self.language_menu = self._build_language_menu()
        self.apply_zoom(self.zoom)

    # --- zoom ------------------------------------------------------------------------------------

    def _remembered_zoom(self) -> float:
        try:
            value = float(str(self.settings.value(ZOOM_KEY, 1.0)))
        except ValueError:
            return 1.0
        return min(ZOOM_STEPS, key=lambda step: abs(step - value))

    def _add_zoom_actions(self) -> None:
        zoom_in = self._action(self.tr("Zoom in"), "Ctrl+=", lambda: self.step_zoom(+1))
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self._action(self.tr("Zoom out"), "Ctrl+-", lambda: self.step_zoom(-1))
        self._action(self.tr("Actual size"), "Ctrl+0", lambda: self.apply_zoom(1.0))

    def _action(self, text: str, keys: str, slot: object, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        (menu or self.menu).addAction(action)
        self.window.addAction(action)  # the shortcut works with the menu closed, from any tab
        return action

    def step_zoom(self, direction: int) -> None:
        index = ZOOM_STEPS.index(self.zoom) + direction
        self.apply_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index))])

    def apply_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        font.setPointSizeF(self.base_point_size * zoom)
        app.setFont(font)
        self.settings.setValue(ZOOM_KEY, zoom)
        self.window.statusBar().showMessage(
            self.tr("Zoom {percent} %").format(percent=round(zoom * 100)), 3000
        )

    # --- copy as image -----------------------------------------------------------------------------

    def copy_view(self) -> None:
        view = self.tabs.currentWidget()
        if view is None:
            return
        QGuiApplication.clipboard().setPixmap(view.grab())
        title = self.tabs.tabText(self.tabs.currentIndex())
        self.window.statusBar().showMessage(
            self.tr("{view} copied to the clipboard as an image").format(view=title), 5000
        )

    # --- language ----------------------------------------------------------------------------------

    def _build_language_menu(self) -> QMenu:
        menu = self.menu.addMenu(self.tr("Language"))
        group = QActionGroup(menu)
        for code, name in i18n.LANGUAGES.items():  # each language in its own words
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, chosen=code: self.choose_language(chosen))
        return menu

    def choose_language(self, code: str) -> None:
        self.settings.setValue(i18n.SETTING_KEY, code)
        self.settings.sync()
        if code == i18n.language():
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(
            self.tr("Lanterna will speak {language} from its next start.").format(
                language=i18n.LANGUAGES[code]
            )
        )
        box.setInformativeText(
            self.tr("Restart now? Your chats are saved; the other views keep their inputs.")
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("languageRestartBox")
        box.finished.connect(lambda _result: self._after_language_box(box.clickedButton() is restart))
        box.open()

    def _after_language_box(self, restart: bool) -> None:
        if restart:
            self.restart_requested.emit()


def restart_application(window: QMainWindow) -> None:
    """Start a new Lanterna with the same arguments, then close this one (which saves its state)."""
    arguments = [str(MAIN_SCRIPT), *sys.argv[1:]]
    if window.close():
        QProcess.startDetached(sys.executable, arguments)
