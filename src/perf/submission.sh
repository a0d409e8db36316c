#!/usr/bin/env bash
# Target 2, offer submission: Gatling's OfferSubmissionSimulation (src/perf/java, Maven profile
# "perf") sends PERF_RATE new visitors a second (default 200) for PERF_DURATION seconds (default 60)
# to a running portal; each opens the form, posts a valid offer with its CSRF token and follows the
# 303 to the confirmation. Then the portal's database must hold each confirmed offer once, with its
# email in the outbox.
#   submission.sh PORT DATABASE LABEL
# Gatling's console output and report: target/perf/submission-LABEL.log, target/perf/gatling/.
source "$(dirname "$0")/lib.sh"

port=$1 database=$2 label=$3
duration=${PERF_DURATION:-60}
[ -n "${PERF_QUICK:-}" ] && duration=${PERF_DURATION:-5}
rate=${PERF_RATE:-200}
name=$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-')
log=$PERF_OUT/submission-$name.log
results=$PERF_OUT/submission-$name.env
rm -f "$results"

count() { psql -At -d "$database" -c "$1"; }
# The portal's own CPU (user + system clock ticks of the process listening on PORT), read before and
# after: per stored offer it is steadier than the rate on a machine the load generator shares.
portal_pid=$(pgrep -f -- "--server.port=$port( |$)" | head -n 1 || true)
cpu_ticks() { [ -n "$portal_pid" ] && awk '{ print $14 + $15 }' "/proc/$portal_pid/stat" 2>/dev/null || echo 0; }
ticks_before=$(cpu_ticks)
offers_before=$(count "SELECT count(*) FROM portal.offer")
emails_before=$(count "SELECT count(*) FROM portal.outbox_message")

(cd "$PERF_ROOT" && ./mvnw -B -Pperf gatling:test \
	-Dgatling.simulationClass=co.gov.mineducacion.cooperation.perf.OfferSubmissionSimulation \
	-Dperf.baseUrl="http://localhost:$port" -Dperf.rate="$rate" -Dperf.seconds="$duration" \
	-Dperf.results="$results") >"$log" 2>&1 || echo "Gatling reported failures; see $log" >&2

# The last "Global Information" block of Gatling's console: requests (total, OK, KO) and the p99
# over every request of the journey (form, post, confirmation page).
global() { awk -v key="$1" -v col="$2" '/---- Global Information/ { on = 1 } on && index($0, key) {
	split($0, cells, "|"); v = cells[col]; gsub(/[ ,]/, "", v); value = v } END { print value }' "$log"; }
ko=$(global "> request count" 4)
ko=${ko//-/0}
p99=$(global "> response time 99th percentile" 2)
confirmations=0 distinct_codes=0 millis=1
[ -f "$results" ] && source "$results"
# Requests whose visitor gave up are still being served: count once the portal has finished them.
last=-1
for _ in $(seq 1 60); do
	now=$(count "SELECT count(*) FROM portal.offer")
	[ "$now" = "$last" ] && break
	last=$now
	sleep 2
done
offers=$(($(count "SELECT count(*) FROM portal.offer") - offers_before))
codes=$(count "SELECT count(DISTINCT tracking_code) FROM portal.offer")
emails=$(($(count "SELECT count(*) FROM portal.outbox_message") - emails_before))
cpu_per_offer=$(awk -v t="$(( $(cpu_ticks) - ticks_before ))" -v hz="$(getconf CLK_TCK)" -v n="$offers" \
	'BEGIN { if (n > 0 && t > 0) printf "%.1f ms", t * 1000 / hz / n; else print "?" }')
offers_per_second=$(awk -v n="$confirmations" -v ms="$millis" 'BEGIN { printf "%.1f", (n > 1) ? (n - 1) * 1000 / ms : 0 }')

ratio=$(awk -v r="$offers_per_second" -v goal="$rate" 'BEGIN { printf "%.2f", r / goal }')
# Each confirmation showed a filing number of its own, and the database holds exactly those offers
# (no tracking code twice) and one email each.
once=no
if [ "$confirmations" -gt 0 ] && [ "$offers" -eq "$confirmations" ] && [ "$distinct_codes" -eq "$confirmations" ] \
	&& [ "$codes" -eq "$(count "SELECT count(*) FROM portal.offer")" ] && [ "$emails" -eq "$offers" ]; then
	once=yes
fi
verdict=$(awk -v r="$offers_per_second" -v goal="$rate" -v p="${p99:-999999}" -v ko="${ko:-1}" -v once="$once" \
	'BEGIN { print (int(r + 0.5) >= goal && p <= 250 && ko == 0 && once == "yes") ? "met" : "missed" }')
perf_row "2 Offer submission ($label)" \
	"$offers_per_second offers/s, p99 ${p99:-?} ms, $ko failed; $offers stored, $distinct_codes codes, $emails emails; portal CPU $cpu_per_offer per offer" \
	"≥ 200/s, p99 ≤ 250 ms, each once + email" "$rate/s offered for ${duration}s" "$ratio" "$verdict"
printf '%s\t%s\t%s\n' "$label" "$offers_per_second" "${p99:-0}" >>"$PERF_OUT/submission.tsv"
