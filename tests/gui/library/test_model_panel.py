"""The Model tab, offscreen, fed with the real SmolLM2 model's info."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QTableWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from engine.core.session import Session
from gui.library.loaded_model import EMPTY_STATE_TEXT, FULL_TEXT_ROLE, NO_TEMPLATE_TEXT
from gui.library.model_rows import SUBTITLE_ROLE, TARGET_ROLE
from gui.library.model_text import format_bytes, format_params, heads_text, shorten, visible_text
from gui.library.panel import FILE_NOT_FOUND, ModelPanel, gguf_path_from_mime

SCREENSHOT = Path("/tmp/model-panel.png")


@pytest.fixture(scope="module")
def smol_info(smol: Session) -> dict[str, Any]:
    info = smol.info().as_dict()
    info["metadata"] = smol.model.facts().metadata
    return info


@pytest.fixture
def panel(qtbot: QtBot) -> ModelPanel:
    widget = ModelPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def _drop(panel: ModelPanel, *urls: QUrl) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls(list(urls))
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    return event


def _packaged_row(panel: ModelPanel, key: str) -> QTreeWidgetItem:
    for index in range(panel.packaged_section.childCount()):
        item = panel.packaged_section.child(index)
        if item is not None and item.data(0, TARGET_ROLE) == key:
            return item
    raise AssertionError(f"no packaged row for {key}")


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _visible_metadata_keys(panel: ModelPanel) -> list[str]:
    proxy = panel.metadata_proxy
    return [proxy.index(row, 0).data(FULL_TEXT_ROLE) for row in range(proxy.rowCount())]


# --- pure helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (999, "999 bytes"),
        (1_500, "1.5 kB"),
        (98_362_432, "98.4 MB"),
        (4_920_000_000, "4.9 GB"),
    ],
)
def test_format_bytes(size: int, text: str) -> None:
    assert format_bytes(size) == text


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (512, "512"),
        (1_500_000, "1.50 M"),
        (134_515_008, "135 M"),
        (268_098_176, "268 M"),
        (7_241_732_096, "7.24 B"),
        (70_553_706_496, "70.6 B"),
    ],
)
def test_format_params(count: int, text: str) -> None:
    assert format_params(count) == text


def test_visible_text_shows_control_characters() -> None:
    assert visible_text("\n") == "\\n"
    assert visible_text("a\tb\r\x00") == "a\\tb\\r\\x00"
    assert visible_text("<|im_end|> é") == "<|im_end|> é"


def test_shorten_and_heads_text() -> None:
    assert shorten("abcdef", 10) == "abcdef"
    assert shorten("abcdef", 4) == "abc…"
    assert "3 query heads share each KV head" in heads_text(9, 3)
    assert "grouped-query" not in heads_text(8, 8)


def test_gguf_path_from_mime_accepts_only_local_gguf_files(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/model.gguf"), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert gguf_path_from_mime(mime) is None
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "Model.GGUF"))])
    assert gguf_path_from_mime(mime) == str(tmp_path / "Model.GGUF")
    assert gguf_path_from_mime(QMimeData()) is None


# --- the panel ------------------------------------------------------------------------------------


def test_empty_state_for_no_model(panel: ModelPanel) -> None:
    panel.show_info(None)
    assert panel.info_stack.currentIndex() == 0
    assert panel.empty_state.text() == EMPTY_STATE_TEXT
    assert not panel.unload_button.isEnabled()
    assert panel.error_banner.isHidden()


def test_show_info_describes_smollm2(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    values = {field: label.text() for field, label in panel.summary_values.items()}
    assert panel.info_stack.currentIndex() == 1
    assert values["architecture"] == "llama"
    assert values["vocabulary"] == "49,152 tokens"
    assert values["parameters"].startswith("135 M")
    assert values["file_size"].startswith("98.4 MB")
    assert "3 query heads share each KV head" in values["heads"]
    assert values["loaded_context"] == "1,024 tokens"
    assert panel.unload_button.isEnabled()


def test_special_tokens_table_lists_eos(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    table = panel.special_tokens_table
    rows = [[_cell_text(table, row, column) for column in range(3)] for row in range(table.rowCount())]
    assert ["eos", "2", "<|im_end|>"] in rows
    assert ["nl", "198", "\\n"] in rows  # the newline token is shown, not left blank


def test_chat_template_is_shown(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    assert "im_start" in panel.chat_template_view.toPlainText()
    assert panel.chat_template_note.isHidden()
    panel.show_info({**smol_info, "chat_template": None})
    assert panel.chat_template_view.isHidden()
    assert panel.chat_template_note.text() == NO_TEMPLATE_TEXT


def test_metadata_filter_narrows_rows(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    everything = panel.metadata_proxy.rowCount()
    assert everything == len(smol_info["metadata"]) > 10
    panel.metadata_filter.setText("HEAD_COUNT")
    head_keys = {"llama.attention.head_count", "llama.attention.head_count_kv"}
    assert set(_visible_metadata_keys(panel)) == head_keys
    panel.metadata_filter.setText("HuggingFaceTB")  # matches a value, not a key
    assert _visible_metadata_keys(panel) == ["general.organization"]
    panel.metadata_filter.clear()
    assert panel.metadata_proxy.rowCount() == everything


def test_long_metadata_values_are_elided(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    panel.metadata_filter.setText("tokenizer.chat_template")
    value = panel.metadata_proxy.index(0, 1)
    assert value.data().endswith("…") and "\n" not in value.data()
    assert value.data(Qt.ItemDataRole.ToolTipRole) == smol_info["metadata"]["tokenizer.chat_template"]


def test_missing_metadata_is_handled(panel: ModelPanel, smol_info: dict[str, Any]) -> None:
    info = {key: value for key, value in smol_info.items() if key != "metadata"}
    panel.show_info(info)
    assert panel.metadata_proxy.rowCount() == 0
    assert panel.summary_values["architecture"].text() == "llama"


def test_activating_the_packaged_row_requests_it(panel: ModelPanel, qtbot: QtBot) -> None:
    row = _packaged_row(panel, "smollm2-135m")
    rect = panel.model_list.visualItemRect(row)
    viewport = panel.model_list.viewport()
    with qtbot.waitSignal(panel.load_requested) as blocker:
        # A real double-click starts with a click; the view only activates the row it was pressed on.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["smollm2-135m"]
    panel.model_list.setCurrentItem(row)
    with qtbot.waitSignal(panel.load_requested) as blocker:
        qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["smollm2-135m"]


def test_packaged_rows_describe_their_models(panel: ModelPanel) -> None:
    row = _packaged_row(panel, "smollm2-135m")
    assert row.data(0, SUBTITLE_ROLE) == "English only"  # installed: the row says what it suits
    assert "49k vocabulary" in row.toolTip(0)


def test_packaged_rows_say_which_language_each_suits(panel: ModelPanel, qtbot: QtBot) -> None:
    gemma = _packaged_row(panel, "gemma3-270m")
    assert gemma.data(0, SUBTITLE_ROLE).startswith("Portuguese, Spanish and more · base model")
    panel.model_list.setCurrentItem(gemma)
    shown = panel.model_details.text()  # what a first-time user reads under the list
    assert "Portuguese, Spanish, English and many more" in shown and "does not chat" in shown
    panel.model_list.setCurrentItem(_packaged_row(panel, "smollm2-135m"))
    shown = panel.model_details.text()
    assert "Officially: English." in shown and "For Portuguese or Spanish, pick Gemma-3-270M" in shown


def test_open_file_requests_the_chosen_path(
    panel: ModelPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = str(tmp_path / "model.gguf")
    asked: list[str] = []

    def fake_dialog(_parent: object, _title: str, _folder: str, file_filter: str) -> tuple[str, str]:
        asked.append(file_filter)
        return chosen, file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    with qtbot.waitSignal(panel.load_requested) as blocker:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [chosen]
    assert asked == ["GGUF models (*.gguf)"]


def test_dropped_gguf_file_is_requested(panel: ModelPanel, qtbot: QtBot, tmp_path: Path) -> None:
    path = str(tmp_path / "dropped.gguf")
    with qtbot.waitSignal(panel.load_requested) as blocker:
        event = _drop(panel, QUrl.fromLocalFile(path))
    assert blocker.args == [path]
    assert event.isAccepted()


def test_dropped_text_file_is_ignored(panel: ModelPanel, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.assertNotEmitted(panel.load_requested):
        event = _drop(panel, QUrl.fromLocalFile(str(tmp_path / "notes.txt")))
    assert not event.isAccepted()


def test_busy_disables_loading(panel: ModelPanel, qtbot: QtBot, tmp_path: Path) -> None:
    panel.set_busy(True)
    assert not panel.load_button.isEnabled()
    assert not panel.open_button.isEnabled()
    with qtbot.assertNotEmitted(panel.load_requested):
        _drop(panel, QUrl.fromLocalFile(str(tmp_path / "dropped.gguf")))
    panel.set_busy(False)
    assert panel.load_button.isEnabled() and panel.open_button.isEnabled()


def test_recent_missing_file_is_greyed(panel: ModelPanel, tmp_path: Path) -> None:
    present = tmp_path / "present.gguf"
    present.write_bytes(b"GGUF")
    missing = tmp_path / "gone.gguf"
    panel.set_recent([str(present), str(missing)])
    assert panel.recent_section.childCount() == 2
    present_row, missing_row = panel.recent_section.child(0), panel.recent_section.child(1)
    assert present_row is not None and missing_row is not None
    assert present_row.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not missing_row.flags() & Qt.ItemFlag.ItemIsEnabled
    assert missing_row.toolTip(0) == FILE_NOT_FOUND
    assert missing_row.data(0, TARGET_ROLE) == str(missing)


def test_unload_button_requests_unload(panel: ModelPanel, qtbot: QtBot, smol_info: dict[str, Any]) -> None:
    panel.show_info(smol_info)
    with qtbot.waitSignal(panel.unload_requested):
        qtbot.mouseClick(panel.unload_button, Qt.MouseButton.LeftButton)


def test_error_banner_shows_and_clears(panel: ModelPanel) -> None:
    panel.set_error("model file not found: /nowhere/model.gguf")
    assert panel.error_banner.isVisible()
    assert "not found" in panel.error_label.text()
    assert panel.error_label.wordWrap()
    panel.set_error(None)
    assert panel.error_banner.isHidden()


def test_screenshot(panel: ModelPanel, smol_info: dict[str, Any], qtbot: QtBot) -> None:
    panel.set_recent([smol_info["path"], "/models/missing/llama-3.2-1b-instruct-q4_k_m.gguf"])
    panel.show_info(smol_info)
    qtbot.wait(50)
    assert panel.grab().save(str(SCREENSHOT))
