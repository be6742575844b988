"""Render the app icon (resources/icons/hearth.svg) to the PNG sizes installers need.

Qt's own SVG renderer does it (PySide6 is already installed to build the app),
so no image tool is needed on the build machine.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "resources" / "icons" / "hearth.svg"
# The hicolor theme's usual application sizes; Windows and macOS take theirs from these.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(out_dir: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """hearth-<size>.png for each size, written into out_dir; returns {size: path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read the icon {ICON_SVG}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"hearth-{size}.png"
        if not image.save(str(path)):
            raise RuntimeError(f"cannot write {path}")
        written[size] = path
    return written
