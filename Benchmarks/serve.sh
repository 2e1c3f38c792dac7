#!/usr/bin/env bash
# The preview benchmark: how long after an editor saves a position `travaux serve` serves its
# page with the new words, and rebuilds the whole site, on the synthetic corpus
# (Benchmarks/generate.py). See Benchmarks/README.md, "Preview".
#
#   Benchmarks/serve.sh [--sizes 10000] [--edits N] [--kinds LIST] [--travaux PATH] [--no-build] [--port P]
#
# Serves a scratch copy of corpus-<size> (the corpus itself is never edited), then saves
# each kind of edit N times (serve_latency.py): to one position, words inside a paragraph, a
# paragraph added, the title changed; a stakeholder's name; words of a draft's first paragraph, and of its first article's first
# numbered paragraph. Writes Benchmarks/.work/serve-results-<size>.txt
# and .json. Exit status: 0 when it ran, 1 when a step failed, 64 on bad arguments.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=serve.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

sizes="10000"
edits=5
kinds="words,paragraph,title,stakeholder,draft,article"
travaux=""
build=1
port=18313

usage() {
    cat <<'USAGE'
usage: Benchmarks/serve.sh [options]

  --sizes LIST   corpus sizes in pages, comma-separated (default 10000)
  --edits N      saves of each kind of edit (default 5)
  --kinds LIST   the kinds of edit, comma-separated (default words,paragraph,title,stakeholder,draft,article)
  --travaux PATH the binary to measure (default: the release build, built when missing)
  --no-build     fail rather than build the release binary when it is missing
  --port P       the port serve listens on (default 18313)
USAGE
}

while (($#)); do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --edits) edits=$2; shift 2 ;;
        --kinds) kinds=$2; shift 2 ;;
        --travaux) travaux=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --port) port=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$bench_name: unknown option $1" >&2; usage >&2; exit 64 ;;
    esac
done
[[ $edits =~ ^[1-9][0-9]*$ ]] || { echo "$bench_name: --edits takes a positive number" >&2; exit 64; }

find_travaux "$build" || { echo "$bench_name: no travaux binary (build it, or drop --no-build)" >&2; exit 1; }
mkdir -p "$work"
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
    [[ $size =~ ^[1-9][0-9]*$ ]] || { echo "$bench_name: bad size '$size'" >&2; exit 64; }
    ensure_corpus "$size" "corpus-$size"
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/travaux-serve-bench.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    cp -R "$work/corpus-$size/travaux" "$scratch/site"
    echo "== serve on corpus-$size: $edits saves of each kind of edit"
    python3 "$bench_dir/serve_latency.py" --travaux "$travaux" --source "$scratch/site" --port "$port" \
        --edits "$edits" --kinds "$kinds" --json "$work/serve-results-$size.json" | tee "$work/serve-results-$size.txt"
    rm -rf "$scratch"
    trap - EXIT
done
