#!/usr/bin/env python3
"""Builds the parallax held-out evaluation set from eval/heldout/src/*.txt (Python 3.11, standard library only).

usage: python3 scripts/heldout/build.py [--no-check] [--src DIR] [--out DIR] [--id-prefix PREFIX]

Parses every source file (markup described in markup.py and eval/heldout/README.md), validates every
annotation and stops with file:line on the first problem, then writes to eval/heldout/ (or --out):
  inputs.jsonl          one article per line in parallax's input contract (sorted by neutral id)
  ner.jsonl             GUM schema (as ../shared/data/ner/gum-news.jsonl)
  quotes.jsonl          PolNeAR schema (as quotes/polnear-dev.jsonl)
  time.jsonl            TempEval-3 schema (as time/te3-tbaq.jsonl)
  events.jsonl          PLOVER GSR schema (as events/plover-gsr.jsonl), one record per coded sentence
  events-inputs.jsonl   those sentences in input format
  clusters.jsonl        BASIL schema (as clustering/basil.jsonl) with gold_cluster
Unless --no-check is given, it then runs the reference scorers in ../shared/scoring (when present) with each
gold file turned into a perfect prediction and requires a score of 1.0.

--src (default eval/heldout/src) and --out (default eval/heldout) choose another set, e.g. the sealed set B:
  python3 scripts/heldout/build.py --src eval/heldout-b/src --out eval/heldout-b --id-prefix hb
--id-prefix (default hx) starts every article id, so that the ids of two sets never collide.
"""
import argparse
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


def doc_id(stem, prefix="hx"):
    """Neutral article id: never names the story. Set A (prefix hx) keeps its original salt."""
    salt = "parallax-heldout" if prefix == "hx" else f"parallax-heldout-{prefix}"
    return f"{prefix}-" + hashlib.sha1(f"{salt}/{stem}".encode()).hexdigest()[:12]


def parse_args():
    ap = argparse.ArgumentParser(description="Build a parallax held-out evaluation set from its sources.")
    ap.add_argument("--no-check", action="store_true", help="skip the self-check with the reference scorers")
    ap.add_argument("--src", default=SRC, help="folder of source files (default eval/heldout/src)")
    ap.add_argument("--out", default=OUT, help="output folder (default eval/heldout)")
    ap.add_argument("--id-prefix", default="hx", help="article id prefix (default hx)")
    return ap.parse_args()


def write_jsonl(out, name, records):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def main():
    args = parse_args()
    src, out = os.path.abspath(args.src), os.path.abspath(args.out)
    paths = sorted(glob.glob(os.path.join(src, "*.txt")))
    if not paths:
        sys.exit(f"no sources in {src}")
    arts = []
    try:
        for p in paths:
            a = M.parse_file(os.path.relpath(p, ROOT))
            R.validate(a)
            a.id = doc_id(os.path.splitext(os.path.basename(p))[0], args.id_prefix)
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
    os.makedirs(out, exist_ok=True)
    for name, recs in outs.items():
        print(f"{name:22s} {write_jsonl(out, name, recs):4d} records")
    print(R.counts(outs))
    if not args.no_check:
        ok = selfcheck.run(out, os.path.join(ROOT, "..", "shared", "scoring"), outs)
        if not ok:
            sys.exit("ERROR self-check failed")


if __name__ == "__main__":
    main()
