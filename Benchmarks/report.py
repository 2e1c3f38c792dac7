#!/usr/bin/env python3
"""Turns the runs recorded by run.sh into tables and JSON (standard library only).

    python3 Benchmarks/report.py --work Benchmarks/.work --runs RUNS.tsv --versions VERSIONS.tsv
                                 --reps N --sizes 100,1000 [--enforce-target]

RUNS.tsv: size, tool, run, wall s, max RSS KiB, user s, sys s, HTML files, warnings, exit status,
CPU seconds used by other processes during the run, bytes of output.
Writes WORK/results-<size>.txt, WORK/results-<size>.json and WORK/results.json.
Exit status 2 with --enforce-target when the 10,000-page target is missed, else 0.
"""

import argparse
import datetime
import json
import math
import os
import platform
import statistics
import sys

ORDER = ["travaux", "hugo", "cmark-gfm", "cmark-gfm-batch"]
LABEL = {"travaux": "travaux", "hugo": "hugo", "cmark-gfm": "cmark-gfm (per file)",
         "cmark-gfm-batch": "cmark-gfm (1 process)"}
TARGET_SIZE = 10000


def tree_size(path):
    """(files, apparent bytes, allocated bytes) of a folder."""
    files = apparent = allocated = 0
    for root, _, names in os.walk(path):
        for name in names:
            st = os.lstat(os.path.join(root, name))
            files += 1
            apparent += st.st_size
            allocated += st.st_blocks * 512
    return {"files": files, "bytes": apparent, "disk_bytes": allocated}


def mib(n):
    return n / 1048576.0


def machine():
    mem = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = round(int(line.split()[1]) / 1048576.0, 1)
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "memory_gib": mem, "system": platform.platform()}


def ratio(a, b):
    if a is None or b is None or b == 0 or math.isnan(a) or math.isnan(b):
        return None
    return a / b


def fmt(x, digits=2):
    return "-" if x is None else f"{x:.{digits}f}"


def read_versions(path):
    """`tool -> version` from a versions.tsv written by run.sh or search.sh ({} when none)."""
    versions = {}
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                tool, _, version = line.rstrip("\n").partition("\t")
                versions[tool] = version
    return versions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", required=True)
    ap.add_argument("--versions")
    ap.add_argument("--reps", type=int, required=True)
    ap.add_argument("--sizes", required=True)
    ap.add_argument("--enforce-target", action="store_true")
    ap.add_argument("--out-dir", default="")
    ap.add_argument("--out-fs", default="")
    args = ap.parse_args()

    runs = {}
    with open(args.runs) as f:
        for line in f:
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            size, tool, rep, wall, rss, user, sys_, html, warnings, rc, other, out_bytes = fields[:12]
            out_files = fields[12] if len(fields) > 12 else "0"
            runs.setdefault(int(size), {}).setdefault(tool, []).append({
                "run": int(rep), "wall_s": float(wall), "max_rss_kib": float(rss), "user_s": float(user),
                "sys_s": float(sys_), "html_files": int(html), "warnings": int(warnings), "exit_status": int(rc),
                "other_processes_cpu_s": float(other), "output_bytes": int(out_bytes), "output_files": int(out_files)})
    versions = read_versions(args.versions)

    all_results = []
    target_missed = False
    for size in [int(s) for s in args.sizes.split(",")]:
        by_tool = runs.get(size, {})
        corpus = os.path.join(args.work, f"corpus-{size}")
        manifest = {}
        mpath = os.path.join(corpus, "travaux", "manifest.json")
        if os.path.exists(mpath):
            with open(mpath) as f:
                manifest = json.load(f)
        sizes = {name: tree_size(os.path.join(corpus, sub)) for name, sub in
                 (("travaux", "travaux/content"), ("hugo", "hugo"), ("raw", "raw"))}
        tools = []
        for tool in ORDER:
            if tool not in by_tool:
                continue
            rs = by_tool[tool]
            ok = all(r["exit_status"] == 0 for r in rs)
            good = [r for r in rs if r["exit_status"] == 0]
            entry = {"tool": tool, "label": LABEL[tool], "ok": ok, "version": versions.get(tool, ""), "runs": rs}
            if ok and good:
                walls = [r["wall_s"] for r in good]
                best = min(good, key=lambda r: r["wall_s"])
                entry.update({
                    "wall_s": statistics.median(walls), "wall_best_s": min(walls), "wall_median_s": statistics.median(walls),
                    "cpu_s": round(statistics.median([r["user_s"] + r["sys_s"] for r in good]), 2),
                    "max_rss_mib": round(mib(max(r["max_rss_kib"] for r in good) * 1024), 1),
                    "html_files": good[-1]["html_files"], "warnings": good[-1]["warnings"],
                    "other_processes_cpu_s_fastest_run": best["other_processes_cpu_s"],
                    "other_processes_cpu_s_max": max(r["other_processes_cpu_s"] for r in good),
                    "output_bytes": good[-1]["output_bytes"], "output_files": good[-1]["output_files"],
                })
            tools.append(entry)
        peers = {t["tool"]: t for t in tools if t["ok"]}
        for t in tools:
            if not t["ok"]:
                continue
            t["ratios"] = {}
            for peer in ("hugo", "cmark-gfm"):
                p = peers.get(peer)
                t["ratios"][f"time_vs_{peer}"] = ratio(t["wall_s"], p["wall_s"]) if p else None
                t["ratios"][f"memory_vs_{peer}"] = ratio(t["max_rss_mib"], p["max_rss_mib"]) if p else None

        target = None
        if size >= TARGET_SIZE and "travaux" in peers and "hugo" in peers:
            tr, hu = peers["travaux"], peers["hugo"]
            met = tr["wall_s"] <= hu["wall_s"] and tr["max_rss_mib"] <= 0.5 * hu["max_rss_mib"]
            target = {"rule": "travaux wall time <= hugo's and travaux peak RSS <= 0.5 x hugo's",
                      "time_ratio": tr["wall_s"] / hu["wall_s"], "memory_ratio": tr["max_rss_mib"] / hu["max_rss_mib"],
                      "met": met}
            target_missed = target_missed or not met

        counts = manifest.get("counts", {})
        result = {
            "size": size, "reps": args.reps,
            "statistic": {"wall_s": "median of the runs (the tools take turns)", "wall_best_s": "minimum of the runs",
                          "wall_median_s": "median of the runs",
                          "max_rss_mib": "highest peak RSS of the runs (GNU time %M, largest single process)",
                          "cpu_s": "median of the runs' user + system CPU seconds"},
            "pages": counts, "words": manifest.get("words", {}), "articles_per_draft": manifest.get("articles_per_draft", {}),
            "corpus": sizes, "machine": machine(), "tools": tools, "target": target,
            "outputs": {"folder": args.out_dir, "filesystem": args.out_fs},
            "noisy": [t["tool"] for t in tools if t["ok"] and t["other_processes_cpu_s_max"] > max(0.2, 0.05 * t["wall_s"])],
            "measured_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        all_results.append(result)

        lines = []
        if counts:
            lines.append(f"Corpus of {counts.get('total', size)} pages: {counts.get('positions')} positions, "
                         f"{counts.get('stakeholders')} stakeholders, {counts.get('drafts')} drafts, "
                         f"{counts.get('sessions')} sessions, {counts.get('list_pages')} list pages; "
                         f"{mib(sizes['travaux']['bytes']):.1f} MiB of Markdown and YAML in {sizes['travaux']['files']} files "
                         f"({manifest.get('words', {}).get('position_average', '?')} words per position)")
        lines.append(f"Wall time: median of {args.reps} run(s), the tools taking turns (best beside it); CPU: median; "
                     f"peak RSS: highest of the runs; "
                     f"ratios = tool / peer (below 1: faster or smaller than the peer); sites written to {args.out_fs or '?'}.")
        head = (f"{'tool':<22} {'wall s':>8} {'best':>8} {'cpu s':>8} {'RSS MiB':>8} "
                f"{'t/hugo':>7} {'m/hugo':>7} {'t/cmark':>8} {'m/cmark':>8} {'HTML':>7} {'files':>7} {'out MiB':>8}")
        lines += [head, "-" * len(head)]
        for t in tools:
            if not t["ok"]:
                status = next(r["exit_status"] for r in t["runs"] if r["exit_status"] != 0)
                lines.append(f"{t['label']:<22} FAILED (exit status {status})")
                continue
            r = t["ratios"]
            lines.append(f"{t['label']:<22} {t['wall_s']:>8.2f} {t['wall_best_s']:>8.2f} {t['cpu_s']:>8.2f} "
                         f"{t['max_rss_mib']:>8.1f} {fmt(r['time_vs_hugo']):>7} {fmt(r['memory_vs_hugo']):>7} "
                         f"{fmt(r['time_vs_cmark-gfm']):>8} {fmt(r['memory_vs_cmark-gfm']):>8} {t['html_files']:>7} {t['output_files']:>7} "
                         f"{mib(t['output_bytes']):>8.1f}")
        noisy = [t for t in tools if t["ok"] and t["other_processes_cpu_s_max"] > max(0.2, 0.05 * t["wall_s"])]
        if noisy:
            lines.append("NOISY: other processes used CPU during " + ", ".join(
                f"{t['label']} (up to {t['other_processes_cpu_s_max']:.1f} s, fastest run {t['other_processes_cpu_s_fastest_run']:.1f} s)"
                for t in noisy) + "; rerun on an idle machine for figures to rely on")
        if "travaux" in peers and peers["travaux"].get("warnings"):
            lines.append(f"travaux printed {peers['travaux']['warnings']} warning(s): see logs/{size}-travaux.log")
        if target:
            lines.append(f"Target (10,000 pages: no slower than Hugo, at most half its peak memory): "
                         f"time x{target['time_ratio']:.2f}, memory x{target['memory_ratio']:.2f} -> "
                         f"{'MET' if target['met'] else 'NOT MET'}")
        text = "\n".join(lines) + "\n"
        print(f"\n== {size} pages")
        print(text, end="")
        with open(os.path.join(args.work, f"results-{size}.txt"), "w") as f:
            f.write(text)
        with open(os.path.join(args.work, f"results-{size}.json"), "w") as f:
            json.dump(result, f, indent=2)
            f.write("\n")
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(all_results, f, indent=2)
        f.write("\n")
    print(f"\nresults: {os.path.join(args.work, 'results.json')} and results-<size>.txt/.json beside it")
    if args.enforce_target and target_missed:
        print("report.py: the 10,000-page target is not met", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
