#!/usr/bin/env python3
"""Save-to-served latency of `travaux serve` (Benchmarks/serve.sh runs it; README.md).

Starts `travaux serve` on a site, waits for the first build, then saves edits to one
position file as an editor does and measures, for each save, the time until the position's
page is served with the new words ("page") and until the whole site is built again
("site": the next "travaux: built" or "travaux: rebuilt" line serve prints). Five kinds of
edit, and a sixth, each --edits times in turn (--kinds picks some): words changed inside a paragraph, a
paragraph added at the end, and the position's title changed in its front matter (which the
fast path leaves to the build); a stakeholder's name (its page is watched); a draft's
paragraph, its first (a recital, on the generated corpus), and the words of the first numbered
paragraph of its first article ("article"), the draft's page watched for both. Prints a table and writes the
figures as JSON.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except Exception:
        return None


class Serve:
    """A `travaux serve` process and the lines it prints, with their times."""

    def __init__(self, travaux, source, port):
        self.lines = []
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [travaux, "serve", "--source", source, "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append((time.perf_counter(), line.rstrip("\n")))

    def wait_for_line(self, prefix, after, timeout=600):
        """The time of the first line starting with `prefix` (a string or a tuple of them)
        printed after `after`."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self.lock:
                for moment, line in self.lines:
                    if moment > after and line.startswith(prefix):
                        return moment, line
            if self.process.poll() is not None:
                raise SystemExit(f"serve_latency: travaux serve exited: {self.tail()}")
            time.sleep(0.005)
        raise SystemExit(f"serve_latency: no '{prefix}' line within {timeout} s: {self.tail()}")

    def tail(self):
        with self.lock:
            return " | ".join(line for _, line in self.lines[-5:])

    def peak_mib(self):
        """The peak resident memory of the process so far (Linux's VmHWM), in MiB, or None."""
        try:
            with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return round(int(line.split()[1]) / 1024)
        except OSError:
            return None
        return None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def first_paragraph_line(lines):
    """The index of the first line of running text after the front matter."""
    fences = 0
    in_code = False
    for index, line in enumerate(lines):
        if fences < 2:
            if line.strip() == "---":
                fences += 1
            continue
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code or not line.strip():
            continue
        if line[0].isalpha():
            return index
    raise SystemExit("serve_latency: the position has no paragraph to edit")


def first_article_paragraph(lines):
    """The index of the first numbered paragraph (`1. Words`) of an article of a draft."""
    in_article = False
    for index, line in enumerate(lines):
        if line.startswith("## Article"):
            in_article = True
        elif in_article and re.match(r"[0-9]+\. \S", line):
            return index
    raise SystemExit("serve_latency: the draft has no numbered paragraph in an article")


def edit(path, kind, marker):
    """Saves `path` with one edit of `kind`; returns the words the page will then show."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if kind in ("words", "draft"):
        index = first_paragraph_line(lines)
        lines[index] = lines[index].rstrip() + f" Edited {marker}."
    elif kind == "article":
        index = first_article_paragraph(lines)
        lines[index] = lines[index].rstrip() + f" Edited {marker}."
    elif kind == "paragraph":
        lines.append("")
        lines.append(f"A paragraph added {marker}, on Article 3.")
        lines.append("")
    elif kind == "stakeholder":
        for index, line in enumerate(lines):
            if line.startswith("name:"):
                lines[index] = f"name: Renamed {marker}"
                break
    else:
        for index, line in enumerate(lines):
            if line.startswith("title:"):
                lines[index] = f"title: Retitled {marker}"
                break
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return marker


KINDS = ("words", "paragraph", "title", "stakeholder", "draft", "article")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--travaux", required=True)
    parser.add_argument("--source", required=True, help="a copy of a site (its files are edited)")
    parser.add_argument("--port", type=int, default=18313)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--log", help="write the lines serve printed here")
    parser.add_argument("--kinds", default=",".join(KINDS), help="the kinds of edit, comma-separated")
    args = parser.parse_args()
    kinds = [kind for kind in args.kinds.split(",") if kind]
    if any(kind not in KINDS for kind in kinds):
        raise SystemExit(f"serve_latency: --kinds takes {', '.join(KINDS)}")

    def middle(folder):
        names = sorted(name for name in os.listdir(os.path.join(args.source, "content", folder))
                       if name.endswith(".md") and name.count(".") == 1)
        return names[len(names) // 2], len(names)

    name, count = middle("positions")
    targets = {}
    for kind in kinds:
        folder = {"stakeholder": "stakeholders", "draft": "drafts", "article": "drafts"}.get(kind, "positions")
        file = name if folder == "positions" else middle(folder)[0]
        targets[kind] = (os.path.join(args.source, "content", folder, file),
                         f"http://127.0.0.1:{args.port}/{folder}/{file[:-3]}/")

    serve = Serve(args.travaux, args.source, args.port)
    results = {"position": name, "pages": count}
    try:
        start = time.perf_counter()
        moment, _ = serve.wait_for_line("travaux: built", 0)
        results["first_build_s"] = round(moment - start, 3)
        for kind in kinds:
            path, url = targets[kind]
            page_times, site_times = [], []
            for number in range(args.edits):
                time.sleep(0.5)
                marker = f"{kind}-{number}-{time.time_ns()}"
                saved = time.perf_counter()
                edit(path, kind, marker)
                expected = marker.encode()
                while True:
                    body = get(url)
                    if body is not None and expected in body:
                        break
                    time.sleep(0.002)
                page_times.append(time.perf_counter() - saved)
                built, _ = serve.wait_for_line(("travaux: built", "travaux: rebuilt"), saved)
                site_times.append(built - saved)
            results[kind] = {
                "page_s": [round(value, 3) for value in page_times],
                "site_s": [round(value, 3) for value in site_times],
                "page_median_s": round(statistics.median(page_times), 3),
                "site_median_s": round(statistics.median(site_times), 3),
            }
        results["peak_rss_mib"] = serve.peak_mib()
    finally:
        serve.stop()
        if args.log:
            with open(args.log, "w", encoding="utf-8") as handle, serve.lock:
                handle.writelines(f"{moment - serve.lines[0][0]:9.3f} {line}\n" for moment, line in serve.lines)

    print(f"travaux serve on {results['pages']} positions (edited: {name}); first build {results['first_build_s']:.2f} s")
    print(f"peak resident memory of serve: {results.get('peak_rss_mib')} MiB")
    print(f"{'edit':<12}{'page served (median, s)':>26}{'min':>8}{'max':>8}{'site rebuilt (median, s)':>28}")
    for kind in kinds:
        row = results[kind]
        print(f"{kind:<12}{row['page_median_s']:>26.3f}{min(row['page_s']):>8.3f}{max(row['page_s']):>8.3f}{row['site_median_s']:>28.3f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2, sort_keys=True)


if __name__ == "__main__":
    sys.exit(main())
