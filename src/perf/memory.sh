#!/usr/bin/env bash
# Target 5, memory: a portal of its own on a fresh database with a 256 MB heap and a GC log, under
# target 1's load (the four public pages in turn, 64 connections) for PERF_DURATION seconds (default
# 60). Resident memory is sampled every second (VmRSS) and read at its high-water mark (VmHWM); the GC
# log gives the longest pause and any full collection over 100 ms. PERF_MEMORY_OPTIONS adds JVM options
# (a lever to compare, e.g. "-XX:+UseSerialGC -Xms32m"), named in the row.
# GC log and wrk report: target/perf/memory-gc.log, target/perf/memory-wrk.txt.
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT
perf_require wrk

duration=${PERF_DURATION:-60}
[ -n "${PERF_QUICK:-}" ] && duration=${PERF_DURATION:-5}
gc_log=$PERF_OUT/memory-gc.log
rm -f "$gc_log"
database=$(perf_fresh_database memory)
port=$(perf_free_port)
read -r -a extra_options <<<"${PERF_MEMORY_OPTIONS:-}"
perf_start_portal memory "$database" "$port" -Xmx256m "${extra_options[@]}" "-Xlog:gc*:file=$gc_log"
pid=$PERF_PID_memory

# The pages without the cookie variants (a cookie per request would need a header per path).
mapfile -t pages < <(perf_public_pages "http://localhost:$port" | grep -v $'\t')
script=$PERF_OUT/memory-pages.lua
{
	printf 'local paths = {'
	printf '"%s", ' "${pages[@]}"
	printf '}\nlocal i = 0\nrequest = function()\n\ti = i %% #paths + 1\n\treturn wrk.format("GET", paths[i])\nend\n'
} >"$script"

kilobytes() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$pid/status"; }
perf_wrk "$PERF_OUT/memory-wrk.txt" "$duration" "http://localhost:$port/" -s "$script" &
load=$!
sampled=0
while kill -0 "$load" 2>/dev/null; do
	rss=$(kilobytes VmRSS)
	[ "${rss:-0}" -gt "$sampled" ] && sampled=$rss
	sleep 1
done
wait "$load"
peak=$(kilobytes VmHWM)
perf_stop_portal memory
perf_read_wrk "$PERF_OUT/memory-wrk.txt"

# Stop-the-world pauses: "[gc ] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 90M->20M(256M) 3.456ms"
pauses() { grep -E '\[gc *\] GC\([0-9]+\) Pause' "$gc_log" | { grep -E "$1" || true; } | sed -E 's/.* ([0-9.]+)ms$/\1/'; }
longest=$(pauses . | sort -g | tail -n 1)
long_full=$(pauses 'Pause Full' | awk '$1 > 100 { n++ } END { print n + 0 }')
full=$(pauses 'Pause Full' | wc -l)
collector=$(grep -m 1 -oE 'Using [A-Za-z0-9 ]+' "$gc_log" | sed 's/Using //' || true)

peak_mb=$((peak / 1024)) sampled_mb=$((sampled / 1024))
ratio=$(awk -v m="$peak_mb" 'BEGIN { printf "%.2f", m / 350 }')
verdict=$([ "$peak_mb" -le 350 ] && [ "$long_full" -eq 0 ] && echo met || echo missed)
perf_row "5 Memory, -Xmx256m ${PERF_MEMORY_OPTIONS:-}, pages load ($WRK_RPS req/s)" \
	"peak RSS $peak_mb MB (under load $sampled_mb), longest pause ${longest:-0} ms, $full full GC" \
	"RSS ≤ 350 MB, no full GC > 100 ms" "350 MB; ${collector:-?} GC" "$ratio" "$verdict"
