"""Render the pages of a PDF to PNG files (PDFium), to look at documents we generate.

python scripts/pdf_to_png.py FILE.pdf OUT_PREFIX [--scale 1.5]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pypdfium2 as pdfium


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", type=Path)
    parser.add_argument("prefix")
    parser.add_argument("--scale", type=float, default=1.5)
    args = parser.parse_args()
    document = pdfium.PdfDocument(str(args.pdf))
    for number, page in enumerate(document, start=1):
        page.render(scale=args.scale).to_pil().save(f"{args.prefix}-{number}.png")
    print(f"{len(document)} page(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
