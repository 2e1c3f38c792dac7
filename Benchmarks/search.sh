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

apt_updated=0
install_pkg() { # install_pkg PACKAGE WHY
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
        echo "search.sh: $2 is missing; install the Debian package '$1' (apt-get install -y $1)" >&2
        return 1
    fi
    echo "search.sh: installing $1 ($2)" >&2
    if ((!apt_updated)); then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}
if ! { [[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q GNU; }; then
    install_pkg time "GNU time (/usr/bin/time)" || exit 1
fi
command -v python3 >/dev/null || install_pkg python3 "python3" || exit 1
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

default_travaux="$repo_dir/.build/release/travaux"
if [[ -z $travaux ]]; then
    travaux=$default_travaux
elif [[ $travaux != /* ]]; then
    travaux="$PWD/$travaux"
fi
if [[ ! -x $travaux ]]; then
    if [[ $travaux != "$default_travaux" ]]; then
        echo "search.sh: no travaux binary at $travaux" >&2
        exit 1
    fi
    echo "search.sh: building travaux: swift build -c release --product travaux" >&2
    (cd "$repo_dir" && swift build -c release --product travaux) || { echo "search.sh: building travaux failed" >&2; exit 1; }
fi

scratch_outputs=0
if [[ -z $out_root ]]; then
    if [[ -d /dev/shm && -w /dev/shm ]] && [[ $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]]; then
        out_root=/dev/shm/travaux-bench
        scratch_outputs=$((!keep_outputs))
    else
        out_root="$work/out"
    fi
fi
mkdir -p "$out_root" "$work/logs"
out_root=$(cd "$out_root" && pwd)
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

stamp_of() { # as run.sh: what a corpus depends on
    { cat "$bench_dir/generate.py"; echo "size=$1"; } | sha256sum | cut -d' ' -f1
}

# CPU time of the whole machine, in clock ticks (as run.sh): what other processes used
# during a run is the difference less the tool's own CPU time
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
timed() { # timed LOG TFILE COMMAND...: runs it under GNU time; prints its exit status
    local log=$1 tfile=$2 rc=0 before after
    shift 2
    sync
    before=$(busy_ticks)
    /usr/bin/time -f '%e %M %U %S' -o "$tfile" "$@" >"$log" 2>&1 || rc=$?
    after=$(busy_ticks)
    echo "$before $after" >"$tfile.ticks"
    echo "$rc"
}
other_cpu() { # other_cpu TFILE USER SYS: CPU seconds other processes used during the run
    local before after
    read -r before after <"$1.ticks"
    awk -v a="$after" -v b="$before" -v hz="$hz" -v u="$2" -v s="$3" \
        'BEGIN { o = (a - b) / hz - u - s; if (o < 0) o = 0; printf "%.2f", o }'
}

status=0
for size in "${size_list[@]}"; do
    corpus="$work/corpus-$size"
    stamp=$(stamp_of "$size")
    if [[ -f $corpus/stamp && $(cat "$corpus/stamp") == "$stamp" ]]; then
        echo "== search, $size pages: reusing $corpus"
    else
        echo "== search, $size pages: generating $corpus"
        rm -rf "$corpus"
        mkdir -p "$corpus"
        python3 "$bench_dir/generate.py" --pages "$size" --out "$corpus/travaux" --hugo "$corpus/hugo" --raw "$corpus/raw"
        python3 "$bench_dir/validate.py" "$corpus/travaux" --hugo "$corpus/hugo" --raw "$corpus/raw" \
            || { echo "search.sh: the generated corpus does not validate" >&2; exit 1; }
        echo "$stamp" >"$corpus/stamp"
    fi
    dir="$out_root/search-$size"
    site="$dir/site" pf="$dir/pagefind"
    runs="$work/search-runs-$size.tsv"
    : >"$runs"
    rm -rf "$dir"
    mkdir -p "$dir"

    # (a) Travaux: the whole build, --timings; the index's seconds are its search stages
    for ((r = 1; r <= reps; r++)); do
        rm -rf "$site"
        rm -f "$corpus/travaux/content/anchors.lock"
        log="$work/logs/search-$size-travaux-$r.log" tfile="$work/logs/search-$size-travaux-$r.time"
        rc=$(timed "$log" "$tfile" "$travaux" build --timings --source "$corpus/travaux" --output "$site")
        if ((rc != 0)); then
            echo "search.sh: travaux build FAILED (exit status $rc); the last lines of $log:" >&2
            tail -n 20 "$log" | sed 's/^/    /' >&2
            printf 'travaux\t%s\tnan\tnan\tnan\tnan\t%s\t%s\tnan\n' "$r" "$rc" "$log" >>"$runs"
            status=1
            continue 2
        fi
        read -r wall rss user sys < <(tail -n 1 "$tfile")
        other=$(other_cpu "$tfile" "$user" "$sys")
        printf 'travaux\t%s\t%s\t%s\t%s\t%s\t0\t%s\t%s\n' "$r" "$wall" "$rss" "$user" "$sys" "$log" "$other" >>"$runs"
        printf '  travaux build --timings run %d/%d: %6.2f s (%s; other processes: %s CPU s)\n' "$r" "$reps" "$wall" \
            "$(grep -E '^travaux: [^:]*search[^:]*: ' "$log" | sed 's/^travaux: //' | cut -d, -f1 | paste -sd ';' - | sed 's/;/; /g')" "$other"
    done
    if [[ ! -f $site/search/index.json ]]; then
        echo "search.sh: travaux build wrote no search/index.json: this binary has no search index ($travaux)" >&2
        status=1
        continue
    fi

    # Pagefind over the same pages: the kinds of page Travaux's index links to
    glob=$(python3 "$bench_dir/search_report.py" glob --site "$site") || { status=1; continue; }
    for ((r = 1; r <= reps; r++)); do
        rm -rf "$pf"
        log="$work/logs/search-$size-pagefind-$r.log" tfile="$work/logs/search-$size-pagefind-$r.time"
        rc=$(timed "$log" "$tfile" "$pagefind" --site "$site" --output-path "$pf" --glob "$glob" \
            --root-selector main --exclude-selectors "$pagefind_exclude")
        if ((rc != 0)); then
            echo "search.sh: pagefind FAILED (exit status $rc); the last lines of $log:" >&2
            tail -n 20 "$log" | sed 's/^/    /' >&2
            printf 'pagefind\t%s\tnan\tnan\tnan\tnan\t%s\t%s\tnan\n' "$r" "$rc" "$log" >>"$runs"
            status=1
            continue 2
        fi
        read -r wall rss user sys < <(tail -n 1 "$tfile")
        other=$(other_cpu "$tfile" "$user" "$sys")
        printf 'pagefind\t%s\t%s\t%s\t%s\t%s\t0\t%s\t%s\n' "$r" "$wall" "$rss" "$user" "$sys" "$log" "$other" >>"$runs"
        printf '  pagefind run %d/%d: %6.2f s (%s; other processes: %s CPU s)\n' "$r" "$reps" "$wall" \
            "$(grep -o 'Indexed [0-9]* pages' "$log" || true)" "$other"
    done

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
