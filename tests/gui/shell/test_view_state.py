"""The inputs of the attention, embeddings and prompt-lab views come back after a restart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.shell.main_window import MainWindow


def open_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    return window


def test_view_inputs_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    first = open_window(qtbot, tmp_path)
    first.attention.prompt.setPlainText("Recife é uma cidade")
    first.attention.generate.setValue(7)
    first.attention.ignore_sink.setChecked(True)
    first.embeddings.query.setText("queen")
    first.embeddings.k.setValue(25)
    first.prompt_lab.dataset_combo.setCurrentIndex(1)
    first.prompt_lab.seed.setValue(11)
    first.prompt_lab.limit.setValue(9)
    first.close()

    second = open_window(qtbot, tmp_path)
    assert second.attention.prompt.toPlainText() == "Recife é uma cidade"
    assert second.attention.generate.value() == 7
    assert second.attention.ignore_sink.isChecked()
    assert (second.embeddings.query.text(), second.embeddings.k.value()) == ("queen", 25)
    assert second.prompt_lab.dataset_combo.currentIndex() == 1
    assert (second.prompt_lab.seed.value(), second.prompt_lab.limit.value()) == (11, 9)
    second.close()
