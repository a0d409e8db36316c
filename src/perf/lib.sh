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

# The portal built with Spring AOT (./mvnw -Paot, into target/aot), once unless PERF_REBUILD is set.
# process-aot compiles what it generates with the JDK Maven runs on, so Maven runs on perf_java's JDK.
perf_spring_aot_jar() {
	local jar java_home
	jar=$(ls "$PERF_ROOT"/target/aot/cooperation-portal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
	if [ -z "$jar" ] || [ -n "${PERF_REBUILD:-}" ]; then
		java_home=$(dirname "$(dirname "$(perf_java)")")
		(cd "$PERF_ROOT" && JAVA_HOME="$java_home" ./mvnw -q -B -Paot -DskipTests package) >&2
		jar=$(ls "$PERF_ROOT"/target/aot/cooperation-portal-*.jar | grep -v plain | head -n 1)
	fi
	echo "$jar"
}

# A new empty database; prints its name. Dropped by perf_cleanup unless PERF_KEEP is set: the
# name ends with this script's process id, which a $(perf_fresh_database ...) subshell shares.
perf_fresh_database() {
	local name="portal_perf_$1_$$"
	psql -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
	echo "$name"
}

# A TCP port nothing listens on (a random one in 20000-59999).
perf_free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 40000))
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
	done
}

# The portals' SMTP server: GreenMail standalone (Maven Central, run as a program, not a dependency of
# the portal), started once and stopped by perf_cleanup. It accepts every email and delivers none, so
# the outbox sends each offer's email once instead of retrying against a closed port (12 % of the
# CPU in the submission profile before it was there). Prints nothing; sets PERF_MAIL_PORT.
PERF_GREENMAIL_VERSION=2.1.13
perf_start_mail_sink() {
	[ -n "${PERF_MAIL_PORT:-}" ] && return 0
	local jar="$PERF_OUT/greenmail-standalone-$PERF_GREENMAIL_VERSION.jar"
	if [ ! -f "$jar" ]; then
		(cd "$PERF_ROOT" && ./mvnw -B -q dependency:copy \
			-Dartifact="com.icegreen:greenmail-standalone:$PERF_GREENMAIL_VERSION" -DoutputDirectory="$PERF_OUT") \
			>"$PERF_OUT/greenmail-download.log" 2>&1 || { echo "Could not fetch GreenMail; see $PERF_OUT/greenmail-download.log" >&2; return 1; }
	fi
	PERF_MAIL_PORT=$(perf_free_port)
	"$(perf_java)" -Xmx256m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$PERF_MAIL_PORT" \
		-jar "$jar" >"$PERF_OUT/greenmail.log" 2>&1 &
	PERF_PIDS+=("$!")
	for _ in $(seq 1 100); do
		(exec 3<>"/dev/tcp/127.0.0.1/$PERF_MAIL_PORT") 2>/dev/null && return 0
		sleep 0.1
	done
	echo "GreenMail did not start; see $PERF_OUT/greenmail.log" >&2
	return 1
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
	perf_start_mail_sink
	"$java" "${java_options[@]}" -jar "$jar" \
		--server.port="$port" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
		--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-postgres}" \
		--spring.docker.compose.enabled=false \
		--portal.base-url="http://localhost:$port" \
		--spring.mail.host=127.0.0.1 --spring.mail.port="$PERF_MAIL_PORT" \
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
	# A JVM whose heap ran out may never act on SIGTERM, and a left-over portal spinning its garbage
	# collector took a core from every later run (2026-12-03): after 30 s, SIGKILL.
	for _ in $(seq 1 60); do
		local alive=0
		for pid in "${PERF_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
		[ "$alive" = 0 ] && break
		sleep 0.5
	done
	for pid in "${PERF_PIDS[@]}"; do
		if kill -0 "$pid" 2>/dev/null; then
			echo "Process $pid did not stop on SIGTERM; killed" >&2
			kill -9 "$pid" 2>/dev/null || true
		fi
	done
	wait 2>/dev/null || true
	if [ -z "${PERF_KEEP:-}" ]; then
		local db
		for db in $(psql -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE 'portal\_perf\_%\_$$'"); do
			psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
		done
	fi
}

# One row of the results table: perf_row TARGET MEASURED GOAL REFERENCE RATIO VERDICT
# Appended to $PERF_OUT/results.tsv, which run.sh prints as a table.
perf_row() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$PERF_OUT/results.tsv"
	printf '  %-52s %-22s goal %-18s ref %-16s %-8s %s\n' "$@" >&2
}

# What a browser sends with a page request (Firefox on Linux, a visitor from Colombia without a
# cookie yet), as arguments for wrk and curl.
PERF_BROWSER_HEADERS=(
	-H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'
	-H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
	-H 'Accept-Language: es-CO,es;q=0.9,en-US;q=0.8,en;q=0.7'
	-H 'Accept-Encoding: gzip, deflate, br, zstd'
	-H 'Upgrade-Insecure-Requests: 1'
	-H 'Sec-Fetch-Dest: document' -H 'Sec-Fetch-Mode: navigate' -H 'Sec-Fetch-Site: none' -H 'Sec-Fetch-User: ?1'
)

# The public pages of target 1, one per line as PATH, or PATH<TAB>COOKIE for a page asked for with a
# cookie. Derived from the portal's own list of its public pages, not kept by hand: every address of
# /sitemap.xml and every link of /site-map (SiteMapTests keeps both complete against the application's
# routes), one page per route (the first project, the first activity), and the open-data files it links.
# Each page is asked for in Spanish, by the language link (?lang=en) and by the language cookie; each
# page with a search box also with a search, and with its first filter choice. perf_public_pages BASE_URL
perf_public_pages() {
	local base=$1 paths path html name value
	paths=$( {
		curl -fsS "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##'
		curl -fsS "$base/site-map" | grep -o 'href="/[^"#]*"' | cut -d'"' -f2
		curl -fsS "$base/open-data" | grep -o 'href="/open-data/[^"#?]*"' | cut -d'"' -f2
	} | grep -v -E '^/(login|admin|logout|css|js|images|webjars)|^/favicon' | sed 's/[?].*//' | awk 'NF' |
		# One page per route: a second project or activity is the same route again.
		awk -F/ '{ route = ($3 != "" && $2 != "open-data" && $2 != "statistics") ? "/" $2 "/{}" : $0 } !seen[route]++ { print }')
	[ -n "$paths" ] || { echo "No public pages listed by $base" >&2; return 1; }
	for path in $paths; do
		printf '%s\n' "$path"
		case $path in *.csv | *.json | *.xml | *.txt) continue ;; esac
		printf '%s\n' "$path?lang=en"
		printf '%s\t%s\n' "$path" "portal-lang=en"
		# The page's own GET form (a search box, filters), if it has one.
		html=$(curl -fsS "$base$path" 2>/dev/null | awk -v a="action=\"$path\"" 'index($0, a) { f = 1 } f { print } f && /<\/form>/ { exit }' || true)
		if grep -q 'name="q"' <<<"$html"; then printf '%s\n' "$path?q=educacion"; fi
		# The first choice of the form's first filter (a select).
		name=$(grep -o '<select[^>]*name="[a-z-]*"' <<<"$html" | head -n 1 | sed 's/.*name="//; s/"$//' || true)
		value=$(awk -v n="name=\"$name\"" 'index($0, n) { f = 1 } f && match($0, /<option value="[^"]+"/) {
			print substr($0, RSTART + 15, RLENGTH - 16); exit }' <<<"$html")
		if [ -n "$name" ] && [ -n "$value" ]; then printf '%s\n' "$path?$name=$value"; fi
	done
}

# The five pages the page cache kept before issue 17, whose goal is higher.
PERF_CACHED_PAGES=" / /strategic-projects /how-to-cooperate /who-may-cooperate /contact "

# Runs wrk at the benchmark's concurrency: perf_wrk OUTPUT_FILE SECONDS URL [more wrk arguments...]
# 64 connections on 2 threads (the machine's 2 cores), latency percentiles on.
perf_wrk() {
	local output=$1 seconds=$2 url=$3
	shift 3
	wrk -t "${PERF_WRK_THREADS:-2}" -c "${PERF_CONNECTIONS:-64}" -d "${seconds}s" --timeout 5s --latency \
		"${PERF_BROWSER_HEADERS[@]}" "$@" "$url" >"$output"
}

# Reads a wrk report: sets WRK_RPS (requests/s, whole), WRK_P99_MS and WRK_ERRORS (non-2xx/3xx
# responses plus connect, read, write and timeout errors).
perf_read_wrk() {
	local report=$1
	WRK_RPS=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$report")
	WRK_P99_MS=$(awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
		f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
		printf "%.1f", v * f }' "$report")
	WRK_ERRORS=$(awk '/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
		/Non-2xx or 3xx responses:/ { n += $NF } END { printf "%d", n }' "$report")
}

# Installs Debian packages the benchmark needs when missing (wrk, nginx): root only.
perf_require() {
	local missing=() command
	for command in "$@"; do command -v "$command" >/dev/null 2>&1 || missing+=("$command"); done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "Installing ${missing[*]}" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
