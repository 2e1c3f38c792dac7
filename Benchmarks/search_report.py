#!/usr/bin/env python3
"""The search benchmark's helpers and report (Benchmarks/search.sh; README.md, "Search").
Standard library only.

    python3 Benchmarks/search_report.py glob --site SITE
        prints the Pagefind glob of the pages Travaux's search index links to,
        e.g. {drafts,positions,sessions,stakeholders}/*/index.html

    python3 Benchmarks/search_report.py report --work WORK --size N --site SITE --pagefind DIR
        --runs RUNS.tsv --fetches FETCHES.json --glob GLOB --exclude SELECTORS
        [--versions VERSIONS.tsv] [--reps N]
        writes WORK/search-results-<N>.txt and WORK/search-results-<N>.json

RUNS.tsv: tool (travaux or pagefind), run, wall s, max RSS KiB, user s, sys s, exit status, log file,
CPU seconds other processes used during the run.
The Travaux figure is read from the `travaux build --timings` log: the seconds of every stage
whose name holds "search" (summed when there are several); Pagefind's is the wall time of its
whole run. Sizes are apparent bytes; "gzip" is each file compressed on its own with gzip -9
(zlib level 9, no name, no time: `gzip -9n`), summed, as a server would send them.
"""

import argparse
import datetime
import gzip
import json
import os
import re
import sys

from report import ratio, read_versions  # Benchmarks/report.py, beside this script

STAGE = re.compile(r"^travaux: (?P<name>[^:]+): (?P<s>[0-9]+(?:\.[0-9]+)?) s\b")
UI_BUNDLES = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")

_gzip_cache = {}


def gz_size(path):
    if path not in _gzip_cache:
        with open(path, "rb") as f:
            _gzip_cache[path] = len(gzip.compress(f.read(), compresslevel=9, mtime=0))
    return _gzip_cache[path]


def travaux_index_file(rel):
    """Whether a file of Travaux's site (path relative to the site) belongs to its search:
    everything under search/ but the search page itself, and the client assets/search*.js."""
    rel = rel.replace(os.sep, "/")
    if rel.startswith("search/"):
        return rel != "search/index.html"
    return rel.startswith("assets/search") and rel.endswith(".js")


def files_of(root, keep=lambda rel: True):
    out = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if keep(rel):
                out.append((rel, path))
    out.sort()
    return out


def measure_files(files):
    raw = sum(os.path.getsize(p) for _, p in files)
    return {"files": len(files), "bytes": raw, "gzip_bytes": sum(gz_size(p) for _, p in files)}


def group_of_travaux(rel):
    for folder in ("terms/", "positions/", "docs/"):
        if rel.startswith("search/" + folder):
            return folder
    if rel.startswith("assets/"):
        return "client (" + rel + ")"
    return rel[len("search/"):]


def group_of_pagefind(rel):
    if rel.startswith(UI_BUNDLES):
        return "UI bundles (pagefind-*ui*, highlight)"
    if "/" in rel:
        return rel.split("/")[0] + "/"
    if rel in ("pagefind.js", "pagefind-worker.js") or rel.startswith("wasm."):
        return "client (pagefind.js, worker, wasm)"
    return "entry and meta"


def breakdown(files, group_of):
    groups = {}
    for rel, path in files:
        g = groups.setdefault(group_of(rel), {"files": 0, "bytes": 0, "gzip_bytes": 0})
        g["files"] += 1
        g["bytes"] += os.path.getsize(path)
        g["gzip_bytes"] += gz_size(path)
    return dict(sorted(groups.items()))


def travaux_pages(site):
    """The pages (folders such as positions/x/) the documents of Travaux's index link to: the
    groups of its document shards (docs/search.md, `docs/<n>.json.gz`), each a page."""
    pages = set()
    docs = os.path.join(site, "search", "docs")
    if not os.path.isdir(docs):
        return pages
    for name in os.listdir(docs):
        if not name.endswith(".json.gz"):
            continue
        with gzip.open(os.path.join(docs, name), "rt", encoding="utf-8") as f:
            for group in json.load(f):
                url = group[0].split("#", 1)[0]
                if url.endswith("index.html"):
                    url = url[: -len("index.html")]
                pages.add(url)
    return pages


def glob_pages(site, glob):
    """The page folders a glob {a,b}/*/index.html matches (the only form search.sh uses)."""
    m = re.fullmatch(r"\{([^}]*)\}/\*/index\.html", glob) or re.fullmatch(r"([^{}/*]+)/\*/index\.html", glob)
    if not m:
        return None
    pages = set()
    for top in m.group(1).split(","):
        folder = os.path.join(site, top)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if os.path.isfile(os.path.join(folder, name, "index.html")):
                pages.add(f"{top}/{name}/")
    return pages


def cmd_glob(args):
    pages = travaux_pages(args.site)
    if not pages:
        print(f"search_report.py: no documents in {args.site}/search/docs/: did the build write the search index?",
              file=sys.stderr)
        sys.exit(1)
    tops = sorted({p.split("/", 1)[0] for p in pages if p.count("/") == 2})
    odd = sorted(p for p in pages if p.count("/") != 2)
    if odd:
        print(f"search_report.py: the index links to pages outside <kind>/<id>/, not given to Pagefind: {odd[:5]}",
              file=sys.stderr)
    print("{" + ",".join(tops) + "}/*/index.html" if len(tops) > 1 else f"{tops[0]}/*/index.html")


def read_runs(path):
    runs = {}
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            tool, rep, wall, rss, user, sys_, rc, log, other = line.rstrip("\n").split("\t")
            runs.setdefault(tool, []).append({"run": int(rep), "wall_s": float(wall), "max_rss_kib": float(rss),
                                              "user_s": float(user), "sys_s": float(sys_), "exit_status": int(rc),
                                              "log": log, "other_processes_cpu_s": float(other)})
    return runs


def travaux_stages(log):
    stages = []
    with open(log, errors="replace") as f:
        for line in f:
            m = STAGE.match(line.strip())
            if m:
                stages.append({"stage": m.group("name"), "s": float(m.group("s"))})
    return stages


def pagefind_pages(log):
    with open(log, errors="replace") as f:
        text = f.read()
    m = re.search(r"Indexed ([0-9]+) pages", text)
    words = re.search(r"Indexed ([0-9]+) words", text)
    return (int(m.group(1)) if m else None), (int(words.group(1)) if words else None)


def fmt_ratio(x):
    return "-" if x is None else f"{x:.2f}"


def fmt_int(x):
    return "-" if x is None else f"{x:,}"


def resource_timing_bytes(query_entry, engine):
    """The counted files as the page's own resource timing sees them (encodedBodySize): a
    cross-check of the server's log, blind to requests made from workers."""
    from urllib.parse import urlsplit
    total = 0
    for r in query_entry.get("resource_timing", []):
        p = urlsplit(r["url"]).path
        if engine == "travaux":
            count = travaux_index_file(p.lstrip("/")) and not p.startswith("/pagefind/")
        else:
            count = p.startswith("/pagefind/")
        if count:
            total += r["encodedBodySize"] or 0
    return total


def fetched_bytes(query_entry, engine, site, pagefind):
    """What an engine's search fetched for one query: counted (its client and index) and not."""
    counted, other = [], []
    for f in query_entry["fetched"]:
        if engine == "travaux":
            count = f["root"] == "site" and f["file"] is not None and travaux_index_file(f["file"])
            base = site
        else:
            count = f["root"] == "pagefind"
            base = pagefind
        item = dict(f)
        if count:
            item["gzip_bytes"] = gz_size(os.path.join(base, f["file"])) if f["status"] == 200 else f["bytes"]
            counted.append(item)
        else:
            other.append(item)
    return {
        "requests": len(counted),
        "bytes": sum(f["bytes"] for f in counted),
        "gzip_bytes": sum(f["gzip_bytes"] for f in counted),
        "failed": [f"{f['path']} ({f['status']})" for f in counted if f["status"] != 200],
        "files": counted,
        "not_counted": other,
    }


def cmd_report(args):
    runs = read_runs(args.runs)
    with open(args.fetches) as f:
        fetches = json.load(f)
    versions = read_versions(args.versions)

    problems = []
    # (a) build time
    tr_runs = []
    for r in runs.get("travaux", []):
        if r["exit_status"] != 0:
            problems.append(f"travaux build run {r['run']} failed (exit status {r['exit_status']}): {r['log']}")
            continue
        stages = travaux_stages(r["log"])
        search = [s for s in stages if "search" in s["stage"].lower()]
        r["stages"] = stages
        r["search_stages"] = search
        r["search_s"] = round(sum(s["s"] for s in search), 3) if search else None
        tr_runs.append(r)
        if not search:
            problems.append(f"travaux build run {r['run']}: no stage named '...search...' in its --timings ({r['log']})")
    pf_runs = [r for r in runs.get("pagefind", []) if r["exit_status"] == 0]
    for r in runs.get("pagefind", []):
        if r["exit_status"] != 0:
            problems.append(f"pagefind run {r['run']} failed (exit status {r['exit_status']}): {r['log']}")
    best_tr = min((r for r in tr_runs if r["search_s"] is not None), key=lambda r: r["search_s"], default=None)
    best_pf = min(pf_runs, key=lambda r: r["wall_s"], default=None)
    pf_pages, pf_words = pagefind_pages(best_pf["log"]) if best_pf else (None, None)

    # the same pages?
    tr_pages = travaux_pages(args.site)
    g_pages = glob_pages(args.site, args.glob)
    same = None
    if g_pages is not None:
        only_tr = sorted(tr_pages - g_pages)
        only_glob = sorted(g_pages - tr_pages)
        same = not only_tr and not only_glob and (pf_pages is None or pf_pages == len(g_pages))
        if not same:
            problems.append(f"pages differ: {len(tr_pages)} in Travaux's index, {len(g_pages)} matched by the glob, "
                            f"{pf_pages} indexed by Pagefind; only in Travaux's: {only_tr[:3]}, only in the glob's: {only_glob[:3]}")

    # (b) sizes
    tr_files = files_of(args.site, travaux_index_file)
    pf_files = files_of(args.pagefind)
    pf_core = [(rel, p) for rel, p in pf_files if not rel.startswith(UI_BUNDLES)]
    sizes = {
        "travaux": {**measure_files(tr_files), "breakdown": breakdown(tr_files, group_of_travaux)},
        "pagefind": {**measure_files(pf_files), "breakdown": breakdown(pf_files, group_of_pagefind)},
        "pagefind_without_ui_bundles": measure_files(pf_core),
    }

    # (c) bytes fetched per query
    queries = []
    for q in fetches["queries"]:
        entry = {"query": q["query"]}
        for engine in ("travaux", "pagefind"):
            if engine not in q:
                continue
            e = q[engine]
            fb = fetched_bytes(e, engine, args.site, args.pagefind)
            entry[engine] = {"state": e["state"], "results_shown": e["shown"], "results_total": e["total"],
                             "first_results": e["first_results"], "ms_to_results": e["ms_to_results"],
                             "page_errors": e["page_errors"],
                             "resource_timing_bytes": resource_timing_bytes(e, engine), **fb}
            if e["state"] != "done":
                problems.append(f"{engine} did not finish the search for {q['query']!r} (state {e['state']})")
            if fb["failed"]:
                problems.append(f"{engine}: failed requests for {q['query']!r}: {', '.join(fb['failed'])}")
            if e["shown"] == 0:
                problems.append(f"{engine} showed no result for {q['query']!r}")
        if "travaux" in entry and "pagefind" in entry:
            entry["ratio_bytes"] = ratio(entry["travaux"]["bytes"], entry["pagefind"]["bytes"])
            entry["ratio_gzip_bytes"] = ratio(entry["travaux"]["gzip_bytes"], entry["pagefind"]["gzip_bytes"])
        queries.append(entry)

    def mean(engine, key):
        vals = [q[engine][key] for q in queries if engine in q]
        return sum(vals) / len(vals) if vals else None

    means = {e: {"bytes": mean(e, "bytes"), "gzip_bytes": mean(e, "gzip_bytes"), "requests": mean(e, "requests")}
             for e in ("travaux", "pagefind")}

    build = {
        "travaux": None if not best_tr else {
            "search_s": best_tr["search_s"], "search_stages": best_tr["search_stages"],
            "build_wall_s": best_tr["wall_s"], "build_max_rss_mib": round(best_tr["max_rss_kib"] / 1024, 1),
            "all_stages": best_tr["stages"], "runs": [{k: v for k, v in r.items()} for r in tr_runs]},
        "pagefind": None if not best_pf else {
            "wall_s": best_pf["wall_s"], "cpu_s": round(best_pf["user_s"] + best_pf["sys_s"], 2),
            "max_rss_mib": round(best_pf["max_rss_kib"] / 1024, 1), "pages": pf_pages, "words": pf_words,
            "runs": pf_runs},
    }
    ratios = {
        "build_time": ratio(best_tr and best_tr["search_s"], best_pf and best_pf["wall_s"]),
        "index_bytes": ratio(sizes["travaux"]["bytes"], sizes["pagefind"]["bytes"]),
        "index_gzip_bytes": ratio(sizes["travaux"]["gzip_bytes"], sizes["pagefind"]["gzip_bytes"]),
        "fetched_bytes_mean": ratio(means["travaux"]["bytes"], means["pagefind"]["bytes"]),
        "fetched_gzip_bytes_mean": ratio(means["travaux"]["gzip_bytes"], means["pagefind"]["gzip_bytes"]),
    }
    result = {
        "size": args.size, "reps": args.reps,
        "pages": {"travaux_index": len(tr_pages), "glob": args.glob, "glob_matches": None if g_pages is None else len(g_pages),
                  "pagefind_indexed": pf_pages, "same": same},
        "pagefind_options": {"glob": args.glob, "root_selector": "main", "exclude_selectors": args.exclude},
        "versions": versions, "chromium": fetches.get("chromium"),
        "pagefind_results_loaded": fetches.get("results_loaded_by_pagefind"),
        "build": build, "sizes": sizes, "queries": queries, "mean_per_query": means, "ratios": ratios,
        "problems": problems,
        "measured_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }

    # the table
    L = []
    L.append(f"Search, {args.size}-page corpus: Travaux's index ({versions.get('travaux', 'travaux')}) and "
             f"Pagefind ({versions.get('pagefind', '?')}) on the same pages; {fetches.get('chromium', '?')}")
    L.append(f"Pages: {len(tr_pages):,} in Travaux's index, {fmt_int(pf_pages)} indexed by Pagefind "
             f"(--glob '{args.glob}' --root-selector main --exclude-selectors '{args.exclude}')"
             + ("" if same else "  [NOT THE SAME PAGES]"))
    L.append("ratio = travaux / pagefind (below 1: Travaux faster or smaller)")
    head = f"{'':<44} {'travaux':>14} {'pagefind':>14} {'ratio':>7}"
    L += [head, "-" * len(head)]

    def row(label, a, b, r, digits=None):
        def f(x):
            if x is None:
                return "-"
            return f"{x:.{digits}f}" if digits is not None else f"{round(x):,}"
        L.append(f"{label:<44} {f(a):>14} {f(b):>14} {fmt_ratio(r):>7}")

    row(f"index build s (best of {args.reps})", best_tr and best_tr["search_s"], best_pf and best_pf["wall_s"],
        ratios["build_time"], 2)
    row("index size, bytes", sizes["travaux"]["bytes"], sizes["pagefind"]["bytes"], ratios["index_bytes"])
    row("index size, gzip -9 bytes", sizes["travaux"]["gzip_bytes"], sizes["pagefind"]["gzip_bytes"],
        ratios["index_gzip_bytes"])
    row("index files", sizes["travaux"]["files"], sizes["pagefind"]["files"],
        ratio(sizes["travaux"]["files"], sizes["pagefind"]["files"]))
    for q in queries:
        if "travaux" not in q or "pagefind" not in q:
            continue
        t, p = q["travaux"], q["pagefind"]
        row(f"fetched for {q['query']!r}, bytes", t["bytes"], p["bytes"], q["ratio_bytes"])
        row("  gzip -9 bytes", t["gzip_bytes"], p["gzip_bytes"], q["ratio_gzip_bytes"])
        row("  requests", t["requests"], p["requests"], ratio(t["requests"], p["requests"]))
    row("fetched per query, mean bytes", means["travaux"]["bytes"], means["pagefind"]["bytes"], ratios["fetched_bytes_mean"])
    row("fetched per query, mean gzip -9 bytes", means["travaux"]["gzip_bytes"], means["pagefind"]["gzip_bytes"],
        ratios["fetched_gzip_bytes_mean"])
    L.append("")
    if best_tr:
        L.append("Travaux build time: " + " + ".join(f"{s['stage']} {s['s']:.2f} s" for s in best_tr["search_stages"])
                 + f" (travaux build --timings); the whole build, render included: {best_tr['wall_s']:.2f} s, "
                 f"{best_tr['max_rss_kib'] / 1024:.0f} MiB peak.")
    if best_pf:
        L.append(f"Pagefind build time: its whole run, {best_pf['wall_s']:.2f} s wall, "
                 f"{best_pf['user_s'] + best_pf['sys_s']:.1f} CPU s, {best_pf['max_rss_kib'] / 1024:.0f} MiB peak, "
                 f"{fmt_int(pf_words)} words.")
    L.append("Travaux's index: search/ but search/index.html, plus assets/search*.js: "
             + ", ".join(f"{k} {v['bytes']:,} ({v['gzip_bytes']:,} gz)" for k, v in sizes["travaux"]["breakdown"].items()))
    L.append("Pagefind's output: " + ", ".join(f"{k} {v['bytes']:,} ({v['gzip_bytes']:,} gz)"
                                                for k, v in sizes["pagefind"]["breakdown"].items())
             + f"; without the UI bundles {sizes['pagefind_without_ui_bundles']['bytes']:,} "
               f"({sizes['pagefind_without_ui_bundles']['gzip_bytes']:,} gz)")
    L.append(f"Fetched: every response of a cold load (fresh browser context, cache off, no compression) from the local "
             f"server: Travaux /search/?q=... until data-search-state=done, counting search/* (not the page) and "
             f"assets/search*.js; Pagefind: pagefind.js, its worker, wasm and index files for pagefind.search(q) and "
             f"data() of the first {fetches.get('results_loaded_by_pagefind')} results. Time to results (ms, local):")
    for q in queries:
        parts = []
        for engine in ("travaux", "pagefind"):
            if engine in q:
                e = q[engine]
                total = "" if e["results_total"] is None else f" of {e['results_total']:,}"
                parts.append(f"{engine} {fmt_int(e['ms_to_results'])} ms, {e['results_shown']} shown{total}")
        L.append(f"  {q['query']!r}: " + "; ".join(parts))
    L.append("The page's own resource timing (encodedBodySize) saw, of the bytes counted from the server's log: "
             + "; ".join(f"{engine} " + ", ".join(f"{q[engine]['resource_timing_bytes']:,} of {q[engine]['bytes']:,}"
                                                   for q in queries if engine in q)
                         for engine in ("travaux", "pagefind"))
             + " (requests made by a worker are not in it)")
    noisy = [f"{tool} run {r['run']} ({r['other_processes_cpu_s']:.1f} s)" for tool, rs in (("travaux", tr_runs), ("pagefind", pf_runs))
             for r in rs if r["other_processes_cpu_s"] > max(0.2, 0.05 * r["wall_s"])]
    result["noisy"] = noisy
    if noisy:
        L.append("NOISY: other processes used CPU during " + ", ".join(noisy)
                 + "; rerun on an idle machine for build times to rely on")
    for p in problems:
        L.append("PROBLEM: " + p)
    text = "\n".join(L) + "\n"
    print(f"\n== search, {args.size} pages")
    print(text, end="")
    base = os.path.join(args.work, f"search-results-{args.size}")
    with open(base + ".txt", "w") as f:
        f.write(text)
    with open(base + ".json", "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"results: {base}.txt and .json")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("glob")
    g.add_argument("--site", required=True)
    r = sub.add_parser("report")
    r.add_argument("--work", required=True)
    r.add_argument("--size", type=int, required=True)
    r.add_argument("--site", required=True)
    r.add_argument("--pagefind", required=True)
    r.add_argument("--runs", required=True)
    r.add_argument("--fetches", required=True)
    r.add_argument("--glob", required=True)
    r.add_argument("--exclude", default="")
    r.add_argument("--versions")
    r.add_argument("--reps", type=int, default=1)
    args = ap.parse_args()
    if args.cmd == "glob":
        cmd_glob(args)
    else:
        sys.exit(cmd_report(args))


if __name__ == "__main__":
    main()
