"""Headless Chromium over a built site: the static server, the browser and the page kinds.

Shared by the accessibility check (axe_check.py) and the screenshots of the docs
(screenshots.py). Needs Debian's `chromium` and `chromium-driver` and Selenium from PyPI; the
site is served over HTTP on 127.0.0.1 (search fetches its index, which browsers refuse from
file://).
"""

import functools
import http.server
import os
import re
import shutil
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# The two widths every page is checked and shown at: a desktop and a phone (CSS pixels).
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}
THEMES = ("light", "dark")


def find_executable(*names):
    """The first of `names` on PATH (or the value of $CHROMIUM / $CHROMEDRIVER), else None."""
    for name in names:
        if name.startswith("$"):
            value = os.environ.get(name[1:])
            if value:
                return value
            continue
        found = shutil.which(name)
        if found:
            return found
    return None


class SiteServer:
    """Serves `root` on a free port of 127.0.0.1 in a thread, quietly, until close()."""

    def __init__(self, root):
        handler = functools.partial(_QuietHandler, directory=root)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = "http://127.0.0.1:%d" % self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def launch_browser():
    """Headless Chromium driven by chromedriver; raises RuntimeError when either is missing."""
    chromium = find_executable("$CHROMIUM", "chromium", "chromium-browser")
    driver_path = find_executable("$CHROMEDRIVER", "chromedriver")
    if not chromium or not driver_path:
        raise RuntimeError("needs chromium and chromedriver (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US", "--mute-audio",
        "--window-size=1280,800",
    ):
        options.add_argument(argument)
    if hasattr(os, "getuid") and os.getuid() == 0:
        options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(180)
    return driver


def emulate(driver, width, theme):
    """The viewport of `width` ("desktop" or "phone") and the colour scheme `theme`."""
    w, h = WIDTHS[width]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": w, "height": h, "deviceScaleFactor": 1, "mobile": width == "phone",
    })
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": theme}],
    })


def open_page(driver, url, wait_for_search=False):
    """Loads `url` and waits until the page (and, for the search page, its results) is ready."""
    driver.get(url)
    deadline = time.time() + 30
    while time.time() < deadline:
        ready = driver.execute_script(
            "return document.readyState === 'complete' && (!arguments[0] || "
            "!!document.querySelector('.search-result, .search-status:not(:empty)'));",
            wait_for_search,
        )
        if ready:
            break
        time.sleep(0.1)
    if wait_for_search:
        # The first results come before the document shards they show: let them settle.
        previous = None
        for _ in range(50):
            html = driver.execute_script("var r = document.querySelector('[data-search-results], .search-results'); return r ? r.innerHTML : '';")
            if html and html == previous:
                break
            previous = html
            time.sleep(0.2)
    driver.execute_script("return document.fonts && document.fonts.ready")


def _read(site, path):
    with open(os.path.join(site, path), encoding="utf-8") as handle:
        return handle.read()


def _first_folder(site, section, prefer=None):
    """The page of `section` (`drafts`) whose HTML matches most of `prefer` (regexes), else
    the first by name; None when the section has no page."""
    base = os.path.join(site, section)
    if not os.path.isdir(base):
        return None
    names = sorted(n for n in os.listdir(base) if os.path.isfile(os.path.join(base, n, "index.html")))
    if not names:
        return None
    if not prefer:
        return names[0]

    def score(name):
        html = _read(site, os.path.join(section, name, "index.html"))
        return sum(min(len(re.findall(pattern, html)), 1000) for pattern in prefer)

    best = max(names, key=lambda n: (score(n), -names.index(n)))
    return best


def page_kinds(site, prefix=""):
    """Every kind of page the site publishes, each as (kind, path): the richest page of its
    kind (one with redlines, proposals and stances where there are), so a check sees every
    template and partial filled in. With `prefix` (`ar/`), the pages of that language of a
    site in several languages (docs/languages.md)."""
    kinds = [("home", prefix)]
    for kind, section, prefer in (
        ("drafts list", "drafts", None),
        ("articles list", "articles", None),
        ("concordance", "concordance", None),
        ("matrix", "matrix", None),
        ("positions list", "positions", None),
        ("stakeholders list", "stakeholders", None),
        ("sessions", "sessions", None),
    ):
        if os.path.isfile(os.path.join(site, prefix, section, "index.html")):
            kinds.append((kind, prefix + section + "/"))
    for kind, section, prefer in (
        ("draft", "drafts", [r'class="article"', r"<details", r'class="para"', r'class="point"']),
        ("article", "articles", [r"<del>", r"<ins>", r'class="proposal"', r'class="stakeholder-group"', r'class="stances"', r"<mark>"]),
        ("position", "positions", [r'class="proposal"', r"<del>", r'class="ref"', r"<table"]),
        ("stakeholder", "stakeholders", [r'class="stances-table"', r'class="stance ']),
        ("session", "sessions", [r'class="item-list"', r"<time"]),
        ("free page", "pages", None),
    ):
        name = _first_folder(os.path.join(site, prefix), section, prefer)
        if name:
            kinds.append((kind, "%s%s/%s/" % (prefix, section, urllib.parse.quote(name))))
    kinds.append(("search", prefix + "search/?q=" + urllib.parse.quote("art 4")))
    kinds.append(("404", "404.html"))
    order = ["home", "drafts list", "draft", "article", "articles list", "concordance", "matrix",
             "positions list", "position", "stakeholders list", "stakeholder", "sessions", "session",
             "search", "free page", "404"]
    return sorted(kinds, key=lambda item: order.index(item[0]))
