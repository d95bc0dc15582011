"""The Chat panel: conversations, a streaming transcript whose tokens can be inspected and re-chosen,
and per-conversation sampling settings. Everything the user writes or receives goes to the store as
it happens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.chat.actions import ChatActions
from gui.chat.model_notes import TemplateWatcher
from gui.chat.settings_form import SamplingForm
from gui.chat.store import ChatStore
from gui.chat.transcript import TranscriptView
from gui.chat.widgets import Legend, MessageInput
from gui.shell.bridge import EngineBridge


class ChatPanel(ChatActions):
    """The chat list, the transcript with its input row, and the conversation's settings, side by side."""

    def __init__(
        self, bridge: EngineBridge, store: ChatStore, defaults: dict[str, Any] | None = None
    ) -> None:
        super().__init__(bridge, store, defaults)
        self._build()
        bridge.received.connect(self._on_engine_event)
        self.template = TemplateWatcher(bridge, self)
        self.template.changed.connect(self._show_template_notes)
        self._show_template_notes()
        # Esc belongs to the whole tab (it is live only while the tab is shown): after a click on
        # Regenerate the focus is in the transcript, not the message box, and Esc must still stop.
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape)
        self.refresh_conversations()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_conversation_list())
        self.splitter.addWidget(self._build_centre())
        self.splitter.addWidget(self._build_settings())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_centre(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 12, 6, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_toolbar())
        self.transcript = TranscriptView()
        self.transcript.record_for = self.record_for
        self.transcript.token_clicked.connect(self._token_menu)
        self.transcript.token_menu.connect(self._token_menu)
        self.transcript.action.connect(self._on_action)
        layout.addWidget(self.transcript, 1)
        self.edit_banner = QLabel()
        self.edit_banner.setVisible(False)
        self.edit_banner.setWordWrap(True)
        layout.addWidget(self.edit_banner)
        self.base_model_note = QLabel()
        self.base_model_note.setWordWrap(True)
        self.base_model_note.setVisible(False)
        layout.addWidget(self.base_model_note)
        layout.addLayout(self._build_input_row())
        return box

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.inspect = QCheckBox(self.tr("Inspect tokens"))
        self.inspect.setToolTip(
            self.tr(
                "Colour every reply token by the probability the model gave it. Hover a token to see the "
                "alternatives; click it to continue the reply from another one. (Ctrl+I)"
            )
        )
        self.inspect.toggled.connect(self._on_inspect_toggled)
        self.legend = Legend()
        self.legend.setVisible(False)
        bar.addWidget(self.inspect)
        bar.addWidget(self.legend)
        bar.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Markdown…"), lambda: self.export_dialog("md"))
        export_menu.addAction(self.tr("JSON (with token records)…"), lambda: self.export_dialog("json"))
        self.export_button.setMenu(export_menu)
        bar.addWidget(self.export_button)
        return bar

    def _build_input_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.input = MessageInput()
        self.input.setPlaceholderText(
            self.tr("Message the model — Enter to send, Shift+Enter for a new line")
        )
        self.input.setMaximumHeight(96)
        self.input.submit.connect(self.send)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Enter or Ctrl+Return)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        row.addWidget(self.input, 1)
        row.addLayout(buttons)
        return row

    def _build_settings(self) -> QWidget:
        box = QFrame()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 12, 12, 12)
        self.settings_form = SamplingForm()
        self.settings_form.changed.connect(self._on_settings_changed)
        self.settings_form.set_values("", self.defaults)
        layout.addWidget(self.settings_form)
        self.settings_form.system_prompt.textChanged.connect(self._show_template_notes)
        layout.addStretch(1)
        return box

    @Slot(bool)
    def _on_inspect_toggled(self, on: bool) -> None:
        self.legend.setVisible(on)
        self.legend.refresh()
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "transcript"):
            # Token colours and their text follow the theme; the transcript gets the new palette
            # after this panel does, so it is redrawn once the change has reached it.
            QTimer.singleShot(0, self.redraw)

    def _show_template_notes(self) -> None:
        base_note = self.template.base_model_note()
        self.base_model_note.setText(base_note)
        self.base_model_note.setVisible(bool(base_note))
        typed = self.settings_form.system_prompt.toPlainText().strip()
        self.settings_form.show_template_system(self.template.default_system_note() if not typed else "")

    # --- settings ----------------------------------------------------------------------------------

    def _on_settings_changed(self) -> None:
        values = self.settings_form.values()
        self.defaults = values  # the last settings used become the defaults for new chats
        if self.conversation_id is not None:
            self.store.update_conversation(
                self.conversation_id,
                system_prompt=self.settings_form.system_prompt.toPlainText(),
                settings=values,
            )
