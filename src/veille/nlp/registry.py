"""Adding actors and places to a Doc: one entry per real actor or place, every mention kept.

Components call these instead of touching ``doc._.actors`` directly, so that ids stay
stable ("a1", "a2"...), aliases stay unique and the mention index stays sorted.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from veille.names import name_key
from veille.record import Actor, Place
from veille.nlp.links import text_of

__all__ = ["add_actor_mention", "add_place_mention", "actor_by_id", "name_key"]


def _add_alias(item, surface: str) -> None:
    surface = " ".join(surface.split())
    if surface and all(name_key(a) != name_key(surface) or a == surface for a in item.aliases) \
            and surface not in item.aliases:
        item.aliases.append(surface)


def add_actor_mention(doc: Doc, key: str, name: str, span: tuple[int, int] | None, *, kind: str = "other",
                      country: str | None = None, wikidata: str | None = None, aliases=(),
                      role: str | None = None, affiliation: str | None = None) -> str:
    """Register a mention of the actor identified by ``key`` (a KB id or a name key)."""
    if doc._.actor_keys is None:
        doc._.actor_keys = {}
    index = doc._.actor_keys
    if key not in index and key.startswith(("anon:", "org:", "inst:")) and \
            (group := _group_named_by(doc, key.split(":", 1)[1], bodies=not key.startswith("anon:"))) is not None:
        index[key] = group.id
    if key in index:
        actor = next(a for a in doc._.actors if a.id == index[key])
    else:
        actor = Actor(id=f"a{len(doc._.actors) + 1}", name=name, kind=kind, country=country,
                      wikidata=wikidata)
        doc._.actors.append(actor)
        index[key] = actor.id
        for a in aliases:
            _add_alias(actor, a)
    if role and not actor.role:
        actor.role = role
    if affiliation and not actor.affiliation:
        actor.affiliation = affiliation
    if span is not None:
        surface = text_of(doc)[span[0]:span[1]]
        _add_alias(actor, surface)
        if tuple(span) not in {tuple(m) for m in actor.mentions}:
            actor.mentions.append(tuple(span))
            bisect.insort(doc._.actor_spans, (span[0], span[1], actor.id))
    return actor.id


def _group_named_by(doc: Doc, words: str, bodies: bool = False) -> Actor | None:
    """The one actor of the story whose longer name holds the words of an unnamed or a body's
    noun phrase: an armed group for one word ("les gangs" in a story that names "la coalition de
    gangs Viv Ansanm"), any actor for more ("le gouvernement d'unité nationale" beside the NUG's
    "gouvernement d'unité nationale birman"); ``bodies``: a body's name, never folded on one word.
    None: an actor of its own."""
    want = set(words.split())
    if not want:
        return None
    found = [a for a in doc._.actors if ((a.kind == "armed_group" and not bodies) or len(want) > 1) and any(
        len(k.split()) > len(want) and want <= set(k.split()) for k in map(name_key, a.aliases))]
    return found[0] if len(found) == 1 else None


def actor_by_id(doc: Doc, actor_id: str | None) -> Actor | None:
    if actor_id is None:
        return None
    return next((a for a in doc._.actors if a.id == actor_id), None)


def add_place_mention(doc: Doc, key: str, span: tuple[int, int], make) -> str:
    """Register a mention of the place identified by ``key``; ``make(id)`` builds a new Place."""
    if doc._.place_keys is None:
        doc._.place_keys = {}
    index = doc._.place_keys
    if key in index:
        place = next(p for p in doc._.places if p.id == index[key])
    else:
        place: Place = make(f"p{len(doc._.places) + 1}")
        doc._.places.append(place)
        index[key] = place.id
    _add_alias(place, text_of(doc)[span[0]:span[1]])
    if tuple(span) not in {tuple(m) for m in place.mentions}:
        place.mentions.append(tuple(span))
        bisect.insort(doc._.place_spans, (span[0], span[1], place.id))
    return place.id
