#!/usr/bin/env bash
# The cost of languages: the same synthetic corpus built in one language and in six
# (generate.py --languages: every draft translated into five languages, every third position
# written in one of them), alternating runs. See Benchmarks/README.md, "Languages".
#
#   Benchmarks/languages.sh [--sizes 1000] [--reps N] [--languages en,fr,es,ar,zh,ru]
#                           [--travaux PATH] [--no-build]
#
# Prints, per size, the median wall time, CPU seconds, peak memory, files and bytes of each
# build and the ratio six/one; writes Benchmarks/.work/languages-results-<size>.txt.
# Exit status: 0 when every build succeeded, 1 when one failed, 64 on bad arguments.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=languages.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

sizes="1000"
reps=3
languages="en,fr,es,ar,zh,ru"
travaux=""
build=1

while (($#)); do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --languages) languages=$2; shift 2 ;;
        --travaux) travaux=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$bench_name: unknown option $1" >&2; exit 64 ;;
    esac
done
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "$bench_name: --reps takes a positive number" >&2; exit 64; }
[[ $languages == en,* ]] || { echo "$bench_name: --languages starts with en (the default language)" >&2; exit 64; }

need_gnu_time_and_python
find_travaux "$build" || { echo "$bench_name: no travaux binary (build it, or drop --no-build)" >&2; exit 1; }
mkdir -p "$work/logs"
status=0
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
    [[ $size =~ ^[1-9][0-9]*$ ]] || { echo "$bench_name: bad size '$size'" >&2; exit 64; }
    ensure_corpus "$size" "$size pages, one language"
    ensure_corpus "$size" "$size pages, $languages" "$languages"
    out=$(mktemp -d "${TMPDIR:-/tmp}/travaux-languages.XXXXXX")
    results="$work/languages-results-$size.txt"
    : >"$results.runs"
    for rep in $(seq 1 "$reps"); do
        for variant in one many; do
            if [[ $variant == one ]]; then corpus=$(corpus_dir "$size"); else corpus=$(corpus_dir "$size" "$languages"); fi
            rm -rf "$out/$variant" "$corpus/travaux/content/anchors.lock"
            tfile="$work/logs/languages-$size-$variant-$rep.time"
            rc=$(timed "$work/logs/languages-$size-$variant-$rep.log" "$tfile" "$travaux" build --source "$corpus/travaux" --output "$out/$variant")
            if [[ $rc != 0 ]]; then
                echo "$bench_name: the $variant-language build of $size pages failed (exit $rc):" >&2
                tail -5 "$work/logs/languages-$size-$variant-$rep.log" >&2
                status=1
                continue
            fi
            read -r wall peak user sys <"$tfile"
            files=$(find "$out/$variant" -type f | wc -l)
            bytes=$(du -sb "$out/$variant" | cut -f1)
            echo "$variant $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $peak $files $bytes" >>"$results.runs"
        done
    done
    rm -rf "$out"
    python3 - "$results.runs" "$size" "$languages" <<'PY' | tee "$results"
import statistics, sys
runs, size, languages = sys.argv[1], sys.argv[2], sys.argv[3]
rows = {}
for line in open(runs):
    variant, wall, cpu, peak, files, size_bytes = line.split()
    rows.setdefault(variant, []).append((float(wall), float(cpu), int(peak), int(files), int(size_bytes)))
def med(variant, i):
    return statistics.median(row[i] for row in rows[variant])
print(f"travaux build, {size} pages: one language (en) against {languages} (median of {len(rows.get('one', []))} alternating runs)")
print(f"{'site':<24}{'wall s':>9}{'CPU s':>9}{'peak MiB':>10}{'files':>9}{'MiB':>9}")
for variant, label in (("one", "en"), ("many", languages)):
    if variant in rows:
        print(f"{label:<24}{med(variant, 0):>9.2f}{med(variant, 1):>9.2f}{med(variant, 2) / 1024:>10.0f}{med(variant, 3):>9.0f}{med(variant, 4) / 1048576:>9.1f}")
if "one" in rows and "many" in rows:
    print(f"{'ratio':<24}" + "".join(f"{med('many', i) / med('one', i):>{w}.2f}" for i, w in ((0, 9), (1, 9), (2, 10), (3, 9), (4, 9))))
PY
done
exit "$status"
