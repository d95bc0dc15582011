"""The desktop app's entry point: `python main.py [--model KEY_OR_PATH]` opens the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from gui.shell.main_window import MainWindow
from gui.shell.theme import follow_system_theme


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Lanterna")
    app.setOrganizationName("Lanterna")
    follow_system_theme(app)
    model = argv[argv.index("--model") + 1] if "--model" in argv[:-1] else None
    window = MainWindow(model)
    window.show()
    return app.exec()
