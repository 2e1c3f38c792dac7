#!/usr/bin/env python3
"""Sums `perf script` call stacks of a Travaux build by pipeline stage and by function.

Reads `perf script` output on standard input (with --callgrind: `callgrind_annotate`
output, whose functions it lists by instructions, demangled). A sample belongs to the first stage whose
function is on its stack (outermost frames are the build's own: the stage functions of
docs/design.md, *Pipeline*); samples with no stage frame (malloc and the kernel seen without
a frame pointer, threads between jobs) are counted as "no stage frame". Then the functions
the samples were in (self time), all stages together.
"""
import argparse
import collections
import re
import shutil
import subprocess
import sys

# (stage, a piece of the mangled name of the function that runs it), first match wins
STAGES = [
    ("load", "ContentLoader"),
    ("structure", "StructurerO9structure"),
    ("link", "CitationStageO4link"),
    ("compare", "ComparisonStageO7compare"),
    ("render: pages and templates", "SiteRendererV6render"),
    ("search: index", "6Search0A5StageO5index"),
    ("search: collect documents", "Search0A9Collector"),
    ("write: staging files", "Output0A7Staging"),
    ("permalinks and lock", "PermalinkChecker"),
    ("address: site map", "SiteMap"),
]


def frames(stack):
    """The function names of one sample, innermost first."""
    names = []
    for line in stack.strip().split("\n")[1:]:
        parts = line.strip().split(" ", 1)
        if len(parts) == 2:
            names.append(parts[1].split("+0x")[0].split(" (")[0])
    return names


def demangled(names):
    """Swift names as `swift demangle --simplified` writes them, when it is at hand."""
    tool = shutil.which("swift-demangle")
    if not tool:
        return names
    try:
        out = subprocess.run([tool, "--simplified", "--compact"], input="\n".join(names), capture_output=True,
                             text=True, timeout=60).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return names
    return out[:len(names)] if len(out) >= len(names) else names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--frequency", type=float, default=999)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    if args.callgrind:
        rows = []
        for line in sys.stdin:
            match = re.match(r"^\s*([0-9,]+) \(\s*([0-9.]+)%\)\s+(.*)$", line)
            if match and "PROGRAM TOTALS" not in line:
                name = match.group(3).split(":", 1)[-1].rsplit(" [", 1)[0]
                rows.append((match.group(1), match.group(2), name))
        rows = rows[:args.top]
        for (count, share, _), readable in zip(rows, demangled([name for _, _, name in rows])):
            print(f"{count:>16} {float(share):>5.1f}%  {readable[:110]}")
        return
    stacks = [s for s in sys.stdin.read().split("\n\n") if s.strip()]
    total = len(stacks)
    if not total:
        print("profile_report.py: no samples", file=sys.stderr)
        sys.exit(1)
    by_stage = collections.Counter()
    by_function = collections.Counter()
    for stack in stacks:
        for stage, piece in STAGES:
            if piece in stack:
                by_stage[stage] += 1
                break
        else:
            by_stage["no stage frame (malloc, kernel)"] += 1
        names = frames(stack)
        if names:
            by_function[names[0]] += 1
    seconds = total / args.frequency
    print(f"{total} samples at {args.frequency:g} Hz: about {seconds:.1f} CPU seconds")
    print()
    print(f"{'stage':<36} {'samples':>8} {'share':>7}")
    for stage, count in by_stage.most_common():
        print(f"{stage:<36} {count:>8} {100.0 * count / total:>6.1f}%")
    print()
    print(f"{'self':>6}  function")
    top = by_function.most_common(args.top)
    for (name, count), readable in zip(top, demangled([name for name, _ in top])):
        print(f"{100.0 * count / total:>5.1f}%  {readable[:110]}")


if __name__ == "__main__":
    main()
