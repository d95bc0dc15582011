"""The main window's model bar and banner, and loading a model: the combo of packaged and recent models,
load / open / unload, load settings, progress and cancel, drag and drop, and what a load reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from engine.core.models import PACKAGED
from engine.process.protocol import Failed, Loaded
from gui.library.panel import gguf_path_from_mime
from gui.remote.dialog import ConnectDialog
from gui.shell.bridge import EngineBridge
from gui.shell.elided_label import ElidedLabel
from gui.shell.load_settings import LoadSettingsDialog
from gui.shell.text import integer

if TYPE_CHECKING:
    from gui.chat.panel import ChatPanel
    from gui.library.panel import ModelPanel

MAX_RECENT = 8


def model_label(model: str) -> str:
    titles = {packaged.key: packaged.title for packaged in PACKAGED}
    return titles.get(model, Path(model).name)


class ModelLoading(QMainWindow):
    """The main window's model-loading part (a base class of MainWindow, which builds the rest)."""

    bridge: EngineBridge
    settings: QSettings
    load_request: int | None
    load_settings: dict[str, Any]
    recent: list[str]
    chat: ChatPanel
    model_panel: ModelPanel

    def _build_model_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("modelBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.model_combo = QComboBox()
        self.model_combo.setMinimumWidth(280)
        self.model_combo.setToolTip(self.tr("Packaged and recent models"))
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.clicked.connect(lambda: self.load_model(str(self.model_combo.currentData())))
        self.open_button = QPushButton(self.tr("Open GGUF…"))
        self.open_button.setToolTip(
            self.tr("Open a .gguf model file (Ctrl+O); you can also drop one on the window")
        )
        self.open_button.clicked.connect(self.open_model_dialog)
        self.unload_button = QPushButton(self.tr("Unload"))
        self.unload_button.clicked.connect(self.unload_model)
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("Load settings…"))
        self.settings_button.setToolTip(self.tr("Context size, CPU threads, GPU layers"))
        self.settings_button.clicked.connect(self.edit_load_settings)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.cancel_load_button = QPushButton(self.tr("Cancel"))
        self.cancel_load_button.setVisible(False)
        self.cancel_load_button.clicked.connect(self.cancel_load)
        self.model_summary = ElidedLabel(self.tr("No model loaded"))
        self.model_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long model description must not widen the window: it is cut (the Model tab has it all)
        layout.addWidget(QLabel(self.tr("<b>Model</b>")))
        for widget in (self.model_combo, self.load_button, self.open_button, self.unload_button):
            layout.addWidget(widget)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_load_button)
        layout.addWidget(self.model_summary, 1)
        return bar

    def _build_banner(self) -> QWidget:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "#banner { background: #fde7b0; color: #3a2c00; border-bottom: 1px solid #d9b44a; }"
        )
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(12, 6, 12, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("color: #3a2c00;")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(lambda: self.banner.setVisible(False))
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(close)
        self.banner.setVisible(False)
        return self.banner

    def show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.setVisible(True)

    def _refresh_models(self) -> None:
        self.model_combo.clear()
        for packaged in PACKAGED:
            self.model_combo.addItem(packaged.title, packaged.key)
        for path in self.recent:
            self.model_combo.addItem(Path(path).name, path)
            self.model_combo.setItemData(self.model_combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.model_panel.set_recent(self.recent)
        if self.bridge.model is not None:
            found = self.model_combo.findData(self.bridge.model)
            if found >= 0:
                self.model_combo.setCurrentIndex(found)

    def _remember(self, model: str) -> None:
        if model in {packaged.key for packaged in PACKAGED}:
            return
        self.recent = [model, *[path for path in self.recent if path != model]][:MAX_RECENT]

    # --- models ------------------------------------------------------------------------------------

    @Slot(str)
    def load_model(self, model: str, extra: dict[str, Any] | None = None) -> None:
        if self.chat.stream is not None:
            self.statusBar().showMessage(self.tr("Stop the reply before loading another model."), 6000)
            return
        self.model_panel.set_error(None)
        self.load_request = self.bridge.load(model, {**self._engine_load_settings(), **(extra or {})})
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_load_button.setVisible(True)
        self.model_panel.set_busy(True)
        self.model_summary.set_full_text(self.tr("Loading {model}…").format(model=model_label(model)))

    def _engine_load_settings(self) -> dict[str, Any]:
        return {key: value for key, value in self.load_settings.items() if value is not None}

    def cancel_load(self) -> None:
        if self.load_request is not None:
            self.bridge.cancel(self.load_request)

    def unload_model(self) -> None:
        if self.chat.stream is None:
            self.bridge.unload()

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf)")
        )
        if path:
            self.load_model(path)

    def build_model_menu(self) -> None:
        """The menu bar's Model menu: a file, a server, the load settings (the bar's buttons, with room)."""
        menu = self.menuBar().addMenu(self.tr("&Model"))
        menu.addAction(self.tr("Open GGUF…"), self.open_model_dialog)
        connect = menu.addAction(self.tr("Connect to a server…"), self.open_server_dialog)
        connect.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.addAction(connect)
        menu.addAction(self.tr("Load settings…"), self.edit_load_settings)
        self.model_menu = menu

    def open_server_dialog(self) -> None:
        """A llama-server or OpenAI-compatible server by address; only the API key's variable name is kept."""
        remembered = str(self.settings.value("model/server", "http://127.0.0.1:8080"))
        key_env = str(self.settings.value("model/server_key_env", ""))
        dialog = ConnectDialog(remembered, key_env, self)
        dialog.connect_requested.connect(self.connect_server)
        self.server_dialog = dialog  # kept for tests and so it is not collected while open
        dialog.open()

    def connect_server(self, address: str, api_key_env: str) -> None:
        self.settings.setValue("model/server", address)
        self.settings.setValue("model/server_key_env", api_key_env)
        self.load_model(address, {"api_key_env": api_key_env} if api_key_env else {})

    def edit_load_settings(self) -> None:
        dialog = LoadSettingsDialog(self.load_settings, self.bridge.gpu_offload_supported, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_settings = dialog.values()
            model = self.bridge.model or self.bridge.last_requested_model  # a failed load is retried
            if model is not None:
                self.load_model(model)  # apply now: the settings belong to the load

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if gguf_path_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = gguf_path_from_mime(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.load_model(path)

    def _end_load(self) -> None:
        self.load_request = None
        self.progress.setVisible(False)
        self.cancel_load_button.setVisible(False)
        self.model_panel.set_busy(False)

    def _on_loaded(self, event: Loaded) -> None:
        self._end_load()
        info = event.info
        self._remember(event.model)
        self._refresh_models()
        self.model_panel.library.mark_used(event.model)
        self.model_panel.show_info(info)
        if info.get("remote"):  # a server: no file facts, and not the model to open at the next start
            self._show_remote_summary(event.model, info)
            return
        self.model_summary.set_full_text(
            self.tr(
                "{model} · {architecture} · {millions} M parameters · {quantization} · context {n_ctx}"
            ).format(
                model=model_label(event.model),
                architecture=info["architecture"],
                millions=integer(round(info["n_params"] / 1e6)),
                quantization=info["quantization"],
                n_ctx=integer(info["n_ctx"]),
            )
            + self._workers_text(info),
            tip=info["path"],
        )
        self.settings.setValue("model/last", event.model)

    def _workers_text(self, info: dict[str, Any]) -> str:
        """' · layers on 2 RPC workers' for a split model (the numbers come from elsewhere), else ''."""
        workers = info.get("rpc_workers") or []
        if not workers:
            return ""
        return " · " + self.tr("layers on %n RPC worker(s)", "", len(workers))

    def _show_remote_summary(self, address: str, info: dict[str, Any]) -> None:
        capabilities = info.get("capabilities") or {}
        self.model_summary.set_full_text(
            self.tr("{model} on a server ({api}) · top {top_n} alternatives per token").format(
                model=info.get("name") or address,
                api=capabilities.get("api", "?"),
                top_n=integer(int(capabilities.get("max_alternatives") or 0)),
            ),
            tip=address,
        )

    def _on_load_failed(self, event: Failed) -> None:
        self._end_load()
        if event.kind == "cancelled":
            self.model_summary.set_full_text(self.tr("Loading cancelled · no model loaded"))
            return
        self.model_summary.set_full_text(self.tr("No model loaded"))
        self.model_panel.set_error(event.message)
        self.model_panel.show_info(None)
        self.show_banner(self.tr("<b>Could not load the model.</b> {message}").format(message=event.message))
