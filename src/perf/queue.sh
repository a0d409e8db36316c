#!/usr/bin/env bash
# Target 3, the office's queue at a million offers. Generates them with the portal's generate-offers
# profile into a fresh database (or reuses PERF_QUEUE_DATABASE, made by an earlier run with PERF_KEEP=1),
# starts the portal with a 256 MB heap, signs in as the generated STAFF member and measures:
#   - pages (first, deep, last; unfiltered and by status + project + department): p95 ≤ 20 ms
#   - full-text searches: p95 ≤ 50 ms
#   - a CSV export of ~100,000 rows: first byte ≤ 1 s, done ≤ 10 s; heap after GC, 10k vs 100k rows
# "Server time" is Tomcat's own (access log %{us}T, request in to response written), so curl's cost is
# not counted. The reference is plain OFFSET paging: the same page's SQL with OFFSET instead of the
# keyset condition, timed with EXPLAIN (ANALYZE) beside the keyset SQL (median of 5).
#   src/perf/queue.sh      PERF_QUEUE_OFFERS=1000000 PERF_QUEUE_REQUESTS=50 PERF_QUICK=1
#   PERF_QUEUE_DATABASE=name [PERF_QUEUE_PASSWORD=the one given to the generator] src/perf/queue.sh
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT

offers=${PERF_QUEUE_OFFERS:-1000000}
requests=${PERF_QUEUE_REQUESTS:-50}
warmup=${PERF_WARMUP_REQUESTS:-20}
if [ -n "${PERF_QUICK:-}" ]; then requests=${PERF_QUEUE_REQUESTS:-15} warmup=5; fi
port=${PERF_QUEUE_PORT:-18283}
staff=analista01@mineducacion.example
# Only ever the password of a generated account in a generated database.
password=${PERF_QUEUE_PASSWORD:-queue-benchmark-password}
base=http://localhost:$port
cookies=$PERF_OUT/queue-cookies.txt
access=$PERF_OUT/queue-access.log
gc_log=$PERF_OUT/queue-gc.log

sql() { PGOPTIONS="-c search_path=portal" psql -X -q -d "$database" -Atc "$1"; }
now() { date +%s.%N; }

if [ -n "${PERF_QUEUE_DATABASE:-}" ]; then
	database=$PERF_QUEUE_DATABASE
	echo "Queue: reusing $database ($(sql "SELECT count(*) FROM offer") offers)" >&2
else
	database=$(perf_fresh_database queue)
	echo "Queue: generating $offers offers into $database (minutes; log in $PERF_OUT/queue-generate.log)" >&2
	started=$(now)
	# The generator is benchmark code outside the portal's jar (src/perf/generator): Boot's
	# test-run starts the portal with it on the test classpath.
	(cd "$PERF_ROOT" && ./mvnw -B -q spring-boot:test-run \
		-Dspring-boot.run.main-class=co.gov.mineducacion.cooperation.CooperationPortalApplication \
		-Dspring-boot.run.profiles=generate-offers \
		-Dspring-boot.run.arguments="--portal.generator.offers=$offers --portal.generator.staff-password=$password \
--server.port=0 --spring.docker.compose.enabled=false \
--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$database \
--spring.datasource.username=$PGUSER --spring.datasource.password=${PGPASSWORD:-postgres}") \
		>"$PERF_OUT/queue-generate.log" 2>&1
	took=$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }')
	generated=$(grep -o 'Generated [0-9]* offers in [0-9]* s' "$PERF_OUT/queue-generate.log" | grep -o 'in [0-9]* s' | tr -dc 0-9)
	perf_row "3 Generator: $offers offers" "${generated:-?} s (process ${took} s)" "minutes" \
		"start-up + Flyway in process" "" "$( [ "${generated:-99999}" -le 900 ] && echo met || echo missed)"
fi

rm -f "$access" "$gc_log"
perf_start_portal queue "$database" "$port" -Xmx256m "-Xlog:gc:file=$gc_log" -- \
	--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PERF_OUT" \
	--server.tomcat.accesslog.prefix=queue-access --server.tomcat.accesslog.suffix=.log \
	--server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
	--server.tomcat.accesslog.pattern='%{us}T %F %s %U%q'

token=$(curl -s -b "$cookies" -c "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$staff" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
if [ "$(curl -s -b "$cookies" -o /dev/null -w '%{http_code}' "$base/admin/offers")" != 200 ]; then
	echo "Could not sign in as $staff (a database not made with the password of queue.sh?)" >&2
	exit 1
fi

# Server times (ms) of the requests logged since line $1 of the access log, by the column $2.
logged() { tail -n +"$(($1 + 1))" "$access" | awk -v c="$2" '{ print (c == 1) ? $1 / 1000 : $c }'; }
lines() { wc -l <"$access"; }
percentile() { sort -n | awk -v p="$1" '{ t[NR] = $1 } END { i = int(NR * p + 0.999); if (i < 1) i = 1; printf "%.1f", t[i] }'; }

# measure NAME URL GOAL_MS [REFERENCE RATIO]: p50/p95 server time of $requests requests after a warm-up.
measure() {
	local name=$1 url=$2 goal=$3 reference=${4:-} ratio=${5:-}
	for _ in $(seq 1 "$warmup"); do curl -s -b "$cookies" -o /dev/null "$base$url"; done
	local from
	from=$(lines)
	for _ in $(seq 1 "$requests"); do curl -s -b "$cookies" -o /dev/null "$base$url"; done
	local p50 p95
	p50=$(logged "$from" 1 | percentile 0.5)
	p95=$(logged "$from" 1 | percentile 0.95)
	perf_row "3 Queue: $name" "p95 $p95 ms (p50 $p50)" "p95 ≤ $goal ms" "$reference" "$ratio" \
		"$(awk -v p="$p95" -v g="$goal" 'BEGIN { print (p <= g) ? "met" : "missed" }')"
}

# Milliseconds PostgreSQL takes to run $1: median of 5 EXPLAIN (ANALYZE) execution times, warm cache.
explain_ms() {
	for _ in 1 2 3 4 5 6; do
		sql "SET jit = off; EXPLAIN (ANALYZE, FORMAT JSON) $1" | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9.]*$'
	done | tail -n 5 | percentile 0.5
}

# The keyset SQL of the portal (OfferQueue) for a page after or from the end, and its OFFSET twin.
columns="o.tracking_code, o.version, o.organization_name, o.sector, o.title, o.project_codes, o.department_codes,
	o.national_scope, o.received_at, o.status, o.assignee_id, o.response_clock_started_at"
# offset_reference NAME WHERE KEYSET_CONDITION DIRECTION OFFSET: "OFFSET x ms, keyset y ms" and the ratio.
offset_reference() {
	local where=$1 keyset=$2 direction=$3 offset=$4
	local keyset_where="$where" offset_where="$where"
	[ -n "$keyset_where" ] && keyset_where="$keyset_where AND $keyset" || keyset_where="WHERE $keyset"
	local keyset_ms offset_ms
	keyset_ms=$(explain_ms "SELECT $columns FROM offer o $keyset_where
		ORDER BY o.received_at $direction, o.id $direction LIMIT 26")
	offset_ms=$(explain_ms "SELECT $columns FROM offer o $offset_where
		ORDER BY o.received_at DESC, o.id DESC OFFSET $offset LIMIT 26")
	REFERENCE="OFFSET $offset_ms ms, keyset $keyset_ms ms (SQL)"
	RATIO=$(awk -v o="$offset_ms" -v k="$keyset_ms" 'BEGIN { printf "%.0f×", (k > 0) ? o / k : 0 }')
}

total=$(sql "SELECT count(*) FROM offer")
middle=$(sql "SELECT tracking_code FROM offer ORDER BY received_at DESC, id DESC OFFSET $((total / 2)) LIMIT 1")
# The busiest status + project + department of the generated data, so that its pages are long.
read -r status project department < <(sql "SELECT o.status, p, d FROM offer o, unnest(o.project_codes) p,
	unnest(o.department_codes) d WHERE o.status = 'ACCEPTED' GROUP BY 1, 2, 3 ORDER BY count(*) DESC LIMIT 1" | tr '|' ' ')
filters="status=$status&project=$project&department=$department"
filter_sql="WHERE o.status = '$status' AND o.project_codes @> ARRAY['$project'] AND o.department_codes @> ARRAY['$department']"
matching=$(sql "SELECT count(*) FROM offer o $filter_sql")
filtered_middle=$(sql "SELECT tracking_code FROM offer o $filter_sql ORDER BY received_at DESC, id DESC OFFSET $((matching / 2)) LIMIT 1")
echo "Queue: $total offers; filter $filters matches $matching" >&2

boundary() { sql "SELECT '(o.received_at, o.id) < (''' || received_at || '''::timestamptz, ' || id || ')' FROM offer WHERE tracking_code = '$1'"; }

measure "first page" "/admin/offers" 20
offset_reference "" "$(boundary "$middle")" DESC $((total / 2))
measure "deep page (middle)" "/admin/offers?after=$middle" 20 "$REFERENCE" "$RATIO"
offset_reference "" "true" ASC $((total - 25))
measure "last page" "/admin/offers?last=true" 20 "$REFERENCE" "$RATIO"
measure "status+project+department, first page" "/admin/offers?$filters" 20
offset_reference "$filter_sql" "$(boundary "$filtered_middle")" DESC $((matching / 2))
measure "status+project+department, deep page" "/admin/offers?$filters&after=$filtered_middle" 20 "$REFERENCE" "$RATIO"
offset_reference "$filter_sql" "true" ASC $((matching > 25 ? matching - 25 : 0))
measure "status+project+department, last page" "/admin/offers?$filters&last=true" 20 "$REFERENCE" "$RATIO"

measure "search: a common word (robótica)" "/admin/offers?q=rob%C3%B3tica" 50
measure "search: English words (robotics clubs)" "/admin/offers?q=robotics+clubs" 50
measure "search: a rare word (astrolabio)" "/admin/offers?q=astrolabio" 50
measure "search: two words, few matches" "/admin/offers?q=astrolabio+Quibd%C3%B3" 50
measure "search: no match (astronautas)" "/admin/offers?q=astronautas" 50
measure "search: common words never together" "/admin/offers?q=rob%C3%B3tica+huertas" 50
measure "search with status+project+department" "/admin/offers?q=docentes&$filters" 50

# Exports of about 10,000 and 100,000 rows: the newest offers from a date on (Bogotá's calendar).
since() { sql "SELECT (received_at AT TIME ZONE 'America/Bogota')::date + 1 FROM offer ORDER BY received_at DESC, id DESC OFFSET $1 LIMIT 1"; }
export_case() {
	local rows=$1 from
	from=$(since "$rows")
	local url="/admin/offers/export.csv?from=$from" heap_from log_from
	curl -s -b "$cookies" -o /dev/null "$base$url&size=25"
	heap_from=$(wc -l <"$gc_log")
	log_from=$(lines)
	for _ in 1 2 3; do curl -s -b "$cookies" -o "$PERF_OUT/queue-export.csv" "$base$url"; done
	EXPORT_ROWS=$(($(wc -l <"$PERF_OUT/queue-export.csv") - 1))
	EXPORT_FIRST_BYTE=$(logged "$log_from" 2 | percentile 0.5)
	EXPORT_TOTAL=$(logged "$log_from" 1 | percentile 0.5)
	# The largest heap left after a collection during the exports, or by the last one before them when
	# none ran (unified GC log: "... 98M->31M(256M) ...").
	EXPORT_HEAP=$(tail -n +"$((heap_from > 0 ? heap_from : 1))" "$gc_log" | grep -o -- '->[0-9]*M' | tr -dc '0-9\n' |
		sort -n | tail -n 1)
}
export_case 10000
small_rows=$EXPORT_ROWS small_heap=${EXPORT_HEAP:-0}
export_case 100000
perf_row "3 Queue: CSV export, first byte" "$EXPORT_FIRST_BYTE ms ($EXPORT_ROWS rows)" "≤ 1000 ms" "" "" \
	"$(awk -v t="$EXPORT_FIRST_BYTE" 'BEGIN { print (t <= 1000) ? "met" : "missed" }')"
perf_row "3 Queue: CSV export, done" "$(awk -v t="$EXPORT_TOTAL" 'BEGIN { printf "%.2f s", t / 1000 }') ($EXPORT_ROWS rows)" \
	"≤ 10 s" "" "" "$(awk -v t="$EXPORT_TOTAL" 'BEGIN { print (t <= 10000) ? "met" : "missed" }')"
perf_row "3 Queue: CSV export heap (-Xmx256m)" "${EXPORT_HEAP:-0} MB after GC at $EXPORT_ROWS rows" \
	"flat with rows" "${small_heap} MB at $small_rows rows" \
	"$(awk -v a="${EXPORT_HEAP:-0}" -v b="$small_heap" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')" \
	"$(awk -v a="${EXPORT_HEAP:-0}" -v b="$small_heap" 'BEGIN { print (a <= b * 1.5 + 16) ? "met" : "missed" }')"
perf_stop_portal queue
