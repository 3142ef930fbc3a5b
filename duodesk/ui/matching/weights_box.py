"""The matching weights in Settings (SPEC §7, §4.9): how much each soft criterion counts,
from 0 (ignored) to 10, with its name and what it rewards. Each change is saved in the
database at once and used by the next suggestions; "Restore defaults" brings back the
program's weights. Only proportions matter: each criterion's share of the score is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.matching.weights import CRITERIA, DEFAULT_WEIGHTS, MAX_WEIGHT, MatchingWeights
from duodesk.matching_texts import criterion_name
from duodesk.ui import formats, messages

if TYPE_CHECKING:
    from duodesk.core.matching import MatchingService

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

EXPLANATIONS = {
    "sector": QT_TRANSLATE_NOOP(
        "WeightsBox", "The mentor knows a sector the mentee wants to work in."),
    "languages": QT_TRANSLATE_NOOP(
        "WeightsBox", "Languages both speak well; the better the level, the more it counts."),
    "distance": QT_TRANSLATE_NOOP(
        "WeightsBox", "They live close to each other, so meeting is easy."),
    "availability": QT_TRANSLATE_NOOP(
        "WeightsBox", "Half-days of the week when both are free."),
    "interests": QT_TRANSLATE_NOOP(
        "WeightsBox", "Interests they share, as written in their files."),
    "waiting": QT_TRANSLATE_NOOP(
        "WeightsBox", "Mentees who have waited longer come first."),
}


class WeightsBox(QGroupBox):
    """A slider per criterion, saved through ``matching().save_weights`` on each change.
    ``matching`` gives the service when first needed: nothing is read before the box is
    first shown."""

    def __init__(self, matching: Callable[[], MatchingService],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingWeights")
        self._matching = matching
        self._loaded = False
        self._showing = False  # sliders being set from the database: nothing to save
        self.weights: MatchingWeights = DEFAULT_WEIGHTS
        self.sliders: dict[str, QSlider] = {}
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        for number, name in enumerate(CRITERIA):
            label, slider, value, hint = QLabel(), QSlider(Qt.Orientation.Horizontal), \
                QLabel(), QLabel()
            slider.setObjectName(f"weight_{name}")
            slider.setRange(0, MAX_WEIGHT)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setMinimumWidth(160)
            # Saved when let go (or at each key press), not at every step of a drag.
            slider.setTracking(False)
            slider.valueChanged.connect(lambda _value, key=name: self._changed(key))
            slider.sliderMoved.connect(lambda moved, key=name: self._show_shares(key, moved))
            label.setBuddy(slider)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("10 (100 %)") + 8)
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(label, number * 2, 0)
            grid.addWidget(slider, number * 2, 1)
            grid.addWidget(value, number * 2, 2)
            grid.addWidget(hint, number * 2 + 1, 1, 1, 2)
            self.names[name], self.sliders[name] = label, slider
            self.values[name], self.hints[name] = value, hint
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreWeights")
        self.restore_button.clicked.connect(self.restore_defaults)
        self.status = QLabel()
        self.status.setObjectName("weightsStatus")
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        self.retranslate()

    # --- reading and saving ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """Read the stored weights."""
        self._loaded = True
        try:
            self._show(self._matching().weights())
        except DuoDeskError as error:
            messages.error(self, error)

    def _show(self, weights: MatchingWeights) -> None:
        self.weights = weights
        self._showing = True
        try:
            for name in CRITERIA:
                self.sliders[name].setValue(getattr(weights, name))
        finally:
            self._showing = False
        self._show_shares()

    def _changed(self, _name: str) -> None:
        if self._showing:
            return
        chosen = replace(self.weights, **{name: self.sliders[name].value() for name in CRITERIA})
        self.save(chosen)

    def save(self, weights: MatchingWeights) -> bool:
        """Store ``weights``; on a refusal (all at 0) say why and show the stored ones."""
        try:
            saved = self._matching().save_weights(weights)
        except DuoDeskError as error:
            messages.error(self, error)
            self._show(self.weights)
            return False
        self._show(saved)
        self.status.setText(translate(
            "WeightsBox", "Saved: the next suggestions use these weights."))
        return True

    def restore_defaults(self) -> None:
        self.save(DEFAULT_WEIGHTS)

    # --- language ----------------------------------------------------------------------------
    def _show_shares(self, moving: str | None = None, moved: int = 0) -> None:
        """Each weight and its share of the score; ``moving`` is a slider being dragged
        (its value is not set until it is let go)."""
        values = {key: moved if key == moving else self.sliders[key].value() for key in CRITERIA}
        total = sum(values.values())
        for key, value in values.items():
            share = round(100 * value / total) if total else 0
            self.values[key].setText(translate("WeightsBox", "{weight} ({share} %)").format(
                weight=formats.number_text(value), share=formats.number_text(share)))

    def retranslate(self) -> None:
        self.setTitle(translate("WeightsBox", "Matching weights"))
        self.intro.setText(translate(
            "WeightsBox", "How much each criterion counts in a suggestion's score, from 0 "
            "(ignored) to 10. The share of the score is in brackets."))
        for name in CRITERIA:
            self.names[name].setText(criterion_name(name))
            self.hints[name].setText(translate("WeightsBox", EXPLANATIONS[name]))
        self._show_shares()
        self.restore_button.setText(translate("WeightsBox", "Restore defaults"))
        if self.status.text():
            self.status.setText(translate(
                "WeightsBox", "Saved: the next suggestions use these weights."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
