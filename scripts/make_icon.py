"""Draw the application icon: a rounded square in the reports' accent blue with "W4I" in
white DejaVu Sans Bold. Writes resources/icons/w4i.png (256 px) and resources/icons/w4i.ico
(16 to 256 px, for the Windows executables). Re-run after changing it, and commit both files.

python scripts/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
OUT = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4  # drawn four times larger, then scaled down: smooth edges
BACKGROUND = (47, 93, 138, 255)  # #2f5d8a, ACCENT in documents/pdf.py
HIGHLIGHT = (72, 121, 168, 255)  # a lighter band along the top
TEXT = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    big = SIZE * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    margin = 8 * SCALE
    radius = 52 * SCALE
    box = (margin, margin, big - margin, big - margin)
    canvas.rounded_rectangle(box, radius=radius, fill=HIGHLIGHT)
    # The square again, shifted down a little: a thin lighter rim shows along the top edge.
    canvas.rounded_rectangle(
        (margin, margin + 6 * SCALE, big - margin, big - margin), radius=radius, fill=BACKGROUND
    )
    font = ImageFont.truetype(str(FONT), 92 * SCALE)
    left, top, right, bottom = canvas.textbbox((0, 0), "W4I", font=font)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top + 3 * SCALE
    canvas.text((x, y), "W4I", font=font, fill=TEXT)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(OUT / "w4i.png", optimize=True)
    image.save(OUT / "w4i.ico", sizes=ICO_SIZES)
    for name in ("w4i.png", "w4i.ico"):
        print(f"Wrote {OUT / name} ({(OUT / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
