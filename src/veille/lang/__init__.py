"""Language knowledge lives in data files beside this module (``lang/<code>/*.toml|tsv``).

Components ask for it here; nothing else opens these files, and each is read once.
"""
from __future__ import annotations

import csv
import functools
import tomllib
from importlib import resources

SUPPORTED = ("fr", "en")


def _path(lang: str, name: str):
    if lang not in SUPPORTED:
        raise ValueError(f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return resources.files("veille.lang").joinpath(lang, name)


@functools.cache
def load_toml(lang: str, name: str) -> dict:
    with _path(lang, name + ".toml").open("rb") as fh:
        return tomllib.load(fh)


@functools.cache
def load_tsv(lang: str, name: str) -> tuple[dict, ...]:
    with _path(lang, name + ".tsv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in rows)
