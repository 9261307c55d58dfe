"""The line under a new password's box: how hard it is to guess, as she types.

The level comes from services.passwords.strength, the function whose verdict the services
enforce, so "Weak" here is exactly what would be refused. The hint is always the size of its
longest text: a form does not widen or reflow while a password is typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from w4i_desktop.services.passwords import MIN_PASSWORD_LENGTH, Strength, strength

# Readable on a light background (contrast above 4.5:1): refused, accepted, accepted and strong;
# nothing typed yet: the usual colour of text.
COLOURS: dict[Strength | None, str] = {
    None: "",
    Strength.TOO_SHORT: "#9b1c1c",
    Strength.WEAK: "#9b1c1c",
    Strength.FAIR: "#6b4e00",
    Strength.STRONG: "#1b5e20",
}


class PasswordHint(QLabel):
    """Follows `box`; `names()` gives the words a password must not lean on (the user name,
    the organisation...), read at each change; it should not hold the hint's window (a
    reference cycle)."""

    def __init__(
        self,
        box: QLineEdit,
        names: Callable[[], Iterable[str | None]] = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("strengthHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._box = box
        self._names = names
        self.level = Strength.TOO_SHORT
        self._shown: Strength | None = None  # None: the advice shown while the box is empty
        self._show(None)
        box.textChanged.connect(self.update_hint)

    def texts(self) -> dict[Strength | None, str]:
        return {
            None: self.tr(
                "At least %n characters; a short sentence is best.",
                "",
                MIN_PASSWORD_LENGTH,
            ),
            Strength.TOO_SHORT: self.tr(
                "Too short: at least %n characters.", "", MIN_PASSWORD_LENGTH
            ),
            Strength.WEAK: self.tr("Weak: too easy to guess, it would be refused."),
            Strength.FAIR: self.tr("Fair: accepted. Longer is stronger."),
            Strength.STRONG: self.tr("Strong."),
        }

    def update_hint(self, *_: object) -> None:
        self.level = strength(self._box.text(), self._names())
        shown = self.level if self._box.text() else None
        if shown != self._shown:  # not at each key: the text and colour change with the level
            self._show(shown)

    def _show(self, shown: Strength | None) -> None:
        self._shown = shown
        self.setText(self.texts()[shown])
        self.setStyleSheet(f"color: {COLOURS[shown]};" if COLOURS[shown] else "")

    # The size never depends on the text shown: as wide as the widest text (up to 48 average
    # characters, then wrapped), as tall as the tallest at that width, never narrower.

    def _width(self) -> int:
        metrics = self.fontMetrics()
        # A few pixels over the advance: wrapped at exactly its width, a line may still break.
        widest = max(metrics.horizontalAdvance(text) for text in self.texts().values()) + 4
        margins = self.contentsMargins()
        return min(widest, 48 * metrics.averageCharWidth()) + margins.left() + margins.right()

    def _height(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
            for text in self.texts().values()
        )
        return tallest + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        width = self._width()
        return QSize(width, self._height(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
