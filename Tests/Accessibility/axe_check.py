#!/usr/bin/env python3
"""Runs axe-core on every kind of page of a built site, in the light and dark colour schemes,
at a desktop (1280 px) and a phone (390 px) width, in headless Chromium. Exits 1 when axe
reports any violation, and lists the nodes axe could not decide on ("incomplete": mostly
colour contrast over backgrounds it cannot compute), which docs/accessibility.md reviews.
Also checks what axe does not see (the header's rows, the matrix's tap targets and
headings, permalinks outside headings) and the print style sheet; a failure exits 1 too.

    python3 Tests/Accessibility/axe_check.py --site public [--axe axe.min.js] [--json report.json]

axe-core comes from the `axe.min.js` the PyPI wheel `axe-playwright-python` carries: without
--axe (or $AXE_JS), the wheel is downloaded with pip (no dependencies, not installed) and the
file alone is read from it. Needs chromium, chromium-driver and selenium (see scripts/test).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import site_browser  # noqa: E402

# axe's default rule set (WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices).
AXE_OPTIONS = {"resultTypes": ["violations", "incomplete"]}


def axe_source(explicit):
    """The text of axe.min.js: the given file, else the one inside the axe-playwright-python wheel."""
    path = explicit or os.environ.get("AXE_JS")
    if path:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    folder = tempfile.mkdtemp(prefix="axe-wheel-")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:", "-d", folder, "axe-playwright-python"],
        check=True, stdout=subprocess.DEVNULL,
    )
    wheels = glob.glob(os.path.join(folder, "*.whl"))
    if not wheels:
        raise SystemExit("axe_check: pip downloaded no axe-playwright-python wheel")
    with zipfile.ZipFile(wheels[0]) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith("/axe.min.js"))
        return wheel.read(name).decode("utf-8")


RUN_AXE = """
var done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(function (r) {
  function nodes(list) {
    return list.map(function (rule) {
      return { id: rule.id, impact: rule.impact, help: rule.help, nodes: rule.nodes.map(function (n) {
        return { target: n.target.join(' '), html: n.html.slice(0, 200),
                 summary: (n.failureSummary || n.any.concat(n.all).map(function (c) { return c.message; }).join('; ')).slice(0, 300) };
      }) };
    });
  }
  done(JSON.stringify({ version: r.testEngine.version, violations: nodes(r.violations), incomplete: nodes(r.incomplete) }));
}, function (e) { done(JSON.stringify({ error: String(e) })); });
"""


# What axe does not see: the layout and print defects issue 15 reported, checked in the page
# as a person would see it. Each gives a list of failures (empty when all is well).
CHECKS = """
var kind = arguments[0], width = arguments[1], failures = [];
function box(el) { return el.getBoundingClientRect(); }
// Headings are named by their words: no permalink inside a heading.
document.querySelectorAll('h1 a.permalink, h2 a.permalink, h3 a.permalink, h4 a.permalink, h5 a.permalink, h6 a.permalink')
  .forEach(function (a) { failures.push('a permalink inside a heading: ' + a.parentElement.textContent.trim().slice(0, 60)); });
// The header: at desktop width the brand never stands alone on its row (a blank band).
var brand = document.querySelector('.site-header .brand'), others = document.querySelectorAll('.site-header nav, .site-header .site-search');
if (width === 'desktop' && brand) {
  var b = box(brand), shared = Array.prototype.some.call(others, function (o) { var r = box(o); return r.top < b.bottom && r.bottom > b.top; });
  if (!shared) failures.push('the site title stands alone on the first row of the header');
}
// No two links of the header overlap (the sections, the languages, the search box).
var headerBoxes = Array.prototype.map.call(document.querySelectorAll('.site-header a, .site-header input'), function (el) { return [el, box(el)]; })
  .filter(function (pair) { return pair[1].width > 0 && pair[1].height > 0; });
for (var i = 0; i < headerBoxes.length; i++) {
  for (var j = i + 1; j < headerBoxes.length; j++) {
    var p = headerBoxes[i][1], q = headerBoxes[j][1];
    if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
      failures.push('header items overlap: ' + (headerBoxes[i][0].textContent || headerBoxes[i][0].placeholder).trim() + ' / ' + (headerBoxes[j][0].textContent || headerBoxes[j][0].placeholder).trim());
    }
  }
}
// A right-to-left page is laid out right to left; no page scrolls sideways.
if (document.documentElement.getAttribute('dir') === 'rtl' && getComputedStyle(document.body).direction !== 'rtl') {
  failures.push('a right-to-left page lays out left to right');
}
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  failures.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
}
if (kind === 'matrix') {
  if (!document.querySelector('main h2')) failures.push('the matrix page has no h2');
  document.querySelectorAll('.matrix .passages a').forEach(function (a) {
    var r = box(a);
    if (r.width < 24 || r.height < 24) failures.push('a passage link smaller than 24 x 24 px: ' + a.textContent + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
  });
  document.querySelectorAll('.matrix .stance').forEach(function (s) {
    if (s.getClientRects().length > 1) failures.push('a stance badge wraps: ' + s.textContent);
  });
}
return failures;
"""

PRINT_CHECKS = """
var failures = [];
function style(el, pseudo) { return getComputedStyle(el, pseudo || null); }
document.querySelectorAll('.stance').forEach(function (s) {
  if (style(s).color !== 'rgb(0, 0, 0)') failures.push('a stance prints in colour: ' + s.textContent + ' ' + style(s).color);
});
document.querySelectorAll('summary').forEach(function (s) {
  if (style(s).display === 'list-item' && style(s).listStyleType !== 'none') failures.push('a disclosure triangle prints: ' + s.textContent.slice(0, 40));
});
var link = document.querySelector('main a[href^="../"]:not(.stance):not(.permalink)');
if (link && !link.closest('.table-scroll, .matrix-page, .concordance-page, .search-page') && !/https?:/.test(style(link, '::after').content)) {
  failures.push('a relative link prints no address: ' + link.getAttribute('href'));
}
document.querySelectorAll('.provision-version[id]').forEach(function (v) {
  if (style(v, '::before').content.indexOf(v.id) < 0) failures.push('a version prints no anchor: ' + v.id);
});
return failures;
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the built site (public/)")
    parser.add_argument("--axe", help="axe.min.js (default: from the axe-playwright-python wheel)")
    parser.add_argument("--json", help="write every result to this file")
    parser.add_argument("--language", default="", help="check the pages of this language of a site in several languages (ar: /ar/...)")
    args = parser.parse_args()

    source = axe_source(args.axe)
    server = site_browser.SiteServer(os.path.abspath(args.site))
    driver = site_browser.launch_browser()
    results, violations, incomplete, version, layout_failures = [], 0, {}, "?", 0
    try:
        for kind, path in site_browser.page_kinds(args.site, args.language + "/" if args.language else ""):
            for width in site_browser.WIDTHS:
                for theme in site_browser.THEMES:
                    site_browser.emulate(driver, width, theme)
                    site_browser.open_page(driver, server.origin + "/" + path, wait_for_search=kind == "search")
                    driver.execute_script(source)
                    report = json.loads(driver.execute_async_script(RUN_AXE, AXE_OPTIONS))
                    if "error" in report:
                        raise SystemExit("axe_check: axe failed on /%s: %s" % (path, report["error"]))
                    version = report["version"]
                    count = sum(len(rule["nodes"]) for rule in report["violations"])
                    violations += count
                    results.append({"kind": kind, "path": "/" + path, "width": width, "theme": theme, **report})
                    print("%-18s %-8s %-6s %3d violation%s  /%s" % (kind, width, theme, count, "" if count == 1 else "s", path))
                    for failure in driver.execute_script(CHECKS, kind, width):
                        print("    layout: " + failure)
                        layout_failures += 1
                    for rule in report["violations"]:
                        for node in rule["nodes"]:
                            print("    %s (%s): %s\n      %s\n      %s" % (rule["id"], rule["impact"], rule["help"], node["target"], node["summary"]))
                    for rule in report["incomplete"]:
                        for node in rule["nodes"]:
                            reason = node["summary"].strip().splitlines()[-1].strip()
                            key = (rule["id"], kind, reason)
                            incomplete.setdefault(key, {})[node["html"][:70]] = True
        # On paper (print.css), one width and theme is enough.
        site_browser.emulate(driver, "desktop", "light")
        for kind, path in site_browser.page_kinds(args.site, args.language + "/" if args.language else ""):
            site_browser.open_page(driver, server.origin + "/" + path, wait_for_search=kind == "search")
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
            for failure in driver.execute_script(PRINT_CHECKS):
                print("    print, %s: %s" % (kind, failure))
                layout_failures += 1
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    finally:
        driver.quit()
        server.close()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1, sort_keys=True)
    print("\naxe-core %s: %d pages x %d widths x %d themes, %d violation%s" % (
        version, len(results) // 4, len(site_browser.WIDTHS), len(site_browser.THEMES), violations, "" if violations == 1 else "s"))
    if incomplete:
        print("incomplete (reviewed by hand in docs/accessibility.md):")
        for (rule, kind, reason), nodes in sorted(incomplete.items()):
            print("  %s on %s, %d element%s: %s\n    e.g. %s" % (
                rule, kind, len(nodes), "" if len(nodes) == 1 else "s", reason, sorted(nodes)[0]))
    print("layout and print checks: %d failure%s" % (layout_failures, "" if layout_failures == 1 else "s"))
    return 1 if violations or layout_failures else 0


if __name__ == "__main__":
    sys.exit(main())
