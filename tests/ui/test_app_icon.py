"""The application's icon: drawn from resources/icons/wagecase.svg (build.spec makes the .ico and
.png of the bundle from the same file)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from wagecase import paths


def test_the_icon_draws_at_the_sizes_the_desktop_asks_for(qapp):
    icon = QIcon(str(paths.resources_dir() / "icons" / "wagecase.svg"))
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() == 255  # drawn, not an empty transparent square
