"""The chat list: creating, opening, searching, renaming, exporting and deleting conversations."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.chat.base import ChatPanelBase
from gui.chat.export import safe_file_name
from gui.chat.schema import RECOVERED_CHAT_TITLE
from gui.chat.store import NEW_CHAT_TITLE


class ChatConversations(ChatPanelBase):
    """The sidebar of conversations and what can be done to one."""

    def _build_conversation_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_conversation)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_conversations)
        self.conversation_list = QListWidget()
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(self._conversation_menu)
        self.conversation_list.currentItemChanged.connect(self._on_conversation_selected)
        self.conversation_list.setToolTip(self.tr("Right-click a chat to rename, export or delete it"))
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for widget in (self.new_button, self.search, self.conversation_list):
            layout.addWidget(widget)
        return box

    def refresh_conversations(self) -> None:
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        for conversation in self.store.conversations(self.search.text()):
            item = QListWidgetItem(self._shown_title(conversation.title))
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            updated = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.updated))
            item.setToolTip(self.tr("updated {time}").format(time=updated))
            self.conversation_list.addItem(item)
            if conversation.id == self.conversation_id:
                self.conversation_list.setCurrentItem(item)
        self.conversation_list.blockSignals(False)

    def _shown_title(self, title: str) -> str:
        """A title as listed: the store's own default titles (kept in English) in the GUI's language."""
        if title == NEW_CHAT_TITLE:
            return self.tr("New chat")
        if title == RECOVERED_CHAT_TITLE:
            return self.tr("Recovered chat")
        return title

    def new_conversation(self) -> int:
        self.conversation_id = self.store.create_conversation(
            system_prompt=self.settings_form.system_prompt.toPlainText()
            if self.conversation_id is None
            else "",
            settings=self.defaults,
            model=self.bridge.model,
        )
        self.search.clear()
        self.refresh_conversations()
        self.open_conversation(self.conversation_id)
        self.input.setFocus()
        return self.conversation_id

    def open_conversation(self, conversation_id: int) -> None:
        conversation = self.store.conversation(conversation_id)
        self.conversation_id = conversation_id
        self._cancel_edit()
        self.settings_form.set_values(conversation.system_prompt, conversation.settings)
        self.refresh_conversations()
        self.redraw()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_conversation_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.open_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        if title.strip():
            self.store.rename_conversation(conversation_id, title.strip())
            self.refresh_conversations()

    def delete_conversation(self, conversation_id: int, confirm: bool = True) -> None:
        if self.stream is not None and self.conversation_id == conversation_id:
            self.status_message.emit(self.tr("Stop the reply before deleting this chat."))
            return
        title = self._shown_title(self.store.conversation(conversation_id).title)
        if confirm and QMessageBox.question(
            self,
            self.tr("Delete chat"),
            self.tr("Delete “{title}” and all its branches?").format(title=title),
        ) != (QMessageBox.StandardButton.Yes):
            return
        self.store.delete_conversation(conversation_id)
        if self.conversation_id == conversation_id:
            self.conversation_id = None
            remaining = self.store.conversations()
            if remaining:
                self.open_conversation(remaining[0].id)
            else:
                self.redraw()
        self.refresh_conversations()

    def _conversation_menu(self, position: QPoint) -> None:
        item = self.conversation_list.itemAt(position)
        if item is None:
            return
        conversation_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._rename_dialog(conversation_id))
        menu.addAction(self.tr("Export Markdown…"), lambda: self.export_dialog("md", conversation_id))
        menu.addAction(self.tr("Export JSON…"), lambda: self.export_dialog("json", conversation_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_conversation(conversation_id))
        menu.exec(self.conversation_list.mapToGlobal(position))

    def _rename_dialog(self, conversation_id: int) -> None:
        current = self._shown_title(self.store.conversation(conversation_id).title)
        title, ok = QInputDialog.getText(self, self.tr("Rename chat"), self.tr("Title:"), text=current)
        if ok:
            self.rename_conversation(conversation_id, title)

    def export(self, kind: str, path: Path, conversation_id: int | None = None) -> None:
        chosen = conversation_id or self.conversation_id
        if chosen is None:
            return
        if kind == "md":
            path.write_text(self.store.export_markdown(chosen, self._added_system(chosen)), encoding="utf-8")
        else:
            path.write_text(json.dumps(self.store.export_json(chosen), ensure_ascii=False, indent=2), "utf-8")
        self.status_message.emit(self.tr("Exported to {path}").format(path=path))

    def export_dialog(self, kind: str, conversation_id: int | None = None) -> None:
        chosen = conversation_id or self.conversation_id
        if chosen is None:
            self.status_message.emit(self.tr("Nothing to export yet."))
            return
        title = self.store.conversation(chosen).title
        suffix = {"md": self.tr("Markdown (*.md)"), "json": self.tr("JSON (*.json)")}[kind]
        proposed = self.export_folder() / safe_file_name(title, kind)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export chat"), str(proposed), suffix)
        if name:
            self.last_export_folder = str(Path(name).parent)
            self.export(kind, Path(name), chosen)

    def export_folder(self) -> Path:
        """The folder of the last export, else the user's Documents folder, else their home."""
        for candidate in (
            self.last_export_folder,
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        ):
            if candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.home()

    def _added_system(self, conversation_id: int) -> str:
        """The loaded template's own system prompt, for a chat without one that this model wrote."""
        conversation = self.store.conversation(conversation_id)
        models = {row.model for row in self.store.path(conversation_id) if row.role == "assistant"}
        if conversation.system_prompt.strip() or models - {None} != {self.template.model_key}:
            return ""
        return self.template.default_system
