#!/usr/bin/env bash
# The search benchmark: Travaux's search index against Pagefind's on the same pages of the
# same synthetic corpus (Benchmarks/generate.py), in one run. See Benchmarks/README.md, "Search".
#
#   Benchmarks/search.sh [--sizes 10000] [--reps N] [--travaux PATH] [--out-dir DIR]
#                        [--keep-outputs] [--quick] [--query Q]... [--results N]
#
# For each size: build the corpus with `travaux build --timings` (the index's seconds are its
# search stages), run Pagefind over the HTML pages that Travaux's index covers (into a scratch
# folder: Travaux's site is not modified), measure both indexes on disk, then answer each query
# in headless Chromium against a local server and count what the browser fetched
# (search_browser.js). Writes Benchmarks/.work/search-results-<size>.txt and .json.
# Exit status: 0 when everything ran, 1 when a step failed, 64 on bad arguments.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=search.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

sizes="10000"
reps=3
travaux=""
out_root=""
keep_outputs=0
results=10
queries=()
pagefind_pip=${PAGEFIND_PIP:-pagefind-bin==1.5.2}
# Pagefind reads what Travaux's index reads: the page's <main>, without the page furniture
# that Travaux does not index (navigation, ¶ links, the citation box, the lists of citing
# positions and of a stakeholder's documents, the stances table).
pagefind_exclude='nav, .permalink, section.cite, .cited-by, .item-list, .stances-table'

usage() {
    cat <<'EOF'
usage: Benchmarks/search.sh [options]

  --sizes LIST       corpus sizes in pages, comma-separated (default 10000)
  --reps N           index builds per tool and size (default 3; the best is reported)
  --travaux PATH     the travaux binary (default .build/release/travaux, built when missing)
  --out-dir DIR      where the sites and indexes are written (default /dev/shm/travaux-bench,
                     a tmpfs, removed after each size; else Benchmarks/.work/out)
  --keep-outputs     keep them
  --quick            size 100, one run (the smoke test of run.sh --quick)
  --query Q          a query to measure (repeatable; default: "dual criminality",
                     "safeguards", "data protection", "art 24")
  --results N        results whose data() Pagefind loads per query (default 10)
  -h, --help         this help
EOF
}

while (($#)); do
    case $1 in
        --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
        --sizes=*) sizes=${1#*=}; shift ;;
        --reps) reps=${2:?--reps needs a number}; shift 2 ;;
        --reps=*) reps=${1#*=}; shift ;;
        --travaux) travaux=${2:?--travaux needs a path}; shift 2 ;;
        --travaux=*) travaux=${1#*=}; shift ;;
        --out-dir) out_root=${2:?--out-dir needs a folder}; shift 2 ;;
        --out-dir=*) out_root=${1#*=}; shift ;;
        --keep-outputs) keep_outputs=1; shift ;;
        --quick) sizes=100; reps=1; shift ;;
        --query) queries+=("${2:?--query needs a query}"); shift 2 ;;
        --query=*) queries+=("${1#*=}"); shift ;;
        --results) results=${2:?--results needs a number}; shift 2 ;;
        --results=*) results=${1#*=}; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "search.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
    esac
done
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "search.sh: --reps must be a positive number" >&2; exit 64; }
[[ $results =~ ^[1-9][0-9]*$ ]] || { echo "search.sh: --results must be a positive number" >&2; exit 64; }
IFS=, read -r -a size_list <<<"$sizes"
for s in "${size_list[@]}"; do
    [[ $s =~ ^[0-9]+$ ]] && ((s >= 30)) || { echo "search.sh: bad size '$s' (a page count, at least 30)" >&2; exit 64; }
done
((${#queries[@]})) || queries=("dual criminality" "safeguards" "data protection" "art 24")

# --- what it needs: GNU time, python3, node, Chromium, Pagefind ----------------------------

need_gnu_time_and_python
command -v node >/dev/null || install_pkg nodejs "node" || exit 1
if [[ -z ${CHROMIUM:-} ]] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
    install_pkg chromium "Chromium (headless, for the bytes a query fetches)" || exit 1
fi
pagefind_bin() { python3 -c 'import pagefind_bin; print(pagefind_bin.get_executable())' 2>/dev/null; }
if ! pagefind=$(pagefind_bin); then
    echo "search.sh: installing Pagefind: python3 -m pip install $pagefind_pip" >&2
    python3 -m pip install -q "$pagefind_pip" >&2 ||
        { echo "search.sh: could not install Pagefind (python3 -m pip install $pagefind_pip)" >&2; exit 1; }
    pagefind=$(pagefind_bin) || { echo "search.sh: Pagefind is installed but its binary is missing" >&2; exit 1; }
fi

find_travaux 1
choose_out_root
mkdir -p "$work/logs"
# the scratch sites and indexes go, whatever happens (only ours: run.sh shares the folder)
cleanup() {
    if ((scratch_outputs)); then
        rm -rf "$out_root"/search-*
        rmdir "$out_root" 2>/dev/null || true
    fi
}
trap cleanup EXIT

{
    # travaux has no --version: the commit of the clone, "+changes" when Sources/ differ from it
    rev=$(git -C "$repo_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$repo_dir" diff --quiet HEAD -- Sources Package.swift themes 2>/dev/null || rev="$rev+changes"
    printf 'travaux\t%s\n' "travaux $rev"
    printf 'pagefind\t%s\n' "$("$pagefind" --version 2>/dev/null | head -n1 || true)"
} >"$work/search-versions.tsv"

# index_runs TOOL PREPARE SUMMARY COMMAND...: --reps timed runs of COMMAND, a line each in
# $runs; PREPARE runs before each (a clean output), SUMMARY LOG says what the log reports.
# Returns 1 when a run fails.
index_runs() {
    local tool=$1 prepare=$2 summary=$3 r rc log tfile wall rss user sys other
    shift 3
    for ((r = 1; r <= reps; r++)); do
        "$prepare"
        log="$work/logs/search-$size-$tool-$r.log" tfile="$work/logs/search-$size-$tool-$r.time"
        rc=$(timed "$log" "$tfile" "$@")
        if ((rc != 0)); then
            echo "search.sh: $tool FAILED (exit status $rc); the last lines of $log:" >&2
            tail -n 20 "$log" | sed 's/^/    /' >&2
            printf '%s\t%s\tnan\tnan\tnan\tnan\t%s\t%s\tnan\n' "$tool" "$r" "$rc" "$log" >>"$runs"
            return 1
        fi
        read -r wall rss user sys < <(tail -n 1 "$tfile")
        other=$(other_cpu "$tfile" "$user" "$sys")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t0\t%s\t%s\n' "$tool" "$r" "$wall" "$rss" "$user" "$sys" "$log" "$other" >>"$runs"
        printf '  %s run %d/%d: %6.2f s (%s; other processes: %s CPU s)\n' "$tool" "$r" "$reps" "$wall" "$("$summary" "$log")" "$other"
    done
}
prepare_travaux() { rm -rf "$site"; rm -f "$corpus/travaux/content/anchors.lock"; }
prepare_pagefind() { rm -rf "$pf"; }
summary_travaux() { grep -E '^travaux: [^:]*search[^:]*: ' "$1" | sed 's/^travaux: //' | cut -d, -f1 | paste -sd ';' - | sed 's/;/; /g'; }
summary_pagefind() { grep -o 'Indexed [0-9]* pages' "$1" || true; }

status=0
for size in "${size_list[@]}"; do
    corpus="$work/corpus-$size"
    ensure_corpus "$size" "search, $size pages"
    dir="$out_root/search-$size"
    site="$dir/site" pf="$dir/pagefind"
    runs="$work/search-runs-$size.tsv"
    : >"$runs"
    rm -rf "$dir"
    mkdir -p "$dir"

    # (a) Travaux: the whole build, --timings; the index's seconds are its search stages
    index_runs travaux prepare_travaux summary_travaux \
        "$travaux" build --timings --source "$corpus/travaux" --output "$site" || { status=1; continue; }
    if [[ ! -f $site/search/index.json.gz ]]; then
        echo "search.sh: travaux build wrote no search/index.json.gz: this binary has no search index of this format ($travaux)" >&2
        status=1
        continue
    fi

    # Pagefind over the same pages: the kinds of page Travaux's index links to
    glob=$(python3 "$bench_dir/search_report.py" glob --site "$site") || { status=1; continue; }
    index_runs pagefind prepare_pagefind summary_pagefind \
        "$pagefind" --site "$site" --output-path "$pf" --glob "$glob" \
        --root-selector main --exclude-selectors "$pagefind_exclude" || { status=1; continue; }

    # (c) what a browser fetches per query
    fetches="$work/search-fetches-$size.json"
    qargs=()
    for q in "${queries[@]}"; do qargs+=(--query "$q"); done
    node "$bench_dir/search_browser.js" --site "$site" --pagefind "$pf" --out "$fetches" \
        --results "$results" "${qargs[@]}" || { echo "search.sh: the browser measurement failed" >&2; status=1; continue; }

    # (b) sizes, and the report
    python3 "$bench_dir/search_report.py" report --work "$work" --size "$size" --site "$site" --pagefind "$pf" \
        --runs "$runs" --fetches "$fetches" --glob "$glob" --exclude "$pagefind_exclude" \
        --versions "$work/search-versions.tsv" --reps "$reps" || status=1
    if ((scratch_outputs)); then rm -rf "$dir"; fi
done
exit "$status"
