#!/usr/bin/env bash
# `dateline ingest` beside `dateline extract` on the same corpus, both on N threads and
# run at the same time, so that a busy machine slows both alike: wall and CPU seconds,
# articles/s, ingest's share of extract's throughput (must be at least 80%), and the
# store's size against the corpus's text (must be at most 4x).
#   usage: benchsuite/ingest-vs-extract.sh CORPUS.jsonl [THREADS]    (THREADS: 2)
# Make the corpus with scripts/make-corpus.py.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$1
threads=${2:-2}
cargo build --release --quiet --locked -p dateline
dir=target/ingest-vs-extract
rm -rf "$dir" && mkdir -p "$dir"
timed() { /usr/bin/time -f "%e %U %S" -o "$dir/$1.time" "${@:2}"; }
timed extract target/release/dateline extract "$corpus" --threads "$threads" >/dev/null &
extract=$!
timed ingest target/release/dateline ingest "$corpus" --db "$dir/store.db" --threads "$threads" 2>"$dir/ingest.log" &
ingest=$!
wait $extract
wait $ingest
cat "$dir/ingest.log"
python3 - "$corpus" "$dir" <<'PY'
import os, sqlite3, sys

corpus, out = sys.argv[1], sys.argv[2]
with open(corpus, encoding="utf-8") as f:
    articles = sum(1 for _ in f)
times = {}
for run in ("extract", "ingest"):
    wall, user, system = map(float, open(f"{out}/{run}.time").read().split())
    times[run] = wall
    print(f"{run:8} {wall:8.1f} s wall {user + system:8.1f} s CPU {articles / wall:8.1f} articles/s")
db = f"{out}/store.db"
# The text of the articles stored (a corpus may repeat one).
stored, text_bytes = sqlite3.connect(db).execute(
    "SELECT count(*), sum(length(CAST(text AS BLOB))) FROM articles").fetchone()
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
print(f"ingest's throughput: {times['extract'] / times['ingest']:.0%} of extract's")
print(f"store: {stored} articles, {size / 1e6:.1f} MB for {text_bytes / 1e6:.1f} MB of text: {size / text_bytes:.2f}x")
PY
