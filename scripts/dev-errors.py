#!/usr/bin/env python3
"""List dateline's misses on a gold folder: wrong speakers, extra or missing quotes and dates.

usage: scripts/dev-errors.py GOLD_DIR PREDICTIONS.jsonl
Uses the matching rules of the shared scorer (imported from beside GOLD_DIR/../..).
"""
import json, sys
from pathlib import Path

gold_dir, pred_path = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(gold_dir.parent.parent))
from score import overlap, speaker_ok, norm  # noqa: E402

preds = {}
for line in pred_path.read_text(encoding="utf-8").splitlines():
    if line.strip():
        obj = json.loads(line)
        preds[obj["id"]] = obj
for gold_file in sorted(gold_dir.glob("*.json")):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    pred = preds.get(gold["id"], {})
    quotes = list(pred.get("quotes", []))
    for q in gold["quotes"]:
        best = max(range(len(quotes)), key=lambda i: overlap(q["text"], quotes[i]["text"]), default=None)
        if best is None or overlap(q["text"], quotes[best]["text"]) < 0.5:
            print(gold["id"], "missed quote:", q["text"][:70])
            continue
        if not speaker_ok(q["speaker"], quotes[best].get("speaker")):
            print(gold["id"], "speaker:", q["speaker"], "| predicted:", quotes[best].get("speaker"))
        quotes.pop(best)
    for q in quotes:
        print(gold["id"], "extra quote:", q["text"][:70], "|", q.get("speaker"))
    dates = list(pred.get("dates", []))
    for d in gold["dates"]:
        hit = next((i for i, x in enumerate(dates) if x.get("value") == d["value"]
                    and (norm(d["text"]) in norm(x["text"]) or norm(x["text"]) in norm(d["text"]))), None)
        if hit is None:
            print(gold["id"], "missed date:", d["text"], d["value"])
        else:
            dates.pop(hit)
    for d in dates:
        print(gold["id"], "extra date:", d["text"], d.get("value"))
