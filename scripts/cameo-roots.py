#!/usr/bin/env python3
"""Per-CAMEO-root precision and recall of dateline's events against gold.

usage: cameo-roots.py GOLD_DIR PREDICTIONS.jsonl

Matches events as ../shared/eval/score.py does at root level (source country, two-digit
root, target country, per article) and counts each match, miss and false event under its
root code.
"""
import json, sys
from collections import Counter
from pathlib import Path

def triples(events):
    return [(str(e.get("source") or "")[:3], str(e.get("code", ""))[:2], str(e.get("target") or "")[:3]) for e in events]

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold_dir, pred_path = sys.argv[1:]
    preds = {}
    for line in Path(pred_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[str(obj.get("id"))] = obj
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        predicted = triples(preds.get(gold["id"], {}).get("events", []))
        for t in triples(gold.get("events", [])):
            if t in predicted:
                predicted.remove(t)
                tp[t[1]] += 1
            else:
                fn[t[1]] += 1
        for t in predicted:
            fp[t[1]] += 1
    print("root      P      R   (tp fp fn)")
    for root in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[root] / (tp[root] + fp[root]) if tp[root] + fp[root] else 0.0
        r = tp[root] / (tp[root] + fn[root]) if tp[root] + fn[root] else 0.0
        print(f"{root:>4}  {p:5.2f}  {r:5.2f}   ({tp[root]} {fp[root]} {fn[root]})")

if __name__ == "__main__":
    main()
