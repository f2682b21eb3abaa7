"""Helpers shared by the knowledge-base builders: lookup keys, scripts, slugs."""

import re
import unicodedata


def form_key(form: str) -> str:
    """The lookup key the Rust loader uses: no dots, no leading "the", case kept for acronyms.

    Keep in step with `crates/kb/src/key.rs`.
    """
    s = form.replace("\u2019", "'").replace(".", "").strip()
    s = " ".join(s.split())
    if s[:4].lower() == "the ":
        s = s[4:]
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return s
    return s.lower()


def is_latin(s: str) -> bool:
    """True when every letter is from a Latin block."""
    for c in s:
        if c.isalpha():
            o = ord(c)
            if not (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
                return False
    return True


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s: str) -> str:
    s = ascii_fold(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def join(items) -> str:
    """Joins list cells with `;`, dropping empties and duplicates, keeping order."""
    seen = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return ";".join(seen)


def title_case(s: str) -> str:
    small = {"of", "and", "the", "de", "da", "du", "la", "le"}
    words = s.lower().split()
    out = [w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)
