"""'Connect to a server…': an inference server's address, where its API key comes from (an environment
variable's name, or a key typed once into the system keyring; never the key in Lanterna's settings), and
a Test button that shows what the server can show."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.remote.api import Capabilities
from engine.remote.credentials import KeyUnavailable, store_key
from engine.remote.http import Endpoint, ServerError
from engine.remote.session import RemoteSession


class ConnectDialog(QDialog):
    """Emits `connect_requested(address, api_key_env)` when the user presses Connect."""

    connect_requested = Signal(str, str)
    _tested = Signal(object)  # Capabilities or ServerError, from the test thread

    def __init__(
        self, address: str = "http://127.0.0.1:8080", api_key_env: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("http://127.0.0.1:8080")
        self.key_env = QLineEdit(api_key_env)
        self.key_env.setPlaceholderText(self.tr("e.g. LLAMA_API_KEY (optional)"))
        self.key_env.setToolTip(
            self.tr(
                "The name of an environment variable that holds the key, "
                "or keyring:NAME for a key in the system keyring"
            )
        )
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("or type the key once: the system keyring keeps it"))
        self.key.setToolTip(
            self.tr(
                "Stored in the system keyring under this server's address; "
                "Lanterna's settings keep only its name"
            )
        )
        self.test_button = QPushButton(self.tr("Test"))
        self.report = QLabel(self.tr("Press Test to see what the server can show."))
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.address)
        form.addRow(self.tr("API key variable"), self.key_env)
        form.addRow(self.tr("API key"), self.key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._tested.connect(self._show_result)
        self.capabilities: Capabilities | None = None

    @Slot()
    def test(self) -> None:
        self.test_button.setEnabled(False)
        if not self._keep_typed_key():
            self.test_button.setEnabled(True)
            return
        self.report.setText(self.tr("Asking the server…"))
        address, key_env = self.address.text(), self.key_env.text()

        def run() -> None:  # a plain thread: the answer comes back through a queued signal
            try:
                self._tested.emit(RemoteSession.connect(address, key_env).capabilities)
            except ServerError as error:
                self._tested.emit(error)

        threading.Thread(target=run, name="remote-test", daemon=True).start()

    @Slot(object)
    def _show_result(self, outcome: object) -> None:
        self.test_button.setEnabled(True)
        if isinstance(outcome, ServerError):
            self.capabilities = None
            self.report.setText(self.tr("Could not use the server: {error}").format(error=str(outcome)))
            return
        assert isinstance(outcome, Capabilities)
        self.capabilities = outcome
        self.report.setText("\n".join(self.describe(outcome)))

    def describe(self, caps: Capabilities) -> list[str]:
        def mark(value: bool) -> str:
            return self.tr("yes") if value else self.tr("no")

        lines = [
            self.tr("Model: {model} ({api} API)").format(model=caps.model, api=caps.api),
            self.tr("Chat with alternatives: {0}").format(mark(caps.chat_alternatives)),
            self.tr(
                "Next-token probe: {0} (the top {1} only; the rest is shown as unknown tail mass)"
            ).format(mark(caps.next_token_probe), caps.max_alternatives),
            self.tr("Probabilities after the sampling chain: {0}").format(mark(caps.after_chain)),
            self.tr("Prompt scoring: {0}").format(mark(caps.prompt_scoring)),
            self.tr("Tokenization: {0}").format(mark(caps.tokenization)),
            self.tr("Branch a reply from an alternative: {0}").format(mark(caps.branching)),
            self.tr("Attention, hidden states, embeddings and the logit lens need a local model."),
        ]
        return lines

    def _keep_typed_key(self) -> bool:
        """A typed key goes into the system keyring now, named after the server; the variable field then
        says keyring:NAME and the key field is emptied. False (with the reason shown) when it cannot."""
        key = self.key.text().strip()
        if not key:
            return True
        try:
            name = Endpoint.parse(self.address.text()).url.split("://", 1)[1]
            self.key_env.setText(store_key(name, key))
        except (ServerError, KeyUnavailable) as error:
            self.report.setText(self.tr("Could not keep the key: {error}").format(error=str(error)))
            return False
        self.key.clear()
        return True

    @Slot()
    def _accept(self) -> None:
        if not self.address.text().strip():
            self.report.setText(self.tr("Give the server's address first."))
            return
        if not self._keep_typed_key():
            return
        self.connect_requested.emit(self.address.text().strip(), self.key_env.text().strip())
        self.accept()
