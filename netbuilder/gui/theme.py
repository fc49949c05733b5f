"""Light, dark and high-contrast themes, category colours, and the text-size setting for projectors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

CATEGORY_COLOURS = {
    "Linear": "#3b7dd8",
    "Convolution": "#7b4fd0",
    "Pooling": "#1a9c8c",
    "Activation": "#e08a1e",
    "Normalisation": "#3f9d3f",
    "Regularisation": "#c2458f",
    "Reshape": "#6f7782",
    "Skip connections": "#8d6e4a",
    "Input": "#4a5568",
    "Output": "#4a5568",
}
ERROR_COLOUR = "#e03131"
WARNING_COLOUR = "#f0a202"
ACCENT_COLOUR = "#2f80ed"

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: ACCENT_COLOUR,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.Link: "#1a64c8",
    QPalette.ColorRole.Mid: "#c9ced6",
}
_DARK = {
    QPalette.ColorRole.Window: "#202329",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#17191d",
    QPalette.ColorRole.AlternateBase: "#23262c",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2b2f36",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.Highlight: ACCENT_COLOUR,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2f36",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#7d8590",
    QPalette.ColorRole.Link: "#6cb6ff",
    QPalette.ColorRole.Mid: "#3a3f47",
}

_HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#1a1a1a",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffd400",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Link: "#7fd4ff",
    QPalette.ColorRole.Mid: "#ffffff",
}

TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def make_palette(dark: bool, high_contrast: bool = False) -> QPalette:
    """The light or dark palette; `high_contrast`: white on black with a yellow highlight."""
    palette = QPalette()
    colours = _HIGH_CONTRAST if high_contrast else _DARK if dark else _LIGHT
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#a0a0a0" if high_contrast else "#6b7078" if dark else "#a0a6ae")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, dark: bool, high_contrast: bool = False) -> None:
    """Fusion style with our palette: looks the same on every platform."""
    app.setStyle("Fusion")
    app.setPalette(make_palette(dark, high_contrast))


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def category_colour(category: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["Reshape"]))


def block_fill(category: str, dark: bool) -> QColor:
    """A soft tint of the category colour that keeps text readable."""
    base = category_colour(category)
    ground = QColor("#262a31" if dark else "#ffffff")
    mix = 0.22 if dark else 0.10
    return _blend(ground, base, mix)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        *(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True))
    )


def category_icon(category: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(category_colour(category))
    margin = size * 0.18
    painter.drawRoundedRect(
        margin, margin, size - 2 * margin, size - 2 * margin, size * 0.18, size * 0.18
    )
    painter.end()
    return QIcon(pixmap)


def sized_font(points: float, bold: bool = False) -> QFont:
    """The app font at an absolute size: large read-outs meant for the back of a classroom."""
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def scaled_font(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    return font


def apply_text_scale(app: QApplication, base: QFont, scale: float) -> None:
    """Grow or shrink every widget's text relative to the platform's default font; text panes
    that Ctrl+wheel zoomed on their own follow the app's size again."""
    font = scaled_font(base, scale)
    if font != app.font():  # a window restoring the app's size sends no font change anywhere
        app.setFont(font)
    for widget in app.allWidgets():
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.setFont(QFont())  # no font of its own: the app's


def next_scale(scale: float, step: int) -> float:
    """The next text size up (step 1) or down (step -1) from `scale`."""
    nearest = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - scale))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, nearest + step))]


_base_font: QFont | None = None


def base_font() -> QFont:
    """The application's font before any text scaling, remembered the first time it is asked."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(QApplication.font())
    return _base_font
