#!/usr/bin/env bash
# One very large position: how the build's time and peak memory grow with the size of a
# single document, against cmark-gfm rendering the same Markdown in the same run.
# A build's cost must grow in proportion to the input (issue 9): the per-megabyte figures
# should stay flat as the size doubles. See Benchmarks/README.md.
#
#   Benchmarks/huge.sh [--sizes 6.25,12.5,25,50] [--shapes paragraph,list,prose]
#                      [--travaux PATH] [--quick]
#
# Writes Benchmarks/.work/huge/ (git-ignored): the sites, logs and huge-results.txt.
# Exit status: 0 when every build succeeded, 1 otherwise, 64 on bad arguments.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work="$bench_dir/.work/huge"
bench_name=huge.sh
# shellcheck source=common.sh
source "$bench_dir/common.sh"

sizes="6.25,12.5,25,50"
shapes="paragraph,list,prose"
travaux=""
while (($#)); do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --shapes) shapes=$2; shift 2 ;;
        --travaux) travaux=$2; shift 2 ;;
        --quick) sizes="1,2"; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "huge.sh: unknown option '$1'" >&2; exit 64 ;;
    esac
done

need_gnu_time_and_python
find_travaux 1
command -v cmark-gfm >/dev/null || install_pkg cmark-gfm "cmark-gfm, the peer" || exit 1
mkdir -p "$work"
results="$work/huge-results.txt"
status=0
{
    printf '%-9s %7s  %9s %9s %9s  %9s %9s  %9s %9s\n' shape MB "travaux s" "s/MB" "MiB/MB" "cmark s" "cmark MiB" "x time" "x memory"
    IFS=, read -ra shape_list <<<"$shapes"
    IFS=, read -ra size_list <<<"$sizes"
    for shape in "${shape_list[@]}"; do
        for size in "${size_list[@]}"; do
            site="$work/site-$shape"
            python3 "$bench_dir/huge_position.py" --repo "$repo_dir" --out "$site" --shape "$shape" --megabytes "$size"
            rc=$(timed "$work/travaux-$shape-$size.log" "$work/travaux.time" "$travaux" build --source "$site" --output "$site/public")
            read -r t_wall t_rss _ _ <"$work/travaux.time"
            if [[ $rc != 0 ]]; then
                echo "huge.sh: travaux failed on $shape $size MB (exit $rc); see $work/travaux-$shape-$size.log" >&2
                status=1
            fi
            timed /dev/null "$work/cmark.time" cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$site/BODY.md" >/dev/null
            read -r c_wall c_rss _ _ <"$work/cmark.time"
            awk -v shape="$shape" -v mb="$size" -v tw="$t_wall" -v tr="$t_rss" -v cw="$c_wall" -v cr="$c_rss" 'BEGIN {
                # GNU time counts hundredths of a second: a ratio to 0.00 s is not shown.
                printf "%-9s %7s  %9.2f %9.3f %9.1f  %9.2f %9.0f  %9s %9.1f\n", shape, mb, tw, tw / mb, tr / 1024 / mb, cw, cr / 1024,
                    (cw > 0 ? sprintf("%.1f", tw / cw) : "n/a"), (cr > 0 ? tr / cr : 0) }'
            rm -rf "$site/public"
        done
    done
} | tee "$results"
echo "huge.sh: wrote $results"
exit $status
