#!/usr/bin/env bash
# The API under load: p99 latency of every endpoint with 16 concurrent connections
# from wrk (Debian's `wrk`) on loopback, on a store of 100,000 articles.
#
#   benchsuite/serve-load.sh [ARTICLES] [SECONDS]      # defaults: 100000, 10
#
# Makes the corpus (scripts/make-corpus.py) and the store (`dateline ingest`, release
# build) under target/ when they are missing, starts `dateline serve` on a free port,
# asks each request once alone (cold: the server's answer cache is empty for it), then
# runs wrk against it for SECONDS, and prints one row per request: the cold latency,
# requests, p50, p99, max, and failed requests (socket errors and non-2xx answers). Exits
# 1 when a p99 is 50 ms or more or a request failed.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
seconds=${2:-10}
corpus=target/corpus-$articles.jsonl
db=target/load-$articles.db
command -v wrk >/dev/null || { echo "serve-load.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
cargo build --release -q -p dateline
dateline=target/release/dateline
[ -s "$corpus" ] || python3 scripts/make-corpus.py --articles "$articles" --out "$corpus"
[ -s "$db" ] || "$dateline" ingest "$corpus" --db "$db"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port/api
"$dateline" serve --db "$db" --addr "127.0.0.1:$port" 2>target/serve-load.log &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 100); do curl -sf "$base/openapi.json" >/dev/null && break; sleep 0.1; done

# Facts of this store the requests ask about: the busiest actor, its busiest partner,
# a day it acted on, an article.
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
busiest=$(curl -sf "$base/actors?limit=1" | json 'd["actors"][0]["code"]')
partner=$(curl -sf "$base/actors?actor=$busiest&limit=1" | json 'd["dyads"][0]["target"]')
day=$(curl -sf "$base/events?actor=$busiest&per_page=1" | json 'd["events"][0]["date"]')
article=$(curl -sf "$base/events?actor=$busiest&per_page=1" | json 'd["events"][0]["article"]')
place=$(curl -sf "$base/places?limit=1" | json '"%s,%s,100" % (d["places"][0]["lat"], d["places"][0]["lon"])')
stored=$(curl -sf "$base/search?per_page=1" | json 'd["total"]')

requests=(
    "search?q=said"
    "search?q=%22prime%20minister%22&page=2"
    "search?q=elect*%20AND%20president&from=2020-01-01&to=2021-12-31"
    "search?actor=$busiest&theme=DIPLOMACY"
    "events"
    "events?actor=$busiest&sort=-goldstein&page=3"
    "events?dyad=$busiest,$partner&quad=4"
    "events?near=$place&from=2022-01-01"
    "events?q=ceasefire&root=19"
    "quotes?speaker=putin"
    "quotes?q=ceasefire&from=2019-01-01"
    "timeline?actor=$busiest&by=year"
    "timeline?q=said&by=day"
    "timeline?by=month"
    "timeline?dyad=$busiest,$partner&by=week"
    "actors"
    "actors?country=${busiest:0:3}&from=2023-01-01"
    "actors?q=president"
    "places"
    "places?root=14&limit=500"
    "articles/$article"
    "export?actor=$busiest&from=$day&to=$day&format=jsonl"
    "export?actor=$busiest&from=$day&to=$day&format=gdelt-events&limit=20"
    "openapi.json"
)
echo "store: $db ($(du -h "$db" | cut -f1)), $stored articles stored of $articles; wrk, 16 connections, 2 threads, ${seconds}s each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-70s %8s %9s %8s %8s %8s %7s\n' request cold_ms requests p50_ms p99_ms max_ms failed
status=0
for request in "${requests[@]}"; do
    read -r code cold < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base/$request")
    [ "$code" = 200 ] || { echo "$request: HTTP $code" >&2; status=1; }
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$base/$request")
    python3 - "$request" "$cold" "$out" <<'PY' || status=1
import re, sys
request, cold, out = sys.argv[1], float(sys.argv[2]) * 1000, sys.argv[3]
def ms(value):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not match:
        sys.exit(f"{request}: cannot read wrk's latency {value!r} in:\n{out}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
latency = re.search(r"^\s+Latency\s+\S+\s+\S+\s+(\S+)", out, re.M)
p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
total = int(re.search(r"(\d+) requests in", out).group(1))
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
errors += int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
print(f"{request:<70} {cold:>8.1f} {total:>9} {ms(p50.group(1)):>8.1f} {ms(p99.group(1)):>8.1f} {ms(latency.group(1)):>8.1f} {errors:>7}")
sys.exit(0 if ms(p99.group(1)) < 50 and errors == 0 and total > 0 else 1)
PY
done
exit $status
