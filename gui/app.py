"""The desktop app's entry point: a main window that loads the default model and says so.

The engine is used through `engine.session` (never llama_cpp directly); loading runs in a worker
thread so the window stays responsive.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from engine.models import DEFAULT_MODEL


class ModelLoader(QObject):
    """Loads a model in a worker thread; reports progress, then the model facts or an error."""

    progress = Signal(int)  # percent
    loaded = Signal(object)  # object, not dict: PySide6 mis-counts references to bools inside a dict
    failed = Signal(str)

    def __init__(self, model: str) -> None:
        super().__init__()
        self.model = model
        self.session: object | None = None
        self._last_percent = -1

    @Slot()
    def run(self) -> None:
        from engine.models import ModelError
        from engine.session import Session

        try:
            self.session = Session.open(self.model, on_progress=self._report)
            self.loaded.emit(self.session.info().as_dict())
        except ModelError as error:
            self.failed.emit(str(error))
        except Exception:  # the window must stay alive whatever the loader hits
            self.failed.emit(traceback.format_exc(limit=1))

    def _report(self, fraction: float) -> bool:
        percent = int(fraction * 100)
        if percent != self._last_percent:
            self._last_percent = percent
            self.progress.emit(percent)
        return True


class MainWindow(QMainWindow):
    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        super().__init__()
        self.setWindowTitle("Lanterna")
        self.resize(720, 420)
        self.status = QLabel(f"Loading {model} …")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self._thread = QThread(self)
        self.loader = ModelLoader(model)
        self.loader.moveToThread(self._thread)
        self._thread.started.connect(self.loader.run)
        self.loader.progress.connect(self._on_progress)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        # The worker's thread ends as soon as the load ends, so no running thread outlives the window.
        self.loader.loaded.connect(self._thread.quit)
        self.loader.failed.connect(self._thread.quit)
        self._thread.start()

    @Slot(int)
    def _on_progress(self, percent: int) -> None:
        self.bar.setValue(percent)

    @Slot(object)
    def _on_loaded(self, info: dict) -> None:
        self.bar.setValue(100)
        self.status.setText(
            f"<h2>{info['name']}</h2>"
            f"<p>loaded: {info['architecture']}, {info['n_params'] / 1e6:.0f} M parameters, "
            f"{info['quantization']}, {info['n_layers']} layers, vocabulary {info['vocab_size']:,} tokens</p>"
        )
        self.statusBar().showMessage("Model loaded")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.bar.setValue(0)
        self.status.setText(f"<b>Could not load the model</b><br>{message}")
        self.statusBar().showMessage("No model loaded")

    def closeEvent(self, event) -> None:
        self._thread.quit()
        self._thread.wait()
        session = self.loader.session
        if session is not None:
            session.close()  # type: ignore[attr-defined]
        super().closeEvent(event)


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    model = argv[argv.index("--model") + 1] if "--model" in argv else DEFAULT_MODEL
    window = MainWindow(model)
    window.show()
    return app.exec()
