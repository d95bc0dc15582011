"""Finding a chat without typing its accents, and exporting one: where the file is proposed, under which
name, and what the Markdown says about how the replies were made (real SmolLM2, real engine)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from chat_driving import open_window, reply, set_sampling, type_and_send
from pytestqt.qtbot import QtBot

from gui.shell.main_window import MainWindow

SMOL_DEFAULT_SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"


def listed_titles(window: MainWindow) -> list[str]:
    chats = window.chat.conversation_list
    return [chats.item(row).text() for row in range(chats.count())]


def test_search_ignores_accents_and_case(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    # Two stored chats, as earlier sessions would have left them.
    trip = window.store.create_conversation("Viagem")
    window.store.add_message(trip, None, "user", "Fale sobre a França e a Espanha.")
    other = window.store.create_conversation("Receitas")
    window.store.add_message(other, None, "user", "Um bolo de cenoura.")

    qtbot.keyClicks(window.chat.search, "franca")
    assert listed_titles(window) == ["Viagem"]
    window.chat.search.clear()
    qtbot.keyClicks(window.chat.search, "CENOURA")
    assert listed_titles(window) == ["Receitas"]
    window.close()


class SaveDialog:
    """Stands in for the native, modal save dialog: records what it proposed and answers `answer`."""

    def __init__(self) -> None:
        self.proposed: list[Path] = []
        self.answer = ""

    def __call__(self, _parent: Any, _caption: str, proposed: str, _filter: str) -> tuple[str, str]:
        self.proposed.append(Path(proposed))
        return self.answer, _filter


def export_action(window: MainWindow, label: str) -> Any:
    menu = window.chat.export_button.menu()
    assert menu is not None
    return next(action for action in menu.actions() if action.text().startswith(label))


def test_export_proposes_documents_and_a_safe_name_then_the_last_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    set_sampling(window, max_tokens=8)
    message_id = type_and_send(qtbot, window, "What is 2+2?")
    seed = reply(window, message_id).seed

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs file: ~/Documents
    dialog = SaveDialog()
    monkeypatch.setattr("gui.chat.conversations.QFileDialog.getSaveFileName", dialog)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialog.answer = str(chosen / "two plus two.md")

    export_action(window, "Markdown").trigger()
    assert dialog.proposed[-1] == home / "Documents" / "What is 2+2.md"  # not the install folder, no "?"
    markdown = (chosen / "two plus two.md").read_text(encoding="utf-8")
    assert "- Model: smollm2-135m\n" in markdown
    assert (
        "- Sampling: temperature 0.0 · top-k 40 · top-p 0.95 · min-p 0.05 · max tokens 8 · seed random"
        in markdown
    )
    assert "- System prompt: written by the chat template, below\n" in markdown
    assert SMOL_DEFAULT_SYSTEM in markdown
    assert f"**Assistant** · smollm2-135m, seed {seed}\n" in markdown
    assert "- Started " in markdown and ", exported " in markdown

    dialog.answer = str(chosen / "two plus two.json")
    export_action(window, "JSON").trigger()
    assert dialog.proposed[-1] == chosen / "What is 2+2.json"  # the folder used last time
    exported = json.loads((chosen / "two plus two.json").read_text(encoding="utf-8"))
    assert exported["messages"][-1]["model"] == "smollm2-135m"
    window.close()

    again = open_window(qtbot, data)
    dialog.answer = ""  # cancelled
    export_action(again, "Markdown").trigger()
    assert dialog.proposed[-1].parent == chosen  # remembered between runs
    again.close()
