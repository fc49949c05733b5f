"""The "Editing locked while training" banner: a strip above the canvas, never over a block."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from netbuilder.gui import theme


class LockBanner(QLabel):
    """Shown in a top margin that the view makes for it, so the blocks move below it."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.retranslate()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"background: {theme.WARNING_COLOUR}; color: #1f2328; padding: 3px; font-weight: bold;"
        )
        self.hide()
        view.installEventFilter(self)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("LockBanner", "Editing locked while training"))

    def margin(self, locked: bool) -> int:
        """The height the view keeps free above its viewport for the banner."""
        return self.sizeHint().height() if locked else 0

    def place(self) -> None:
        view = self.parentWidget()
        frame = view.frameWidth()
        self.setGeometry(frame, frame, view.width() - 2 * frame, self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisibleTo(self.parentWidget()):
            self.place()
        return False
