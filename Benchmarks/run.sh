#!/usr/bin/env bash
# Travaux benchmark: Travaux against Hugo and against cmark-gfm alone, on the same
# synthetic negotiation records (Benchmarks/generate.py). See Benchmarks/README.md.
#
#   Benchmarks/run.sh [--sizes 100,1000,10000] [--travaux PATH] [--no-build] [--reps N]
#                     [--tools travaux,hugo,cmark-gfm,cmark-gfm-batch] [--out-dir DIR]
#                     [--keep-outputs] [--tmpfs] [--quick] [--enforce-target] [--search | --no-search]
#
# Writes Benchmarks/.work/ (git-ignored): corpus-<size>/{travaux,hugo,raw}/, logs/,
# results-<size>.txt, results-<size>.json and results.json (every size of this run).
# The tools write their sites to OUT/out-<size>/<tool>/, OUT being Benchmarks/.work/out on
# the disk (--tmpfs: /dev/shm/travaux-bench; --out-dir: any folder); see README.md. The
# tools take turns, run after run (travaux, hugo, ..., travaux, hugo, ...), so that a change
# in the machine's state during the session falls on all of them alike.
# With --search (and in --quick, unless --no-search), search.sh then compares Travaux's
# search index with Pagefind's on the same sizes: search-results-<size>.txt and .json.
# Exit status: 0 when every tool succeeded, 1 when one failed (or could not be set up),
# 2 with --enforce-target when the target is missed, 64 on bad arguments.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work"
bench_name=run.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

sizes="100,1000,10000"
reps=3
travaux=""
build=1
quick=0
tools="travaux,hugo,cmark-gfm,cmark-gfm-batch"
enforce=0
out_root=""
out_given=0
tmpfs=0
keep_outputs=0
search=""
jobs=$(nproc 2>/dev/null || echo 2)
# GFM as GitHub renders it: table, strikethrough, autolink, tagfilter, tasklist, footnotes
# (footnotes is the extension `-e footnotes` in cmark-gfm 0.29, the flag --footnotes in
# later releases: chosen below from --list-extensions)
cmark_ext=(-e table -e strikethrough -e autolink -e tagfilter -e tasklist)

usage() {
    cat <<'EOF'
usage: Benchmarks/run.sh [options]

  --sizes LIST       corpus sizes in pages, comma-separated (default 100,1000,10000)
  --travaux PATH     the travaux binary (default .build/release/travaux; when that is
                     missing it is built with `swift build -c release --product travaux`)
  --no-build         never build travaux: when the binary is missing, skip Travaux
  --reps N           runs per tool and size, taking turns (default 3; the median wall
                     time is compared, the best shown beside it)
  --tools LIST       which of travaux,hugo,cmark-gfm,cmark-gfm-batch to run (default all)
  --out-dir DIR      where the tools write their sites (default: Benchmarks/.work/out, on
                     the disk, removed after each size)
  --tmpfs            write them to /dev/shm/travaux-bench (a tmpfs) instead
  --keep-outputs     keep the sites written to the default folder
  --quick            size 100, one run: the CI smoke test (with the search benchmark,
                     unless --no-search)
  --search           also run the search benchmark (search.sh: Travaux's search index
                     against Pagefind's) on the same sizes, reps and travaux binary
  --no-search        do not run it, not even in --quick
  --enforce-target   exit 2 when, on a corpus of 10,000 pages or more, Travaux is slower
                     than Hugo or uses more than half of Hugo's peak memory
  -h, --help         this help
EOF
}

while (($#)); do
    case $1 in
        --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
        --sizes=*) sizes=${1#*=}; shift ;;
        --travaux) travaux=${2:?--travaux needs a path}; shift 2 ;;
        --travaux=*) travaux=${1#*=}; shift ;;
        --reps) reps=${2:?--reps needs a number}; shift 2 ;;
        --reps=*) reps=${1#*=}; shift ;;
        --tools) tools=${2:?--tools needs a list}; shift 2 ;;
        --tools=*) tools=${1#*=}; shift ;;
        --out-dir) out_root=${2:?--out-dir needs a folder}; out_given=1; shift 2 ;;
        --out-dir=*) out_root=${1#*=}; out_given=1; shift ;;
        --keep-outputs) keep_outputs=1; shift ;;
        --tmpfs) tmpfs=1; shift ;;
        --no-build) build=0; shift ;;
        --quick) quick=1; shift ;;
        --search) search=1; shift ;;
        --no-search) search=0; shift ;;
        --enforce-target) enforce=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
    esac
done
if ((quick)); then sizes=100; reps=1; fi
[[ -n $search ]] || search=$quick
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --reps must be a positive number" >&2; exit 64; }
IFS=, read -r -a size_list <<<"$sizes"
for s in "${size_list[@]}"; do
    [[ $s =~ ^[0-9]+$ ]] && ((s >= 30)) || { echo "run.sh: bad size '$s' (a page count, at least 30)" >&2; exit 64; }
done
IFS=, read -r -a tool_list <<<"$tools"
for t in "${tool_list[@]}"; do
    case $t in travaux | hugo | cmark-gfm | cmark-gfm-batch) ;; *) echo "run.sh: unknown tool '$t'" >&2; exit 64 ;; esac
done
has_tool() { local t; for t in "${tool_list[@]}"; do [[ $t == "$1" ]] && return 0; done; return 1; }
drop_tool() {
    local t kept=()
    for t in "${tool_list[@]}"; do [[ $t == "$1" ]] || kept+=("$t"); done
    tool_list=("${kept[@]}")
}

# --- what the harness needs -------------------------------------------------------------

need_gnu_time_and_python
if has_tool hugo && ! command -v hugo >/dev/null; then install_pkg hugo "hugo" || exit 1; fi
if { has_tool cmark-gfm || has_tool cmark-gfm-batch; } && ! command -v cmark-gfm >/dev/null; then
    install_pkg cmark-gfm "cmark-gfm" || exit 1
fi

if has_tool travaux && ! find_travaux "$build"; then
    echo "run.sh: no travaux binary at $travaux and --no-build given: skipping Travaux (Hugo and cmark-gfm only)" >&2
    drop_tool travaux
fi
((${#tool_list[@]})) || { echo "run.sh: no tool left to measure" >&2; exit 1; }

if ((!out_given && !tmpfs)); then
    # On the disk by default: a team's CI writes its site to a disk, and so does Hugo's.
    out_root="$work/out"
    mkdir -p "$out_root"
    out_root=$(cd "$out_root" && pwd)
    scratch_outputs=$((!keep_outputs))
else
    choose_out_root
fi
fs_type=$(stat -f -c %T "$out_root" 2>/dev/null || echo unknown)

mkdir -p "$work/logs"
runs_tsv="$work/runs.tsv"
: >"$runs_tsv"
version_of() {
    case $1 in
        travaux) timeout 10 "$travaux" --version 2>/dev/null | head -n1 || true ;;
        hugo) hugo version 2>/dev/null | head -n1 || true ;;
        cmark-gfm | cmark-gfm-batch) cmark-gfm --version 2>/dev/null | head -n1 || true ;;
    esac
}

# --- one measured command ---------------------------------------------------------------

if command -v cmark-gfm >/dev/null; then
    if cmark-gfm --list-extensions 2>/dev/null | grep -qx footnotes; then
        cmark_ext+=(-e footnotes)
    else
        cmark_ext+=(--footnotes)
    fi
fi

# The cmark-gfm peer: one cmark-gfm process per file (each file its own .html), the files
# handed out by xargs in batches of 200 to $jobs parallel shells, so that starting a shell
# is amortised over 200 files while every file still goes through its own cmark-gfm run.
export CMARK_OPTS="${cmark_ext[*]}"
cmark_each() { # RAW OUT JOBS
    set -o pipefail
    mkdir -p "$2"
    find "$1" -name '*.md' -print0 |
        xargs -0 -P "$3" -n 200 sh -c '
            out=$1; shift
            for f; do
                b=${f##*/}
                cmark-gfm $CMARK_OPTS "$f" >"$out/${b%.md}.html" || { echo "cmark-gfm failed on $f" >&2; exit 1; }
            done' sh "$2"
}
# cmark-gfm-batch: the same files through ONE cmark-gfm process writing one concatenated
# file: the parse-and-render floor without process start-up (informational).
cmark_batch() { # RAW OUT
    set -o pipefail
    mkdir -p "$2"
    find "$1" -name '*.md' -print0 | sort -z | xargs -0 cmark-gfm $CMARK_OPTS >"$2/all.html"
}
export -f cmark_each cmark_batch

failed=0
failed_tools=" "
measure() { # measure TOOL SIZE RUN: one run of one tool
    local tool=$1 size=$2 r=$3
    local corpus="$work/corpus-$size" out="$out_root/out-$size/$tool"
    local log="$work/logs/$size-$tool.log" tfile="$work/logs/$size-$tool.time"
    local rc wall rss user sys html warnings cmd other bytes files
    [[ $failed_tools == *" $size-$tool "* ]] && return 0
    rm -rf "$out"
    mkdir -p "$out_root/out-$size"
    case $tool in
        travaux)
            # every run a first build: no lock file left by the previous run
            rm -f "$corpus/travaux/content/anchors.lock"
            rm -rf "$corpus/travaux/public"
            cmd=("$travaux" build --source "$corpus/travaux" --output "$out") ;;
        hugo)
            rm -rf "$out_root/hugo-cache" "$corpus/hugo/resources"
            cmd=(hugo --quiet --source "$corpus/hugo" --destination "$out"
                 --cacheDir "$out_root/hugo-cache" --ignoreCache --noBuildLock) ;;
        cmark-gfm) cmd=(bash -c 'cmark_each "$@"' cmark-each "$corpus/raw" "$out" "$jobs") ;;
        cmark-gfm-batch) cmd=(bash -c 'cmark_batch "$@"' cmark-batch "$corpus/raw" "$out") ;;
    esac
    rc=$(timed "$log" "$tfile" "${cmd[@]}")
    if ((rc != 0)); then
        echo "run.sh: $tool FAILED on the $size-page corpus (exit status $rc); the last lines of $log:" >&2
        tail -n 25 "$log" | sed 's/^/    /' >&2
        printf '%s\t%s\t%s\tnan\tnan\tnan\tnan\t0\t0\t%s\tnan\t0\t0\n' "$size" "$tool" "$r" "$rc" >>"$runs_tsv"
        failed=1
        failed_tools+="$size-$tool "
        return 0
    fi
    read -r wall rss user sys < <(tail -n 1 "$tfile")
    html=$(find "$out" -name '*.html' | wc -l)
    files=$(find "$out" -type f | wc -l)
    warnings=$(grep -c ': warning:' "$log" || true)
    other=$(other_cpu "$tfile" "$user" "$sys")
    bytes=$(du -sb "$out" | cut -f1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t0\t%s\t%s\t%s\n' "$size" "$tool" "$r" "$wall" "$rss" "$user" "$sys" "$html" "$warnings" "$other" "$bytes" "$files" >>"$runs_tsv"
    printf '  %-16s run %d/%d: %7.2f s %8.1f MiB %7d HTML files   (other processes: %s CPU s)\n' \
        "$tool" "$r" "$reps" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$html" "$other"
}

# --- per size: corpus, runs, report -----------------------------------------------------

for size in "${size_list[@]}"; do
    ensure_corpus "$size" "$size pages"
    for ((r = 1; r <= reps; r++)); do
        for tool in "${tool_list[@]}"; do
            measure "$tool" "$size" "$r"
        done
    done
    if ((scratch_outputs)); then rm -rf "$out_root/out-$size" "$out_root/hugo-cache"; fi
done
if ((scratch_outputs)); then rmdir "$out_root" 2>/dev/null || true; fi

# versions and machine, for the report
{
    for tool in "${tool_list[@]}"; do printf '%s\t%s\n' "$tool" "$(version_of "$tool")"; done
} >"$work/versions.tsv"

report_args=(--work "$work" --runs "$runs_tsv" --versions "$work/versions.tsv" --reps "$reps" --sizes "$sizes"
             --out-dir "$out_root" --out-fs "$fs_type")
((enforce)) && report_args+=(--enforce-target)
rc=0
python3 "$bench_dir/report.py" "${report_args[@]}" || rc=$?

# --- the search benchmark (search.sh) ------------------------------------------------------

search_failed=0
if ((search)); then
    if ! has_tool travaux; then
        echo "run.sh: no travaux binary: skipping the search benchmark" >&2
    else
        search_args=(--sizes "$sizes" --reps "$reps" --travaux "$travaux")
        ((out_given)) && search_args+=(--out-dir "$out_root")
        ((keep_outputs)) && search_args+=(--keep-outputs)
        echo
        echo "== search benchmark: Benchmarks/search.sh ${search_args[*]}"
        bash "$bench_dir/search.sh" "${search_args[@]}" || search_failed=1
    fi
fi
if ((failed)); then
    echo "run.sh: at least one tool failed; see $work/logs/" >&2
    exit 1
fi
if ((search_failed)); then
    echo "run.sh: the search benchmark failed (or reported a problem); see above and $work/logs/search-*" >&2
    exit 1
fi
exit "$rc"
