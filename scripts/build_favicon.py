"""Builds static/root/favicon.ico from static/favicon.svg: the icon for browsers that ask for /favicon.ico.

Modern browsers read the SVG that base.html links; older ones, feed readers and bookmarks ask for
/favicon.ico at the site root (whitenoise serves static/root/ there). The ICO holds the SVG drawn at
16, 32 and 48 pixels by Debian's chromium (through Playwright, a test dependency), each stored as a PNG,
which the ICO format allows since Windows Vista. Run once by hand after changing the SVG:

    .venv/bin/python -m scripts.build_favicon
"""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "static" / "favicon.svg"
ICO = ROOT / "static" / "root" / "favicon.ico"
SIZES = (16, 32, 48)
CHROMIUM = "/usr/bin/chromium"


def svg_pngs(svg: str, sizes: tuple[int, ...]) -> list[bytes]:
    """The SVG drawn at each size, on a transparent background."""
    from playwright.sync_api import sync_playwright

    pngs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for size in sizes:
            page = browser.new_page(viewport={"width": size, "height": size})
            sized = svg.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
            page.set_content(f"<style>html,body{{margin:0;background:transparent}}svg{{display:block}}</style>{sized}")
            pngs.append(page.screenshot(omit_background=True, clip={"x": 0, "y": 0, "width": size, "height": size}))
            page.close()
        browser.close()
    return pngs


def ico_from_pngs(pngs: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO container (ICONDIR, one ICONDIRENTRY per image, then the images) of PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in zip(sizes, pngs, strict=True):
        # Width and height 0 mean 256; colour count 0, reserved 0, 1 plane, 32 bits per pixel.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        images += png
    return header + entries + images


def main() -> None:
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_from_pngs(svg_pngs(SVG.read_text(), SIZES), SIZES))
    print(f"wrote {ICO.relative_to(ROOT)} ({ICO.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
