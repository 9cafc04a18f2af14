"""The ``Doc._`` attributes veille's components share. Each component declares in its
factory which of these it requires and assigns."""
from __future__ import annotations

from spacy.tokens import Doc

from veille.lang import DEFAULT, lang_config, register_lang_function

# every component's factory takes its language as ``lang``: this object in the config
# resolves to a :class:`veille.lang.Lang` (a plain code is accepted too)
register_lang_function()
LANG_CONFIG = lang_config(DEFAULT)

# name -> default (a fresh list per doc is set by the component that assigns it)
DOC_ATTRIBUTES = {
    "meta": None,          # dict: id, published, lang, title, source, url (set before the pipeline)
    "timexes": None,       # list[record.Timex]
    "actors": None,        # list[record.Actor]
    "actor_spans": None,   # list[(start, end, actor_id)] sorted by start: every actor mention
    "places": None,        # list[record.Place]
    "place_spans": None,   # list[(start, end, place_id)] sorted by start
    "focus": None,         # dict: country (ISO2) and city (place id) the article is about
    "quotes": None,        # list[record.Quote]
    "figures": None,       # list[record.Figure]
    "events": None,        # list[record.Event]
}


def register() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
