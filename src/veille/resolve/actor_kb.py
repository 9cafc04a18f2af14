"""The actor knowledge base: ``kb/actors.tsv`` (states, governments, militaries, armed
groups, international bodies, NGOs, media; sources in ``kb/SOURCES.md``) and the
demonyms of ``lang/<code>/demonyms.tsv``."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from importlib import resources

from veille.lang import DEFAULT, Lang, get_lang
from veille.names import name_key


@dataclass(frozen=True)
class KbActor:
    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    parent: str | None
    aliases: tuple[str, ...] = field(default=())


class ActorTable:
    """``kb/actors.tsv`` by id and by alias: the same in every language (the aliases hold each
    language's spellings), so code that only looks names up needs no language."""

    def __init__(self):
        self.entries: dict[str, KbActor] = {}
        with resources.files("veille.kb").joinpath("actors.tsv").open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t")
            for row in rows:
                aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
                e = KbActor(id=row["id"].strip(), name=row["name"].strip(), kind=row["kind"].strip() or "other",
                            country=(row.get("country") or "").strip() or None,
                            wikidata=(row.get("wikidata") or "").strip() or None,
                            parent=(row.get("parent") or "").strip() or None, aliases=aliases)
                self.entries[e.id] = e
        # an alias written "en:RSF" is that language's only (the acronym is the Rapid Support
        # Forces in English copy, Reporters sans frontières in French)
        self.by_alias: dict[str, str] = {}
        self.by_lang_alias: dict[str, dict[str, str]] = {}
        for e in self.entries.values():
            for a in (e.name, *e.aliases):
                code, alias = split_lang_alias(a)
                if code:
                    self.by_lang_alias.setdefault(code, {}).setdefault(name_key(alias), e.id)
                else:
                    self.by_alias.setdefault(name_key(a), e.id)

    def lookup(self, surface: str, lang: str | None = None) -> KbActor | None:
        key = name_key(surface)
        eid = self.by_lang_alias.get(lang, {}).get(key) if lang else None
        eid = eid or self.by_alias.get(key)
        return self.entries.get(eid) if eid else None


def split_lang_alias(alias: str) -> tuple[str | None, str]:
    """("en", "RSF") for "en:RSF"; (None, alias) for an alias of every language."""
    if len(alias) > 3 and alias[2] == ":" and alias[:2].isalpha() and alias[:2].islower():
        return alias[:2], alias[3:]
    return None, alias


@functools.cache
def actor_table() -> ActorTable:
    """The table, read once per process."""
    return ActorTable()


class ActorKB:
    """The actor table with one language's demonyms (``lang/<code>/demonyms.tsv``)."""

    def __init__(self, lang: "str | Lang" = DEFAULT):
        self.lang = lang
        self.code = get_lang(lang).code
        table = actor_table()
        self.entries = table.entries
        self.by_alias = table.by_alias
        # demonyms: every inflected form -> ISO2
        self.demonym: dict[str, str] = {}
        self.country_name: dict[str, tuple[str, str]] = {}
        for row in get_lang(lang).tsv("demonyms"):
            cc = row["country"].upper()
            for col in ("masc_sg", "fem_sg", "masc_pl", "fem_pl"):
                for form in row.get(col, "").split("|"):
                    if form.strip():
                        self.demonym.setdefault(form.strip().lower(), cc)
            self.country_name[cc] = (row.get("name_fr", ""), row.get("name_en", ""))

    def lookup(self, surface: str) -> KbActor | None:
        return actor_table().lookup(surface, self.code)

    def _of_kind(self, country: str, kinds: tuple[str, ...]) -> KbActor | None:
        for kind in kinds:
            for e in self.entries.values():
                if e.country == country and e.kind == kind:
                    return e
        return None

    def state(self, country: str) -> KbActor | None:
        return self._of_kind(country, ("state",))

    def government(self, country: str) -> KbActor | None:
        """The government entry (``<ISO2>.gov``) where the KB keeps one apart from the
        state (countries whose government is a party to the conflict), else the state."""
        return self.entries.get(f"{country}.gov") or self.state(country)

    def military(self, country: str) -> KbActor | None:
        return self._of_kind(country, ("military",))

    def police(self, country: str) -> KbActor | None:
        """The country's national police (``<ISO2>.police``) where the KB has one."""
        return self.entries.get(f"{country}.police")

    def synthetic(self, country: str, role: str) -> tuple[str, str]:
        """(key, English name) for a country's military/government/police absent from the KB."""
        en = self.country_name.get(country, ("", country))[1] or country
        word = {"military": "military", "police": "police"}.get(role, "government")
        return f"{role}:{country}", f"{en} {word}"

    def aliases_of(self, e: KbActor) -> tuple[str, ...]:
        """The entry's aliases in this KB's language (a tag "en:" read off, other languages' left out)."""
        out = []
        for a in e.aliases:
            code, alias = split_lang_alias(a)
            if code is None or code == self.code:
                out.append(alias)
        return tuple(out)

    def all_aliases(self):
        """Every alias of every entry in this KB's language (tagged aliases of other languages
        left out)."""
        for e in self.entries.values():
            for a in {e.name, *self.aliases_of(e)}:
                yield a, e
