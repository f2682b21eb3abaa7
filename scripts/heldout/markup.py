"""Parser for the held-out corpus sources in eval/heldout/src/ (Python 3.11, standard library only).

A source file is a header, a line `---`, and the body. Header lines are `key: value`. In the body each
non-blank line is one sentence; a blank line ends a paragraph. Sentences and paragraphs are joined with one
space, so the article text has no line breaks (the GUM-style token layout needs that). Lines starting with
`#` are comments.

Annotations are inline, `[TAG attrs|content]`, and nest. The tags are listed in TAGS below. A sentence line
may end with `## TYPE key=value ...`, the PLOVER event coded for that sentence. See eval/heldout/README.md.
"""
import re
from dataclasses import dataclass, field

ENTITY_TAGS = {"PER", "ORG", "GPE", "LOC", "FAC"}
TIMEX_TAGS = {"DATE", "TIME", "DURATION", "SET"}
EVENT_ROLE_TAGS = {"SRC": "SRC", "TAR": "TAR", "ST": "SRC/TAR", "EVT": "EVT", "ELOC": "LOC"}
QUOTE_RX = re.compile(r"^([QSC])(\d+)$")
OTHER_TAGS = {"INF"}
HEADER_KEYS = {"outlet", "published", "title", "story", "main_event", "url"}
REQUIRED_HEADER = {"outlet", "published", "title", "story", "main_event"}


class MarkupError(Exception):
    """A problem in a source file, reported with file and line."""


@dataclass
class Span:
    tag: str
    attrs: list
    start: int
    end: int
    line: int
    sent: int


@dataclass
class Sentence:
    start: int
    end: int
    line: int
    event: dict | None = None


@dataclass
class Article:
    path: str
    header: dict
    text: str = ""
    spans: list = field(default_factory=list)
    sentences: list = field(default_factory=list)


def fail(path, line, msg):
    raise MarkupError(f"{path}:{line}: {msg}")


def parse_event_line(path, lno, tail):
    """`TYPE key=value ...` after `##` -> dict (values stay strings)."""
    parts = tail.split()
    if not parts:
        fail(path, lno, "empty event after ##")
    ev = {"type": parts[0]}
    for p in parts[1:]:
        if "=" not in p:
            fail(path, lno, f"event attribute without '=': {p!r}")
        k, v = p.split("=", 1)
        ev[k] = v.replace("_", " ") if k in ("context", "loc", "size", "comment") else v
    return ev


def parse_line(path, lno, raw, pos, sent_idx, spans):
    """Parse one sentence line; returns its plain text. Spans get offsets counted from `pos`."""
    out, stack = [], []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "[":
            bar = raw.find("|", i)
            close = raw.find("]", i)
            if bar < 0 or (0 <= close < bar):
                fail(path, lno, f"tag without '|' at column {i + 1}")
            if "[" in raw[i + 1:bar] or "]" in raw[i + 1:bar]:
                fail(path, lno, f"tag head at column {i + 1} runs into another bracket")
            head = raw[i + 1:bar].split()
            if not head:
                fail(path, lno, f"empty tag at column {i + 1}")
            tag, attrs = head[0], head[1:]
            key = None
            if "=" in tag and tag.split("=", 1)[0] in ENTITY_TAGS:
                tag, key = tag.split("=", 1)
            stack.append((tag, attrs, key, pos + len("".join(out)), i))
            i = bar + 1
        elif ch == "]":
            if not stack:
                fail(path, lno, f"unbalanced ']' at column {i + 1}")
            tag, attrs, key, start, col = stack.pop()
            end = pos + len("".join(out))
            if end <= start:
                fail(path, lno, f"empty [{tag}] at column {col + 1}")
            if key is not None:
                attrs = attrs + [f"key={key}"]
            spans.append(Span(tag, attrs, start, end, lno, sent_idx))
            i += 1
        elif ch == "|":
            fail(path, lno, f"stray '|' at column {i + 1}")
        else:
            out.append(ch)
            i += 1
    if stack:
        fail(path, lno, f"unclosed [{stack[-1][0]}] opened at column {stack[-1][4] + 1}")
    return "".join(out)


def parse_file(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    art = Article(path, {})
    k = 0
    while k < len(lines) and lines[k].strip() != "---":
        ln = lines[k].strip()
        if ln and not ln.startswith("#"):
            if ":" not in ln:
                fail(path, k + 1, f"bad header line {ln!r}")
            key, val = ln.split(":", 1)
            key = key.strip()
            if key not in HEADER_KEYS:
                fail(path, k + 1, f"unknown header key {key!r}")
            art.header[key] = val.strip()
        k += 1
    if k == len(lines):
        fail(path, 1, "no '---' line after the header")
    missing = REQUIRED_HEADER - set(art.header)
    if missing:
        fail(path, 1, f"header lacks {sorted(missing)}")
    text = ""
    for lno in range(k + 2, len(lines) + 1):
        raw = lines[lno - 1].rstrip()
        if raw.startswith("#"):
            continue
        if not raw.strip():
            continue
        if raw != raw.strip() or "  " in raw or "\t" in raw:
            fail(path, lno, "leading/trailing or doubled white space in a sentence line")
        event = None
        if "##" in raw:
            raw, tail = raw.split("##", 1)
            raw = raw.rstrip()
            event = parse_event_line(path, lno, tail.strip())
        if text:
            text += " "
        plain = parse_line(path, lno, raw, len(text), len(art.sentences), art.spans)
        art.sentences.append(Sentence(len(text), len(text) + len(plain), lno, event))
        text += plain
    art.text = text
    return art
