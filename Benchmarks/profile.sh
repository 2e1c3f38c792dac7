#!/usr/bin/env bash
# Where a Travaux build spends its CPU: perf record of one build of the benchmark corpus,
# summed by pipeline stage and by function. See Benchmarks/README.md, *Profile*.
#
#   Benchmarks/profile.sh [--size N] [--travaux PATH] [--frequency HZ] [--top N]
#
# Writes Benchmarks/.work/profile-<size>.data (perf's record), profile-<size>.txt (the
# report printed) and builds the site into a scratch folder on tmpfs, removed afterwards.
# Needs perf (the Debian package linux-perf, installed when run as root) and python3.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=profile.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

size=10000
travaux=""
frequency=999
top=25
while (($#)); do
    case $1 in
        --size) size=${2:?--size needs a page count}; shift 2 ;;
        --travaux) travaux=${2:?--travaux needs a path}; shift 2 ;;
        --frequency) frequency=${2:?--frequency needs a number}; shift 2 ;;
        --top) top=${2:?--top needs a number}; shift 2 ;;
        -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "profile.sh: unknown option '$1'" >&2; exit 64 ;;
    esac
done
[[ $size =~ ^[0-9]+$ ]] && ((size >= 30)) || { echo "profile.sh: bad size '$size'" >&2; exit 64; }

need_gnu_time_and_python
command -v perf >/dev/null || install_pkg linux-perf "perf" || exit 1
find_travaux 1
mkdir -p "$work"
ensure_corpus "$size" "$size pages"
corpus="$work/corpus-$size/travaux"
out=$(mktemp -d "${TMPDIR:-/tmp}/travaux-profile.XXXXXX")
if [[ -d /dev/shm && -w /dev/shm ]]; then rm -rf "$out"; out=$(mktemp -d /dev/shm/travaux-profile.XXXXXX); fi
trap 'rm -rf "$out"; rm -f "$corpus/content/anchors.lock"' EXIT
rm -f "$corpus/content/anchors.lock"

data="$work/profile-$size.data"
echo "== perf record -F $frequency -g: travaux build --timings, $size pages" >&2
perf record -q -F "$frequency" -g -o "$data" "$travaux" build --timings --source "$corpus" --output "$out/site" 2>"$work/profile-$size.timings" >/dev/null
grep 'travaux: ' "$work/profile-$size.timings" >&2 || true
perf script -i "$data" 2>/dev/null | python3 "$bench_dir/profile_report.py" --frequency "$frequency" --top "$top" \
    | tee "$work/profile-$size.txt"
