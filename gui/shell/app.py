"""The desktop app's entry point: `python main.py [--model KEY_OR_PATH]` opens the main window."""

from __future__ import annotations

import ctypes.util
import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.chat.store import default_data_dir
from gui.shell import i18n
from gui.shell.launch_bench import READY_ENV, quit_when_ready
from gui.shell.main_window import MainWindow
from gui.shell.theme import follow_system_theme


def missing_display_reason(environ: dict[str, str] | None = None) -> str | None:
    """Why Qt could not open a window here (said in words before Qt aborts with its plugin message)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Lanterna from a desktop "
            "session, or run it under Xvfb (apt-get install xvfb libxcb-cursor0), or set "
            "QT_QPA_PLATFORM=offscreen for a window nobody sees; the command line needs no display "
            "(python main.py --help)."
        )
    if not env.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return "Qt's X11 plugin needs libxcb-cursor0: install it (apt-get install libxcb-cursor0)."
    return None


def main(argv: list[str]) -> int:
    reason = missing_display_reason() if QApplication.instance() is None else None
    if reason:
        print(f"lanterna: cannot open a window: {reason}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Lanterna")
    app.setOrganizationName("Lanterna")
    follow_system_theme(app)
    settings = QSettings(str(default_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    language = i18n.choose_language(settings)
    if not i18n.install(app, language) and language != "en":
        print(f"lanterna: no compiled {language} catalogue; run 'python main.py setup'", file=sys.stderr)
    model = argv[argv.index("--model") + 1] if "--model" in argv[:-1] else None
    window = MainWindow(model)
    window.show()
    if os.environ.get(READY_ENV):  # bench --launch: say when Ready, then leave
        quit_when_ready(window, app)
    return app.exec()
