#!/usr/bin/env bash
# The benchmark of issue 7, from a clean clone: bash src/perf/run.sh
# Builds the packaged portal, then runs every target against it on fresh databases, all on this
# machine, and prints one table (also written to target/perf/results.md):
#   1 public pages against nginx serving the same bytes (pages.sh)     5 memory with a 256 MB heap (memory.sh)
#   2 offer submission with Gatling (submission.sh)                    6 virtual threads on and off
#   3 the office's queue at a million offers (queue.sh)                4 start-up with the AOT cache (startup.sh)
# Targets 1 and 2 run twice, on two portals started with virtual threads on and off.
# Environment: PERF_DURATION (seconds of offer submission and of the memory load, default 60),
# PERF_PAGE_DURATION (seconds per public page, default 30), PERF_RATE (offers a second, default 200),
# PERF_QUICK=1 (a few seconds each: a smoke run), PERF_JAR (a jar to measure instead of building),
# PERF_SKIP (names of scripts not to run this time, e.g. "queue.sh"),
# PERF_KEEP=1 (keep the databases), PERF_PAGES_MAX (measure only the first N pages: a dry run),
# PETCLINIC_JAR (a spring-petclinic jar: adds the peer's rows, petclinic.sh). queue.sh and startup.sh
# have options of their own. The public pages and their variants come from the portal's own site map.
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT
perf_require wrk nginx
here=$(cd "$(dirname "$0")" && pwd)
started=$(date +%s)
rm -f "$PERF_OUT"/results.tsv "$PERF_OUT"/results.md "$PERF_OUT"/pages.tsv "$PERF_OUT"/submission.tsv
touch "$PERF_OUT"/pages.tsv "$PERF_OUT"/submission.tsv

echo "Building the portal and the Gatling simulation" >&2
if [ -z "${PERF_JAR:-}" ]; then
	PERF_JAR=$(PERF_REBUILD=1 perf_jar)
fi
export PERF_JAR
(cd "$PERF_ROOT" && ./mvnw -q -B -Pperf test-compile) >&2

echo "Starting two portals: virtual threads on and off" >&2
on_database=$(perf_fresh_database vt_on) on_port=$(perf_free_port)
perf_start_portal vt_on "$on_database" "$on_port" -- --spring.threads.virtual.enabled=true
off_database=$(perf_fresh_database vt_off) off_port=$(perf_free_port)
perf_start_portal vt_off "$off_database" "$off_port" -- --spring.threads.virtual.enabled=false

echo "Target 1: public pages" >&2
"$here/pages.sh" "virtual threads on=$on_port" "virtual threads off=$off_port" || echo "pages.sh failed" >&2
echo "Target 2: offer submission" >&2
"$here/submission.sh" "$on_port" "$on_database" "virtual threads on" || echo "submission.sh failed" >&2
perf_stop_portal vt_on
"$here/submission.sh" "$off_port" "$off_database" "virtual threads off" || echo "submission.sh failed" >&2
perf_stop_portal vt_off

echo "Target 6: virtual threads" >&2
# Better = more page throughput and a lower submission p99, weighed alike (their geometric mean).
pages_rps() { awk -F'\t' -v l="$1" '$1 == l { s += $3 } END { print s + 0 }' "$PERF_OUT/pages.tsv"; }
submission_p99() { awk -F'\t' -v l="$1" '$1 == l { print $3 + 0 }' "$PERF_OUT/submission.tsv"; }
on_rps=$(pages_rps "virtual threads on") off_rps=$(pages_rps "virtual threads off")
on_p99=$(submission_p99 "virtual threads on") off_p99=$(submission_p99 "virtual threads off")
score=$(awk -v a="$on_rps" -v b="$off_rps" -v c="$on_p99" -v d="$off_p99" \
	'BEGIN { printf "%.2f", (a > 0 && b > 0 && c > 0 && d > 0) ? sqrt((a / b) * (d / c)) : 1 }')
better=$(awk -v s="$score" 'BEGIN { print (s >= 1) ? "on" : "off" }')
configured=$(awk '/^  threads:/ { t = 1 } t && /enabled:/ { print $2; exit }' "$PERF_ROOT/src/main/resources/application.yml")
[ "${configured:-false}" = "true" ] && configured=on || configured=off
perf_row "6 Virtual threads (targets 1 and 2)" \
	"on: pages $on_rps req/s, offers p99 $on_p99 ms; off: pages $off_rps req/s, offers p99 $off_p99 ms" \
	"keep the better" "application.yml: $configured" "$score" \
	"$([ "$better" = "$configured" ] && echo "met: $better kept" || echo "missed: run says $better")"

echo "Target 5: memory" >&2
"$here/memory.sh" || echo "memory.sh failed" >&2

if [ -n "${PETCLINIC_JAR:-}" ]; then
	echo "The peer: spring-petclinic" >&2
	"$here/petclinic.sh" || echo "petclinic.sh failed" >&2
fi

for script in queue.sh startup.sh; do
	case " ${PERF_SKIP:-} " in *" $script "*) echo "Skipping $script (PERF_SKIP)" >&2; continue ;; esac
	if [ -x "$here/$script" ]; then
		echo "Running $script" >&2
		"$here/$script" || echo "$script failed" >&2
	fi
done

java=$(perf_java)
{
	echo "# Benchmark results"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$PERF_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')," \
		"$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
		"$("$java" -version 2>&1 | head -n 1), PostgreSQL $(psql -At -d postgres -c 'SHOW server_version' | cut -d' ' -f1)," \
		"$(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3);" \
		"$(if [ -n "${PERF_QUICK:-}" ]; then echo "smoke run (PERF_QUICK)"; else echo "pages ${PERF_PAGE_DURATION:-30} s each, submission ${PERF_DURATION:-60} s"; fi)," \
		"$((($(date +%s) - started + 59) / 60)) min in all."
	echo
	echo "| Target | Measured | Goal | Reference | Ratio | Verdict |"
	echo "|---|---|---|---|---|---|"
	sort -s -n -k 1,1 "$PERF_OUT/results.tsv" | sed 's/|/\\|/g; s/\t/ | /g; s/^/| /; s/$/ |/'
} >"$PERF_OUT/results.md"
echo
cat "$PERF_OUT/results.md"
