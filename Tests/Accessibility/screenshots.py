#!/usr/bin/env python3
"""Screenshots of every kind of page of a built site, for the docs: the first screen of each
at a desktop (1280x800) and a phone (390x844) size, light colour scheme, in headless Chromium.

    python3 Tests/Accessibility/screenshots.py --site public --out docs/screenshots [--theme dark] [--print]
        [--language ar] [--only draft,position]

Writes `<kind>-<width>.png` (`matrix-phone.png`); with --theme dark, `<kind>-<width>-dark.png`;
with --print, also `<kind>-print.pdf` for a look at the print style sheet (not for the docs);
with --language, the pages of that language of a site in several languages, as
`<language>-<kind>-<width>.png`.
Needs chromium, chromium-driver and selenium, like axe_check.py.
"""

import argparse
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import site_browser  # noqa: E402


def file_name(kind):
    return kind.replace(" ", "-")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the built site (public/)")
    parser.add_argument("--out", required=True, help="the folder to write the PNG files to")
    parser.add_argument("--theme", choices=site_browser.THEMES, default="light")
    parser.add_argument("--print", action="store_true", help="also print each page to PDF")
    parser.add_argument("--only", help="only these page kinds (comma-separated: home,draft,matrix)")
    parser.add_argument("--language", default="", help="the pages of this language of a site in several languages")
    args = parser.parse_args()
    only = [word for word in (args.only or "").split(",") if word]
    prefix = args.language + "-" if args.language else ""

    os.makedirs(args.out, exist_ok=True)
    server = site_browser.SiteServer(os.path.abspath(args.site))
    driver = site_browser.launch_browser()
    suffix = "" if args.theme == "light" else "-" + args.theme
    try:
        for kind, path in site_browser.page_kinds(args.site, args.language + "/" if args.language else ""):
            if only and kind not in only:
                continue
            for width in site_browser.WIDTHS:
                site_browser.emulate(driver, width, args.theme)
                site_browser.open_page(driver, server.origin + "/" + path, wait_for_search=kind == "search")
                target = os.path.join(args.out, "%s%s-%s%s.png" % (prefix, file_name(kind), width, suffix))
                shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
                with open(target, "wb") as handle:
                    handle.write(base64.b64decode(shot["data"]))
                print(target)
            if args.print:
                pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})
                target = os.path.join(args.out, "%s%s-print.pdf" % (prefix, file_name(kind)))
                with open(target, "wb") as handle:
                    handle.write(base64.b64decode(pdf["data"]))
                print(target)
    finally:
        driver.quit()
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
