#!/usr/bin/env bash
# Where a Travaux build spends its CPU: perf record of one build of the benchmark corpus,
# summed by pipeline stage and by function. See Benchmarks/README.md, *Profile*.
#
#   Benchmarks/profile.sh [--size N] [--travaux PATH] [--frequency HZ] [--top N]
#   Benchmarks/profile.sh --callgrind [--size N] [--travaux PATH] [--top N]
#
# Writes Benchmarks/.work/profile-<size>.data (perf's record), profile-<size>.txt (the
# report printed) and builds the site into a scratch folder on tmpfs, removed afterwards.
# Needs perf (the Debian package linux-perf, installed when run as root) and python3.
# --callgrind counts instructions instead (valgrind --tool=callgrind, on a copy of the
# binary without debug information, which valgrind 3.19 cannot read): a figure that does
# not depend on what else the machine is doing, for comparing two binaries; default size
# 1,000 pages (about fifty times slower than a plain build). Writes callgrind-<size>.out
# and callgrind-<size>.txt.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=profile.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

size=""
callgrind=0
travaux=""
frequency=999
top=25
while (($#)); do
    case $1 in
        --size) size=${2:?--size needs a page count}; shift 2 ;;
        --travaux) travaux=${2:?--travaux needs a path}; shift 2 ;;
        --frequency) frequency=${2:?--frequency needs a number}; shift 2 ;;
        --top) top=${2:?--top needs a number}; shift 2 ;;
        --callgrind) callgrind=1; shift ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "profile.sh: unknown option '$1'" >&2; exit 64 ;;
    esac
done
[[ -n $size ]] || { if ((callgrind)); then size=1000; else size=10000; fi; }
[[ $size =~ ^[0-9]+$ ]] && ((size >= 30)) || { echo "profile.sh: bad size '$size'" >&2; exit 64; }

need_gnu_time_and_python
if ((callgrind)); then
    command -v valgrind >/dev/null || install_pkg valgrind "valgrind" || exit 1
else
    command -v perf >/dev/null || install_pkg linux-perf "perf" || exit 1
fi
find_travaux 1
mkdir -p "$work"
ensure_corpus "$size" "$size pages"
corpus="$work/corpus-$size/travaux"
out=$(mktemp -d "${TMPDIR:-/tmp}/travaux-profile.XXXXXX")
if [[ -d /dev/shm && -w /dev/shm ]]; then rm -rf "$out"; out=$(mktemp -d /dev/shm/travaux-profile.XXXXXX); fi
trap 'rm -rf "$out"; rm -f "$corpus/content/anchors.lock"' EXIT
rm -f "$corpus/content/anchors.lock"

if ((callgrind)); then
    stripped="$out/travaux"
    cp "$travaux" "$stripped" && strip -g "$stripped"
    cg="$work/callgrind-$size.out"
    echo "== valgrind --tool=callgrind: travaux build, $size pages" >&2
    valgrind --tool=callgrind --callgrind-out-file="$cg" "$stripped" build --source "$corpus" --output "$out/site" \
        >/dev/null 2>"$work/callgrind-$size.log" || { tail -n 20 "$work/callgrind-$size.log" >&2; exit 1; }
    {
        printf 'instructions (Ir) of one build of %s pages: %s\n\n' "$size" \
            "$(grep -o 'refs: *[0-9,]*' "$work/callgrind-$size.log" | grep -o '[0-9,]*$')"
        callgrind_annotate "$cg" 2>/dev/null | python3 "$bench_dir/profile_report.py" --callgrind --top "$top"
    } | tee "$work/callgrind-$size.txt"
    exit 0
fi

data="$work/profile-$size.data"
echo "== perf record -F $frequency -g: travaux build --timings, $size pages" >&2
perf record -q -F "$frequency" -g -o "$data" "$travaux" build --timings --source "$corpus" --output "$out/site" 2>"$work/profile-$size.timings" >/dev/null
grep 'travaux: ' "$work/profile-$size.timings" >&2 || true
perf script -i "$data" 2>/dev/null | python3 "$bench_dir/profile_report.py" --frequency "$frequency" --top "$top" \
    | tee "$work/profile-$size.txt"
