#!/usr/bin/env bash
# Times the office's queue through HTTP against a portal running on a seeded database (queue-seed.sql):
# first, deep and last pages, unfiltered and filtered, full-text searches, and a filtered CSV export.
# Prints p50 and p95 of N requests per case, after a warm-up.
#   BASE=http://localhost:8080 STAFF_EMAIL=... STAFF_PASSWORD=... DATABASE=portal_bench db/benchmark/queue-bench.sh
set -uo pipefail
BASE=${BASE:-http://localhost:8080}
N=${N:-50}
WARM=${WARM:-20}
DATABASE=${DATABASE:-portal_bench}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

token=$(curl -s -b "$JAR" -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=$STAFF_EMAIL" \
	--data-urlencode "password=$STAFF_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"

sql() { PGOPTIONS="-c search_path=portal" psql -d "$DATABASE" -Atc "$1"; }

measure() {
	local name=$1 url=$2
	for _ in $(seq 1 "$WARM"); do curl -s -b "$JAR" -o /dev/null "$BASE$url"; done
	for _ in $(seq 1 "$N"); do curl -s -b "$JAR" -o /dev/null -w "%{time_total}\n" "$BASE$url"; done | sort -n |
		awk -v name="$name" '{t[NR] = $1} END {printf "%-44s p50 %7.1f ms   p95 %7.1f ms\n", name, t[int(NR * 0.5)] * 1000, t[int(NR * 0.95)] * 1000}'
}

filters="status=RECEIVED&project=SUP-PER-03&department=05"
middle=$(sql "SELECT tracking_code FROM offer ORDER BY received_at DESC, id DESC OFFSET (SELECT count(*) / 2 FROM offer) LIMIT 1")
filtered_middle=$(sql "SELECT tracking_code FROM offer WHERE status = 'RECEIVED' AND project_codes @> '{SUP-PER-03}'
	AND department_codes @> '{05}' ORDER BY received_at DESC, id DESC OFFSET 200 LIMIT 1")

measure "first page" "/admin/offers"
measure "deep page (the middle of the queue)" "/admin/offers?after=$middle"
measure "last page" "/admin/offers?last=true"
measure "status+project+department, first page" "/admin/offers?$filters"
measure "status+project+department, deep page" "/admin/offers?$filters&after=$filtered_middle"
measure "status+project+department, last page" "/admin/offers?$filters&last=true"
measure "sorted by title, deep page" "/admin/offers?sort=title&dir=asc&after=$middle"
measure "overdue, most urgent first" "/admin/offers?clock=OVERDUE&sort=clock"
measure "search: a common word" "/admin/offers?q=robotica"
measure "search: a rarer word" "/admin/offers?q=colibri"
measure "search: two words, few matches" "/admin/offers?q=Colibr%C3%AD+512"
measure "search: no match" "/admin/offers?q=astronautas"
measure "search: common words never together" "/admin/offers?q=huertas+choco"
measure "search with filters" "/admin/offers?q=robotica&$filters"
for _ in 1 2 3; do
	curl -s -b "$JAR" -o /dev/null -w "CSV export, status=RECEIVED: first byte %{time_starttransfer} s, done %{time_total} s, %{size_download} bytes\n" \
		"$BASE/admin/offers/export.csv?status=RECEIVED"
done
