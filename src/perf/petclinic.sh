#!/usr/bin/env bash
# The peer, side by side (issue 17): spring-petclinic, the community's reference Spring MVC +
# Thymeleaf + JPA application, measured beside the portal in the same run, both uncached, both
# with a 256 MB heap: start-up to ready, RSS at ready, an uncached list page under wrk, and one
# request alone. Runs only when PETCLINIC_JAR names a petclinic jar built with its own wrapper
# (this script builds nothing); it uses petclinic's PostgreSQL profile on a fresh database.
#   PETCLINIC_JAR=/path/spring-petclinic-*.jar petclinic.sh
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT
perf_require wrk
[ -n "${PETCLINIC_JAR:-}" ] || { echo "PETCLINIC_JAR is not set: the petclinic comparison is skipped" >&2; exit 0; }
duration=${PERF_PAGE_DURATION:-30}
if [ -n "${PERF_QUICK:-}" ]; then duration=${PERF_PAGE_DURATION:-3}; fi
java=$(perf_java)

# Starts one application, prints "SECONDS_TO_READY RSS_MB"; $1 name, $2 port, $3 readiness URL, then the command.
start_measured() {
	local name=$1 port=$2 ready=$3
	shift 3
	local started pid
	started=$(date +%s.%N)
	"$@" >"$PERF_OUT/$name.log" 2>&1 &
	pid=$!
	PERF_PIDS+=("$pid")
	printf -v "PERF_PID_$name" '%s' "$pid"
	for _ in $(seq 1 1200); do
		curl -fs -o /dev/null "$ready" && break
		kill -0 "$pid" 2>/dev/null || { echo "$name stopped; see $PERF_OUT/$name.log" >&2; return 1; }
		sleep 0.1
	done
	awk -v s="$started" -v e="$(date +%s.%N)" -v r="$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$pid/status")" \
		'BEGIN { printf "%.1f %.0f\n", e - s, r / 1024 }'
}

alone_ms() { curl -fsS -o /dev/null -w '%{time_starttransfer}' "${PERF_BROWSER_HEADERS[@]}" "$1" | awk '{ printf "%.1f", $1 * 1000 }'; }

load() { # prints req/s of URL
	perf_wrk /dev/null 3 "$1"
	perf_wrk "$PERF_OUT/peer-$2.txt" "$duration" "$1"
	perf_read_wrk "$PERF_OUT/peer-$2.txt"
	echo "$WRK_RPS"
}

portal_db=$(perf_fresh_database peer_portal) portal_port=$(perf_free_port)
read -r portal_start portal_rss < <(start_measured peer_portal "$portal_port" \
	"http://localhost:$portal_port/actuator/health/readiness" \
	"$java" -Xmx256m -jar "$(perf_jar)" --server.port="$portal_port" \
	--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$portal_db" \
	--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-postgres}" \
	--spring.docker.compose.enabled=false --portal.base-url="http://localhost:$portal_port" \
	--portal.cache.time-to-live=0s)
clinic_db=$(perf_fresh_database peer_petclinic) clinic_port=$(perf_free_port)
read -r clinic_start clinic_rss < <(start_measured peer_petclinic "$clinic_port" "http://localhost:$clinic_port/" \
	"$java" -Xmx256m -jar "$PETCLINIC_JAR" --server.port="$clinic_port" --spring.profiles.active=postgres \
	--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$clinic_db" \
	--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-postgres}" \
	--spring.cache.type=none --spring.docker.compose.enabled=false)

row() { # TARGET PORTAL PETCLINIC UNIT BETTER(lower|higher)
	local ratio verdict
	ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
	verdict=$(awk -v r="$ratio" -v w="$5" 'BEGIN { print ((w == "lower") ? (r > 0 && r <= 1) : (r >= 1)) ? "met" : "missed" }')
	perf_row "P $1" "portal $2 $4" "ahead of petclinic" "petclinic $3 $4" "$ratio" "$verdict"
}
row "Start-up to ready" "$portal_start" "$clinic_start" s lower
row "RSS at ready (256 MB heap)" "$portal_rss" "$clinic_rss" MB lower
for pair in "/strategic-projects?lang=en=/vets.html" "/activities=/owners?lastName="; do
	mine=${pair%%=/*} theirs=/${pair#*=/}
	row "One request alone: $mine vs $theirs" "$(alone_ms "http://localhost:$portal_port$mine")" \
		"$(alone_ms "http://localhost:$clinic_port$theirs")" ms lower
	row "Uncached list page: $mine vs $theirs" "$(load "http://localhost:$portal_port$mine" portal)" \
		"$(load "http://localhost:$clinic_port$theirs" petclinic)" req/s higher
done
