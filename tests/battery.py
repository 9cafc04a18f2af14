"""Reading the sentence batteries of tests/data/<name>/<lang>.tsv: one case per line, a key (what
the sentence must yield), a tab, the sentence; '#' lines are comments."""
from __future__ import annotations

import pathlib

import pytest

DATA = pathlib.Path(__file__).parent / "data"


def battery(name: str, langs=("fr", "en")):
    """pytest params (lang, key, text) of every line of the battery ``name``."""
    for lang in langs:
        for line in (DATA / name / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key, text = line.split("\t", 1)
                yield pytest.param(lang, key, text, id=f"{lang}-{key}-{text[:40]}")
