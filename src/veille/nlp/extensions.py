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
    # what components pass on beyond the record, each declared by the factories that
    # write (assigns) and read (requires) it
    "dateline": None,          # (start, end) of a wire dateline ("GOMA, 11 juin (AFP) -"), or None
    "implicit_timexes": None,  # list[record.Timex]: bare parts of the day, for dating only
    "actor_keys": None,        # dict: actor key (KB id, name key) -> actor id
    "place_keys": None,        # dict: place key (gazetteer id, "site:...") -> place id
    "quote_spans": None,       # list[(start, end)] of every quotation, subheads included
    "speakers": None,          # list[(start, end, actor_id)] of the quotes with a speaker, in order
    "last_source": None,       # actor id of the last source credited for a count
}


def register() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
