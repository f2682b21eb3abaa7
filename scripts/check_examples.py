#!/usr/bin/env python3
"""Checks examples/ against itself: formats parse, gold facts match the files, dates are right.

Standard library only. Exits non-zero and lists every problem when something is off.
Checks: every JSON Lines line parses; gzip members decompress; WARC Content-Lengths and
digests are right; the windows-1252 page decodes (and is not UTF-8); every expected.jsonl row
points at a real article whose title and publication date are in the file as claimed; every
weekday named in an article falls on a day of its story's timeline; wire copies are
near-verbatim copies of their originals; the bad inputs are bad in the way their README says.
"""

import base64
import difflib
import gzip
import hashlib
import html
import json
import re
import sys
import zlib
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent / "examples"
CORPUS = ROOT / "corpus"
PROBLEMS = []

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {"Jan.": 1, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
# The days each story happens on: every weekday an article names must be one of them.
TIMELINES = {
    "port-strike-calloway": ("2024-11-12", "2024-11-17"),
    "quake-san-aurelio": ("2025-02-18", "2025-02-20"),
    "trade-row-belmark-ostravia": ("2025-06-09", "2025-06-10"),
    "court-corvane-riders": ("2024-09-17", "2024-09-18"),
    "recall-brightwell-heaters": ("2025-01-14", "2025-01-17"),
    "election-dunmore-bay": ("2025-04-06", "2025-04-11"),
    "fire-kellan-bridge-mill": ("2024-03-05", "2024-03-07"),
    "fire-pellworth-plastics": ("2024-08-20", "2024-08-23"),
}


def problem(msg):
    PROBLEMS.append(msg)


def gunzip_members(data):
    """Decompresses each gzip member; returns (members, error or None)."""
    out, rest = [], data
    while rest:
        d = zlib.decompressobj(wbits=31)
        try:
            chunk = d.decompress(rest)
        except zlib.error as err:
            return out, str(err)
        if not d.eof:
            return out, "unexpected end of gzip stream"
        out.append(chunk)
        rest = d.unused_data
    return out, None


def b32sha1(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def parse_warc(member):
    head, _, rest = member.partition(b"\r\n\r\n")
    lines = head.decode("utf-8").split("\r\n")
    assert lines[0] == "WARC/1.0", lines[0]
    headers = dict(line.split(": ", 1) for line in lines[1:])
    n = int(headers["Content-Length"])
    block = rest[:n]
    if len(block) != n or rest[n:] != b"\r\n\r\n":
        raise ValueError(f"Content-Length {n} does not frame the block ({len(rest)} bytes follow)")
    return headers, block


def check_warc(path):
    members, err = gunzip_members(path.read_bytes())
    if err:
        problem(f"{path}: {err}")
    records = []
    for i, m in enumerate(members, 1):
        try:
            h, block = parse_warc(m)
        except (ValueError, AssertionError, KeyError) as e:
            problem(f"{path} record {i}: {e}")
            continue
        if h["WARC-Type"] == "response":
            http_head, _, body = block.partition(b"\r\n\r\n")
            http = dict(l.split(": ", 1) for l in http_head.decode().split("\r\n")[1:])
            if not http_head.startswith(b"HTTP/1.1 200 OK"):
                problem(f"{path} record {i}: status line")
            if int(http["Content-Length"]) != len(body):
                problem(f"{path} record {i}: HTTP Content-Length")
            if h["WARC-Block-Digest"] != b32sha1(block) or h["WARC-Payload-Digest"] != b32sha1(body):
                problem(f"{path} record {i}: digest")
            records.append((i, h, body.decode("utf-8")))
    return records


def html_article(page):
    """Title (h1), published_time meta and the paragraphs of <article>."""
    title = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
    meta = re.search(r'property="article:published_time" content="([^"]+)"', page)
    art = re.search(r"<article[^>]*>(.*?)</article>", page, re.S)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", art.group(1), re.S)] if art else []
    return title, meta.group(1) if meta else None, "\n".join(paras)


def load_articles():
    """Maps 'file' or 'file#record' to dict(title, published, text) as the files state them."""
    arts = {}
    for p in sorted((CORPUS / "text").glob("*.txt")):
        arts[f"text/{p.name}"] = dict(text=p.read_text(encoding="utf-8"), title=None, published=None)
    for p in sorted((CORPUS / "html").glob("*.html")):
        raw = p.read_bytes()
        enc = "cp1252" if b"charset=windows-1252" in raw else "utf-8"
        t, pub, body = html_article(raw.decode(enc))
        arts[f"html/{p.name}"] = dict(text=body, title=t, published=pub)
    for p in sorted((CORPUS / "jsonl").glob("*.jsonl*")):
        raw = p.read_bytes()
        if p.suffix == ".gz":
            members, err = gunzip_members(raw)
            if err or len(members) != 1:
                problem(f"{p}: gzip {err}")
            raw = b"".join(members)
        for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problem(f"{p}:{n}: {e}")
                continue
            if not isinstance(rec.get("text"), str):
                problem(f"{p}:{n}: no text")
            arts[f"jsonl/{p.name}#{n}"] = dict(text=rec["text"], title=rec.get("title"), published=rec.get("published"))
    for p in sorted((CORPUS / "warc").glob("*.warc.gz")):
        for i, _h, page in check_warc(p):
            t, pub, body = html_article(page)
            arts[f"warc/{p.name}#{i}"] = dict(text=body, title=t, published=pub)
    rss = ET.parse(CORPUS / "feeds" / "larkspur_rss.xml").getroot()
    ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
    for n, item in enumerate(rss.iter("item"), 1):
        body = html.unescape(re.sub(r"<[^>]+>", "", item.find("content:encoded", ns).text))
        pub = parsedate_to_datetime(item.findtext("pubDate")).isoformat()
        arts[f"feeds/larkspur_rss.xml#{n}"] = dict(text=body, title=item.findtext("title"), published=pub)
    atom = ET.parse(CORPUS / "feeds" / "weeklycurrent_atom.xml").getroot()
    a = "{http://www.w3.org/2005/Atom}"
    for n, entry in enumerate(atom.iter(f"{a}entry"), 1):
        body = html.unescape(re.sub(r"<[^>]+>", "", entry.findtext(f"{a}content")))
        arts[f"feeds/weeklycurrent_atom.xml#{n}"] = dict(
            text=body, title=entry.findtext(f"{a}title"), published=entry.findtext(f"{a}published"))
    return arts


def dates_of(stamp):
    """The local date and the UTC date of a stamp; both must agree with the gold."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp):
        return {stamp}
    dt = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    utc = dt - dt.utcoffset()
    return {dt.date().isoformat(), utc.date().isoformat()}


def header_date(text):
    m = re.search(r"^ date (\d{4}-\d{2}-\d{2}) ", text, re.M)
    if m:
        return m.group(1)
    m = re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4}) \d{1,2}:\d{2} [AP]M", text)
    return datetime.strptime(" ".join(m.groups()), "%B %d %Y").date().isoformat() if m else None


def year_from_weekday(text):
    """Dateline 'Mon. D (MWS) --' plus the first weekday named after it: the unique year in 2021-2029."""
    m = re.search(r"(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}) \(MWS\) -- (.*)", text)
    if not m:
        return None, "no year-less dateline"
    wd = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", m.group(3)).group(1)
    years = [y for y in range(2021, 2030) if date(y, MONTHS[m.group(1)], int(m.group(2))).strftime("%A") == wd]
    if len(years) != 1:
        return None, f"weekday {wd} fits years {years}"
    return date(years[0], MONTHS[m.group(1)], int(m.group(2))).isoformat(), None


def check_weekdays(key, text, pub, story):
    lo, hi = (date.fromisoformat(d) for d in TIMELINES[story])
    days = {(lo + timedelta(n)).strftime("%A"): lo + timedelta(n) for n in range((hi - lo).days + 1)}
    for wd in re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", text):
        if wd not in days:
            problem(f"{key}: names {wd}, which is not a day of {story} ({lo}..{hi})")
            continue
        delta = (days[wd] - date.fromisoformat(pub)).days
        if not -6 <= delta <= 6:
            problem(f"{key}: {wd} is {delta} days from publication")


def check_expected(arts):
    rows = [json.loads(l) for l in (ROOT / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    seen = set()
    for r in rows:
        key = r["file"] + (f"#{r['record']}" if r["record"] is not None else "")
        seen.add(key)
        art = arts.get(key)
        if art is None:
            problem(f"expected row {key}: no such article")
            continue
        words = len(art["text"].split())
        if not 150 <= words <= 420:
            problem(f"{key}: {words} words")
        title = r["title"]
        if r["file"].startswith("text/"):
            if title is not None and title not in art["text"].splitlines():
                problem(f"{key}: title line {title!r} not found")
        elif art["title"] != title:
            problem(f"{key}: title {art['title']!r} != {title!r}")
        how, pub = r["published_how"], r["published"]
        if how in ("given", "metadata"):
            if not art["published"] or dates_of(art["published"]) != {pub}:
                problem(f"{key}: published {art['published']} != {pub}")
        elif how == "header":
            if header_date(art["text"]) != pub:
                problem(f"{key}: header date {header_date(art['text'])} != {pub}")
        elif how == "year-from-weekday":
            if art["published"]:
                problem(f"{key}: has a published field but is marked year-from-weekday")
            got, err = year_from_weekday(art["text"])
            if got != pub:
                problem(f"{key}: year from weekday {got} != {pub} ({err})")
        else:
            problem(f"{key}: unknown published_how {how}")
        check_weekdays(key, art["text"], pub, r["story"])
        if r["duplicate_of"]:
            orig = arts[r["duplicate_of"]]["text"]
            ratio = difflib.SequenceMatcher(None, orig, art["text"], autojunk=False).ratio()
            if ratio < 0.85:
                problem(f"{key}: only {ratio:.2f} similar to its original {r['duplicate_of']}")
    missing = set(arts) - seen
    if missing:
        problem(f"articles without an expected row: {sorted(missing)}")
    return rows


def check_cp1252():
    raw = (CORPUS / "html" / "eastbank_trade_ministers.html").read_bytes()
    try:
        raw.decode("utf-8")
        problem("eastbank_trade_ministers.html decodes as UTF-8: the encoding would not matter")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252")
    for needle in ("Brünner", "Hélène", "’", "“"):
        if needle not in text:
            problem(f"eastbank_trade_ministers.html lacks {needle!r}")


def check_bad():
    bad = ROOT / "bad"
    if (bad / "empty.txt").read_bytes() != b"":
        problem("bad/empty.txt is not empty")
    if b"\0" not in (bad / "binary.txt").read_bytes():
        problem("bad/binary.txt has no NUL byte")
    try:
        (bad / "invalid_utf8.txt").read_bytes().decode("utf-8")
        problem("bad/invalid_utf8.txt is valid UTF-8")
    except UnicodeDecodeError:
        pass
    _, err = gunzip_members((bad / "truncated.jsonl.gz").read_bytes())
    if err is None:
        problem("bad/truncated.jsonl.gz decompresses")
    lines = (bad / "malformed.jsonl").read_text().splitlines()
    ok = []
    for line in lines:
        try:
            ok.append("text" in json.loads(line))
        except json.JSONDecodeError:
            ok.append(False)
    if ok != [True, False, True]:
        problem(f"bad/malformed.jsonl line validity is {ok}")
    page = (bad / "no_article.html").read_text()
    if "<article" in page or "<h1" in page:
        problem("bad/no_article.html has an article")
    members, err = gunzip_members((bad / "cut_short.warc.gz").read_bytes())
    if err is None or len(members) != 2:
        problem(f"bad/cut_short.warc.gz: {len(members)} whole members, error {err}")


def main():
    arts = load_articles()
    rows = check_expected(arts)
    check_cp1252()
    check_bad()
    for p in PROBLEMS:
        print("problem:", p)
    stories = {r["story"] for r in rows}
    outlets = {r["outlet"] for r in rows}
    print(f"{len(rows)} articles, {len(stories)} stories, {len(outlets)} outlets, {len(PROBLEMS)} problems")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
