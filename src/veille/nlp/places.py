"""Places: named locations found by the parser's NER and by site/district patterns,
geocoded with the offline gazetteer and disambiguated from the document (the country in
focus, the other places named, population, "la province de", "le quartier de")."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import Lang, alternation, get_lang
from veille.nlp.registry import add_place_mention
from veille.record import Place
from veille.resolve.actor_kb import ActorKB, KbActor
from veille.resolve.gazetteer import GazEntry, Gazetteer, country_neighbours, haversine_km, normalize_place_name
from veille.resolve.numbers import NumberReader
from veille.nlp.links import headline_clause_break, story_start, text_of
from veille.nlp.extensions import LANG_CONFIG

# actors of these kinds are never places, whatever place their name is spelled like ("SANA"
# is the Syrian news agency, not Sanaa); states and governments are (metonymy is the
# actor finder's business)
NOT_PLACE_KINDS = frozenset(("media", "organization", "armed_group", "military"))
# a spelled-alike name in another country of the story must lie this close to a town of the
# story
NEIGHBOUR_KM = 300.0
# the least population of a town across the border of the country in focus taken by its name alone
NEIGHBOUR_TOWN_MIN = 15_000
# ... and this close when it lies in a neighbouring country the story does not name
BORDER_KM = 100.0
# a spelled-alike town smaller than this must lie this close to a town of the story
SMALL_TOWN = 10_000
NEAR_KM = 100.0
# farther than this from everything else of the story, a place needs more than its name
# a far namesake taken by its own name is a town of at least this size (or of a country named beside it)
FAR_OWN_NAME_MIN = 100_000
FAR_KM = 1500.0
# how far from a town's point its airport may lie
AIRPORT_KM = 30.0
# a département's or county's towns lie this near its representative point
UNIT_KM = 80.0
# a town this near a province's point, in its country, may be filed under it (admin1 codes lag reforms)
UNIT_NEAR_KM = 250.0
# a city this large named exactly is the one meant over namesakes under SMALL_NAMESAKE in the story's country
WORLD_CITY = 150_000
SMALL_NAMESAKE = 20_000

PRECISION = {"site": 1, "city": 1, "district": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6,
             "continent": 7}



@dataclass
class _Mention:
    start: int
    end: int
    name: str
    part: str | None = None
    hint: str | None = None      # "admin" (either level), "admin1", "admin2", "district", "site"
    site_noun: str | None = None
    entry: GazEntry | None = None
    candidates: tuple = ()
    spelled_alike: bool = False  # found only by the spelling-blind key
    voted: str | None = None     # the country this mention voted for, with this weight
    weight: float = 0.0
    after_locative: bool = False  # a weak mention read as a place because of "à", "près de"
    sent_countries: frozenset = frozenset()  # countries named as places in the same sentence
    article: str | None = None   # the article a contraction before the name stands for ("des Mureaux")
    paren_unit: bool = False     # "Saint-Christol (Vaucluse)": a unit in brackets after a town
    unit_missing: bool = False   # "le comté d'Orange": no unit of the level its noun names, only towns
    natural: bool = False        # "mer Rouge", "golfe d'Aden": a natural feature's noun opens the name
    own_name: bool = False       # "le boulevard Gambetta": the name set right after a site's noun is its own
    unit_article: bool = False   # "du Québec", "la Mauricie": an article that units take and towns do not
    near_town: "GazEntry | None" = None  # "Sinjar, un village proche de Hilla": not the namesake far away
    kb_named: bool = False       # the knowledge base has an actor of this very name ("Al-Jazira")
    listed_after: "_Mention | None" = None  # "Khiam et Bint Jbeil": the town of the list before this name


def _alt(words) -> str:
    return alternation(words, spaces=False)


class PlaceResolver:
    def __init__(self, lang: "str | Lang", gazetteer: Gazetteer, kb: ActorKB | None = None):
        self.gaz = gazetteer
        self.lang = lang = get_lang(lang)
        self.kb = kb if kb is not None else ActorKB(lang)
        lx = lang.toml("places")
        pat = lx["patterns"]
        # (at the start of a line: a headline may stand above the dateline)
        self.rx_dateline = re.compile(pat["dateline"], re.M)
        self.rx_district_list = re.compile(pat["district_list"])
        self.rx_site_of_town = re.compile(pat["site_of_town"])
        self.rx_entity_of_country = re.compile(pat["entity_of_country"])
        self.rx_person_title = re.compile(pat["person_title"])
        # "des Mureaux", "aux Deux Alpes", "du Havre": the contraction holds the article of a
        # name that begins with one ("Les Mureaux", "Le Havre")
        contr = lx.get("article_contractions", {})
        self.contractions = {k.lower(): v for k, v in contr.items()}
        arts = lx.get("unit_articles", {}).get("words", [])
        self.rx_unit_article = re.compile(rf"(?<![\w-])(?:{_alt(arts)})\s*$", re.I) if arts else None
        self.rx_contraction = re.compile(rf"(?<![\w-])(?P<c>{_alt(contr)})\s+$", re.I) if contr else None
        # "X (Vaucluse)": a name in brackets right after a place name
        self.rx_paren_before = re.compile(r"[\w.)]\s*\(\s*$")
        self.rx_compass_suffix = re.compile(pat["compass_suffix"])
        self.rx_name_adjective = re.compile(pat["name_adjective"]) if pat.get("name_adjective") else None
        # a name glued to a participle of backing ("Rwanda-backed"); absent: none
        self.rx_backer = re.compile(pat["backer_suffix"], re.I) if pat.get("backer_suffix") else None
        # between two entities that are one name cut by the model ("Fada N'Gourma"): spaces, an
        # elided particle; never a comma, a bracket or a conjunction
        self.rx_name_gap = re.compile(pat.get("name_gap", r"\s+"))
        self.joined_features = ("city", "district", "site", "admin1", "admin2")
        self.rx_leading_words = re.compile(pat["leading_words"], re.I)
        self.rx_town_after = re.compile(pat["town_after"])
        # the next name of a list: "X et Y", "X, Y", "X et de Y"
        self.rx_list_next = re.compile(pat["list_next"])
        self.rx_unit_after = re.compile(pat["unit_after"]) if pat.get("unit_after") else None
        self.part_suffixes = lx["part_suffixes"]
        self.part_words = lx["part_words"]
        self.not_places = set(lx["not_places"]["words"])
        phrases = lx.get("not_place_phrases", {}).get("words", [])
        self.rx_not_place_phrase = re.compile(rf"(?<![\w-])(?:{_alt(phrases)})(?![\w-])") if phrases else None
        # a one-word name that says something ("as Bush claimed") is a person, not a town
        self.speech_lemmas = set(lang.toml("speech").get("verbs", {}).get("lemmas", []))
        self.site_suffixes = set(lx.get("site_suffixes", {}).get("words", []))
        # "la Promenade des Anglais", "Place Tahrir": a name the NER tagged whole whose first
        # word is a one-word site noun, capitalised, is that named site
        self.site_heads = {w.lower() for w in lx["site_nouns"]["words"] if " " not in w}
        self.lowercase_prefixes = tuple(w.lower() for w in lx.get("lowercase_prefixes", {}).get("words", []))
        # whether a named site with no town in its sentence is at the story's town ("autour de
        # l'hôtel Dayah" in a dispatch from Mogadishu): French copy names sites noun-first after
        # the town is set; English "CIA base", "Air Force base" are bodies' generic sites
        self.site_at_story_town = bool(lx.get("sites", {}).get("at_story_town", False))
        self.airport_nouns = {w.lower() for w in lx.get("sites", {}).get("airport_nouns", [])}
        self.rx_suffix = re.compile(rf"^(?P<name>.+?)(?P<suf>{_alt(self.part_suffixes)})$", re.I)
        fill = lang.fill
        self.rx_admin1 = re.compile(fill(pat["admin1_before"], admin1=_alt(lx['admin_nouns']['admin1'])), re.I)
        self.rx_unit_in_name = re.compile(fill(pat["unit_in_name"], admin1=_alt(lx['admin_nouns']['admin1']))) \
            if pat.get("unit_in_name") else None
        self.rx_misc_of_place = re.compile(pat["misc_of_place"]) if pat.get("misc_of_place") else None
        self.rx_admin2 = re.compile(fill(pat["admin2_before"], admin2=_alt(lx['admin_nouns']['admin2'])), re.I)
        # a province's noun after the name ("the Kharkiv region"); absent: none is read
        self.rx_admin1_after = re.compile(pat["admin1_after"], re.I) if pat.get("admin1_after") else None
        self.rx_district = re.compile(fill(pat["district_before"], district_nouns=_alt(lx['district_nouns']['words'])), re.I)
        # "Hamrawi, un quartier du nord de Khartoum": the district's noun in an apposition after the name
        self.rx_district_after = re.compile(fill(pat["district_after"], district_nouns=_alt(lx['district_nouns']['words'])),
                                            re.I) if pat.get("district_after") else None
        self.directions = {k.lower(): v for k, v in lx["directions"].items()}
        # "district de Hodan" as one entity: the unit's noun is not part of the name (a sea's
        # or a site's is: "golfe d'Aden", "aéroport de Sanaa" stay whole)
        units = {*lx["admin_nouns"]["admin1"], *lx["admin_nouns"]["admin2"], *lx["district_nouns"]["words"],
                 *lx["settlement_nouns"]["words"]}
        self.rx_unit_head = re.compile(fill(pat["unit_head"], units=_alt(units)))
        self.numbers = NumberReader(lang)
        # where someone is based ("une ONG basée à Londres"): no town the story is about
        self.rx_not_where = re.compile(pat["not_where"], re.I) if pat.get("not_where") else None
        self.rx_near_apposition = re.compile(fill(pat["near_apposition"], settlements=_alt(
            lx["settlement_nouns"]["words"])), re.I) if pat.get("near_apposition") else None
        self.rx_offset_reference = re.compile(fill(pat["offset_reference"], directions=_alt(self.directions)),
                                              re.I) if pat.get("offset_reference") else None
        self.rx_offset = re.compile(fill(pat["offset"], directions=_alt(self.directions)), re.I)
        self.place_object_verbs = frozenset(lx["locatives"].get("object_verbs", []))
        self.rx_untagged = re.compile(fill(pat["untagged"], locatives=_alt(lx['locatives']['words']),
                                           part_words=_alt(lx['part_words'])))
        self.rx_untagged_next = re.compile(pat["untagged_next"]) if pat.get("untagged_next") else None
        # names before a province's noun ("the Belgorod and Kursk regions"); absent: none
        self.rx_unit_names = re.compile(fill(pat["unit_names"], unit_name=pat["unit_name"])) \
            if pat.get("unit_names") else None
        self.unit_names_skip = set(pat.get("unit_names_skip", []))
        # one name of such a list
        self.rx_name_piece = re.compile(pat["unit_name"]) if pat.get("unit_name") else None
        # (a part of the place may stand between: "in central Mali", "in northern Nigeria")
        self.rx_locative = re.compile(rf"(?<![\w-])(?:{_alt(lx['locatives']['words'])})\s*(?:(?:{_alt(lx['part_words'])})\s+)?$",
                                      re.I)
        glue = lx["locatives"].get("list_glue")
        self.rx_list_glue = re.compile(glue, re.I) if glue else None
        checked = lx["locatives"].get("checked_list_glue")
        self.rx_checked_list_glue = re.compile(checked, re.I) if checked else None
        opening = lx["locatives"].get("opening")
        self.rx_opening_locative = re.compile(opening) if opening else None
        self.rx_part = re.compile(fill(pat["part_before"], part_words=_alt(self.part_words)), re.I)
        # the part words that say the outskirts ("la banlieue sud de Beyrouth": a part of that town)
        outskirts = [w for w, v in self.part_words.items() if v == "outskirts"]
        self.rx_outskirts = re.compile(rf"(?<![\w-])(?:{_alt(outskirts)})(?![\w-])", re.I) if outskirts else None
        # a territory whose name opens on a common noun ("la bande de Gaza"): the noun is part of
        # the name the gazetteer knows, though the NER leaves it out
        heads = lx.get("unit_name_heads", {}).get("words", [])
        self.rx_name_head = re.compile(rf"(?<![\w-])(?P<head>(?:{_alt(heads)})\s*)$") if heads else None
        modifiers = alternation(lx["site_modifiers"]["words"])
        self.site_modifiers = {w.lower() for w in lx["site_modifiers"]["words"]}
        self.rx_natural = re.compile(rf"(?:{_alt(lx['natural_features']['words'])})\s+\S")
        self.rx_of_before = re.compile(rf"(?<![\w-])(?:{_alt(lang.closed('of'))})\s*$", re.I) \
            if "of" in lang.toml("grammar").get("closed", {}) else re.compile(r"(?!)")
        self.rx_airport_bare = re.compile(fill(pat["airport_bare"], airport_nouns=_alt(self.airport_nouns),
                                               modifiers=modifiers)) if pat.get("airport_bare") else None
        self.rx_site = re.compile(fill(pat["site"], site_nouns=_alt(lx['site_nouns']['words'] + lx.get(
            "sites", {}).get("capitalised_nouns", [])), modifiers=modifiers,
                                       name=pat["site_name"]), re.U)
        # the name before the site's noun ("Tahrir Square", "the Zamzam camp"); absent: only
        # the noun-first form is read
        self.rx_site_after = re.compile(fill(pat["site_after"], site_nouns=_alt(lx['site_nouns']['words']),
                                             modifiers=modifiers), re.U) if pat.get("site_after") else None

    # ------------------------------------------------------------------ mentions
    def capitalised(self, name: str) -> bool:
        """"Goma", and "al-Bab": a lower-case article before a capital counts as a capital."""
        if name[:1].isupper():
            return True
        low = name.lower()
        return any(low.startswith(p) and name[len(p):len(p) + 1].isupper() for p in self.lowercase_prefixes)

    def entity_pieces(self, doc: Doc):
        """(entity, start, end) of the named entities, with "X du Burkina Faso" taken as two
        places when the model ran them into one: X, and the country."""
        text = text_of(doc)
        ents = list(doc.ents)
        skip = -1
        for i, ent in enumerate(ents):
            if i == skip:
                continue
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is not None and 0 < nxt.start_char - ent.end_char <= 4 \
                    and self.rx_name_gap.fullmatch(text[ent.end_char:nxt.start_char]) \
                    and self.lang.entity_class(ent.label_) == "LOC" \
                    and self.gaz.lookup(text[ent.start_char:nxt.end_char], feature=self.joined_features, limit=1,
                                        loose=False):
                # "Fada N'Gourma" cut by the model at the elision: the gazetteer's name whole
                skip = i + 1
                yield ent, ent.start_char, nxt.end_char
                continue
            pair = self.town_pair(ent)
            if pair:
                # "l'axe Kayes-Bamako", "la route Goma-Rutshuru": a road between two towns names both
                yield ent, ent.start_char, ent.start_char + pair
                yield ent, ent.start_char + pair + 1, ent.end_char
                continue
            m = self.rx_entity_of_country.match(text[ent.start_char:ent.end_char])
            # (not a name the gazetteer holds whole: "le Stade de France")
            if self.lang.entity_class(ent.label_) == "LOC" and m and self.gaz.lookup(m.group("tail"), feature=("country",), limit=1,
                                                                     loose=False) and \
                    not self.gaz.lookup(text[ent.start_char:ent.end_char], feature=("site",), limit=1, loose=False, whole=True):
                yield ent, ent.start_char, ent.start_char + m.end("head")
                yield ent, ent.start_char + m.start("tail"), ent.end_char
            else:
                yield ent, ent.start_char, ent.end_char

    def town_pair(self, ent) -> int | None:
        """Where the hyphen of "Kayes-Bamako" cuts a name the gazetteer lacks into two towns it
        knows (each side a capitalised word or two), else None."""
        name = ent.text
        if name.count("-") != 1 or self.lang.entity_class(ent.label_) not in ("LOC", "MISC"):
            return None
        left, right = name.split("-")
        if not (left[:1].isupper() and right[:1].isupper()) or len(left) < 3 or len(right) < 3:
            return None
        # (a particle before the hyphen binds it: "Tal al-Sultan", "Deir el-Balah" are one name)
        if not left.split()[-1][:1].isupper():
            return None
        if self.gaz.lookup(name, limit=1, loose=False):
            return None
        towns = ("city", "district")
        if all(self.gaz.lookup(side, feature=towns, limit=1, loose=False) for side in (left, right)):
            return len(left)
        return None

    def mentions(self, doc: Doc) -> list[_Mention]:
        text = text_of(doc)
        out: list[_Mention] = []
        # surnames of the persons named in full: "Bush" alone is the person, not a town
        surnames = {ent.text.split()[-1] for ent in doc.ents
                    if self.lang.entity_class(ent.label_) == "PER" and len(ent.text.split()) > 1}
        # the knowledge-base spans' offsets, read once (each pass over the span group makes
        # a Span of every one)
        kb_spans = [(sp.start_char, sp.end_char, sp.label_) for sp in doc.spans.get("veille_kb", ())]
        kb_bounds = {(s0, e0) for s0, e0, _ in kb_spans}
        for ent, s, e in self.entity_pieces(doc):
            weak = region = False
            if self.lang.entity_class(ent.label_) in ("PER", "ORG", "WEAK"):
                # the model takes many towns for persons ("à Bankilaré", "près de Bint Jbeil"):
                # after a locative preposition, or as a bare one-word name, the gazetteer gets a say
                # (a hyphenated name is one word: "El-Facher")
                bare_name = self.lang.entity_class(ent.label_) == "PER" and not any(c.isspace() for c in ent.text) and not self.rx_person_title.search(
                    text[max(0, s - 6):s]) and ent.text not in surnames and not (
                    ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in self.speech_lemmas)
                after_locative = bool(self.rx_locative.search(text[max(0, s - 30):s])) or bool(
                    self.rx_opening_locative is not None and self.rx_opening_locative.search(text, max(0, s - 30), s)) or (
                    # "The RSF shelled El Fasher", "ont pris Kanyabayonga": the object of a verb that
                    # takes a place, whatever the model made of the name
                    ent.root.dep_ in ("obj", "dobj") and ent.root.head.lemma_.lower() in self.place_object_verbs) or (
                    # "in Dnipro and Kharkiv": one more place of a list whose first one was found
                    # (not the subject of the clause after it: "southwest of Paris, Betancourt said")
                    self.rx_list_glue is not None and bool(out) and s - out[-1].end <= 6 and
                    bool(self.rx_list_glue.search(text, out[-1].end, s)) and ent.root.dep_ not in ("nsubj", "nsubj:pass"))
                # a region's or province's own full name ("Gilgit-Baltistan" tagged as a body)
                region = self.lang.entity_class(ent.label_) != "WEAK" and len(text[s:e].split("-")) + len(
                    text[s:e].split()) > 2 and bool(self.gaz.lookup(text[s:e], feature=("admin1", "region"), limit=1,
                                                                     loose=False))
                # "à Khiam et Bint Jbeil": a name after a town of a list, which stays a place only
                # when the gazetteer holds a town of that name in the same country (below)
                listed = not after_locative and self.rx_checked_list_glue is not None and bool(out) and \
                    s - out[-1].end <= 6 and bool(self.rx_checked_list_glue.search(text, out[-1].end, s)) and \
                    ent.root.dep_ not in ("nsubj", "nsubj:pass")
                if not after_locative and not bare_name and not region and not listed:
                    # "la police de l'État de Victoria": a body named after its unit names that unit
                    if self.rx_unit_in_name is not None and self.lang.entity_class(ent.label_) == "ORG":
                        for um in self.rx_unit_in_name.finditer(text, s, e):
                            if um.group("name") not in self.not_places:
                                out.append(_Mention(um.start("name"), um.end("name"), um.group("name"), hint="admin"))
                                break
                        else:
                            # "l'école de ski de Valloire": a body named after its town names the town
                            town = self.town_at_end(text, s, e)
                            if town is not None:
                                out.append(_Mention(town[0], town[1], text[town[0]:town[1]], hint="weak",
                                                    after_locative=True))
                    continue
                weak = not region
            elif self.lang.entity_class(ent.label_) not in ("LOC", "MISC"):
                continue
            if self.rx_misc_of_place is not None and self.lang.entity_class(ent.label_) == "MISC":
                # "l'attentat de Nice", "la bataille de Mossoul": the event's place
                mp = self.rx_misc_of_place.match(text[s:e])
                if mp:
                    s = s + mp.start("place")
            if self.lang.entity_class(ent.label_) == "LOC" and text[s:e].split()[0].lower() not in self.site_heads \
                    and not self.rx_natural.match(text[s:e]):
                # "République de Grenoble" (the model's cut of "procureur de la République de
                # Grenoble"): a name the gazetteer lacks that ends with "de" + a town is the town;
                # not a strait, gulf or lake named after one ("le détroit de Tiran" is no town,
                # and the town of that spelling is Tirana, in another continent)
                town = self.town_at_end(text, s, e)
                if town is not None:
                    s = town[0]
            surface = text[s:e]
            if self.rx_backer is not None and self.rx_backer.match(text, e):
                continue  # "the Rwanda-backed group", "the Iran-aligned Houthis": who backs, no place
            # NER often leaves "-Est" out of "Alep-Est"
            tail = self.rx_compass_suffix.match(text[e:e + 8])
            if tail:
                e += tail.end()
                surface = text[s:e]
            adjective = self.rx_name_adjective.match(text[e:e + 16]) if self.rx_name_adjective else None
            if adjective and self.gaz.lookup(text[s:e + adjective.end()], limit=1, loose=False):
                e += adjective.end()  # "le Logone oriental" is the province Logone Oriental
                surface = text[s:e]
            surface = self.rx_leading_words.sub("", surface)
            # the model sometimes takes the noun in: "district de Hodan", "ville de Goma"
            surface = self.rx_unit_head.sub("", surface)
            s = e - len(surface)
            natural = self.rx_natural.match(surface)
            if not (self.capitalised(surface) or natural) or surface in self.not_places:
                continue
            unit_noun = text[max(0, s - 40):s]
            unit_noun = bool(self.rx_admin1.search(unit_noun) or self.rx_admin2.search(unit_noun))
            kb_actor = self.is_kb_actor(doc, surface, s, e, kb_spans)
            if (kb_actor and not unit_noun) or (surface.lower() in self.kb.demonym and not self.gaz.lookup(
                    surface, feature=("country",), limit=1, loose=False, whole=True)):
                continue  # "l'agence SANA", "les Français" (not "l'Argentine", a country named as its demonym)
            dem = re.match(r"\s+([a-zà-ÿ]+)(?![\w-])", text[e:e + 20])
            if dem and dem.group(1) in self.kb.demonym and self.gaz.lookup(
                    f"{surface} {dem.group(1)}", limit=1, loose=False, whole=True):
                # "le Kurdistan irakien": the region its demonym names, not the larger one
                e += dem.end()
                surface = text[s:e]
            m = _Mention(s, e, surface, natural=bool(natural))
            m.kb_named = kb_actor or (s, e) in kb_bounds
            if surface.split()[-1] in self.site_suffixes and len(surface.split()) > 1 and \
                    not self.gaz.lookup(surface, limit=1, loose=False):
                # "au Manchester Arena": a venue, placed at the town it is in
                m.hint, m.site_noun = "site", surface.split()[-1]
                out.append(m)
                continue
            if surface.split()[0].lower() in self.site_heads and len(surface.split()) > 1 and \
                    surface[:1].isupper() and not self.gaz.lookup(surface, limit=1, loose=False):
                m.hint, m.site_noun = "site", surface.split()[0].lower()
                out.append(m)
                continue
            suf = self.rx_suffix.match(surface)
            if suf:
                whole = self.gaz.lookup(surface, limit=1, loose=False)
                core = self.gaz.lookup(suf.group("name"), limit=1, loose=False)
                if whole and (not core or whole[0].id != core[0].id):
                    suf = None  # "Centre-Nord" is a region's own name, not the north of "Centre"
            if suf:
                m.name, m.part = suf.group("name"), self.part_suffixes[suf.group("suf").lower()]
            before = text[max(0, s - 40):s]
            m.article = self.article_before(before)
            m.unit_article = self.rx_unit_article is not None and bool(self.rx_unit_article.search(before))
            if self.rx_paren_before.search(before) and text[e:e + 2].lstrip().startswith(")") and self.unit_in_brackets(m.name):
                m.hint, m.paren_unit = "admin", True
            if self.rx_admin1.search(before) and self.rx_admin2.search(before):
                m.hint = "admin"    # "district", "territoire": either level, never the town
            elif self.rx_admin1.search(before):
                m.hint = "admin1"
            elif self.rx_admin2.search(before):
                m.hint = "admin2"
            if m.hint is None and self.rx_admin1_after is not None and self.rx_admin1_after.match(text[e:e + 30]):
                m.hint = "admin1"
            dm = self.rx_district.search(before)
            if dm and re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", before[:dm.start()]):
                dm = None  # "the Al-Tuffah neighbourhood of Gaza City": the district is named before, the town after
            if dm or (out and out[-1].hint == "district" and self.rx_district_list.fullmatch(text[out[-1].end:s])) or (
                    self.rx_district_after is not None and self.rx_district_after.match(text[e:e + 40])):
                m.hint = "district"
            head = self.rx_name_head.search(before) if self.rx_name_head is not None else None
            if head and not m.part:
                m.name = text[s - len(head.group("head")):s] + m.name  # "bande de Gaza"
            pw = self.rx_part.search(before)
            if pw and not m.part:
                m.part = self.part_words[pw.group("w").lower()]
            if self.lang.entity_class(ent.label_) == "MISC" and m.hint is None:
                m.hint = "misc"
            if weak:
                m.hint = "weak"
                m.after_locative = after_locative
                if listed and not bare_name:
                    m.listed_after = out[-1] if out else None
            elif region:
                m.hint = "region_name"
            out.append(m)
        # a wire dateline: "GOMA (République démocratique du Congo), 11 juin 2024 (AFP) -"
        dl = self.dateline_in(text)
        if dl:
            s, e = dl.start("city"), dl.end("city")
            doc._.dateline = (dl.start(), dl.end())
            out = [m for m in out if not (m.start < e and s < m.end)]
            out.append(_Mention(s, e, dl.group("city").title()))
        # names the NER left untagged, after a locative ("quartier général de Naqoura"):
        # places only if the gazetteer puts them in the country the story is about
        taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
        for lm in self.rx_untagged.finditer(text):
            s, e = lm.start("name"), lm.end("name")
            if any(a < e and s < b for a, b in taken) or lm.group("name") in self.not_places:
                continue
            out.append(_Mention(s, e, lm.group("name"), hint="weak", article=self.article_before(text[max(0, s - 10):s])))
        if self.rx_untagged_next is not None:
            for m in sorted(out, key=lambda m: m.start):
                nm = self.rx_untagged_next.match(text, m.end)
                if nm is None or any(x.start < nm.end("name") and nm.start("name") < x.end for x in out) or \
                        nm.group("name") in self.not_places or any(a < nm.end("name") and nm.start("name") < b for a, b in taken):
                    continue
                nxt = _Mention(nm.start("name"), nm.end("name"), nm.group("name"), hint="weak")
                nxt.after_locative = True
                out.append(nxt)
        for um in self.rx_unit_in_name.finditer(text) if self.rx_unit_in_name is not None else ():
            # "la police de l'Etat de Zamfara", "police in the state of Zamfara": a unit named
            # after its noun, whatever the NER made of the name (nothing, or a body)
            s, e = um.start("name"), um.end("name")
            if um.group("name") in self.not_places:
                continue
            found = [m for m in out if m.start < e and s < m.end]
            for m in found:
                if m.start == s and m.end == e and m.hint in (None, "weak"):
                    m.hint = "admin"  # (an untagged name after "de", read weakly before)
            if not found:
                out.append(_Mention(s, e, um.group("name"), hint="admin"))
        for um in self.rx_unit_names.finditer(text) if self.rx_unit_names is not None else ():
            # "the Donetsk region", "the Belgorod and Kursk regions": provinces, whatever the
            # NER made of their names (untagged, a nationality, a product)
            for nm in self.rx_name_piece.finditer(text, um.start("names"), um.end("names")):
                s, e = nm.start(), nm.end()
                first = nm.group().split()[0]
                if first in self.unit_names_skip:
                    s = text.index(" ", s, e) + 1 if " " in nm.group() else e
                if s >= e or text[s:e] in self.not_places:
                    continue
                found = [m for m in out if m.start < e and s < m.end]
                for m in found:
                    if m.start == s and m.end == e and m.hint in (None, "weak", "misc"):
                        m.hint = "admin1"  # "the Kherson and Zaporizhzhia regions": both provinces
                if not found:
                    out.append(_Mention(s, e, text[s:e], hint="admin1"))
        for sm in self._site_matches(text):
            s, e = sm.start(), sm.end()
            nm = sm.group("name").strip()
            if "\n" in nm:
                # a headline's last words and the dateline under it are no one name
                nm = nm[:nm.index("\n")].strip()
                if not nm:
                    continue
                e = sm.start("name") + sm.group("name").index(nm) + len(nm)
            if nm in self.not_places or self.gaz.lookup(nm, feature=("country", "continent"), limit=1, loose=False):
                continue  # "principal port du Yémen" names a country, not a site
            if self.rx_unit_head.match(nm) or self.names_unit_only(nm):
                # "une prison de l'État de Roraima": a site of the unit, which is the place named
                # (the unit's own mention stays, read as a unit)
                for m in out:
                    if sm.start("name") <= m.start and m.end <= e and m.hint in (None, "weak", "misc"):
                        m.hint = "admin"
                continue
            # "l'hôpital Matanda de Butembo": the site is "hôpital Matanda", in Butembo
            of_town = self.rx_site_of_town.match(nm)
            if of_town and self.gaz.lookup(of_town.group("town"), feature=("city", "district", "admin2"), limit=1,
                                           loose=False):
                nm = of_town.group("site")
                e = sm.start("name") + len(nm)
                # the town is a place of the story too (the NER often takes the whole
                # "hôpital X de Damas" as one name, which the lowercase head then drops)
                ts, te = sm.start("name") + of_town.start("town"), sm.start("name") + of_town.end("town")
                if not any(m.start < te and ts < m.end for m in out):
                    out.append(_Mention(ts, te, of_town.group("town")))
            # "l'hôpital universitaire d'El-Obeid" names the town too: it stays a place; a name
            # set right after the noun ("le centre commercial Sarona") is the site's own
            own_name = not self.rx_of_before.search(text[s:sm.start("name")])
            art = self.rx_unit_article.search(text[s:sm.start("name")]) if self.rx_unit_article is not None else None
            if not own_name and art is not None:
                # "le pont du Rialto", "le palais des Nations": a name that takes an article is the
                # site's own, not a town's, unless a town has it whole ("le port du Havre")
                a = art.group(0).strip()
                a = self.contractions.get(a.lower(), a[:1].upper() + a[1:])
                pre = normalize_place_name(a)
                own_name = not any(normalize_place_name(c.name).startswith(pre) or normalize_place_name(
                    c.name_fr or "").startswith(pre) for c in self.gaz.lookup(f"{a} {nm}", limit=3, loose=False))
            if nm.lower() in self.kb.demonym:
                # "la Promenade des Anglais": a people's name makes no place; the whole is the name
                nm, own_name = text[s:e], True
            # (nor a town inside the name of a site the gazetteer holds whole: "le corridor de
            # Philadelphie" is not in Philadelphia)
            if own_name or not self.gaz.lookup(nm, feature=("city",), limit=1, loose=False) or \
                    self.gaz.lookup(text[s:e], feature=("site",), limit=1, loose=False, whole=True):
                out = [m for m in out if not (s <= m.start and m.end <= e)]
            out.append(_Mention(s, e, nm, hint="site", site_noun=sm.group("noun"), own_name=own_name,
                                article=self.article_before(text[max(0, sm.start("name") - 10):sm.start("name")])))
        if self.rx_airport_bare is not None:
            for am in self.rx_airport_bare.finditer(text):
                if not any(m.start < am.end() and am.start() < m.end for m in out):
                    out.append(_Mention(am.start("noun"), am.end(), "", hint="site",
                                        site_noun=am.group("noun").lower()))
        if self.rx_not_place_phrase is not None:
            held = [(x.start(), x.end()) for x in self.rx_not_place_phrase.finditer(text)]
            out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in held)]
        return sorted(out, key=lambda m: m.start)

    def dateline_in(self, text: str):
        """The wire dateline ("GOMA (RD Congo), 11 juin 2024 (AFP) -"): on the text's first
        line, or on one of the next two lines with words (a headline may stand above it)."""
        pos, seen = 0, 0
        for line in text[:1500].split("\n"):
            if line.strip():
                m = self.rx_dateline.match(text, pos, min(len(text), pos + 200))
                if m:
                    return m
                seen += 1
                if seen == 3:
                    break
            pos += len(line) + 1
        return None

    def town_at_end(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """(start, end) of the town that ends a longer name the gazetteer lacks ("École de
        ski de Valloire" -> Valloire), else None."""
        tm = self.rx_site_of_town.match(text[s:e])
        if tm is None or tm.group("town") in self.not_places:
            return None
        town = self.gaz.lookup(tm.group("town"), feature=("city",), limit=1, loose=False)
        whole = self.gaz.lookup(text[s:e], limit=1, loose=False)
        if not town or (whole and whole[0].id != town[0].id):
            return None  # no town, or the whole name is a place of its own
        return s + tm.start("town"), s + tm.end("town")

    def article_before(self, before: str) -> str | None:
        """"des " before "Mureaux": the name may be "Les Mureaux"."""
        if self.rx_contraction is None:
            return None
        c = self.rx_contraction.search(before)
        return self.contractions.get(c.group("c").lower()) if c else None

    def unit_in_brackets(self, name: str) -> bool:
        """"Saint-Christol (Vaucluse)": the bracketed name is a province or département when the
        gazetteer has such a unit of that name and no large town takes it ("Hodan (Mogadiscio)")."""
        key = normalize_place_name(name)
        if not any(key in (normalize_place_name(u.name), normalize_place_name(u.name_fr or ""))
                   for u in self.gaz.lookup(name, feature=("admin1", "admin2", "region"), limit=3, loose=False)):
            return False  # only a unit's own name ("Nord-Est de la Syrie" is no unit)
        top = self.gaz.lookup(name, limit=1, loose=False)
        return not (top and top[0].feature == "city" and top[0].population >= 50_000)

    def names_unit_only(self, name: str) -> bool:
        """"un marché du Darfour-Nord": a province's own name after a site noun makes a site of
        the province, no named site, unless a town or quarter has that name too."""
        key = normalize_place_name(name)
        if not any(key in (normalize_place_name(u.name), normalize_place_name(u.name_fr or ""))
                   for u in self.gaz.lookup(name, feature=("admin1", "region"), limit=3, loose=False)):
            return False
        return not self.gaz.lookup(name, feature=("city", "district"), limit=1, loose=False)

    def _site_matches(self, text: str):
        """Sites named noun first ("the hospital of Butembo") and, where the language has the
        pattern, name first ("Tahrir Square", "the Zamzam camp"); a demonym before the name
        is no part of it ("a Georgian Kaspi railway bridge")."""
        # (never across a line break: "Syrie: frappes sur une école" ends its headline before
        # "BEYROUTH, 27 août (AFP) -")
        yield from (sm for sm in self.rx_site.finditer(text) if "\n" not in sm.group(0))
        if self.rx_site_after is None:
            return
        for sm in self.rx_site_after.finditer(text):
            if "\n" in sm.group(0):
                continue
            words = sm.group("name").split()
            while words and words[0].lower() in self.kb.demonym:
                words = words[1:]
            if all(w.lower() in self.site_modifiers for w in words):
                continue  # "the Georgian National Park": no name of its own is left
            start = sm.start("name") + sm.group("name").index(words[0])
            yield _SiteMatch(start, sm.end(), " ".join(words), sm.group("noun"))

    # ------------------------------------------------------------------ resolving
    def lookup(self, m: _Mention) -> list[GazEntry]:
        feats = None
        if m.hint == "admin1":
            feats = ("admin1", "region", "country")
        elif m.hint == "admin2":
            feats = ("admin2", "admin1", "city", "district")
        elif m.hint == "admin":
            # (a country too: "on the territory of Georgia" is the whole country, where the
            # same noun before "Masisi" is a unit of eastern Congo)
            feats = ("admin2", "admin1", "region", "country")
        if m.article and not m.name.lower().startswith(m.article.lower() + " "):
            # "des Mureaux" is Les Mureaux when the gazetteer knows a place of that full name
            whole = self.gaz.lookup(f"{m.article} {m.name}", feature=feats, limit=12, loose=False)
            art = normalize_place_name(m.article) + " "
            # (only a place whose own name holds the article: "au Nord-Est de" stays a direction)
            whole = [c for c in whole if normalize_place_name(c.name).startswith(art)
                     or normalize_place_name(c.name_fr or "").startswith(art)]
            if whole:
                m.name = f"{m.article} {m.name}"
                return whole
        cands = self.gaz.lookup(m.name, feature=feats, limit=12, loose=False) if feats else []
        if not cands and m.hint == "admin1":
            # "le gouvernorat de Jénine": a unit one level down where the country's first level
            # is larger (the West Bank)
            cands = self.gaz.lookup(m.name, feature=("admin2",), limit=12, loose=False)
        if not cands and m.hint in ("admin1", "admin"):
            cands = self.unit_of_capital(m.name)
        if not cands:
            m.unit_missing = feats is not None
            cands = self.drop_airport_aliases(self.gaz.lookup(m.name, limit=12, loose=False), m.name)
            m.spelled_alike = not cands
        if m.natural:
            # "la mer Rouge" is the sea, not the village of Louisiana spelled the same
            cands = [c for c in cands if c.feature not in ("city", "district")] or cands
        return cands

    def unit_of_capital(self, name: str, country: str | None = None, loose: bool = False) -> list[GazEntry]:
        """"l'oblast de Zaporojie", "la région de Kharkov": a province named after its capital, the
        name known only as the town's spelling: the province of that town that bears the town's
        own name."""
        out: list[GazEntry] = []
        for town in self.gaz.lookup(name, country=country, feature=("city",), limit=4, loose=loose):
            if not town.admin1:
                continue
            for unit in self.gaz.lookup(town.name, country=town.country, feature=("admin1",), limit=3, loose=False):
                if unit.admin1 == town.admin1 and unit not in out:
                    out.append(unit)
            if not out:  # "le gouvernorat de Jénine": the unit a level down, around its town
                out.extend(u for u in self.gaz.lookup(town.name, country=town.country, feature=("admin2",), limit=3,
                                                      loose=False) if u.lat is not None and _km(u, town) < NEIGHBOUR_KM)
        return out

    @staticmethod
    def drop_airport_aliases(cands: list[GazEntry], name: str) -> list[GazEntry]:
        """An airport of the airports table stands for a name only when it is named in full:
        "Jammu" is the town, "Atatürk" alone no airport (the airport nouns find them)."""
        key = normalize_place_name(name)
        return [c for c in cands if not c.id.startswith("ap:") or normalize_place_name(c.name) == key]

    def lookup_spelled_alike(self, m: _Mention, story: set[str], sites: bool = False) -> list[GazEntry]:
        """A name the gazetteer does not hold as written, looked for by its spelling-blind
        key only inside the story's countries and their neighbours ("Racca" is Raqqa in a
        Syrian story, never a Serbian village). Names the parser was unsure of (persons,
        miscellaneous) and acronyms are never matched by spelling."""
        if m.hint == "misc" or (m.hint == "site" and not sites) or (m.hint == "weak" and not m.after_locative) \
                or not story \
                or _is_acronym(m.name):
            return []
        feats = None
        if m.hint == "admin1":
            feats = ("admin1", "region")
        elif m.hint == "admin2":
            feats = ("admin2", "admin1", "city", "district")
        elif m.hint == "admin":
            feats = ("admin2", "admin1", "region")
        near = set(story)
        for cc in story:
            near |= country_neighbours().get(cc, frozenset())
        found: list[GazEntry] = []
        for cc in sorted(near):
            found.extend(self.drop_airport_aliases(self.gaz.lookup(m.name, country=cc, feature=feats, limit=4), m.name))
        if not found and m.hint in ("admin1", "admin"):
            for cc in sorted(story):
                found.extend(self.unit_of_capital(m.name, country=cc, loose=True))
        # the story's own countries first, then by size
        found.sort(key=lambda c: (c.country not in story, -c.population))
        return found[:12]

    def is_kb_actor(self, doc: Doc, surface: str, start: int, end: int, kb_spans=None) -> bool:
        """A media outlet, organisation, armed group or army of the knowledge base ("SANA",
        "l'agence Belga"): not a place, however its name is spelled."""
        e = self.kb.lookup(surface)
        if e is not None and e.kind in NOT_PLACE_KINDS and (e.kind in ("armed_group", "military")
                                                             or _is_acronym(surface)):
            return True  # "Hamas", "Fano", "SANA", "IRNA"; but "Bruxelles" (the EU) stays a city
        if kb_spans is None:
            kb_spans = [(sp.start_char, sp.end_char, sp.label_) for sp in doc.spans.get("veille_kb", ())]
        for s0, e0, label in kb_spans:
            # inside a media outlet's longer name: "l'agence SANA", "la chaîne Al-Mayadeen"
            if s0 <= start and end <= e0 and (e0 - s0) > (end - start) and label in ("media", "armed_group"):
                return True  # (and an armed group's: "l'Etat islamique en Afrique de l'Ouest")
        return False

    def kb_country(self, e: KbActor | None) -> str | None:
        """An actor's country, else its parent's ("ADF" -> CD)."""
        for _ in range(4):
            if e is None:
                return None
            if e.country:
                return e.country
            e = self.kb.entries.get(e.parent) if e.parent else None
        return None

    def context_countries(self, doc: Doc) -> Counter:
        """Countries the story is about besides its places: its knowledge-base actors (the
        ADF are Congolese, the FAMa Malian) and its demonyms ("des soldats maliens")."""
        votes: Counter = Counter()
        for sp in doc.spans.get("veille_kb", ()):
            entry = self.kb.entries.get(sp.id_)
            if entry is not None and entry.kind == "media":
                continue  # an agency's country says where it is based, not where the story is ("told AFP")
            cc = self.kb_country(entry)
            if cc:
                votes[cc] += 1
        for tok in doc:
            cc = self.kb.demonym.get(tok.lower_)
            if cc:
                votes[cc] += 1
        return votes

    def __call__(self, doc: Doc) -> None:
        last_airport: dict = {}  # "key": the last airport named in the text
        mentions = self.mentions(doc)
        for m in mentions:
            if m.hint != "site":
                m.candidates = tuple(self.lookup(m))
        # pass 1: the country in focus from each mention's best guess (the lead counts double)
        # the lead: the first paragraph, or the dateline's under a headline
        dl = doc._.dateline
        lead_end = text_of(doc).find("\n\n", dl[1] if dl else 0)
        lead_end = len(text_of(doc)) if lead_end < 0 else lead_end
        # the story's actors and demonyms say which namesake a place's vote goes to: "Beni"
        # beside the ADF is the Congolese town, not the Bolivian department
        context = self.context_countries(doc)
        votes: Counter = Counter()
        first = True
        filed = next((m.candidates[0].country for m in mentions if dl and dl[0] <= m.start < dl[1] and m.candidates),
                     None)
        for m in mentions:
            if m.candidates and m.candidates[0].country and m.hint != "weak" and not m.spelled_alike:
                # (the namesake in the dateline's country before another abroad: "la région de Beni"
                # under "GOMA (RD Congo)")
                # (by its own name before another's old or alternate one: "Pokrovsk" beside Russian
                # troops is the Ukrainian town, not Engels, once called so)
                own = [c for c in m.candidates if self.by_own_name(m, c)]
                best = next((c for c in m.candidates if c.country in context and c in own), None) or \
                    next((c for c in m.candidates if c.country in context), None) or \
                    next((c for c in m.candidates if c.country == filed), own[0] if own else m.candidates[0])
                after = self.unit_after(doc, m, mentions) if best.feature in ("city", "district", "site") else None
                if after is not None and not self.near_unit(best, after[1]):
                    # "à Lopa, dans le territoire de Djugu, en Ituri": a village whose best guess lies
                    # outside the unit named right after it votes for its namesake inside, or not at
                    # all (the unit votes for itself)
                    best = next((c for c in m.candidates if c.lat is not None and self.near_unit(c, after[1])), None)
                    if best is None:
                        continue
                if best.feature == "country" and self.state_acting(doc, m):
                    # "La Russie a repris le bombardement de Kherson": a state that acts is an actor;
                    # its name weighs as one more place, never as the story's first
                    m.weight = 1
                    votes[best.country] += m.weight
                    m.voted = best.country
                    continue
                # the first place named (often the dateline) and the lead weigh more; a dateline
                # whose country the lead does not name is where the story was filed, not what it is
                # about ("GENÈVE (AFP) - L'Ocha a alerté ... au Soudan du Sud"): no first-place weight
                abroad = bool(dl) and dl[0] <= m.start < dl[1] and self.lead_elsewhere(mentions, dl, lead_end, best.country, text_of(doc))
                m.weight = (2 if m.start < lead_end else 1) + (2 if first and not abroad else 0)
                votes[best.country] += m.weight
                m.voted = best.country
                first = first and abroad
        voters = Counter(m.voted for m in mentions if m.voted)
        # the story's countries: its places, its actors' countries, its demonyms; actors and
        # demonyms weigh a little in the focus too (a quarter vote each, at most 0.75 a
        # country: they break ties, the places named decide)
        story = set(votes) | set(context)
        for cc, n in context.items():
            votes[cc] += min(0.25 * n, 0.75)
        focus = votes.most_common(1)[0][0] if votes else None
        for m in mentions:
            if m.spelled_alike and m.hint != "site":
                m.candidates = tuple(self.lookup_spelled_alike(m, story))
        # towns named with little doubt (a single candidate, or one in the country in focus):
        # a namesake near them is the one meant ("Qana" near Tyre, not Egypt's Qina)
        anchors = [m.candidates[0] for m in mentions if m.candidates and m.candidates[0].lat is not None
                   and not m.spelled_alike
                   and m.candidates[0].feature in ("city", "district", "site")
                   and (len(m.candidates) == 1 or m.candidates[0].country == focus)]
        # provinces named without doubt: a spelled-alike village near one of them is credible
        # ("Al-Chaddadeh" in "le gouvernorat d'Hassaké")
        units = [m.candidates[0] for m in mentions if m.candidates and not m.spelled_alike
                 and m.candidates[0].feature in ("admin1", "admin2") and m.candidates[0].lat is not None
                 and m.candidates[0].country == focus]
        # large towns named (which are taken wherever they are): a smaller town near one, in its
        # country, is of the story too
        big_towns = [m.candidates[0] for m in mentions if m.candidates and not m.spelled_alike
                     and m.candidates[0].feature == "city" and m.candidates[0].population >= 150_000
                     and m.candidates[0].lat is not None]
        # "à Gao, dans le nord du Mali", "Gao (Mali)": a country named right after a town, in
        # its sentence, vouches for its namesake there, whatever the story's focus
        named_countries = [(n.start, n.candidates[0].country) for n in mentions
                           if n.candidates and n.candidates[0].feature == "country" and not n.spelled_alike]
        for m in mentions:
            if m.hint not in (None, "weak"):
                continue
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None:
                continue
            sent_end = tok.sent.end_char
            m.sent_countries = frozenset(
                n.candidates[0].country for n in mentions if m.end <= n.start < min(sent_end, m.end + 60)
                and n.candidates and n.candidates[0].feature == "country" and not n.spelled_alike)
            # "Au Niger, des hommes armés ont tué cinq civils à Téra": the one country the sentence
            # names before the town, in a dispatch that goes from country to country
            before = {cc for at, cc in named_countries if tok.sent.start_char <= at < m.start}
            if len(before) == 1:
                m.sent_countries = m.sent_countries | frozenset(before)
            # "la ville syrienne d'al-Bab", "des policiers français de Magnanville": a demonym just
            # before the name, in its sentence, says the country too
            lead_in = text_of(doc)[max(tok.sent.start_char, m.start - 30):m.start]
            dem = {self.kb.demonym.get(w.lower()) for w in re.findall(r"[\w-]+", lead_in)} - {None}
            if dem:
                m.sent_countries = m.sent_countries | frozenset(dem)
        # pass 2: re-rank with the focus and the other places
        for m in mentions:
            if m.hint == "site" or not m.candidates:
                continue
            ranked = sorted(m.candidates, key=lambda c: -self.score(c, m.candidates, focus, anchors, story, m))
            m.entry = None
            for c in ranked:
                # a rejected candidate gives way to the next plausible one ("mer Rouge" is the
                # Red Sea, not the Louisiana town of a country the story names)
                if self.plausible(c, focus, [a for a in anchors if a.country == focus], m, story, anchors + units,
                                  big_towns) \
                        and (not story or self.supported(m, c, context, voters, anchors)):
                    m.entry = c
                    break
            if m.entry is not None and m.hint in ("admin", "admin1") and focus and m.entry.country != focus and \
                    m.entry.country not in m.sent_countries:
                # "GOMA (RD Congo) - ... dans la région de Beni", "KANO (Nigeria) - ... dans l'Etat de
                # Niger": a unit abroad is the namesake at home when the story's country has one (its
                # unit first, else the town the unit is named after)
                home = [c for c in self.gaz.lookup(m.name, country=focus, limit=8, loose=False)
                        if c.lat is not None and c.feature in ("admin1", "admin2", "region", "city")]
                if home:
                    m.entry = min(home, key=lambda c: (c.feature not in ("admin1", "admin2", "region"), -c.population))
        # "Saint-Christol (Vaucluse)": the town is the namesake inside the unit in brackets
        for i, m in enumerate(mentions[:-1]):
            n = mentions[i + 1]
            if m.entry is None or not n.paren_unit or n.entry is None or len(m.candidates) < 2 \
                    or not re.fullmatch(r"\s*\(\s*", text_of(doc)[m.end:n.start]):
                continue
            inside = [c for c in m.candidates if c.lat is not None and c.feature in ("city", "district", "site")
                      and self.in_unit(c, n.entry)]
            if inside and not self.in_unit(m.entry, n.entry):
                m.entry = min(inside, key=lambda c: _km(c, n.entry))
        # "Khiam et Bint Jbeil": a name the model took for a person after a town of a list is one
        # more town only if the gazetteer holds one of that name in the list's country
        for m in mentions:
            prev = m.listed_after
            if prev is not None and m.entry is not None and (
                    prev.entry is None or m.entry.country != prev.entry.country or
                    m.entry.feature not in ("city", "district", "site")):
                m.entry = None
        # "Mambasa, en Ituri": a town with namesakes is the one in (or near) the province named
        # right after it, not a larger one elsewhere
        for m in mentions:
            if m.entry is None or m.entry.feature not in ("city", "district", "site"):
                continue
            after = self.unit_after(doc, m, mentions)
            if after is None or self.near_unit(m.entry, after[1]):
                continue
            named, unit = after
            inside = [c for c in m.candidates if c.lat is not None and c.feature in ("city", "district", "site")
                      and self.near_unit(c, unit)]
            if not inside and unit.feature == "country":
                m.entry = None  # "Houla, dans le sud du Liban": no namesake in Syria
            if inside:
                m.entry = max(inside, key=lambda c: c.population)
                named.entry = named.entry or unit
        # "le village de Starytsia, dans la région de Kharkiv": a name the gazetteer only knows
        # by a spelling alike is no namesake outside the unit named beside it (the unit then
        # places it, below)
        for m in mentions:
            if m.entry is not None and m.spelled_alike and m.hint not in ("weak", "misc") and \
                    m.entry.feature in ("city", "district", "site"):
                unit = self.unit_beside(doc, m, mentions)
                if unit is not None and not self.in_unit(m.entry, unit):
                    m.entry = None
        # "Sinjar, un village proche de Hilla": a town the text sets near another is not a
        # namesake far from it; it is placed at the other town's point
        if self.rx_near_apposition is not None:
            text = text_of(doc)
            for i, m in enumerate(mentions):
                if m.entry is None or m.entry.feature != "city" or m.hint == "site":
                    continue
                n = next((n for n in mentions[i + 1:i + 3] if n.start >= m.end), None)
                if n is not None and n.entry is not None and n.entry.feature == "city" and n.entry.id != m.entry.id \
                        and self.rx_near_apposition.fullmatch(text[m.end:n.start]) and _km(m.entry, n.entry) > NEAR_KM:
                    m.entry, m.near_town = None, n.entry
        # a mention whose place was rejected takes its vote back ("Boni" voted for Germany)
        for m in mentions:
            if m.voted and (m.entry is None or m.entry.country != m.voted):
                votes[m.voted] -= m.weight
        votes = +votes
        focus = votes.most_common(1)[0][0] if votes else None
        # districts and sites lean on the town they are in
        city_mentions = [m for m in mentions if m.entry is not None and m.entry.feature == "city" and not (
            self.rx_not_where is not None and self.rx_not_where.search(text_of(doc), max(0, m.start - 40), m.start))
            and not self.capital_acting(doc, m)]
        counts = Counter(m.entry.id for m in city_mentions)
        focus_city = None
        if city_mentions:
            dateline_end = (doc._.dateline or (0, 0))[1]
            first_lead = next((m.entry for m in city_mentions if dateline_end <= m.start < lead_end
                               and m.entry.country == focus), None)
            # (a town of the story's country first: "GENÈVE (AFP) - L'Ocha a alerté ... au Soudan du
            # Sud" is not about Geneva)
            home = [m for m in city_mentions if m.entry.country == focus] or city_mentions
            # (a town named only in the dateline files the story: "BEIRUT (AP) - Israeli airstrikes on
            # southern Lebanon killed..." is not about Beirut; the story's country stands for it then)
            told = [m for m in home if any(n.entry.id == m.entry.id and not dateline_end > n.start >= (doc._.dateline or (0, 0))[0]
                                           for n in city_mentions)] if doc._.dateline else home
            focus_city = first_lead or (max(told, key=lambda m: counts[m.entry.id]).entry if told else None)
        # a lead that names no town of the story's country but a province or district the town
        # chosen is not in ("KHARTOUM (AP) - ... killed 40 people in North Kordofan province"): the
        # story is about that unit
        lead_unit = None
        if (focus_city is None and focus is not None and doc._.dateline) or (focus_city is not None and first_lead is None):
            # (the story's country's units too when the town is abroad and the lead does not name
            # it: "CAIRO (Reuters) - ... killed 124 people in El Gezira state ... talks in Geneva
            # failed" is about El Gezira)
            home_countries = {focus_city.country if focus_city is not None else focus}
            if focus_city is not None and doc._.dateline and not any(
                    m.entry.id == focus_city.id and dateline_end <= m.start < lead_end for m in city_mentions):
                home_countries.add(focus)
            lead_unit = next((m.entry for m in mentions if m.entry is not None and
                              (doc._.dateline or (0, 0))[1] <= m.start < lead_end and
                              m.entry.feature in ("admin1", "admin2") and m.entry.country in home_countries
                              and (focus_city is None or not self.in_unit(focus_city, m.entry))), None)
        doc._.focus = {"country": focus, "city": focus_city.id if focus_city else None, "place": None}
        # sites named after a place of their own ("le camp de Nousseirat") first, so that
        # the sites and districts next to them can lean on them
        for m in mentions:
            if m.hint == "site" and m.site_noun in self.airport_nouns:
                continue  # below, once the towns are known
            if m.hint == "site":
                # "l'école de Cheikh Radwan": the district of Gaza spelled "Sheikh Radwan"
                # a site the gazetteer holds by its whole name ("la centrale nucléaire de
                # Zaporijia") is that site, not the town of its name
                found = [c for c in self.gaz.lookup(text_of(doc)[m.start:m.end], feature=("site",), limit=1,
                                                    whole=True) if c.lat is not None] \
                    or self.lookup(m) or self.lookup_spelled_alike(m, story, sites=True)
                own = [c for c in found if c.lat is not None and (focus is None or c.country == focus or (
                    c.feature == "site" and self.gaz.primary_name(c.id, text_of(doc)[m.start:m.end])))
                       and c.feature in ("city", "site", "district")]
                if own:
                    m.entry = own[0]
                    city_mentions.append(m)
        city_mentions.sort(key=lambda c: c.start)
        for m in mentions:
            if m.hint == "site" and m.site_noun in self.airport_nouns:
                self.airport(doc, m, city_mentions, focus_city, story, last_airport)
                continue
            if m.hint == "district" and m.entry is not None and m.entry.feature == "district" and (
                    focus_city is None or _km(m.entry, focus_city) < 30):
                # "le quartier de Chajaya": a district the gazetteer holds, with or without its town
                self.add(doc, m, m.entry)
                continue
            if m.hint == "district" and m.entry is not None and m.entry.feature == "city" and \
                    self.rx_outskirts is not None and self.rx_outskirts.search(text_of(doc), max(0, m.start - 30), m.start):
                # "la banlieue sud de Beyrouth": the outskirts of the town named, wherever the story is
                self.add(doc, m, m.entry)
                continue
            # (a town of the district's name in another country than the town its sentence names
            # is a namesake: "le quartier chiite de Sadrabad à Bagdad")
            town = self.enclosing_town(doc, m, [c for c in city_mentions if c is not m]) \
                if m.hint == "district" and m.entry is not None else None
            if m.hint == "district" and (m.entry is None or m.entry.feature != "city" or
                                          (focus_city is not None and m.entry.id != focus_city.id and
                                           _km(m.entry, focus_city) > 15) or
                                          (town is not None and town.country != m.entry.country)):
                town = self.enclosing_town(doc, m, city_mentions) or focus_city
                if town is not None:
                    self.add(doc, m, None, town=town)
                continue
            if m.hint == "site":
                # the town of its sentence, else the story's town ("autour de l'hôtel Dayah" in a
                # dispatch from Mogadishu)
                town = self.enclosing_town(doc, m, [c for c in city_mentions if c is not m]) or (
                    focus_city if m.entry is None and self.site_at_story_town else None)
                # "le Parlement israélien" in a story from Damascus: a site its name gives to a
                # country stands in that country (at its capital, when no town of it is named)
                owner = next((self.kb.demonym[w] for w in text_of(doc)[m.start:m.end].lower().split()
                              if w in self.kb.demonym), None)
                if owner and m.entry is None and (town is None or town.country != owner):
                    town = self.gaz.capital(owner) or town
                near = town or (focus_city if self.site_at_story_town else None)
                if m.own_name and m.entry is not None and m.entry.feature != "site" and (
                        (near is None and self.site_at_story_town) or (near is not None and _km(m.entry, near) >= 30)):
                    # "le boulevard Gambetta" in a story from Lyon: a person's or a town's name given
                    # to a street is no place elsewhere; the site is in the story's town
                    m.entry, town = None, near
                # "l'aéroport de Sanaa" is at Sanaa wherever the sentence goes on; a camp named
                # after a hamlet ("le camp de Zamzam, près d'El-Facher") leans on the town; a site
                # the gazetteer holds by its own name is that site
                if m.entry is not None and (town is None or _km(m.entry, town) < 30 or m.entry.feature == "site" or (
                        m.entry.feature == "city" and m.entry.population >= 50_000 and not m.spelled_alike)):
                    # (a site the gazetteer holds is one place however the text words it)
                    self.add(doc, m, m.entry, town=m.entry, site=m.entry.feature != "site")
                elif town is not None:
                    self.add(doc, m, None, town=town, site=True)
                continue
            if m.entry is not None:
                self.add(doc, m, m.entry)
            elif m.hint in ("admin", "admin1", "admin2"):
                # "le district de Hodan, à Mogadiscio": a unit the gazetteer lacks, named with
                # the town it is in, is a district of that town
                town = self.town_right_after(doc, m, city_mentions)
                if town is not None:
                    self.add(doc, m, None, town=town)
            elif m.near_town is not None:
                self.add(doc, m, None, town=m.near_town, feature="city", precision=2)
            elif m.spelled_alike and m.hint not in ("weak", "misc"):
                # "Kamango, dans le territoire de Beni", "Ndoki (Nord-Kivu)": a village the
                # gazetteer lacks takes the unit named beside it, not a namesake far away
                unit = self.unit_beside(doc, m, mentions)
                if unit is not None:
                    self.add(doc, m, None, town=unit, feature="city",
                             precision=PRECISION.get(unit.feature, 4))
        # "l'État d'Al-Jazira" is the state, whatever channel has its name: no actor there
        units_named = {(m.start, m.end) for m in mentions if m.kb_named and m.entry is not None
                       and m.hint in ("admin1", "admin2", "admin") and m.entry.feature in ("admin1", "admin2", "region")}
        if units_named and "veille_kb" in doc.spans:
            doc.spans["veille_kb"] = [sp for sp in doc.spans["veille_kb"] if (sp.start_char, sp.end_char) not in units_named]
        self.offsets(doc, mentions)
        if focus_city is not None or lead_unit is not None:
            idx = doc._.place_keys or {}
            doc._.focus["place"] = idx.get(lead_unit.id if lead_unit is not None else focus_city.id)
        elif focus is not None:
            idx = doc._.place_keys or {}
            doc._.focus["place"] = idx.get(f"cc:{focus}")

    def lead_elsewhere(self, mentions: list[_Mention], dl: tuple[int, int], lead_end: int, country: str,
                       text: str) -> bool:
        """The lead after the dateline names places, and none of them in the dateline's country
        (a country named with no locative before it, "a accusé le Rwanda", is an actor there)."""
        lead = [m for m in mentions if dl[1] <= m.start < lead_end and m.candidates
                and m.candidates[0].country and m.hint != "weak" and not m.spelled_alike
                and not (m.candidates[0].feature == "country" and
                         not self.rx_locative.search(text[max(0, m.start - 30):m.start]))]
        # (a name with a namesake in the dateline's country may be that one: "PORT-AU-PRINCE - ...
        # dans le département du Centre")
        return bool(lead) and not any(c.country == country for m in lead for c in m.candidates)

    def offsets(self, doc: Doc, mentions: list[_Mention]) -> None:
        """"à 35 km à l'ouest d'Alep", "à une quinzaine de kilomètres au nord de Beni": the
        point that far in that direction, kept on the place it is measured from."""
        places = {p.id: p for p in doc._.places}
        for pstart, pend, pid in doc._.place_spans:
            m = self.rx_offset.search(text_of(doc)[max(0, pstart - 80):pstart])
            place = places.get(pid)
            if m is None or place is None or place.lat is None:
                continue
            found = self.numbers.find(m.group("num").strip())
            if not found:
                continue
            km = found[0].value
            bearing = self.directions[m.group("dir").lower()]
            lat, lon = destination(place.lat, place.lon, km, bearing)
            start = pstart - (len(text_of(doc)[max(0, pstart - 80):pstart]) - m.start())
            direction = self.part_words.get(m.group("dir").lower(), m.group("dir").lower())
            place.relative.append({"km": km, "direction": direction, "bearing": bearing,
                                   "lat": round(lat, 4), "lon": round(lon, 4), "span": [start, pend]})

    def score(self, c: GazEntry, cands, focus, anchors, story=frozenset(), m: _Mention | None = None) -> float:
        rank = -cands.index(c) * 0.6
        if m is not None and c.feature == "city" and c.population >= 100_000 and (c.country == focus or c.country in story) \
                and self.by_own_name(m, c):
            rank += 1.5  # "Marseille" is the city of that name, not Marseille-en-Beauvaisis near Paris
        if m is not None and c.feature == "city" and c.population >= WORLD_CITY and c.country != focus and \
                self.by_own_name(m, c) and any(o.country == focus for o in cands) \
                and all(o.population < SMALL_NAMESAKE for o in cands if o.country == focus and o.id != c.id):
            rank += 2.5  # "à Genève" in a story about Washington is Geneva, not the small town of New York State
        if m is not None and m.unit_article and c.feature in ("admin1", "admin2", "region") \
                and self.by_own_name(m, c):
            rank += 10  # "du Québec" is the province, "les Laurentides" the region, not the town
        if focus and c.country == focus:
            rank += 3
        elif c.country in story:
            rank += 1.5  # a country the story's actors or places belong to
        if c.feature in ("country", "continent"):
            rank += 1
        elif c.feature in ("admin1", "admin2", "region"):
            rank -= 2  # "Homs", "Kiev": the town, unless "la province de" says otherwise
        elif c.feature == "city" and c.population >= 100_000:
            rank += 0.5
        if c.lat is not None and anchors:
            # (the name's own best candidate is no anchor of its namesakes: the smaller "Lyman"
            # 100 km from the larger one is not near the story, only near its own name)
            own = {o.id for o in cands}
            near = min((_km(c, a) for a in anchors if a.id not in own), default=99999)
            if near < 150:
                rank += 2
        rank += math.log10(max(c.population, 1)) * 0.3
        return rank

    def plausible(self, e: GazEntry, focus, anchors, m: _Mention, story=frozenset(), all_anchors=(),
                  towns=()) -> bool:
        """Reject a small foreign place that only shares a name with something in the story."""
        if m.unit_missing and m.hint in ("admin1", "admin") and e.feature in ("city", "district", "site"):
            # "le comté d'Orange" in a story from Orlando: a town named like the unit stands for
            # it only near the story's towns, never a namesake across the country
            return any(a.id != e.id and _km(e, a) < NEIGHBOUR_KM for a in all_anchors)
        if m.spelled_alike and e.country != focus:
            # "Qana" is not Egypt's "Qina": spelled alike, a place outside the country in focus
            # must lie near one of the story's towns (across the border, in a country the
            # story is about), never only in a country named somewhere in it
            reach = NEIGHBOUR_KM if e.country in story else BORDER_KM
            return any(a.id != e.id and _km(e, a) < reach for a in all_anchors)
        if m.spelled_alike and m.hint == "weak":
            return e.country == focus and e.feature in ("city", "district")
        if m.spelled_alike and e.feature in ("city", "district") and e.population < SMALL_TOWN:
            # a hamlet spelled like the name, far from every town of the story, is a guess
            # ("Savoie" is not Savy, in the Aisne)
            others = [a for a in all_anchors if a.id != e.id]
            return not others or any(_km(e, a) < NEAR_KM for a in others)
        if m.hint == "weak":
            if m.after_locative and e.feature in ("admin1", "region", "country"):
                # "the island of Anjouan", "fled to Mayotte": a province or a country by its
                # own name, in the story's country or near one of its towns
                return e.country == focus or e.country in story or any(
                    a.id != e.id and a.lat is not None and _km(e, a) < NEIGHBOUR_KM for a in all_anchors)
            return e.feature in ("city", "district", "site", "admin2") and (
                e.country == focus or e.population >= 100_000 or e.country in m.sent_countries)
        if m.hint == "region_name" and e.country in story:
            return True
        if e.feature in ("country", "continent", "region") or focus is None or e.country == focus \
                or e.country in m.sent_countries:
            return m.hint != "misc" or e.feature in ("country", "city", "admin1")
        if e.feature == "admin1":
            # a province abroad needs "la région de", or a town of the story near it ("le Centre
            # de médecine d'urgence" in Tripoli is not Burkina Faso's Centre region); a name of
            # several words given whole ("the Gaza Strip") or one around a town of the story
            # ("Tampa, Florida") is the province it names
            return m.hint in ("admin", "admin1") or len(m.name.split()) >= 2 \
                or any(a.lat is not None and _km(e, a) < 300 for a in all_anchors or anchors)
        if e.population >= 150_000:
            return True
        if not m.spelled_alike and e.feature in ("city", "district") and e.population >= NEIGHBOUR_TOWN_MIN and \
                e.country in country_neighbours().get(focus, ()) and self.by_own_name(m, e) and \
                not any(c.country == focus for c in m.candidates):
            # "Un soldat a été tué à Gao" in a story about Niger: a town by its own name, across
            # the border of the country in focus, that has no namesake at home (a town, not a
            # hamlet whose name is also a hotel's or a street's: "Bellevue")
            return True
        # "des élus de Bakhmout et de Marioupol" in a story from Paris: a town near another town
        # of its own country that the story names is of the story too
        return any(a.lat is not None and _km(e, a) < 100 for a in anchors) or any(
            a.id != e.id and a.lat is not None and a.country == e.country and _km(e, a) < NEIGHBOUR_KM
            for a in (*all_anchors, *towns))

    def supported(self, m: _Mention, e: GazEntry, context: Counter, voters: Counter, anchors) -> bool:
        """A place in a country nothing else of the story points to, far from all of it, is
        taken only by its own name or for a very large city: "Boni" in a Malian story is
        not Bonn (whose alternate name it is), while "Berlin" or "Mossoul" named in passing
        stay themselves."""
        cc = e.country
        if not cc or e.feature in ("country", "continent", "region"):
            return True
        others = {c for c, n in voters.items() if n - (1 if m.voted == c else 0) > 0} | set(context)
        if cc in others or any(cc in country_neighbours().get(o, ()) for o in others):
            return True
        for o in others:
            ce = self.gaz.country_entry(o)
            if ce is not None and _km(e, ce) < FAR_KM:
                return True
        if any(a.id != e.id and a.country != cc and _km(e, a) < FAR_KM for a in anchors):
            return True
        own_name = self.by_own_name(m, e) or self.gaz.primary_name(e.id, m.name)
        # a capital named in passing ("Tirana" by its own name) is taken; one reached only by
        # another spelling far from the story ("Tiran", a strait's name) is not; nor a small
        # town of a far country that shares a Sudanese or Haitian village's name ("Shaqra",
        # "Liancourt") unless its own country is named beside it
        if own_name and others and e.feature in ("city", "district", "site") and e.population < FAR_OWN_NAME_MIN \
                and e.country not in m.sent_countries:
            return False
        return own_name or e.population >= 1_000_000

    def in_unit(self, c: GazEntry, unit: GazEntry) -> bool:
        """Whether a town lies in a province (by its admin1 code) or a département (near its point)."""
        if c.country != unit.country:
            return False
        if unit.feature == "admin1":
            return bool(c.admin1) and c.admin1 == unit.admin1
        return unit.feature == "admin2" and (not unit.admin1 or c.admin1 == unit.admin1) and _km(c, unit) < UNIT_KM

    def capital_acting(self, doc: Doc, m: _Mention) -> bool:
        """A capital that acts for its state ("Paris a renforcé son dispositif au camp de
        Port-Bouët", "Pékin a dénoncé"): the subject of a verb of saying or of a verb with an
        object, without a preposition; no town a site or a district leans on."""
        cap = self.gaz.capital(m.entry.country) if m.entry is not None and m.entry.country else None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        dl = doc._.dateline
        if cap is None or cap.id != m.entry.id or span is None or (dl and dl[0] <= m.start < dl[1]):
            return False  # (nor the dateline's town, which the parse may make the lead's subject)
        root = span.root
        return root.dep_ == "nsubj" and not any(c.dep_ == "case" for c in root.children) and (
            root.head.lemma_.lower() in self.speech_lemmas or any(c.dep_ in ("obj", "dobj") for c in root.head.children))

    @staticmethod
    def by_own_name(m: _Mention, c: GazEntry) -> bool:
        """Whether the mention names the place by its own name (English or French), not by an
        alternate or former one."""
        return normalize_place_name(m.name) in {normalize_place_name(c.name), normalize_place_name(c.name_fr or "")}

    @staticmethod
    def state_acting(doc: Doc, m: _Mention) -> bool:
        """A country named as the subject of a verb, without a preposition ("La Russie a repris",
        "Israel said"), outside a dateline."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        dl = doc._.dateline
        if span is None or (dl and dl[0] <= m.start < dl[1]):
            return False
        root = span.root
        return root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and not any(c.dep_ == "case" for c in root.children) \
            and root.head.pos_ in ("VERB", "AUX")

    def near_unit(self, c: GazEntry, unit: GazEntry) -> bool:
        """Whether a town lies in a province, or near its point in its country (admin1 codes
        change with reforms: Mambasa is filed under the former Orientale, not Ituri), or in the
        country named."""
        if unit.feature == "country":
            return c.country == unit.country
        return self.in_unit(c, unit) or (c.country == unit.country and _km(c, unit) < UNIT_NEAR_KM)

    def unit_after(self, doc: Doc, m: _Mention, mentions: list[_Mention]) -> tuple[_Mention, GazEntry] | None:
        """The province or country named right after a town ("Mambasa, en Ituri", "Beni (Nord-Kivu)",
        "Houla, dans le sud du Liban"), with its mention, else None."""
        if self.rx_unit_after is None:
            return None
        n = next((n for n in mentions if n.start >= m.end), None)
        if n is None or not self.rx_unit_after.fullmatch(text_of(doc)[m.end:n.start]):
            return None
        # (a province the story's focus, drawn abroad by the town's namesake, turned down is still named)
        unit = n.entry or next((c for c in n.candidates[:1] if not n.spelled_alike), None)
        return (n, unit) if unit is not None and unit.feature in ("admin1", "admin2", "country") else None

    def unit_beside(self, doc: Doc, m: _Mention, mentions: list[_Mention]) -> GazEntry | None:
        """The province, territory or cercle named right after an unresolved name, in the
        same clause: "X, dans le territoire de Beni", "X et Y, villages du cercle de
        Bankass", "X (Nord-Kivu)"."""
        text = text_of(doc)
        # only a name read as a place by what introduces it ("à X", "et Y"), not a piece of
        # a longer name the parser cut ("Fada N'Gourma")
        if not (self.rx_locative.search(text[max(0, m.start - 30):m.start])
                or self.rx_list_next.search(text[max(0, m.start - 8):m.start])):
            return None
        for n in mentions:
            if n.start < m.end:
                continue
            between = text[m.end:n.start]
            if len(between) > 80 or re.search(r"[.;!?:]", between):
                return None
            if n.entry is None:
                continue  # another unresolved village of the same list
            if n.entry.feature in ("admin1", "admin2") and (
                    n.hint in ("admin", "admin1", "admin2") or re.search(r"\(\s*$", between)):
                return n.entry
            return None
        return None

    def airport(self, doc: Doc, m: _Mention, city_mentions, focus_city: GazEntry | None, story, last: dict) -> None:
        """"l'aéroport international Atatürk", "l'aéroport de Bruxelles", "l'aéroport": the
        airport by its own name, else the airport of the town named (wherever the story is:
        "l'aéroport de Francfort" in a story from Istanbul is in Frankfurt), else the airport
        of the sentence's or the story's town; a site at the town's point when none is known."""
        entry = None
        if not m.name and last.get("key"):
            # "l'aéroport" after "l'aéroport de Bruxelles" is that airport, whatever town its
            # sentence names ("un vol en provenance de Genève ... à l'aéroport")
            add_place_mention(doc, last["key"], (m.start, m.end), lambda pid: None)
            return
        if m.name:
            found = self.gaz.lookup(m.name, limit=12, loose=False)
            sites = [c for c in found if c.feature == "site" and c.lat is not None]
            towns = [c for c in found if c.feature == "city" and c.lat is not None
                     and (c.country in story or c.population >= 50_000)]
            # the airport in the story's countries first ("Saint-Louis" is in Senegal and in Missouri)
            sites.sort(key=lambda c: c.country not in story)
            if sites:
                entry = sites[0]
            elif towns:
                entry = self.airport_of(towns[0])
                if entry is None:
                    last["key"] = self.add(doc, m, None, town=towns[0], site=True)
                    return
        town = self.enclosing_town(doc, m, city_mentions) or focus_city
        if entry is None and town is not None:
            entry = self.airport_of(town)
        if entry is not None:
            last["key"] = self.add(doc, m, entry)
        elif m.name and town is not None:
            last["key"] = self.add(doc, m, None, town=town, site=True)

    def airport_of(self, town: GazEntry) -> GazEntry | None:
        """The airport of a town: one named after it within AIRPORT_KM, else the nearest
        within half that (Antwerp's airport is not Brussels')."""
        if town.lat is None:
            return None
        keys = {normalize_place_name(n) for n in (town.name, town.name_fr) if n}
        near = self.gaz.airports_near(town.lat, town.lon, AIRPORT_KM)
        named = [a for a in near if any(k and k in normalize_place_name(a.name) for k in keys)]
        close = [a for a in near if _km(a, town) <= AIRPORT_KM / 2]
        return (named or close or [None])[0]

    def town_right_after(self, doc: Doc, m: _Mention, city_mentions) -> GazEntry | None:
        """The town named just after a mention: "X, à Mogadiscio", "X (Goma)", "X de Goma"."""
        text = text_of(doc)
        for c in city_mentions:
            if c.start > m.end and c.entry is not None and self.rx_town_after.fullmatch(text[m.end:c.start]):
                return c.entry
        return None

    def enclosing_town(self, doc: Doc, m: _Mention, city_mentions) -> GazEntry | None:
        """The town named in the same sentence (after the district first: "les quartiers
        X et Y de Goma"), else None (the caller falls back on the town in focus)."""
        tok = doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            return None
        sent = tok.sent
        # (another district of the list is no town: "les quartiers Breil et Bellevue"; nor the
        # town a distance is measured from: "située à 80 km au sud de la capitale Bagdad")
        text = text_of(doc)
        city_mentions = [c for c in city_mentions if c.hint != "district" and not (
            self.rx_offset_reference is not None and self.rx_offset_reference.search(text[max(0, c.start - 80):c.start]))]
        # ("Sudan: 40 killed in RSF shelling of El Fasher camp, talks stall in Jeddah": a headline's
        # clause after a comma is other news, not where the site is)
        after = [c for c in city_mentions if m.end <= c.start < sent.end_char and c.entry is not None
                 and not headline_clause_break(doc, m.end, c.start)]
        # (not the wire dateline's town, which files the story: "BANGKOK (Reuters) - A Myanmar
        # military air strike on a Buddhist monastery in Sagaing region")
        before = [c for c in city_mentions if story_start(doc, sent.start_char) <= c.start < m.start and
                  c.entry is not None and not headline_clause_break(doc, c.end, m.start)]
        if after:
            return after[0].entry
        if before:
            return before[-1].entry
        return None

    def add(self, doc: Doc, m: _Mention, entry: GazEntry | None, town: GazEntry | None = None,
            site: bool = False, feature: str | None = None, precision: int | None = None) -> str:
        if entry is not None and not site:
            key = entry.id

            def make(pid):
                return Place(id=pid, name=entry.name, feature=entry.feature, country=entry.country,
                             lat=entry.lat, lon=entry.lon, geonames_id=entry.geonames_id, part=m.part,
                             precision=PRECISION.get(entry.feature, 2), admin1=entry.admin1_name)
        else:
            feature = feature or ("site" if site else "district")
            label = text_of(doc)[m.start:m.end] if site else m.name
            key = f"{feature}:{label.lower()}"

            def make(pid):
                base = entry or town
                return Place(id=pid, name=f"{label} ({town.name})" if town else label, feature=feature,
                             country=base.country, lat=base.lat, lon=base.lon,
                             geonames_id=entry.geonames_id if entry else None,
                             precision=precision or (1 if entry is not None else 2),
                             admin1=base.admin1_name if base.feature != "admin1" else base.name)
        add_place_mention(doc, key, (m.start, m.end), make)
        return key


@dataclass
class _SiteMatch:
    """A name-first site found in the text, read like a match of the noun-first pattern."""
    s: int
    e: int
    name: str
    noun: str

    def start(self, group: str | None = None) -> int:
        return self.s  # the name opens the site

    def end(self) -> int:
        return self.e

    def group(self, which: str) -> str:
        return self.name if which == "name" else self.noun


def _is_acronym(name: str) -> bool:
    """"SANA", "ANENA": an all-capitals word (not a dateline, which is title-cased first)."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in name.strip()


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on an initial ``bearing`` (degrees), on a sphere."""
    r = km / 6371.0
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def _km(a: GazEntry, b: GazEntry) -> float:
    if a.lat is None or b.lat is None:
        return 99999.0
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


@Language.factory("veille_places", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.places", "doc._.place_spans", "doc._.place_keys", "doc._.focus", "doc._.dateline"],
                  default_config={"lang": LANG_CONFIG, "gazetteer_path": None})
def make_places(nlp: Language, name: str, lang, gazetteer_path: str | None):
    lang = get_lang(lang)
    resolver = PlaceResolver(lang, Gazetteer.open(gazetteer_path), ActorKB(lang))

    def set_places(doc: Doc) -> Doc:
        doc._.places, doc._.place_spans, doc._.place_keys, doc._.dateline = [], [], {}, None
        resolver(doc)
        return doc

    return set_places
