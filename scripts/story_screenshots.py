"""Screenshots of a story page at desk and phone width, for the docs (docs/screenshots/).

    python scripts/story_screenshots.py REPORT.html NAME [--out docs/screenshots]

REPORT.html is ``storydesk analyze ... --format html --out REPORT.html`` (the story page as
one self-contained file). For each width (1280 and 390 px, Debian's Chromium) and each part
of the page a reader judges it by (brief, timeline, coverage, articles), writes
NAME-WIDTH-PART.png: the section as drawn, at half scale and cut at MAX_HEIGHT CSS pixels
so that the files stay small. Prints the page's scroll width (wider than the window means
the reader scrolls sideways).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
WIDTHS = (1280, 390)
MAX_HEIGHT = 1600
PARTS = ("brief", "timeline", "coverage", "articles")
SCALE = 0.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("name")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900},
                                          device_scale_factor=SCALE)
            page = context.new_page()
            page.goto(args.report.resolve().as_uri())
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            print(f"{args.name} at {width} px: page {scroll_width} px wide")
            for part in PARTS:
                section = page.locator(f"section#{part}")
                section.scroll_into_view_if_needed()
                box = section.bounding_box()
                if box is None:
                    continue
                page_y = box["y"] + page.evaluate("window.scrollY")
                path = args.out / f"{args.name}-{width}-{part}.png"
                page.screenshot(path=str(path), full_page=True, clip={
                    "x": 0, "y": page_y, "width": width,
                    "height": min(MAX_HEIGHT, box["height"])})
                print(f"  {path}: {path.stat().st_size // 1024} KB")
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
