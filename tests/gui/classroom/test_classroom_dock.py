"""The classroom beside the views: Ctrl+L shows it docked where the views leave room, floating where they
do not, and never widens the window the user sized."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def press_ctrl_l(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)


def test_ctrl_l_docks_the_classroom_at_1280(app_window: Any, qtbot: Any) -> None:
    app_window.resize(1280, 800)
    qtbot.wait(50)
    press_ctrl_l(app_window, qtbot)
    dock = app_window.classroom_dock
    assert dock.isVisible() and not dock.isFloating()
    assert app_window.width() == 1280
    assert app_window.classroom_action.isChecked()
    press_ctrl_l(app_window, qtbot)
    assert not dock.isVisible() and not app_window.classroom_action.isChecked()


def test_ctrl_l_floats_the_classroom_where_the_views_leave_no_room(app_window: Any, qtbot: Any) -> None:
    app_window.resize(1024, 700)
    qtbot.wait(50)
    press_ctrl_l(app_window, qtbot)
    dock = app_window.classroom_dock
    assert dock.isVisible() and dock.isFloating()
    qtbot.wait(100)
    assert (app_window.width(), app_window.height()) == (1024, 700)
    lesson_list = app_window.classroom.lesson_list
    first = lesson_list.visualItemRect(lesson_list.item(0)).center()
    qtbot.mouseClick(lesson_list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: app_window.classroom.lesson is not None, timeout=5000)
    assert app_window.classroom.lesson.id == app_window.classroom.lessons[0].id
