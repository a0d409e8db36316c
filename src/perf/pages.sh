#!/usr/bin/env bash
# Target 1, public pages: each page under wrk at 64 connections for PERF_PAGE_DURATION seconds
# (default 30), on every portal named, and the same bytes served by nginx as static files in the same
# run (the reference). The pages are the portal's own list of its public pages with their variants
# (perf_public_pages: languages by link and by cookie, a search, a filter). One row per page and
# portal: goal ≥ 0.25× nginx (≥ 0.6× for the five pages kept since issue 7), p99 ≤ 100 ms, 0 errors.
# PERF_PAGES_MAX caps the number of pages (a smoke run). Other targets reuse the load (memory.sh).
#   pages.sh LABEL=PORT [LABEL=PORT...]     e.g. pages.sh "virtual threads on=8081" "virtual threads off=8082"
# The first portal provides the bytes for nginx. Raw wrk reports go to target/perf/pages/.
source "$(dirname "$0")/lib.sh"
trap perf_cleanup EXIT
perf_require wrk nginx

duration=${PERF_PAGE_DURATION:-30}
warmup=${PERF_WARMUP:-5}
if [ -n "${PERF_QUICK:-}" ]; then duration=${PERF_PAGE_DURATION:-3} warmup=1; fi
[ $# -gt 0 ] || { echo "usage: pages.sh LABEL=PORT [LABEL=PORT...]" >&2; exit 2; }
first_port=${1##*=}
reports=$PERF_OUT/pages
mkdir -p "$reports"

# The reference: nginx, not daemonised, on a free port, each page saved once as a file.
nginx_dir=$PERF_OUT/nginx
rm -rf "$nginx_dir" && mkdir -p "$nginx_dir/root" "$nginx_dir/temp"
mapfile -t pages < <(perf_public_pages "http://localhost:$first_port")
if [ -n "${PERF_PAGES_MAX:-}" ]; then pages=("${pages[@]:0:$PERF_PAGES_MAX}"); fi
echo "  ${#pages[@]} public pages and variants" >&2
locations=""
# The bytes as sent, uncompressed: the browser's headers but Accept-Encoding.
fetch_headers=()
for header in "${PERF_BROWSER_HEADERS[@]}"; do
	case $header in Accept-Encoding:*) unset 'fetch_headers[-1]' ;; *) fetch_headers+=("$header") ;; esac
done
# Each page as nginx serves it: /pN, whatever its query or cookie.
cookie_of() { case $1 in *$'\t'*) echo "${1#*$'\t'}" ;; esac; }
path_of() { echo "${1%%$'\t'*}"; }
for i in "${!pages[@]}"; do
	cookie=$(cookie_of "${pages[$i]}")
	curl -fsS "${fetch_headers[@]}" ${cookie:+-H "Cookie: $cookie"} -o "$nginx_dir/root/page$i.html" \
		"http://localhost:$first_port$(path_of "${pages[$i]}")"
	locations+="		location = /p$i { try_files /page$i.html =404; }"$'\n'
done
nginx_port=$(perf_free_port)
# As root, nginx would hand the files to "nobody", who may not read a private checkout.
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$nginx_dir/nginx.conf" <<CONF
$user_line
worker_processes ${PERF_NGINX_WORKERS:-auto};
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 4096; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	default_type "text/html; charset=UTF-8";
	client_body_temp_path $nginx_dir/temp/body;
	proxy_temp_path $nginx_dir/temp/proxy;
	fastcgi_temp_path $nginx_dir/temp/fastcgi;
	uwsgi_temp_path $nginx_dir/temp/uwsgi;
	scgi_temp_path $nginx_dir/temp/scgi;
	server {
		listen 127.0.0.1:$nginx_port;
		root $nginx_dir/root;
$locations	}
}
CONF
nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
PERF_PIDS+=("$nginx_pid")
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://localhost:$nginx_port/p0" && break; sleep 0.1; done

slug() { local s=${1//[^A-Za-z0-9.=_-]/-}; s=${s#-}; echo "${s:-home}"; }

for i in "${!pages[@]}"; do
	page=$(path_of "${pages[$i]}") cookie=$(cookie_of "${pages[$i]}")
	shown="$page${cookie:+ (cookie $cookie)}"
	name=$(slug "$page${cookie:+-$cookie}")
	perf_wrk "$reports/nginx-$name.txt" "$duration" "http://localhost:$nginx_port/p$i"
	perf_read_wrk "$reports/nginx-$name.txt"
	nginx_rps=$WRK_RPS
	goal=0.25
	case $PERF_CACHED_PAGES in *" $page "*) [ -z "$cookie" ] && goal=0.6 ;; esac
	for portal in "$@"; do
		label=${portal%=*} port=${portal##*=}
		url="http://localhost:$port$page"
		cookie_header=()
		[ -n "$cookie" ] && cookie_header=(-H "Cookie: $cookie")
		# One request alone: the server's time (curl's time to the first byte on loopback).
		alone=$(curl -fsS -o /dev/null -w '%{time_starttransfer}' "${PERF_BROWSER_HEADERS[@]}" "${cookie_header[@]}" "$url" \
			| awk '{ printf "%.1f", $1 * 1000 }')
		# The JIT compiles the page's code paths first; only then is it measured.
		perf_wrk /dev/null "$warmup" "$url" "${cookie_header[@]}"
		report="$reports/$(slug "$label")-$name.txt"
		perf_wrk "$report" "$duration" "$url" "${cookie_header[@]}"
		perf_read_wrk "$report"
		ratio=$(awk -v a="$WRK_RPS" -v b="$nginx_rps" 'BEGIN { printf "%.3f", (b > 0) ? a / b : 0 }')
		verdict=$(awk -v r="$ratio" -v g="$goal" -v p="$WRK_P99_MS" -v e="$WRK_ERRORS" \
			'BEGIN { print (r >= g && p <= 100 && e == 0) ? "met" : "missed" }')
		perf_row "1 Page $shown ($label)" \
			"$WRK_RPS req/s, p99 $WRK_P99_MS ms, $WRK_ERRORS errors; alone $alone ms" \
			"≥ $goal× nginx, p99 ≤ 100 ms, 0 errors" "nginx $nginx_rps req/s" "$ratio" "$verdict"
		printf '%s\t%s\t%s\t%s\n' "$label" "$shown" "$WRK_RPS" "$WRK_P99_MS" >>"$PERF_OUT/pages.tsv"
	done
done
kill -QUIT "$nginx_pid" 2>/dev/null || true
wait "$nginx_pid" 2>/dev/null || true
