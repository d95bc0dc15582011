"""The sampling explorer's charts, drawn offscreen: what each plot item holds, clicks, themes and exports."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TypeVar

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from gui.sampling.cumulative import CumulativeChart
from gui.sampling.distribution import DistributionChart
from gui.sampling.sweep import SweepChart
from gui.sampling.timeline import TimelineChart
from gui.shell.charts import (
    AFTER_COLOUR,
    REMOVED_COLOUR,
    contrast_ratio,
    decade_label,
    readable_colour,
    token_label,
)
from gui.shell.theme import dark_palette

LABELS = ["A", "B", "C", "D", "E"]
BEFORE = np.array([0.40, 0.30, 0.15, 0.10, 0.05])
AFTER = np.array([0.40, 0.30, 0.15, 0.0, 0.0]) / 0.85
REMOVED_BY: list[str | None] = [None, None, None, "top-p", "top-p"]


ChartT = TypeVar("ChartT", DistributionChart, CumulativeChart, TimelineChart, SweepChart)


def shown(qtbot: QtBot, chart: ChartT) -> ChartT:
    qtbot.addWidget(chart)
    chart.resize(800, 360)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def distribution(qtbot: QtBot) -> DistributionChart:
    chart = shown(qtbot, DistributionChart())
    chart.set_data(LABELS, BEFORE, AFTER, REMOVED_BY, chosen=1, selected=2)
    return chart


def viewport_point(chart: DistributionChart | TimelineChart, x: float, y: float) -> QPoint:
    """Where the data point (x, y) of the chart's main view lies on its viewport."""
    scene_point = chart.view_box.mapViewToScene(QPointF(x, y))
    return chart.plot_widget.mapFromScene(scene_point)


def visible_stage_labels(chart: DistributionChart) -> dict[int, str]:
    return {round(label.pos().x()): label.toPlainText() for label in chart.stage_labels if label.isVisible()}


def colour_share(image: QImage, colour: str, tolerance: int = 12) -> float:
    """The fraction of a sample of the image's pixels that are close to `colour`."""
    target = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            total += 1
            if all(
                abs(a - b) <= tolerance
                for a, b in zip(
                    (pixel.red(), pixel.green(), pixel.blue()),
                    (target.red(), target.green(), target.blue()),
                    strict=True,
                )
            ):
                hits += 1
    return hits / total


# --- helpers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("cat", "cat"),
        (" cat", "·cat"),
        ("\n", "\\n"),
        ("\n\n", "\\n\\n"),
        ("a\tb", "a\\tb"),
        ("\r\n", "\\r\\n"),
        ("", "∅"),
        ("\x00", "\\x00"),
        ("\u00a0", "\\xa0"),
        ("café", "café"),
        ("  indented", "··indented"),
        ("extraordinarily", "extraordi…"),
        ("  extraordinary", "··extraor…"),
    ],
)
def test_token_label_shows_whitespace_and_stays_short(text: str, label: str) -> None:
    assert token_label(text) == label
    assert len(token_label(text)) <= 10


def test_decade_labels_read_as_plain_numbers_then_powers() -> None:
    assert [decade_label(exponent) for exponent in (0, -1, -2, -3, -4, -6)] == [
        "1",
        "0.1",
        "0.01",
        "0.001",
        "10⁻⁴",
        "10⁻⁶",
    ]


@pytest.mark.parametrize("background", ["#ffffff", "#18191b"])
def test_readable_colour_stands_out_on_light_and_dark(background: str) -> None:
    for colour in ("#440154", "#3b528b", "#21918c", "#e0b000", "#9e9e9e"):
        assert contrast_ratio(readable_colour(colour, QColor(background)), QColor(background)) >= 3.0


# --- distribution ------------------------------------------------------------------------------------------


def test_bars_hold_the_probabilities_before_and_after_the_chain(distribution: DistributionChart) -> None:
    np.testing.assert_allclose(distribution.before_bars.opts["height"], BEFORE)
    np.testing.assert_allclose(distribution.after_bars.opts["height"], AFTER)
    before_x = np.asarray(distribution.before_bars.opts["x"])
    after_x = np.asarray(distribution.after_bars.opts["x"])
    assert np.all(before_x < after_x)  # side by side, before on the left
    np.testing.assert_allclose((before_x + after_x) / 2, np.arange(5), atol=0.05)


def test_removed_tokens_are_grey_with_the_stage_that_removed_them(distribution: DistributionChart) -> None:
    for bars in (distribution.before_bars, distribution.after_bars):
        colours = [pg.mkBrush(brush).color().name() for brush in bars.opts["brushes"]]
        assert colours[3] == colours[4] == REMOVED_COLOUR
        assert REMOVED_COLOUR not in colours[:3]
    assert visible_stage_labels(distribution) == {3: "top-p", 4: "top-p"}


def test_stage_labels_follow_new_data(distribution: DistributionChart) -> None:
    distribution.set_data(
        ["x", "y", "z"], np.array([0.5, 0.3, 0.2]), np.array([1.0, 0.0, 0.0]), [None, "min-p", "top-k"]
    )
    assert visible_stage_labels(distribution) == {1: "min-p", 2: "top-k"}


def test_chosen_and_selected_are_marked(distribution: DistributionChart) -> None:
    assert distribution.chosen_marker.isVisible()
    assert distribution.chosen_marker.pos().x() == pytest.approx(1)
    assert distribution.chosen_marker.pos().y() == pytest.approx(AFTER[1])
    assert distribution.selection_band.isVisible()
    assert distribution.selection_band.getRegion() == pytest.approx((1.5, 2.5))
    distribution.set_selected(None)
    assert not distribution.selection_band.isVisible()


def test_log_scale_copes_with_zero_probabilities(distribution: DistributionChart) -> None:
    distribution.set_empirical(np.array([0.5, 0.3, 0.2, 0.0, 0.0]))
    distribution.set_log_scale(True)
    distribution.grab()  # paints every item in log view
    bottom = distribution.view_box.viewRange()[1][0]
    assert bottom == pytest.approx(-2)  # a decade below the smallest non-zero probability (0.05)
    for bars, values in ((distribution.before_bars, BEFORE), (distribution.after_bars, AFTER)):
        heights = np.asarray(bars.opts["height"])
        assert np.all(np.isfinite(heights)) and np.all(heights >= 0)
        np.testing.assert_allclose(bottom + heights, np.log10(np.maximum(values, 0.01)))
    np.testing.assert_allclose(distribution.after_bars.opts["height"][3:], 0.0)
    distribution.set_log_scale(False)
    np.testing.assert_allclose(distribution.before_bars.opts["height"], BEFORE)


def test_log_scale_of_an_all_zero_distribution_draws(qtbot: QtBot) -> None:
    chart = shown(qtbot, DistributionChart())
    chart.set_log_scale(True)
    chart.set_data(["a", "b"], np.zeros(2), np.zeros(2), ["top-k", "top-k"])
    chart.grab()
    assert np.all(np.isfinite(np.asarray(chart.before_bars.opts["height"])))


def test_min_p_line_marks_the_threshold(distribution: DistributionChart) -> None:
    assert not distribution.min_p_line.isVisible()
    distribution.set_min_p_threshold(0.04)
    assert distribution.min_p_line.isVisible()
    assert distribution.min_p_line.value() == pytest.approx(0.04)
    assert distribution.min_p_line.label.toPlainText() == "min-p"
    distribution.set_log_scale(True)
    assert distribution.min_p_line.value() == pytest.approx(math.log10(0.04))
    distribution.set_min_p_threshold(None)
    assert not distribution.min_p_line.isVisible()


def test_empirical_frequencies_toggle(distribution: DistributionChart) -> None:
    assert not distribution.empirical_bars.isVisible()
    freqs = np.array([0.45, 0.35, 0.2, 0.0, 0.0])
    distribution.set_empirical(freqs)
    assert distribution.empirical_bars.isVisible()
    np.testing.assert_allclose(distribution.empirical_bars.opts["height"], freqs)
    assert "sampled" in [label.text for _, label in distribution.legend.items]
    with pytest.raises(ValueError):
        distribution.set_empirical(np.array([1.0]))
    distribution.set_empirical(None)
    assert not distribution.empirical_bars.isVisible()
    assert "sampled" not in [label.text for _, label in distribution.legend.items]


def test_clicking_a_bar_emits_its_index(qtbot: QtBot, distribution: DistributionChart) -> None:
    point = viewport_point(distribution, 2.1, 0.05)
    with qtbot.waitSignal(distribution.bar_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(distribution.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2]


def test_clicks_beside_the_bars_emit_nothing(qtbot: QtBot, distribution: DistributionChart) -> None:
    scene_outside = distribution.view_box.mapViewToScene(QPointF(7.0, 0.1))
    assert distribution.index_at(scene_outside) is None
    left_axis = distribution.plot_item.getAxis("left").sceneBoundingRect().center()
    assert distribution.index_at(left_axis) is None


def test_empty_state_shows_a_hint_until_data_arrives(qtbot: QtBot) -> None:
    chart = shown(qtbot, DistributionChart())
    assert chart.hint.isVisible() and not chart.has_data
    assert "distribution" in chart.hint.toPlainText()
    chart.set_data(LABELS, BEFORE, AFTER, REMOVED_BY)
    assert not chart.hint.isVisible() and chart.has_data
    chart.clear()
    assert chart.hint.isVisible() and not chart.has_data
    assert len(chart.before_bars.opts["height"]) == 0


def test_mismatched_lengths_are_refused(qtbot: QtBot) -> None:
    chart = shown(qtbot, DistributionChart())
    with pytest.raises(ValueError):
        chart.set_data(["a"], np.array([0.5, 0.5]), np.array([1.0, 0.0]), [None, None])


def test_many_candidates_get_every_label_in_a_smaller_font(qtbot: QtBot) -> None:
    chart = shown(qtbot, DistributionChart())
    logits = np.sort(np.random.default_rng(1).normal(size=30))[::-1] * 3
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    chart.set_data([f" tok{i}" for i in range(30)], probs, probs, [None] * 30)
    assert chart.tick_labels == [f"·tok{i}" for i in range(30)]
    axis = chart.plot_item.getAxis("bottom")
    assert axis.style["tickFont"].pointSizeF() < chart.font().pointSizeF()


# --- cumulative ------------------------------------------------------------------------------------------


def test_cumulative_chart_marks_top_p_and_the_kept_ranks(qtbot: QtBot) -> None:
    chart = shown(qtbot, CumulativeChart())
    cumulative = np.cumsum(BEFORE)
    chart.set_data(cumulative, kept_count=3)
    chart.set_top_p(0.85)
    assert chart.top_p_line.isVisible()
    assert chart.top_p_line.value() == pytest.approx(0.85)
    assert chart.top_p_line.label.toPlainText() == "top-p = 0.85"
    kept_x, kept_y = chart.kept_curve.getData()
    np.testing.assert_allclose(kept_y, cumulative[:3])
    np.testing.assert_allclose(kept_x, [0.5, 1.5, 2.5, 3.5])  # step edges around ranks 1..3
    _, removed_y = chart.removed_curve.getData()
    np.testing.assert_allclose(removed_y, cumulative[3:])
    assert chart.view_box.viewRange()[1] == pytest.approx([0, 1.05])
    chart.set_top_p(None)
    assert not chart.top_p_line.isVisible()


def test_cumulative_chart_with_everything_kept(qtbot: QtBot) -> None:
    chart = shown(qtbot, CumulativeChart())
    chart.set_data(np.cumsum(BEFORE), kept_count=99)
    chart.grab()
    assert not chart.removed_curve.isVisible()
    assert [label.text for _, label in chart.legend.items] == ["kept (5)"]


# --- timeline and sweep -------------------------------------------------------------------------------------


def test_timeline_plots_both_series_and_the_current_step(qtbot: QtBot) -> None:
    chart = shown(qtbot, TimelineChart())
    entropy = np.array([2.5, 0.4, 3.1, 1.0, 0.2])
    chosen = np.array([0.3, 0.9, 0.2, 0.6, 0.95])
    chart.set_data(entropy, chosen, current=2)
    _, left = chart.left_curve.getData()
    _, right = chart.right_curve.getData()
    np.testing.assert_allclose(left, entropy)
    np.testing.assert_allclose(right, chosen)
    assert chart.right_curve.getViewBox() is chart.right_view
    assert chart.marker_line.value() == pytest.approx(3)  # steps are shown from 1
    assert [label.text for _, label in chart.legend.items] == [
        "entropy before the chain",
        "chosen token's probability before the chain",
    ]
    chart.set_current(None)
    assert not chart.marker_line.isVisible()


def test_clicking_the_timeline_emits_the_step(qtbot: QtBot) -> None:
    chart = shown(qtbot, TimelineChart())
    chart.set_data(np.array([1.0, 2.0, 3.0, 2.0]), np.array([0.5, 0.4, 0.3, 0.2]), current=None)
    point = viewport_point(chart, 3.2, 1.0)
    with qtbot.waitSignal(chart.step_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(chart.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2]


def test_sweep_plots_entropy_and_top1_over_temperature(qtbot: QtBot) -> None:
    chart = shown(qtbot, SweepChart())
    temperatures = np.linspace(0.1, 2.0, 20)
    entropy = np.linspace(0.0, 4.0, 20)
    top1 = np.linspace(1.0, 0.2, 20)
    chart.set_data(temperatures, entropy, top1, current_t=0.8)
    x, left = chart.left_curve.getData()
    np.testing.assert_allclose(x, temperatures)
    np.testing.assert_allclose(left, entropy)
    np.testing.assert_allclose(chart.right_curve.getData()[1], top1)
    assert chart.marker_line.value() == pytest.approx(0.8)
    assert chart.marker_line.label.toPlainText() == "T = 0.8"
    with pytest.raises(ValueError):
        chart.set_data(temperatures, entropy[:3], top1)


def test_dual_axis_charts_start_and_end_empty(qtbot: QtBot) -> None:
    series = np.linspace(0.1, 1.0, 5)
    timeline, sweep = shown(qtbot, TimelineChart()), shown(qtbot, SweepChart())
    for chart in (timeline, sweep):
        assert chart.hint.isVisible()
        assert not chart.plot_item.getAxis("right").isVisible()
    timeline.set_data(series, series)
    sweep.set_data(series, series, series)
    for chart in (timeline, sweep):
        assert not chart.hint.isVisible()
        assert chart.plot_item.getAxis("right").isVisible()
        chart.clear()
        assert chart.hint.isVisible()
        assert not chart.right_curve.isVisible()


# --- pictures: theme and exports --------------------------------------------------------------------------


def filled_charts(qtbot: QtBot) -> list[DistributionChart | CumulativeChart | TimelineChart | SweepChart]:
    distribution = shown(qtbot, DistributionChart())
    distribution.set_data(LABELS, BEFORE, AFTER, REMOVED_BY, chosen=0)
    cumulative = shown(qtbot, CumulativeChart())
    cumulative.set_data(np.cumsum(BEFORE), 3)
    cumulative.set_top_p(0.85)
    timeline = shown(qtbot, TimelineChart())
    timeline.set_data(np.array([1.0, 2.0, 0.5]), np.array([0.4, 0.2, 0.9]), current=1)
    sweep = shown(qtbot, SweepChart())
    sweep.set_data(np.linspace(0.1, 2.0, 10), np.linspace(0.0, 3.0, 10), np.linspace(1.0, 0.3, 10), 1.0)
    return [distribution, cumulative, timeline, sweep]


def test_exports_write_png_and_svg(qtbot: QtBot, tmp_path: Path) -> None:
    for index, chart in enumerate(filled_charts(qtbot)):
        png, svg = tmp_path / f"chart{index}.png", tmp_path / f"chart{index}.svg"
        chart.export_png(png)
        chart.export_svg(svg)
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 700
        text = svg.read_text(encoding="utf-8")
        assert "<svg" in text and text.rstrip().endswith("</svg>")
        assert svg.stat().st_size > 2000


def test_after_chain_bars_are_drawn_in_teal(distribution: DistributionChart) -> None:
    image = distribution.grab().toImage()
    assert colour_share(image, AFTER_COLOUR) > 0.02


def test_dark_palette_repaints_background_and_axes(qtbot: QtBot) -> None:
    charts = filled_charts(qtbot)
    palette = dark_palette()
    base = palette.color(palette.ColorRole.Base)
    text = palette.color(palette.ColorRole.Text)
    for chart in charts:
        chart.setPalette(palette)  # a palette change repaints on its own
        assert chart.plot_widget.backgroundBrush().color() == base
        assert chart.plot_item.getAxis("left").textPen().color() == text
        image = chart.grab().toImage()
        corners = [image.pixelColor(3, 3), image.pixelColor(image.width() - 3, image.height() - 3)]
        assert corners == [base, base]


def test_light_charts_use_the_light_base(qtbot: QtBot, distribution: DistributionChart) -> None:
    base = distribution.palette().color(distribution.palette().ColorRole.Base)
    assert distribution.plot_widget.backgroundBrush().color() == base
    empties = [
        shown(qtbot, DistributionChart()),
        shown(qtbot, CumulativeChart()),
        shown(qtbot, TimelineChart()),
        shown(qtbot, SweepChart()),
    ]
    for empty in empties:
        # nothing but the background and a one-line hint
        assert colour_share(empty.grab().toImage(), base.name(), tolerance=2) > 0.97
