# What run.sh and search.sh share: installing what they need, finding or building the travaux
# binary, the scratch folder for the sites, the synthetic corpus, and timing a command.
# Sourced by them after they set bench_name (for messages), bench_dir, repo_dir and work.

apt_updated=0
install_pkg() { # install_pkg PACKAGE WHY
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
        echo "$bench_name: $2 is missing; install the Debian package '$1' (apt-get install -y $1)" >&2
        return 1
    fi
    echo "$bench_name: installing $1 ($2)" >&2
    if ((!apt_updated)); then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

need_gnu_time_and_python() {
    if ! { [[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q GNU; }; then
        install_pkg time "GNU time (/usr/bin/time)" || exit 1
    fi
    command -v python3 >/dev/null || install_pkg python3 "python3" || exit 1
}

# find_travaux BUILD: sets travaux to the binary ($travaux, made absolute, else the release
# build), building the default one when missing if BUILD is 1. Returns 1 when it is missing
# and BUILD is 0; exits when a given path does not exist or the build fails.
find_travaux() {
    local default_travaux="$repo_dir/.build/release/travaux"
    if [[ -z $travaux ]]; then
        travaux=$default_travaux
    elif [[ $travaux != /* ]]; then
        travaux="$PWD/$travaux"
    fi
    [[ -x $travaux ]] && return 0
    (($1)) || return 1
    if [[ $travaux != "$default_travaux" ]]; then
        echo "$bench_name: no travaux binary at $travaux" >&2
        exit 1
    fi
    echo "$bench_name: building travaux: swift build -c release --product travaux" >&2
    (cd "$repo_dir" && swift build -c release --product travaux) || { echo "$bench_name: building travaux failed" >&2; exit 1; }
    [[ -x $travaux ]] || { echo "$bench_name: the build did not produce $travaux" >&2; exit 1; }
}

# Where the sites are written (sets out_root and scratch_outputs). On the VMs this project
# runs on, creating 10,000 folders on the ext4 disk costs 1.5 to 12 s of kernel time,
# erratically and growing from run to run, which would drown the tools' own work; tmpfs does
# it in 0.4 s, steadily.
choose_out_root() {
    scratch_outputs=0
    if [[ -z $out_root ]]; then
        if [[ -d /dev/shm && -w /dev/shm ]] && [[ $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]]; then
            out_root=/dev/shm/travaux-bench
            scratch_outputs=$((!keep_outputs))
        else
            out_root="$work/out"
            echo "$bench_name: no tmpfs at /dev/shm: writing the sites to $out_root (disk speed is part of the figures)" >&2
        fi
    fi
    mkdir -p "$out_root"
    out_root=$(cd "$out_root" && pwd)
}

stamp_of() { # what a corpus depends on: the generator's text, the size and the languages
    { cat "$bench_dir/generate.py" "$bench_dir/languages.py"; echo "size=$1"; [[ -z ${2:-} ]] || echo "languages=$2"; } \
        | sha256sum | cut -d' ' -f1
}

# corpus_dir SIZE [LANGUAGES]: where that corpus is (corpus-10000, corpus-10000-en-fr-es-ar-zh-ru)
corpus_dir() { echo "$work/corpus-$1${2:+-${2//,/-}}"; }

# ensure_corpus SIZE LABEL [LANGUAGES]: generates the corpus unless it is there for this
# generator. With LANGUAGES (en,fr,...: generate.py --languages), only the Travaux site.
ensure_corpus() {
    local corpus stamp
    corpus=$(corpus_dir "$1" "${3:-}")
    stamp=$(stamp_of "$1" "${3:-}")
    if [[ -f $corpus/stamp && $(cat "$corpus/stamp") == "$stamp" ]]; then
        echo "== $2: reusing $corpus"
        return
    fi
    echo "== $2: generating $corpus"
    rm -rf "$corpus"
    mkdir -p "$corpus"
    if [[ -n ${3:-} ]]; then
        python3 "$bench_dir/generate.py" --pages "$1" --out "$corpus/travaux" --languages "$3"
    else
        python3 "$bench_dir/generate.py" --pages "$1" --out "$corpus/travaux" --hugo "$corpus/hugo" --raw "$corpus/raw"
        python3 "$bench_dir/validate.py" "$corpus/travaux" --hugo "$corpus/hugo" --raw "$corpus/raw" \
            || { echo "$bench_name: the generated corpus does not validate" >&2; exit 1; }
    fi
    echo "$stamp" >"$corpus/stamp"
}

# CPU time of the whole machine (user, nice, system, irq, softirq, steal), in clock ticks:
# what other processes used during a run is this difference less the tool's own CPU time.
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)

timed() { # timed LOG TFILE COMMAND...: runs it under GNU time; prints its exit status
    local log=$1 tfile=$2 rc=0 before after
    shift 2
    # flush what earlier runs left to write, so that their writeback is not charged to this one
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
