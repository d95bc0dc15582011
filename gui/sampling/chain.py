"""The sampling chain's controls: each stage's setting and the order the stages run in."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.core.lessons import settings_with
from engine.core.sampling import LLAMA_ORDER, STAGES, SamplingSettings
from gui.shell.widgets import double_spin

CONTEXT = "ChainControls"
STAGE_NAMES = {
    "temperature": str(QT_TRANSLATE_NOOP("ChainControls", "temperature")),
    "top_k": str(QT_TRANSLATE_NOOP("ChainControls", "top-k")),
    "typical_p": str(QT_TRANSLATE_NOOP("ChainControls", "typical-p")),
    "top_p": str(QT_TRANSLATE_NOOP("ChainControls", "top-p")),
    "min_p": str(QT_TRANSLATE_NOOP("ChainControls", "min-p")),
}
TEMPERATURE_FIRST = ("temperature", "top_k", "typical_p", "top_p", "min_p")


def _words(text: str, english: bool = False) -> str:
    """`text` in the GUI's language, or as written (English) for what an export keeps."""
    return text if english else QCoreApplication.translate(CONTEXT, text)


def compact(value: float) -> str:
    """A setting as short as it reads (0.8, 1, 0.95), in the GUI's locale (0,8 in Portuguese)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def stage_name(stage: str | None, english: bool = False) -> str:
    """The name a stage is shown by; "" for none."""
    return _words(STAGE_NAMES[stage], english) if stage else ""


def _working_order(settings: SamplingSettings) -> tuple[str, ...]:
    """The order without typical-p when it is off: the chat never uses it, and its place changes nothing."""
    return tuple(stage for stage in settings.order if stage != "typical_p" or settings.typical_p < 1.0)


def describe_order(settings: SamplingSettings, english: bool = False) -> str:
    """The chain's order in words, e.g. "Order: top-k → top-p → min-p → temperature (llama.cpp's default)";
    `english`: as an export keeps it, whatever the GUI's language."""
    order = _working_order(settings)
    if order == _working_order(replace(settings, order=LLAMA_ORDER)):
        name = str(QT_TRANSLATE_NOOP("ChainControls", "llama.cpp's default, as in the chat"))
    elif order == _working_order(replace(settings, order=TEMPERATURE_FIRST)):
        name = str(QT_TRANSLATE_NOOP("ChainControls", "temperature first"))
    else:
        name = str(QT_TRANSLATE_NOOP("ChainControls", "your own order"))
    words = str(QT_TRANSLATE_NOOP("ChainControls", "Order: {stages} ({name})"))
    stages = " → ".join(stage_name(stage, english) for stage in order)
    return _words(words, english).format(stages=stages, name=_words(name, english))


def _setting_parts(settings: SamplingSettings) -> list[tuple[str, bool]]:
    """Each stage's setting in words, and whether the stage is on (temperature always is)."""
    if settings.is_greedy:
        temperature = QCoreApplication.translate("ChainControls", "0 (greedy)")
    else:
        temperature = compact(settings.temperature)
    top_k_on = settings.top_k > 0
    top_p_on = settings.top_p < 1.0
    min_p_on = settings.min_p > 0.0
    typical_on = settings.typical_p < 1.0
    return [
        (QCoreApplication.translate("ChainControls", "temperature {value}").format(value=temperature), True),
        (
            QCoreApplication.translate("ChainControls", "top-k {value}").format(value=settings.top_k)
            if top_k_on
            else QCoreApplication.translate("ChainControls", "top-k off"),
            top_k_on,
        ),
        (
            QCoreApplication.translate("ChainControls", "top-p {value}").format(value=compact(settings.top_p))
            if top_p_on
            else QCoreApplication.translate("ChainControls", "top-p off"),
            top_p_on,
        ),
        (
            QCoreApplication.translate("ChainControls", "min-p {value}").format(value=compact(settings.min_p))
            if min_p_on
            else QCoreApplication.translate("ChainControls", "min-p off"),
            min_p_on,
        ),
        (
            QCoreApplication.translate("ChainControls", "typical-p {value}").format(
                value=compact(settings.typical_p)
            )
            if typical_on
            else QCoreApplication.translate("ChainControls", "typical-p off"),
            typical_on,
        ),
    ]


def describe_active(settings: SamplingSettings) -> str:
    """The temperature and the stages that are on, e.g. "temperature 0.8 · top-k 40 · top-p 0.95"."""
    parts = [text for text, on in _setting_parts(settings) if on]
    if len(parts) == 1:
        parts.append(QCoreApplication.translate("ChainControls", "the other stages off"))
    return " · ".join(parts)


def describe_settings(settings: SamplingSettings) -> str:
    """Every stage's setting in words, "off" where a stage keeps every token."""
    return " · ".join(text for text, _on in _setting_parts(settings))


class ChainControls(QGroupBox):
    """Temperature, top-k, top-p, min-p and typical-p, and a drag-to-reorder list of the stages."""

    changed = Signal()  # the user changed a setting or the order (not sent by `apply`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sampling chain"))
        form = QFormLayout(self)
        self._build_settings(form)
        self._build_order(form)

    def _build_settings(self, form: QFormLayout) -> None:
        self.temperature = double_spin(
            0.0, 3.0, 0.05, self.tr("Divides the logits: < 1 sharpens, > 1 flattens, 0 = greedy"), 1.0
        )
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        self.top_k.setSpecialValueText(self.tr("off"))
        self.top_k.setToolTip(self.tr("Keep the k most probable tokens (0 = off)"))
        self.top_p = double_spin(
            0.0, 1.0, 0.01, self.tr("Keep tokens until their cumulative probability reaches p"), 1.0
        )
        self.min_p = double_spin(
            0.0, 1.0, 0.01, self.tr("Drop tokens below min-p × the top token's probability"), 0.0
        )
        self.typical_p = double_spin(0.0, 1.0, 0.01, self.tr("Locally typical sampling (1 = off)"), 1.0)
        for label, widget in (
            (self.tr("Temperature"), self.temperature),
            ("Top-k", self.top_k),
            ("Top-p", self.top_p),
            ("Min-p", self.min_p),
            ("Typical-p", self.typical_p),
        ):
            form.addRow(label, widget)
            widget.valueChanged.connect(lambda _value: self.changed.emit())

    def _build_order(self, form: QFormLayout) -> None:
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setToolTip(self.tr("Drag to reorder the chain; it runs top to bottom"))
        self.order.model().rowsMoved.connect(lambda *_args: self.changed.emit())
        self.set_order(LLAMA_ORDER)
        self._fit_order_list()
        order_buttons = QHBoxLayout()
        llama = self.order_button_llama = QPushButton(self.tr("llama.cpp order"))
        llama.setToolTip(self.tr("top-k → typical → top-p → min-p → temperature (temperature last)"))
        llama.clicked.connect(lambda: self._reorder(LLAMA_ORDER))
        course = self.order_button_temperature_first = QPushButton(self.tr("Temperature first"))
        course.setToolTip(self.tr("temperature → top-k → top-p → … (as many lectures present it)"))
        course.clicked.connect(lambda: self._reorder(TEMPERATURE_FIRST))
        order_buttons.addWidget(llama)
        order_buttons.addWidget(course)
        form.addRow(QLabel(self.tr("Order")))
        form.addRow(self.order)
        form.addRow(order_buttons)

    def _fit_order_list(self) -> None:
        """Tall enough for every stage: a scroll bar in this list would hide the order it is there to show."""
        row = max(self.order.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.order.setFixedHeight(row * len(STAGES) + 2 * self.order.frameWidth() + 4)

    def set_order(self, order: tuple[str, ...]) -> None:
        self.order.clear()
        for stage in order:
            self.order.addItem(stage_name(stage))
            self.order.item(self.order.count() - 1).setData(Qt.ItemDataRole.UserRole, stage)

    def _reorder(self, order: tuple[str, ...]) -> None:
        self.set_order(order)
        self.changed.emit()

    def settings(self) -> SamplingSettings:
        order = tuple(
            str(self.order.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.order.count())
        )
        return SamplingSettings(
            temperature=self.temperature.value(),
            top_k=self.top_k.value(),
            top_p=self.top_p.value(),
            min_p=self.min_p.value(),
            typical_p=self.typical_p.value(),
            order=order,
        )

    def apply(self, values: dict[str, Any]) -> None:
        """Show the current settings updated with `values` (without sending `changed`)."""
        self.show_settings(settings_with(self.settings(), values))

    def show_settings(self, settings: SamplingSettings) -> None:
        """Show exactly `settings`, order included (without sending `changed`)."""
        spins = (self.temperature, self.top_k, self.top_p, self.min_p, self.typical_p)
        for spin in spins:
            spin.blockSignals(True)
        self.temperature.setValue(settings.temperature)
        self.top_k.setValue(settings.top_k)
        self.top_p.setValue(settings.top_p)
        self.min_p.setValue(settings.min_p)
        self.typical_p.setValue(settings.typical_p)
        for spin in spins:
            spin.blockSignals(False)
        self.set_order(settings.order)
