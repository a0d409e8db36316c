#!/usr/bin/env bash
# Target 4, start-up to ready on an already-migrated database (Flyway validates, JPA validates the
# schema): the packaged jar as is, the same jar extracted (java -Djarmode=tools -jar app.jar extract),
# and the extracted jar with the JDK's AOT cache (JDK 25: one training run with -XX:AOTCacheOutput and
# -Dspring.context.exit=onRefresh, then -XX:AOTCache), then two levers on top of the AOT cache: Spring AOT
# (the jar built with ./mvnw -Paot, started with -Dspring.aot.enabled=true, with an AOT cache of its own)
# and Flyway not validating the applied migrations (spring.flyway.validate-on-migrate=false).
# PERF_STARTUP_RUNS starts each (default 5), median.
# "Ready" is the wall time from launching java until /actuator/health/readiness answers 200; the log's
# "Started ... in X seconds" (JVM up to context ready) is shown beside it.
#   src/perf/startup.sh      PERF_STARTUP_RUNS=5 PERF_STARTUP_DATABASE=name PERF_QUICK=1
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT

runs=${PERF_STARTUP_RUNS:-5}
if [ -n "${PERF_QUICK:-}" ]; then runs=${PERF_STARTUP_RUNS:-3}; fi
port=${PERF_STARTUP_PORT:-18284}
java=$(perf_java)
jar=$(perf_jar)
work=$PERF_OUT/startup
rm -rf "$work" && mkdir -p "$work"

if [ -n "${PERF_STARTUP_DATABASE:-}" ]; then
	database=$PERF_STARTUP_DATABASE
else
	database=$(perf_fresh_database startup)
	# Migrated once, so that every measured start only validates.
	perf_start_portal startup_migrate "$database" "$port"
	perf_stop_portal startup_migrate
fi
arguments=(--server.port="$port" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database"
	--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-postgres}"
	--spring.docker.compose.enabled=false --portal.base-url="http://localhost:$port")

"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$work/app/$(basename "$jar")
echo "Start-up: training the AOT cache ($work/training.log)" >&2
(cd "$work/app" && "$java" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh \
	-jar "$extracted" "${arguments[@]}") >"$work/training.log" 2>&1
[ -s "$work/app.aot" ] || { echo "No AOT cache was written; see $work/training.log" >&2; exit 1; }

echo "Start-up: building the Spring AOT jar and training its AOT cache ($work/spring-aot-training.log)" >&2
spring_aot_jar=$(perf_spring_aot_jar)
"$java" -Djarmode=tools -jar "$spring_aot_jar" extract --destination "$work/spring-aot" >/dev/null
spring_aot=$work/spring-aot/$(basename "$spring_aot_jar")
(cd "$work/spring-aot" && "$java" -Dspring.aot.enabled=true -XX:AOTCacheOutput="$work/spring-aot.aot" \
	-Dspring.context.exit=onRefresh -jar "$spring_aot" "${arguments[@]}") >"$work/spring-aot-training.log" 2>&1
[ -s "$work/spring-aot.aot" ] || { echo "No AOT cache was written; see $work/spring-aot-training.log" >&2; exit 1; }

now_ms() { date +%s%3N; }

# start_once LOG JAR [java options...]: prints "READY_MS STARTED_S".
start_once() {
	local log=$1 application=$2
	shift 2
	local started_at pid
	started_at=$(now_ms)
	"$java" "$@" -jar "$application" "${arguments[@]}" >"$log" 2>&1 &
	pid=$!
	PERF_PIDS+=("$pid")
	until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
		if ! kill -0 "$pid" 2>/dev/null; then echo "The portal stopped while starting; see $log" >&2; exit 1; fi
		sleep 0.02
	done
	local ready=$(($(now_ms) - started_at))
	kill "$pid" && wait "$pid" 2>/dev/null || true
	echo "$ready $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' | grep -o '[0-9.]*')"
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Medians in seconds of column $2 (1 ready, in ms; 2 the log's seconds) of $work/$1.tsv.
median_of() { awk -v c="$2" '{ print (c == 1) ? $1 / 1000 : $2 }' "$work/$1.tsv" | median; }

# Interleaved, so that a machine busy with something else slows each variant alike.
for i in $(seq 1 "$runs"); do
	start_once "$work/plain-$i.log" "$jar" >>"$work/plain.tsv"
	start_once "$work/extracted-$i.log" "$extracted" >>"$work/extracted.tsv"
	start_once "$work/aot-$i.log" "$extracted" -XX:AOTCache="$work/app.aot" >>"$work/aot.tsv"
	start_once "$work/spring-aot-$i.log" "$spring_aot" -XX:AOTCache="$work/spring-aot.aot" -Dspring.aot.enabled=true \
		>>"$work/spring-aot.tsv"
	start_once "$work/no-validation-$i.log" "$extracted" -XX:AOTCache="$work/app.aot" \
		-Dspring.flyway.validate-on-migrate=false >>"$work/no-validation.tsv"
done
plain_ready=$(median_of plain 1) plain_started=$(median_of plain 2)
extracted_ready=$(median_of extracted 1) extracted_started=$(median_of extracted 2)
aot_ready=$(median_of aot 1) aot_started=$(median_of aot 2)
spring_aot_ready=$(median_of spring-aot 1) spring_aot_started=$(median_of spring-aot 2)
no_validation_ready=$(median_of no-validation 1) no_validation_started=$(median_of no-validation 2)

verdict() { awk -v s="$1" 'BEGIN { print (s <= 3) ? "met" : "missed" }'; }
perf_row "4 Start-up: java -jar (plain)" "ready ${plain_ready} s (log ${plain_started} s)" "≤ 3 s" \
	"median of $runs" "" "$(verdict "$plain_ready")"
perf_row "4 Start-up: extracted jar" "ready ${extracted_ready} s (log ${extracted_started} s)" "≤ 3 s" \
	"plain ${plain_ready} s" "$(awk -v a="$plain_ready" -v b="$extracted_ready" 'BEGIN { printf "%.2f", a / b }')" \
	"$(verdict "$extracted_ready")"
perf_row "4 Start-up: extracted + AOT cache" "ready ${aot_ready} s (log ${aot_started} s)" "≤ 3 s" \
	"plain ${plain_ready} s" "$(awk -v a="$plain_ready" -v b="$aot_ready" 'BEGIN { printf "%.2f", a / b }')" \
	"$(verdict "$aot_ready")"
perf_row "4 Start-up: + Spring AOT (-Paot)" "ready ${spring_aot_ready} s (log ${spring_aot_started} s)" "≤ 3 s" \
	"AOT cache ${aot_ready} s" "$(awk -v a="$aot_ready" -v b="$spring_aot_ready" 'BEGIN { printf "%.2f", a / b }')" \
	"$(verdict "$spring_aot_ready")"
perf_row "4 Start-up: AOT cache, Flyway not validating" "ready ${no_validation_ready} s (log ${no_validation_started} s)" \
	"≤ 3 s" "AOT cache ${aot_ready} s" \
	"$(awk -v a="$aot_ready" -v b="$no_validation_ready" 'BEGIN { printf "%.2f", a / b }')" "$(verdict "$no_validation_ready")"
