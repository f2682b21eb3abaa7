"""Validation of parsed held-out articles and conversion to the shared gold schemas (standard library only)."""
import calendar
import datetime as dt
import re
from collections import Counter

from markup import (ENTITY_TAGS, EVENT_ROLE_TAGS, QUOTE_RX, TIMEX_TAGS, OTHER_TAGS, MarkupError, fail)
import gumtok

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND", "DISAPPROVE",
          "REJECT", "THREATEN", "PROTEST", "INVESTIGATE", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"}
EVENT_KEYS = {"mode", "context", "src", "tar", "loc", "cc", "dead", "injured", "size", "comment"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
        "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
DATE_V = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)"
                    r"|PRESENT_REF|PAST_REF|FUTURE_REF)$")
TIME_V = re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)$")
DUR_V = re.compile(r"^P(\d+|X)(Y|M|W|D)$|^PT(\d+|X)(H|M)$")
SET_V = re.compile(r"^P1(Y|M|W|D)$|^XXXX-WXX-[1-7]$")
PREPS = {"on", "in", "at", "since", "by", "until", "during", "for", "from", "over", "of", "to", "after", "before"}
QMARKS = set('"\u201c\u201d')
CODE_RX = re.compile(r"^[A-Z]{3}(:[A-Z]{3})?$")
MODE_RX = re.compile(r"^[a-z][a-z-]*$")
WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = [m.lower() for m in calendar.month_name][1:]


def attr_map(span, path):
    out = {}
    for a in span.attrs:
        if "=" in a:
            k, v = a.split("=", 1)
            out[k] = v
        elif "value" not in out:
            out["value"] = a
        else:
            fail(path, span.line, f"[{span.tag}] has a second bare attribute {a!r}")
    return out


def check_timex(a, s, path):
    text = a.text[s.start:s.end]
    at = attr_map(s, path)
    v, mod = at.get("value"), at.get("mod")
    rx = {"DATE": DATE_V, "TIME": TIME_V, "DURATION": DUR_V, "SET": SET_V}[s.tag]
    if not v or not rx.match(v):
        fail(path, s.line, f"[{s.tag}] {text!r}: bad value {v!r}")
    if mod is not None and mod not in MODS:
        fail(path, s.line, f"[{s.tag}] {text!r}: bad mod {mod!r}")
    if set(at) - {"value", "mod"}:
        fail(path, s.line, f"[{s.tag}] {text!r}: unknown attributes {sorted(set(at) - {'value', 'mod'})}")
    first = text.split()[0].lower()
    if first in PREPS:
        fail(path, s.line, f"[{s.tag}] {text!r}: TIMEX3 spans leave the preposition outside")
    words = re.findall(r"[a-z]+", text.lower())
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        d = dt.date(*map(int, m.groups()))
        for w in words:
            if w in WEEKDAYS and WEEKDAYS[d.weekday()] != w:
                fail(path, s.line, f"{text!r}: {v} is a {calendar.day_name[d.weekday()]}")
        pub = dt.date.fromisoformat(a.header["published"])
        for w, off in (("today", 0), ("yesterday", -1), ("tomorrow", 1)):
            if w in words and d != pub + dt.timedelta(days=off):
                fail(path, s.line, f"{text!r}: {v} is not {w} of {pub}")
    m = re.match(r"^\d{4}-(\d{2})", v)
    if m and s.tag in ("DATE", "TIME"):
        for w in words:
            if w in MONTHS and MONTHS.index(w) + 1 != int(m.group(1)):
                fail(path, s.line, f"{text!r}: month of {v} differs")
    return {"value": v, "mod": mod}


def check_entity(a, s, path):
    text = a.text[s.start:s.end]
    if not (text[0].isupper() or text[0].isdigit()):
        fail(path, s.line, f"[{s.tag}] {text!r} must start with a capital or digit")
    if text.lower().startswith("the ") or text.endswith(("\u2019s", "'s")):
        fail(path, s.line, f"[{s.tag}] {text!r}: leave 'the' and the possessive outside the name")


def validate(a):
    path = a.path
    try:
        dt.date.fromisoformat(a.header["published"])
    except ValueError:
        fail(path, 1, f"published {a.header['published']!r} is not YYYY-MM-DD")
    if "  " in a.text or "\n" in a.text:
        fail(path, 1, "article text has doubled spaces or line breaks")
    for ch in "[]|":
        if ch in a.text:
            fail(path, 1, f"markup character {ch!r} left in the text")
    quotes = {}
    for s in a.spans:
        frag = a.text[s.start:s.end]
        if frag != frag.strip():
            fail(path, s.line, f"[{s.tag}] {frag!r} starts or ends with white space")
        if s.tag in TIMEX_TAGS:
            s.timex = check_timex(a, s, path)
        elif s.tag in ENTITY_TAGS:
            check_entity(a, s, path)
        elif s.tag in EVENT_ROLE_TAGS:
            if a.sentences[s.sent].event is None:
                fail(path, s.line, f"[{s.tag}] on a sentence without '## EVENT'")
        elif QUOTE_RX.match(s.tag):
            kind, num = QUOTE_RX.match(s.tag).groups()
            quotes.setdefault(num, {"Q": [], "S": [], "C": []})[kind].append(s)
        elif s.tag not in OTHER_TAGS:
            fail(path, s.line, f"unknown tag [{s.tag}]")
    ents = [s for s in a.spans if s.tag in ENTITY_TAGS]
    for x in ents:
        for y in ents:
            if x is not y and x.start <= y.start and y.end <= x.end:
                fail(path, y.line, f"entity {a.text[y.start:y.end]!r} nested in another entity")
    for num, q in quotes.items():
        line = (q["Q"] or q["S"] or q["C"])[0].line
        if not q["Q"]:
            fail(path, line, f"attribution {num} has a source or cue but no content [Q{num}|...]")
        if not q["C"]:
            fail(path, line, f"attribution {num} has no cue [C{num}|...]")
        content = "".join(a.text[s.start:s.end] for s in q["Q"])
        if not re.search(r"\w", content):
            fail(path, line, f"attribution {num}: content has no words")
        if content.count("\u201c") != content.count("\u201d"):
            fail(path, line, f"attribution {num}: unbalanced quotation marks in {content!r}")
    for q in quotes.values():
        for s in q["Q"]:  # PolNeAR content spans include the quotation marks that enclose them
            if s.start > 0 and s.end < len(a.text) and a.text[s.start - 1] == "\u201c" and a.text[s.end] == "\u201d":
                s.start, s.end = s.start - 1, s.end + 1
    a.quotes = quotes
    for k, sent in enumerate(a.sentences):
        if sent.event is not None:
            check_event(a, k, sent, path)


def check_event(a, k, sent, path):
    ev = sent.event
    if ev["type"] not in PLOVER:
        fail(path, sent.line, f"unknown PLOVER type {ev['type']!r}")
    extra = set(ev) - EVENT_KEYS - {"type"}
    if extra:
        fail(path, sent.line, f"unknown event keys {sorted(extra)}")
    if "context" not in ev:
        fail(path, sent.line, "event needs context=")
    if "mode" in ev and not MODE_RX.match(ev["mode"]):
        fail(path, sent.line, f"bad mode {ev['mode']!r}")
    roles = [s for s in a.spans if s.sent == k and s.tag in EVENT_ROLE_TAGS]
    n = Counter(s.tag for s in roles)
    if not n["EVT"] or not (n["SRC"] or n["ST"]):
        fail(path, sent.line, "an event sentence needs [EVT|...] and [SRC|...] or [ST|...]")
    src = ev.get("src", "").split(",") if ev.get("src") else []
    tar = ev.get("tar", "").split(",") if ev.get("tar") else []
    if len(src) != n["SRC"] + n["ST"] or len(tar) != n["TAR"]:
        fail(path, sent.line, f"src= needs {n['SRC'] + n['ST']} codes and tar= {n['TAR']} (got {len(src)}, {len(tar)})")
    for c in src + tar:
        if not CODE_RX.match(c):
            fail(path, sent.line, f"bad actor code {c!r} (CODE or CODE:SECTOR)")


def input_record(a):
    return {"id": a.id, "text": a.text, "title": a.header["title"], "published": a.header["published"],
            "outlet": a.header["outlet"]}


def src_ref(a):
    return f"parallax held-out set: {a.path}"


def gum_record(a):
    return gumtok.gum_record(a, src_ref(a))


def frags(a, spans):
    if not spans:
        return None
    spans = sorted(spans, key=lambda s: s.start)
    fr = [{"start": s.start, "end": s.end, "text": a.text[s.start:s.end]} for s in spans]
    return {"start": fr[0]["start"], "end": fr[-1]["end"], "fragments": fr,
            "text": " ... ".join(f["text"] for f in fr)}


def polnear_record(a):
    atts = []
    for num, q in a.quotes.items():
        content = frags(a, q["Q"])
        atts.append({"source": frags(a, q["S"]), "cue": frags(a, q["C"]), "content": content,
                     "direct": any(ch in QMARKS for f in content["fragments"] for ch in f["text"])})
    atts.sort(key=lambda x: (x["content"]["start"], x["content"]["end"]))
    atts = [{"id": f"E{i}", **x} for i, x in enumerate(atts, 1)]
    return {"id": a.id, "doc_id": a.stem, "annotator": "heldout", "primary": True,
            "publisher": a.header["outlet"], "date": a.header["published"], "title": a.header["title"],
            "text": a.text, "attributions": atts, "source": src_ref(a)}


def te3_record(a):
    tx = sorted((s for s in a.spans if s.tag in {"DATE", "TIME", "DURATION", "SET"}), key=lambda s: s.start)
    out = []
    for i, s in enumerate(tx, 1):
        text = a.text[s.start:s.end]
        relative = s.tag in ("DATE", "TIME") and not re.search(r"\b\d{4}\b", text)
        out.append({"tid": f"t{i}", "start": s.start, "end": s.end, "text": text, "type": s.tag,
                    "value": s.timex["value"], "mod": s.timex["mod"], "anchorTimeID": None,
                    "temporalFunction": "true" if relative else "false", "functionInDocument": "NONE"})
    return {"doc_id": a.stem, "dct": a.header["published"], "title": a.header["title"], "id": a.id,
            "subset": "heldout", "source": src_ref(a), "text": a.text, "timexes": out}


def basil_record(a):
    qspans = [(s.start, s.end, num) for num, q in a.quotes.items() for s in q["Q"]]
    bias = []
    for s in a.spans:
        if s.tag != "INF":
            continue
        at = {k: v for k, v in (x.split("=", 1) for x in s.attrs if "=" in x)}
        inq = next((num for qs, qe, num in qspans if qs <= s.start and s.end <= qe), None)
        spk = ""
        if inq is not None and a.quotes[inq]["S"]:
            spk = a.text[a.quotes[inq]["S"][0].start:a.quotes[inq]["S"][0].end].replace(" ", "_")
        bias.append({"bias": "inf", "txt": a.text[s.start:s.end], "quote": "yes" if inq else "no",
                     "speaker": spk, "target": at.get("target", "").replace(" ", "_"),
                     "polarity": at.get("pol", "neg"), "aim": at.get("aim", "dir"), "field": "text",
                     "start": s.start, "end": s.end})
    return {"id": a.id, "doc_id": a.id, "date": a.header["published"], "title": a.header["title"],
            "text": a.text, "gold_cluster": a.header["story"], "outlet": a.header["outlet"],
            "url": a.header.get("url"), "main_event": a.header["main_event"], "relative_stance": None,
            "bias_spans": bias, "source": src_ref(a), "source_id": a.stem}


def plover_records(a):
    out = []
    for k, sent in enumerate(a.sentences):
        ev = sent.event
        if ev is None:
            continue
        s0, text = sent.start, a.text[sent.start:sent.end]
        roles = sorted((s for s in a.spans if s.sent == k and s.tag in EVENT_ROLE_TAGS),
                       key=lambda s: (s.start, -s.end))
        src_codes = ev.get("src", "").split(",") if ev.get("src") else []
        tar_codes = ev.get("tar", "").split(",") if ev.get("tar") else []
        srcs = [s for s in roles if s.tag in ("SRC", "ST")]
        tars = [s for s in roles if s.tag == "TAR"]

        def actor(s, code):
            c = code.split(":")
            d = {"actorText": a.text[s.start:s.end], "code": c[0]}
            if len(c) > 1:
                d["sector"] = c[1]
            return d

        eloc = [s for s in roles if s.tag == "ELOC"]
        loc = None
        if eloc or ev.get("loc"):
            loc = {"name": ev.get("loc") or a.text[eloc[0].start:eloc[0].end]}
            if ev.get("cc"):
                loc["country code"] = ev["cc"]
        spans = [{"role": EVENT_ROLE_TAGS[s.tag], "text": a.text[s.start:s.end], "start": s.start - s0,
                  "end": s.end - s0} for s in roles]
        rec = {"id": f"{a.id}-s{k + 1:02d}", "text": text, "event": ev["type"], "mode": ev.get("mode"),
               "context": ev["context"], "source_actors": [actor(s, c) for s, c in zip(srcs, src_codes)],
               "target_actors": [actor(s, c) for s, c in zip(tars, tar_codes)],
               "event_text": " ".join(a.text[s.start:s.end] for s in roles if s.tag == "EVT"),
               "event_loc": loc, "markup": markup_string(text, spans), "markup_spans": spans,
               "reciprocal": any(s.tag == "ST" for s in roles),
               "dead": ev.get("dead"), "injured": ev.get("injured"), "size": ev.get("size"),
               "comment": ev.get("comment"), "plover_version": "0.5b1",
               "source": f"{src_ref(a)} sentence {k + 1} (line {sent.line})"}
        inp = {"id": rec["id"], "text": text, "published": a.header["published"], "outlet": a.header["outlet"]}
        out.append((rec, inp))
    return out


def markup_string(text, spans):
    """PLOVER GSR inline markup: (ROLE: text), nested where spans nest."""
    ins = {}
    for s in spans:
        ins.setdefault(s["start"], []).append((0, -s["end"], f"({s['role']}: "))
        ins.setdefault(s["end"], []).append((-1, 0, ")"))
    out = []
    for i in range(len(text) + 1):
        for _, _, t in sorted(ins.get(i, [])):
            out.append(t)
        if i < len(text):
            out.append(text[i])
    return "".join(out)


def check_slices(outs):
    """Every recorded span text equals its slice of the record text (a guard against offset bugs)."""
    for r in outs["ner.jsonl"]:
        for m in r["mentions"] + r["dates"]:
            assert r["text"][m["start"]:m["end"]] == m["text"], (r["id"], m)
    for r in outs["time.jsonl"]:
        for t in r["timexes"]:
            assert r["text"][t["start"]:t["end"]] == t["text"], (r["id"], t)
    for r in outs["quotes.jsonl"]:
        for at in r["attributions"]:
            for part in ("source", "cue", "content"):
                for f in (at[part] or {}).get("fragments", []):
                    assert r["text"][f["start"]:f["end"]] == f["text"], (r["id"], at["id"], part)
    for r in outs["events.jsonl"]:
        for s in r["markup_spans"]:
            assert r["text"][s["start"]:s["end"]] == s["text"], (r["id"], s)
    for r in outs["clusters.jsonl"]:
        for b in r["bias_spans"]:
            assert r["text"][b["start"]:b["end"]] == b["txt"], (r["id"], b)


def counts(outs):
    ner = sum(len(r["mentions"]) for r in outs["ner.jsonl"])
    by = Counter(m["etype"] for r in outs["ner.jsonl"] for m in r["mentions"])
    atts = [x for r in outs["quotes.jsonl"] for x in r["attributions"]]
    tx = Counter(t["type"] for r in outs["time.jsonl"] for t in r["timexes"])
    ev = Counter(r["event"] for r in outs["events.jsonl"])
    cl = Counter(r["gold_cluster"] for r in outs["clusters.jsonl"])
    words = sum(len(r["text"].split()) for r in outs["inputs.jsonl"])
    return (f"articles {len(outs['inputs.jsonl'])} ({words} words); named mentions {ner} {dict(by)}\n"
            f"attributions {len(atts)} (direct {sum(x['direct'] for x in atts)}, "
            f"with source {sum(x['source'] is not None for x in atts)})\n"
            f"timexes {sum(tx.values())} {dict(tx)}\nevent sentences {sum(ev.values())} {dict(sorted(ev.items()))}\n"
            f"stories {len(cl)} {dict(sorted(cl.items()))}")


__all__ = ["MarkupError"]
