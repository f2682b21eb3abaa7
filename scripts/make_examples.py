#!/usr/bin/env python3
"""Builds the binary and derived files of examples/ from the sources in examples/src.

Standard library only. Running it again rewrites every output byte for byte: gzip members
carry mtime 0 and no file name, WARC record ids are name-based UUIDs, and the pseudo-random
bytes of the bad inputs come from a SHA-256 counter.

Outputs:
  examples/corpus/jsonl/tidewater_post.jsonl.gz   gzip copy of examples/src/jsonl/tidewater_post.jsonl
  examples/corpus/html/eastbank_trade_ministers.html   examples/src/html/... re-encoded as windows-1252
  examples/corpus/warc/news_crawl.warc.gz          WARC/1.0, one gzip member per record
  examples/bad/{empty.txt, binary.txt, invalid_utf8.txt, truncated.jsonl.gz, cut_short.warc.gz}
"""

import base64
import gzip
import hashlib
import sys
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SRC = EXAMPLES / "src"
CORPUS = EXAMPLES / "corpus"
BAD = EXAMPLES / "bad"


def gz(data: bytes) -> bytes:
    """Compresses one gzip member with a fixed header (mtime 0, no name)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '|'.join(parts))}>"


def warc_record(headers: list, block: bytes) -> bytes:
    """One WARC/1.0 record: version line, headers, blank line, block, two CRLFs."""
    lines = ["WARC/1.0"] + [f"{name}: {value}" for name, value in headers]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def warcinfo(filename: str, date: str) -> tuple:
    fields = (
        "software: parallax scripts/make_examples.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/"
        "warc-format/warc-1.0/\r\n"
        "isPartOf: parallax-examples-news\r\n"
        "description: Fictional news pages in the layout of a Common Crawl news WARC\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    rid = record_id("warcinfo", filename)
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", date),
        ("WARC-Filename", filename),
        ("WARC-Record-ID", rid),
        ("Content-Type", "application/warc-fields"),
        ("Content-Length", str(len(fields))),
    ]
    return rid, warc_record(headers, fields)


def http_response(body: bytes, date: str) -> bytes:
    when = datetime.strptime(date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Date: {format_datetime(when, usegmt=True)}\r\n"
        "Server: nginx\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: public, max-age=60\r\n"
        "Vary: Accept-Encoding\r\n"
        "Connection: close\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def response_record(info_id: str, uri: str, date: str, body: bytes, n: int) -> bytes:
    block = http_response(body, date)
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Date", date),
        ("WARC-Record-ID", record_id("response", uri, date)),
        ("Content-Length", str(len(block))),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-IP-Address", f"192.0.2.{10 + n}"),
        ("WARC-Target-URI", uri),
        ("WARC-Payload-Digest", sha1_b32(body)),
        ("WARC-Block-Digest", sha1_b32(block)),
        ("WARC-Identified-Payload-Type", "text/html"),
    ]
    return warc_record(headers, block)


def read_manifest() -> list:
    rows = []
    for line in (SRC / "warc" / "manifest.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, uri, date = line.split("\t")
            rows.append((source, uri, date))
    return rows


def warc_members(filename: str, rows: list) -> list:
    """The gzip members of a WARC file: warcinfo first, then one response per row."""
    info_id, info = warcinfo(filename, rows[0][2])
    members = [gz(info)]
    for n, (source, uri, date) in enumerate(rows, start=1):
        body = (SRC / "warc" / source).read_bytes()
        members.append(gz(response_record(info_id, uri, date, body, n)))
    return members


def build_corpus() -> None:
    jsonl = (SRC / "jsonl" / "tidewater_post.jsonl").read_bytes()
    write(CORPUS / "jsonl" / "tidewater_post.jsonl.gz", gz(jsonl))

    page = (SRC / "html" / "eastbank_trade_ministers.html").read_text(encoding="utf-8")
    write(CORPUS / "html" / "eastbank_trade_ministers.html", page.encode("cp1252"))

    members = warc_members("news_crawl.warc.gz", read_manifest())
    write(CORPUS / "warc" / "news_crawl.warc.gz", b"".join(members))


def pseudo_random(n: int, seed: bytes) -> bytes:
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return bytes(out[:n])


INVALID_UTF8 = (
    b"Library reopens in Kellan Bridge after flood repairs\n"
    b"The public library in Kellan Bridge reopened on Monday after five months of repairs "
    b"to its flooded basement. The head librarian, Ren\xe9e Ashworth, said the caf\xe9 on the "
    b"ground floor would open next week. \x93We lost about 4,000 books,\x94 she said, \x93but "
    b"not a single reader.\x94 A lone byte \x80 and a cut sequence \xe2\x80 follow here.\n"
)

TRUNCATED_JSONL = "\n".join(
    [
        '{"id": "bad-gz-1", "text": "Ferry services between Calloway and the outer islands '
        'resumed on Friday after two days of gales.", "outlet": "The Harbor Ledger"}',
        '{"id": "bad-gz-2", "text": "The Dunmore Bay council approved a new cycle lane on '
        'Harbour Road on Thursday by seven votes to four.", "outlet": "Ridgeline Daily"}',
        '{"id": "bad-gz-3", "text": "San Aurelio held its first market since the earthquake on '
        'Sunday, traders said.", "outlet": "Tidewater Post"}',
    ]
) + "\n"

CUT_WARC_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="The Coastal Standard">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{para}</p>
<p>{para2}</p>
</article><footer>&copy; The Coastal Standard</footer></body></html>
"""


def cut_short_warc() -> bytes:
    """A WARC of two responses whose second gzip member is cut in the middle."""
    pages = [
        ("https://www.coastalstandard.example/uk/2025/may/02/pellworth-leisure-centre-reopens",
         "2025-05-02T10:00:00Z", "Pellworth leisure centre reopens",
         "The leisure centre near the Fenwick industrial estate in Pellworth reopened on "
         "Friday, months after smoke from a factory fire forced it to close.",
         "Council officers said air tests had shown no lasting contamination."),
        ("https://www.coastalstandard.example/uk/2025/may/03/kellan-bridge-mill-rebuilt",
         "2025-05-03T09:30:00Z", "Kellan Bridge mill weaving hall rebuilt",
         "Looms are running again in the weaving hall of the Ashcombe Textiles mill in "
         "Kellan Bridge, fourteen months after a fire destroyed its roof.",
         "The company said all of its staff had kept their jobs."),
    ]
    info_id, info = warcinfo("cut_short.warc.gz", pages[0][1])
    members = [gz(info)]
    for n, (uri, date, title, para, para2) in enumerate(pages, start=1):
        body = CUT_WARC_PAGE.format(title=title, date=date, para=para, para2=para2)
        members.append(gz(response_record(info_id, uri, date, body.encode("utf-8"), n)))
    last = members[-1]
    members[-1] = last[: len(last) // 2]
    return b"".join(members)


def build_bad() -> None:
    write(BAD / "empty.txt", b"")
    write(BAD / "binary.txt", pseudo_random(384, b"parallax-examples-binary"))
    write(BAD / "invalid_utf8.txt", INVALID_UTF8)
    whole = gz(TRUNCATED_JSONL.encode("utf-8"))
    write(BAD / "truncated.jsonl.gz", whole[: len(whole) * 3 // 5])
    write(BAD / "cut_short.warc.gz", cut_short_warc())


def main() -> int:
    build_corpus()
    build_bad()
    return 0


if __name__ == "__main__":
    sys.exit(main())
