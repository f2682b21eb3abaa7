"""GUM-schema records for the held-out set: tokens, a rough part-of-speech layer and the named mentions.

Only the mentions (names of persons, organisations and places) and the date spans are hand annotated. The
tokens come from a regular-expression tokenizer that also splits at every annotation boundary; `upos` is a
small rule-based tagger, good enough for the GUM name-extraction rules of the reference scorer (names are
PROPN, words before them never are), not a gold part-of-speech layer.
"""
import re

TOKEN_RX = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|No|Co|Inc|Ltd|Corp|Mt|Feb|Jan|Aug|Sept|Oct|Nov|Dec)\."
    r"|\d+(?:[.,:]\d+)+"
    r"|\w+(?:[-&]\w+|[\u2019'](?!s\b)\w+)*"
    r"|[\u2019']s\b"
    r"|\S")
ETYPE = {"PER": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
LEX = {}
for tag, words in {
    "DET": "the a an this that these those each every some any no all both another",
    "PRON": "he she it they we i you him her them us his their our my your its who whom whose which what "
            "itself themselves himself herself",
    "ADP": "of in on at to for with by from after before over under into against during since until between "
           "about across near through without within amid among despite per via off up down out around along "
           "than like de del da di des du la le van von der",
    "CCONJ": "and or but nor &",
    "SCONJ": "if because while although though as when whether where once unless",
    "AUX": "is was were are be been being has have had will would could should can may might must did do "
           "does shall",
    "PART": "not n't \u2019s 's",
    "ADV": "also very still already only just now then again later earlier ago never soon too even more most "
           "less least however instead almost nearly",
}.items():
    for w in words.split():
        LEX[w] = tag
NUMWORDS = set("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
               "thousand million billion dozen dozens hundreds thousands".split())


def tokenize(text, cuts):
    """(start, end) code-point spans of tokens; a token never crosses an offset in `cuts`."""
    out = []
    for m in TOKEN_RX.finditer(text):
        s, e = m.start(), m.end()
        inner = sorted(c for c in cuts if s < c < e)
        for c in inner + [e]:
            out.append((s, c))
            s = c
    return out


def tag(tok, in_name, first):
    low = tok.lower()
    if not re.search(r"\w", tok):
        return "SYM" if tok in "$%\u20ac\u00a3" else "PUNCT"
    if in_name:
        if tok[:1].isupper() or tok[:1].isdigit():
            return "PROPN"
        return LEX.get(low, "ADP" if low in ("of", "for") else "X")
    if low in LEX and not (tok.isupper() and len(tok) > 1):
        return LEX[low]
    if re.fullmatch(r"[\d.,:]+", tok) or low in NUMWORDS:
        return "NUM"
    if tok[:1].isupper() and not first:
        return "PROPN" if not tok.isupper() or len(tok) > 1 else "NOUN"
    if low.endswith(("ed", "ing")):
        return "VERB"
    if low.endswith(("ly",)):
        return "ADV"
    if low.endswith(("al", "ous", "ive", "ic", "ful", "less", "able", "ible")):
        return "ADJ"
    return "NOUN"


def gum_record(a, source):
    ents = sorted((s for s in a.spans if s.tag in ETYPE), key=lambda s: (s.start, -s.end))
    dates = sorted((s for s in a.spans if s.tag in ("DATE", "TIME")), key=lambda s: s.start)
    cuts = {x for s in ents + dates for x in (s.start, s.end)}
    cuts |= {x for s in a.sentences for x in (s.start, s.end)}
    toks = tokenize(a.text, cuts)
    start_of = {s: i for i, (s, _) in enumerate(toks)}
    end_of = {e: i + 1 for i, (_, e) in enumerate(toks)}
    sent_ids, k = [], 0
    for s, _ in toks:
        while k + 1 < len(a.sentences) and s >= a.sentences[k + 1].start:
            k += 1
        sent_ids.append(k)
    name_tok = set()
    for m in ents:
        name_tok.update(range(start_of[m.start], end_of[m.end]))
    upos = []
    for i, (s, e) in enumerate(toks):
        first = i == 0 or sent_ids[i] != sent_ids[i - 1] or a.text[toks[i - 1][0]:toks[i - 1][1]] in "\u201c\"("
        upos.append(tag(a.text[s:e], i in name_tok, first))
    eids, last_sent, mentions = {}, {}, []
    for m in ents:
        key = next((x.split("=", 1)[1] for x in m.attrs if x.startswith("key=")), a.text[m.start:m.end])
        key = (m.tag if m.tag not in ("GPE", "LOC", "FAC") else "place", key)
        i, j = start_of[m.start], end_of[m.end]
        if key not in eids:
            eids[key] = str(len(eids) + 1)
            inf = "new"
        else:
            inf = "giv:act" if sent_ids[i] - last_sent[key] <= 1 else "giv:inact"
        last_sent[key] = sent_ids[i]
        mentions.append({"eid": eids[key], "etype": ETYPE[m.tag], "infstat": inf, "identity": None,
                         "start_tok": i, "end_tok": j, "start": m.start, "end": m.end,
                         "text": a.text[m.start:m.end], "has_propn": any(upos[x] == "PROPN" for x in range(i, j)),
                         "cluster_identity": None})
    out_dates = []
    for d in dates:
        v = d.timex["value"]
        when = v if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v) else None
        out_dates.append({"start_tok": start_of[d.start], "when": when, "notBefore": None, "notAfter": None,
                          "end_tok": end_of[d.end], "start": d.start, "end": d.end, "text": a.text[d.start:d.end]})
    return {"id": a.id, "doc_id": a.stem, "split": "test", "genre": "news", "dct": a.header["published"],
            "title": a.header["title"], "url": a.header.get("url"), "text": a.text,
            "tokens": [a.text[s:e] for s, e in toks], "upos": upos, "sent_ids": sent_ids,
            "mentions": mentions, "dates": out_dates, "source": source}
