#!/usr/bin/env python3
"""Builds the parallax held-out evaluation set from eval/heldout/src/*.txt (Python 3.11, standard library only).

usage: python3 scripts/heldout/build.py [--no-check]

Parses every source file (markup described in markup.py and eval/heldout/README.md), validates every
annotation and stops with file:line on the first problem, then writes to eval/heldout/:
  inputs.jsonl          one article per line in parallax's input contract (sorted by neutral id)
  ner.jsonl             GUM schema (as ../shared/data/ner/gum-news.jsonl)
  quotes.jsonl          PolNeAR schema (as quotes/polnear-dev.jsonl)
  time.jsonl            TempEval-3 schema (as time/te3-tbaq.jsonl)
  events.jsonl          PLOVER GSR schema (as events/plover-gsr.jsonl), one record per coded sentence
  events-inputs.jsonl   those sentences in input format
  clusters.jsonl        BASIL schema (as clustering/basil.jsonl) with gold_cluster
Unless --no-check is given, it then runs the reference scorers in ../shared/scoring (when present) with each
gold file turned into a perfect prediction and requires a score of 1.0.
"""
import glob
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import markup as M  # noqa: E402
import records as R  # noqa: E402
import selfcheck  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "eval", "heldout", "src")
OUT = os.path.join(ROOT, "eval", "heldout")


def doc_id(stem):
    """Neutral article id: never names the story."""
    return "hx-" + hashlib.sha1(f"parallax-heldout/{stem}".encode()).hexdigest()[:12]


def write_jsonl(name, records):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def main():
    check = "--no-check" not in sys.argv[1:]
    paths = sorted(glob.glob(os.path.join(SRC, "*.txt")))
    if not paths:
        sys.exit(f"no sources in {SRC}")
    arts = []
    try:
        for p in paths:
            a = M.parse_file(os.path.relpath(p, ROOT))
            R.validate(a)
            a.id = doc_id(os.path.splitext(os.path.basename(p))[0])
            a.stem = os.path.splitext(os.path.basename(p))[0]
            arts.append(a)
    except M.MarkupError as e:
        sys.exit(f"ERROR {e}")
    ids = [a.id for a in arts]
    if len(set(ids)) != len(ids):
        sys.exit("ERROR duplicate article ids")
    try:
        outs = {
            "inputs.jsonl": sorted((R.input_record(a) for a in arts), key=lambda r: r["id"]),
            "ner.jsonl": [R.gum_record(a) for a in arts],
            "quotes.jsonl": [R.polnear_record(a) for a in arts],
            "time.jsonl": [R.te3_record(a) for a in arts],
            "clusters.jsonl": [R.basil_record(a) for a in arts],
        }
        events = [ev for a in arts for ev in R.plover_records(a)]
    except M.MarkupError as e:
        sys.exit(f"ERROR {e}")
    outs["events.jsonl"] = [e for e, _ in events]
    outs["events-inputs.jsonl"] = [i for _, i in events]
    R.check_slices(outs)
    for name, recs in outs.items():
        print(f"{name:22s} {write_jsonl(name, recs):4d} records")
    print(R.counts(outs))
    if check:
        ok = selfcheck.run(OUT, os.path.join(ROOT, "..", "shared", "scoring"), outs)
        if not ok:
            sys.exit("ERROR self-check failed")


if __name__ == "__main__":
    main()
