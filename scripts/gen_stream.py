#!/usr/bin/env python3
"""Writes a synthetic news stream for clustering benchmarks, in parallax's input format.

usage: gen_stream.py N [--seed S] [--days D] [--out FILE] [--gold FILE]

Each line is {"id", "text", "title", "published", "outlet"}; --gold writes {"id", "gold_cluster"}
for scoring with ../shared/scoring/score_clusters.py. Standard library only; the same seed gives
the same file.

The distribution (mirrored by crates/cluster/benches/stream.rs):
  * story sizes follow a truncated power law, P(k) ~ k^-2.2 for 1 <= k <= 500, so most stories
    have one to three documents and a few have hundreds;
  * a story starts on a uniform day of the period and its documents follow at exponential
    delays with a mean of 1 + sqrt(size) days;
  * the body mixes words drawn from a Zipfian (s = 1.07) synthetic lexicon of 50,000 words with
    the story's own 10 to 16 terms and 2 to 4 entity names drawn from a shared pool of 20,000
    names (so names recur across stories); 5% of the later documents of a story copy an earlier one
    with one word changed (wire copies).
"""
import argparse
import bisect
import datetime
import json
import math
import sys

MASK = (1 << 64) - 1
SYLLABLES = ["ka", "lo", "mi", "ran", "te", "su", "vo", "ne", "di", "por", "la", "qui", "ber",
             "sa", "to", "ven", "ri", "mo", "za", "hel"]
LEXICON = 50_000
NAMES = 20_000
OUTLETS = 300
MAX_STORY = 500


class Rng:
    """splitmix64: small, fast and the same in Python and Rust."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) / float(1 << 53)

    def below(self, n):
        return self.next() % n


def word(i, salt=0):
    """A pronounceable word for index i (salt separates lexicons)."""
    n, parts = i * 7 + salt, []
    for _ in range(2 + (i + salt) % 3):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
        n += i + 1
    return "".join(parts)


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return [c / total for c in out]


ZIPF = cumulative(1.0 / (r ** 1.07) for r in range(1, LEXICON + 1))
SIZES = cumulative(k ** -2.2 for k in range(1, MAX_STORY + 1))


def draw(cdf, rng):
    return min(bisect.bisect_left(cdf, rng.uniform()), len(cdf) - 1)


def schedule(n, days, rng):
    """(day, story, k) for n documents, in stream order."""
    out, story = [], 0
    while len(out) < n:
        size = draw(SIZES, rng) + 1
        start = rng.below(days)
        mean = 1.0 + math.sqrt(size)
        for k in range(size):
            delay = 0 if k == 0 else int(-mean * math.log(1.0 - rng.uniform()))
            out.append((min(start + delay, days - 1), story, k))
        story += 1
    out = out[:n]
    out.sort()
    return out


def story_terms(story):
    rng = Rng(story * 0x2545F4914F6CDD1D + 17)
    terms = [word(rng.below(1 << 30), salt=3) + word(rng.below(1 << 30), salt=5)
             for _ in range(10 + rng.below(7))]
    names = [name(rng.below(NAMES)) for _ in range(2 + rng.below(3))]
    return terms, names


def name(i):
    return word(i, salt=11).capitalize() + " " + word(i // 3, salt=5).capitalize()


def doc_seed(story, k):
    return (((story << 32) | k) * 0x9E3779B97F4A7C15 & MASK) ^ 0x5EED


def document(story, k):
    """Document k of a story, from its own seed: (title, body, outlet)."""
    rng = Rng(doc_seed(story, k))
    title, body = fresh_document(story, rng)
    outlet = f"outlet{rng.below(OUTLETS)}"
    if k == 0 or rng.uniform() >= 0.05:
        return title, body, outlet
    words = document(story, rng.below(k))[1].split(" ")
    replacement = word(rng.below(LEXICON))
    words[rng.below(len(words))] = replacement
    return title, " ".join(words), outlet


def fresh_document(story, rng):
    terms, names = story_terms(story)
    words = []
    for _ in range(80 + rng.below(120)):
        u = rng.uniform()
        if u < 0.2:
            words.append(terms[rng.below(len(terms))])
        elif u < 0.25:
            words.append(names[rng.below(len(names))])
        else:
            words.append(word(draw(ZIPF, rng)))
    title = [terms[rng.below(len(terms))] for _ in range(4)] + [names[0]]
    sentences = [" ".join(words[i:i + 15]) for i in range(0, len(words), 15)]
    body = " ".join(s[:1].upper() + s[1:] + "." for s in sentences)
    return " ".join(title).capitalize(), body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=int, default=180)
    ap.add_argument("--out", default="-")
    ap.add_argument("--gold")
    a = ap.parse_args()
    rng = Rng(a.seed)
    start = datetime.date(2024, 1, 1)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    gold = open(a.gold, "w", encoding="utf-8") if a.gold else None
    for n, (day, story, k) in enumerate(schedule(a.n, a.days, rng)):
        title, body, outlet = document(story, k)
        rec = {"id": f"syn-{n}", "text": body, "title": title,
               "published": (start + datetime.timedelta(days=day)).isoformat(), "outlet": outlet}
        out.write(json.dumps(rec) + "\n")
        if gold:
            gold.write(json.dumps({"id": rec["id"], "gold_cluster": f"story{story}"}) + "\n")


if __name__ == "__main__":
    main()
