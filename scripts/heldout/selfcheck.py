"""Smoke check of the held-out gold files with the reference scorers (standard library only).

Each gold file is turned into a perfect parallax-style prediction and scored with the unchanged scorer from
../shared/scoring; every headline score must be 1.0. The GUM-format NER gold is also checked with the
scorer's own name extraction: it must give back exactly the annotated names.
"""
import json
import os
import subprocess
import sys
import tempfile

LABEL = {"person": "PERSON", "organization": "ORG", "place": "GPE"}
GUM_T = {"person": "PER", "organization": "ORG", "place": "LOC"}


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def preds(outs):
    ner = [{"id": r["id"], "entities": [{"start": m["start"], "end": m["end"], "label": LABEL[m["etype"]]}
                                        for m in r["mentions"]]} for r in outs["ner.jsonl"]]
    quotes = []
    for r in outs["quotes.jsonl"]:
        qs = []
        for at in r["attributions"]:
            c, s, cue = at["content"], at["source"], at["cue"]
            sp = None
            if s:
                f = s["fragments"][0]
                sp = {"start": f["start"], "end": f["end"], "text": f["text"], "entity": None}
            qs.append({"start": c["start"], "end": c["end"], "kind": "direct" if at["direct"] else "indirect",
                       "speaker": sp, "cue": {"start": cue["start"], "end": cue["end"]} if cue else None})
        quotes.append({"id": r["id"], "quotes": qs})
    timex = [{"id": r["id"], "timexes": [{k: t[k] for k in ("start", "end", "text", "type", "value")}
                                         for t in r["timexes"]]} for r in outs["time.jsonl"]]
    events = []
    for r in outs["events.jsonl"]:
        ents = []
        for s in r["markup_spans"]:
            if s["role"] in ("SRC", "SRC/TAR"):
                ents.append({"start": s["start"], "end": s["end"], "entity": "A"})
            if s["role"] in ("TAR", "SRC/TAR"):
                ents.append({"start": s["start"], "end": s["end"], "entity": "T"})
        has_t = any(s["role"] in ("TAR", "SRC/TAR") for s in r["markup_spans"])
        events.append({"id": r["id"], "entities": ents,
                       "events": [{"code": r["event"], "actor": "A", "target": "T" if has_t else None}]})
    clusters = [{"id": r["id"], "story": "story-" + r["gold_cluster"]} for r in outs["clusters.jsonl"]]
    return ner, quotes, timex, events, clusters


def gum_names_ok(scoring, outs):
    sys.path.insert(0, scoring)
    import evallib  # noqa: E402
    ok = True
    for r in outs["ner.jsonl"]:
        want = sorted((m["start"], m["end"], GUM_T[m["etype"]]) for m in r["mentions"])
        got = evallib.gum_name_mentions(r)
        if got != want:
            ok = False
            for x in sorted(set(want) ^ set(got)):
                side = "annotated only" if x in want else "extracted only"
                print(f"  NER {r['doc_id']}: {side}: {r['text'][x[0]:x[1]]!r} {x}")
    return ok


def run(out_dir, scoring, outs):
    scoring = os.path.normpath(scoring)
    if not os.path.isdir(scoring):
        print(f"self-check skipped: {scoring} is absent")
        return True
    ok = gum_names_ok(scoring, outs)
    print(f"GUM name extraction reproduces the annotated names: {ok}")
    ner, quotes, timex, events, clusters = preds(outs)
    jobs = [("score_ner.py", "ner.jsonl", ner, "F1"), ("score_quotes.py", "quotes.jsonl", quotes, "speakerF1"),
            ("score_timex.py", "time.jsonl", timex, "valueF1"), ("score_events.py", "events.jsonl", events, "typeF1"),
            ("score_clusters.py", "clusters.jsonl", clusters, "B3F1")]
    with tempfile.TemporaryDirectory() as tmp:
        for script, gold, pred, metric in jobs:
            p = write(os.path.join(tmp, "pred-" + gold), pred)
            res = subprocess.run([sys.executable, os.path.join(scoring, script), os.path.join(out_dir, gold), p],
                                 capture_output=True, text=True)
            last = (res.stdout.strip().splitlines() or [""])[-1]
            good = res.returncode == 0 and last == f"{metric} 1.0000"
            ok &= good
            print(f"{script:18s} gold=pred on {gold:15s} -> {last or res.stderr.strip()[-200:]}"
                  f"{'' if good else '   FAILED'}")
            if script == "score_events.py" and good:
                act = [ln for ln in res.stdout.splitlines() if ln.startswith("actors/targets")]
                print(f"{'':18s} {act[0] if act else ''}")
    return ok
