# Shared by the benchmark scripts under src/perf (sourced, not run).
# Finds a JDK 21+, makes throwaway databases on the local PostgreSQL, starts and stops the packaged
# portal, and collects result rows for the table run.sh prints.
set -euo pipefail

PERF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PERF_OUT=${PERF_OUT:-$PERF_ROOT/target/perf}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
mkdir -p "$PERF_OUT"

# A JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
perf_java() {
	local candidate
	for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
		local major
		major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
		if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "${candidate%/}/bin/java"; return; fi
	done
	echo "No JDK 21+ found (set JAVA_HOME)" >&2
	return 1
}

# The packaged portal, built once (./mvnw package without tests) unless PERF_JAR names one.
perf_jar() {
	if [ -n "${PERF_JAR:-}" ]; then echo "$PERF_JAR"; return; fi
	local jar
	jar=$(ls "$PERF_ROOT"/target/cooperation-portal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
	if [ -z "$jar" ] || [ -n "${PERF_REBUILD:-}" ]; then
		(cd "$PERF_ROOT" && ./mvnw -q -B -DskipTests package) >&2
		jar=$(ls "$PERF_ROOT"/target/cooperation-portal-*.jar | grep -v plain | head -n 1)
	fi
	echo "$jar"
}

# A new empty database; prints its name. Dropped by perf_cleanup unless PERF_KEEP is set.
PERF_DATABASES=()
perf_fresh_database() {
	local name="portal_perf_$1_$$"
	psql -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
	PERF_DATABASES+=("$name")
	echo "$name"
}

# Starts the packaged portal: perf_start_portal NAME DATABASE PORT [java options...] [-- app arguments...]
# Waits for readiness, records the pid in PERF_PID_<NAME> and the log in $PERF_OUT/NAME.log.
perf_start_portal() {
	local name=$1 database=$2 port=$3
	shift 3
	local java_options=() app_arguments=()
	while [ $# -gt 0 ]; do
		if [ "$1" = "--" ]; then shift; app_arguments=("$@"); break; fi
		java_options+=("$1"); shift
	done
	local java jar
	java=$(perf_java)
	jar=$(perf_jar)
	"$java" "${java_options[@]}" -jar "$jar" \
		--server.port="$port" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
		--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-postgres}" \
		--spring.docker.compose.enabled=false \
		--portal.base-url="http://localhost:$port" \
		--portal.offers.submissions-per-hour=100000000 --portal.offers.status-lookups-per-hour=100000000 \
		"${app_arguments[@]}" >"$PERF_OUT/$name.log" 2>&1 &
	local pid=$!
	printf -v "PERF_PID_$name" '%s' "$pid"
	PERF_PIDS+=("$pid")
	perf_wait_ready "$port" "$pid" "$name"
}

perf_wait_ready() {
	local port=$1 pid=$2 name=$3
	for _ in $(seq 1 600); do
		if curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; then return 0; fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "The portal '$name' stopped while starting; see $PERF_OUT/$name.log" >&2
			tail -n 30 "$PERF_OUT/$name.log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "The portal '$name' was not ready after 60 s" >&2
	return 1
}

perf_stop_portal() {
	local name=$1 var="PERF_PID_$1"
	local pid=${!var:-}
	[ -n "$pid" ] || return 0
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	printf -v "$var" '%s' ""
}

PERF_PIDS=()
perf_cleanup() {
	local pid
	for pid in "${PERF_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	if [ -z "${PERF_KEEP:-}" ]; then
		local db
		for db in "${PERF_DATABASES[@]}"; do psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
	fi
}

# One row of the results table: perf_row TARGET MEASURED GOAL REFERENCE RATIO VERDICT
# Appended to $PERF_OUT/results.tsv, which run.sh prints as a table.
perf_row() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$PERF_OUT/results.tsv"
	printf '  %-52s %-22s goal %-18s ref %-16s %-8s %s\n' "$@" >&2
}

# Installs Debian packages the benchmark needs when missing (wrk, nginx): root only.
perf_require() {
	local missing=() command
	for command in "$@"; do command -v "$command" >/dev/null 2>&1 || missing+=("$command"); done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "Installing ${missing[*]}" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
