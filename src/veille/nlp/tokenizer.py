"""Tokenizer adjustments for wire copy, from ``lang/<code>/tokenizer.toml``."""
from __future__ import annotations

import re

from spacy.language import Language

from veille.lang import Lang, get_lang


def keep_compounds_whole(nlp: Language, lang: "str | Lang") -> None:
    """Do not split compound demonyms and "City-East" names on their hyphen: split, they
    derail the parse of the whole sentence."""
    rx = re.compile("|".join(f"(?:{p})" for p in get_lang(lang).toml("tokenizer")["keep_whole"]["patterns"]))
    previous = nlp.tokenizer.token_match

    def token_match(text: str):
        return rx.match(text) or (previous(text) if previous else None)

    nlp.tokenizer.token_match = token_match
