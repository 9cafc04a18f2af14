"""Actors: who acts, speaks, reports or is targeted.

Mentions come from the knowledge-base span ruler (``doc.spans["veille_kb"]``), from
"noun + demonym" phrases ("l'armée syrienne", "raids russes"), from bare references to the
country in focus ("le régime", "l'armée") and from the parser's PER/ORG entities. A capital
or country name is an actor only where it acts (subject, agent, "selon X"): "Moscou a
annoncé" is Russia, "à Moscou" is a place. Persons gather their later mentions
("M. Lavrov", "Lavrov") and keep their role and affiliation.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.lang import Lang, alternation, get_lang
from veille.names import fold, name_key
from veille.nlp.registry import actor_by_id, add_actor_mention
from veille.resolve.actor_kb import ActorKB, KbActor
from veille.nlp.links import Ranges, text_of
from veille.nlp.extensions import LANG_CONFIG

# Universal Dependencies relations of a name that acts
ACTING_DEPS = {"nsubj", "nsubj:pass", "obl:agent", "iobj"}
# a capitalised word (Latin script)
CAP = r"[A-ZÉÈÎÔÀÂÇ][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*"
_alt = alternation


# an acronym in brackets inside an entity the model cut before ")" ("X (MDC"), or right after a
# name ("Forces démocratiques syriennes (FDS)": read by the organisation rule and fold_acronyms)
_ACRONYM_INSIDE = re.compile(r"\s*\((?P<acr>[A-ZÉ][A-ZÉ0-9&-]{1,9})?$")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-ZÉ][A-ZÉ0-9&-]{1,9})\)")
_LETTERS = re.compile(r"[^\W\d_]+")


def person_key(name: str, surname_prefixes: str = "") -> str:
    """One key per surname: "Sergueï Lavrov", "M. Lavrov" -> "per:lavrov"; a prefix of the
    language's list (``surname_prefixes``, an alternation) is dropped ("al-Assad")."""
    toks = [t for t in re.split(r"\s+", name.strip()) if t]
    last = toks[-1] if toks else name
    last = fold(last).lower()
    if surname_prefixes:
        last = re.sub(rf"^(?:{surname_prefixes})[-‑]", "", last)
    return "per:" + re.sub(r"[^\w]", "", last)


def same_given(a: str | None, b: str | None) -> bool:
    """Two first given names that may be one person's: equal, one missing, or an initial."""
    if not a or not b:
        return True
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


class ActorFinder:
    def __init__(self, lang: "str | Lang", kb: ActorKB):
        self.kb = kb
        self.lang = lang = get_lang(lang)
        lx = lang.toml("actors")
        # nouns that name again the body whose name they open (actors.toml [anaphora_by_name])
        self.head_anaphora = {name_key(w) for w in lx.get("anaphora_by_name", {}).get("words", [])}
        acting = lx["acting"]
        self.acting_before = set(acting["before"])
        self.acting_spatial = set(acting.get("spatial", []))
        self.rx_list_glue = re.compile(acting["list_glue"], re.I) if acting.get("list_glue") else None
        self.acting_verbs = set(acting["verbs"])
        self.acting_nmod_heads = set(acting["nmod_heads"])
        self.acting_subject_nmod_heads = set(acting.get("subject_nmod_heads", []))
        self.acting_not_after_motion = set(acting.get("motion", []))
        self.surname_prefixes = "|".join(re.escape(w) for w in lx["names"]["surname_prefixes"])
        # a name may start with a lower-case particle: "al-Maliki", "de Mistura"
        self.name_particles = tuple(w for w in lx["names"]["particles"] if w.endswith("-"))
        self.particle_words = {w.lower().rstrip("-") for w in lx["names"]["particles"]}
        pat = lx["patterns"]
        comp = lx["composite"]
        self.noun_role = {}
        for role in ("military", "government", "state", "police"):
            for n in comp.get(role, ()):
                self.noun_role.setdefault(n.lower(), role)
        dem = _alt(kb.demonym)
        # noun and demonym in the language's order: "l'armée syrienne", "the Syrian army"
        self.rx_composite = re.compile(lang.fill(pat["composite"], nouns=_alt(self.noun_role), dem=dem), re.I)
        # "Israel's military": a country's possessive for its demonym (absent: no such form)
        self.rx_composite_owner = re.compile(lang.fill(pat["composite_owner"], nouns=_alt(self.noun_role)), re.I) \
            if pat.get("composite_owner") else None
        self.rx_owner_before = re.compile(pat["owner_before"]) if pat.get("owner_before") else None
        self.rx_org_noun_after = re.compile(pat["org_noun_after"]) if pat.get("org_noun_after") else None
        self.not_body_words = set(lx.get("not_bodies", {}).get("words", []))
        self.org_ignore = {w.lower() for w in lx.get("org_words", {}).get("ignore", [])}
        self.demonyms_of: dict[str, list[str]] = {}
        for form, cc in kb.demonym.items():
            self.demonyms_of.setdefault(cc, []).append(form)
        self.bare_follows_named = bool(lx["focus"].get("bare_follows_named", False))
        # the forces of a country the knowledge base lacks, named after it (absent: none), and the
        # territories whose bare "army" is another state's
        self.synthetic_forces = bool(lx["focus"].get("synthetic_forces", False))
        self.military_of = dict(lx["focus"].get("military_of", {}))
        self.rx_focus_mil = re.compile(rf"(?<![\w-])(?:{_alt(lx['focus']['military'])})(?![\w-])", re.I)
        self.rx_focus_gov = re.compile(rf"(?<![\w-])(?:{_alt(lx['focus']['government'])})(?![\w-])", re.I)
        self.rx_focus_police = re.compile(rf"(?<![\w-])(?:{_alt(lx['focus']['police'])})(?![\w-])", re.I) \
            if lx["focus"].get("police") else None
        # "la police judiciaire d'Anvers": an adjective, then the place the body belongs to
        self.rx_body_of_after = re.compile(pat["body_of_after"]) if pat.get("body_of_after") else None
        # the articles and partitives a bare noun opens with ("des policiers")
        self.rx_determiner = re.compile(pat.get("determiner") or pat["leading_article"], re.I)
        groups = lx.get("context_groups", {})
        self.context_groups = {k.lower(): v for k, v in groups.items()}
        self.rx_context_groups = re.compile(rf"(?<![\w-])(?:{_alt(groups)})(?![\w-])", re.I) if groups else None
        self.police_nouns = {w.lower() for w in lx.get("composite", {}).get("police", [])}
        uo = lx.get("unnamed_officials", {})
        self.unnamed_offices = {w.lower() for w in uo.get("nouns", [])}
        self.unnamed_office_openers = {w.lower() for w in uo.get("openers", [])}
        self.unnamed_determiners = {w.lower() for w in uo.get("determiners", [])}
        self.unnamed_request_heads = {w.lower() for w in uo.get("request_heads", [])}
        branches = lx.get("focus_police_branches", {}).get("words", [])
        self.rx_police_branch = re.compile(rf"\s+(?:{_alt(branches)})(?![\w-])", re.I) if branches else None
        # "la police nationale de la France": the police of a country named after it
        self.rx_of_name_after = re.compile(pat["of_name_after"]) if pat.get("of_name_after") else None
        # "la police judiciaire d'Anvers", "le parquet de Paris": a local body named after its place
        self.rx_body_of_place = re.compile(lang.fill(pat["body_of_place"], bodies=_alt(lx["local_bodies"]["words"]))) \
            if pat.get("body_of_place") and lx.get("local_bodies") else None
        self.rx_subnational = re.compile(rf"\s+(?:{_alt(lx['focus_subnational']['words'])})(?![\w-])", re.I)
        self.rx_dem_after = re.compile(lang.fill(pat["dem_after"], dem=dem), re.I)
        self.rx_composite_more = re.compile(lang.fill(pat["composite_more"], dem=dem), re.I) \
            if pat.get("composite_more") else None
        self.role_nouns = set(lx["roles"]["nouns"])
        self.rx_role_before = re.compile(pat["role_before"], re.I)
        self.rx_role_after = re.compile(pat["role_after"])
        self.rx_role_determiner = re.compile(pat["role_determiner"], re.I)
        self.rx_name_then_role = re.compile(pat["name_then_role"])
        self.rx_not_person_before = re.compile(pat["not_person_before"])
        self.rx_cut_after_of = re.compile(pat["cut_after_of"])
        self.rx_leading_article = re.compile(pat["leading_article"], re.I)
        self.acronym_skips = frozenset(w.lower() for w in lx.get("names", {}).get("acronym_skips", []))
        # (case matters: a capitalised article inside a sentence, "Le Monde")
        arts = lx.get("names", {}).get("title_articles", [])
        self.rx_title_article = re.compile(rf"(?:{'|'.join(map(re.escape, arts))})(?:\s+|(?<=['’]))(?=[A-ZÀ-Ý])") if arts else None
        # words an organisation's entity runs on with ("the X Network where", "X's Y party");
        # absent: the entity is kept whole
        self.rx_org_trailing = re.compile(pat["org_trailing"]) if pat.get("org_trailing") else None
        # "the Human Rights Commission" + " of Pakistan": the country the model left out of a
        # body's name (absent: the entity is kept as the model cut it)
        self.rx_org_of_tail = re.compile(pat["org_of_tail"]) if pat.get("org_of_tail") else None
        self.titles = sorted(lx["titles"]["words"], key=len, reverse=True)
        # words that open a person's name without being a given name, folded as given names are
        # ("Général Diarra", "Président Macron")
        self.not_given = {fold(w).lower() for w in self.role_nouns if " " not in w} | {
            fold(t).lower().split()[-1].strip(".") for t in self.titles}
        openers = lx["names"].get("alias_openers", [])
        self.rx_alias = re.compile(rf"\s*,?\s*(?:{_alt(openers)})\s+[«\"“'‘]?\s*", re.I) if openers else None
        bodies = lx["names"].get("body_nouns_before", [])
        self.rx_body_before = re.compile(rf"(?<![\w-])(?:{_alt(bodies)})\s+$", re.I) if bodies else None
        particle = "(?:" + "|".join(re.escape(w) for w in lx["names"]["particles"]) + ")"
        self.rx_name = re.compile(rf"(?<![\w-]){CAP}(?:\s+(?:{particle}\s*)?{CAP}){{1,3}}(?![\w-])")
        self.rx_role_noun = re.compile(rf"(?<![\w-])(?:{_alt(self.role_nouns)})(?![\w-])", re.I)
        self.rx_title_name = re.compile(lang.fill(pat["title_name"], particle=particle, cap=CAP))
        self.not_actors = set(lx["not_actors"]["words"])
        self.document_heads = set(lx.get("document_heads", {}).get("words", []))
        sub = lx.get("sub_bodies", {})
        self.rx_sub_body = re.compile(sub["before"]) if sub.get("before") else None
        state_body = lx.get("state_bodies", {})
        self.rx_state_body = re.compile(state_body["before"]) if state_body.get("before") else None
        # what a person's name cannot hold, or come after (empty: no such guard)
        notp = lx.get("not_persons", {})
        self.not_person_words = set(notp.get("words", []))
        self.rx_not_person_context = re.compile(notp["before"]) if notp.get("before") else None
        self.rx_possessive = re.compile(r"['’]s$")
        self.rx_role_addressee = re.compile(pat["role_addressee"]) if pat.get("role_addressee") else None
        # offices held by a person: "ministre de la Justice" names no organisation
        self.person_offices = {w.lower() for w in lx.get("person_offices", {}).get("words", [])}
        self.generic_classes = {k: set(v) for k, v in lx.get("generic_classes", {}).items()}
        # classes that are an actor only as the member a story names ("les miliciens" of a story
        # naming no militia are nobody in particular)
        self.generic_only_members = set(lx.get("generic_only_members", {}).get("ids", []))
        inst = lang.toml("speech")["institutions"]
        self.institution_words = {w.lower() for k in inst for w in k.split()}
        self.rx_institution_before = re.compile(lang.fill(pat["institution_before"], institutions=_alt(inst)), re.I)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def locates_town(doc: Doc, span: Span) -> bool:
        """A name right after a town and a comma ("in Rome, Italy", "from Goma, Congo"): the
        town's country or province, a place."""
        if span.start < 2 or doc[span.start - 1].text != ",":
            return False
        comma = doc[span.start - 1].idx
        towns = {p.id for p in doc._.places or [] if p.feature in ("city", "town", "village", "district", "site")}
        return any(e == comma and pid in towns for _, e, pid in doc._.place_spans or [])

    def in_spatial_list(self, doc: Doc, span: Span) -> bool:
        """A name in the list after "entre" with a word of space before it ("le corridor entre
        l'Iran, l'Irak et le Liban"): places, whatever the parse makes of them."""
        k = span.start - 1
        while k >= span.sent.start and (doc[k].pos_ in ("PROPN", "DET", "CCONJ") or doc[k].text == ","):
            k -= 1
        if k < span.sent.start or doc[k].lower_ not in self.acting_before:
            return False
        return any(t.lower_ in self.acting_spatial for t in doc[max(k - 3, span.sent.start):k])

    def acting(self, doc: Doc, span: Span) -> bool:
        root = span.root
        if self.acting_spatial and self.in_spatial_list(doc, span):
            return False
        if self.locates_town(doc, span):
            return False  # "officials in Rome, Italy said": the country says where the town is
        if root.dep_.startswith("nsubj") and any(c.dep_ == "case" and c.i < root.i for c in root.children):
            return False  # "Au Burkina Faso voisin, 15 civils ont été tués": a subject has no preposition
        if root.dep_ in ACTING_DEPS or (root.dep_ == "conj" and root.head.dep_ in ACTING_DEPS):
            return True
        # (or the object the tagger misread as a verb: "a également accusé Israël de", "Israël" an xcomp)
        if (root.dep_ in ("obj", "conj") or (root.dep_ == "xcomp" and root.i == span.start)) and \
                root.head.lemma_.lower() in self.acting_verbs:
            return True
        if root.dep_ in ("obj", "obl", "obl:mod") and root.head.dep_ == "parataxis" and root.head.i < root.i and \
                root.head.i - span.sent.start >= 2 and doc[root.head.i - 1].dep_.startswith("aux") and \
                any(t.is_quote for t in doc[span.sent.start:root.head.i]):
            return True  # "« C'est une provocation », a réagi Moscou": the incise's subject after its verb
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.pos_ == "DET" and span.start > 1:
            prev = doc[span.start - 2]
        if prev is not None and prev.lower_ in self.acting_before and not any(
                t.lower_ in self.acting_spatial for t in doc[max(prev.i - 3, prev.sent.start):prev.i]) and \
                prev.head.lemma_.lower() not in self.acting_not_after_motion:
            return True
        if root.dep_ == "nmod" and root.head.lemma_.lower() in self.acting_nmod_heads and root.i > root.head.i:
            return True  # ("le ministre d'Israël", not "à Jérusalem, le ministre", which the parse hung on it)
        if root.dep_ in ("nmod", "compound") and root.head.lemma_.lower() in self.acting_subject_nmod_heads and \
                root.head.dep_ in ("nsubj", "nsubj:pass"):
            return True  # "l'ambassade des Etats-Unis a condamné", "the US embassy condemned" (not "devant l'ambassade de France")
        # "le soutien de la Turquie, de l'Arabie saoudite et du Qatar": a name listed right
        # after an actor that acts (registered before it) acts too
        if self.rx_list_glue is not None:
            text = text_of(doc)
            before = [x for x in doc._.actor_spans if x[1] <= span.start_char and span.start_char - x[1] < 20]
            if before and self.rx_list_glue.match(text[before[-1][1]:span.start_char]):
                return True
        # a sentence that opens on the name and goes on with its verb ("Paris s'est félicité"):
        # the subject, even where the parser made the name the root
        first = span.start == span.sent.start or (span.start == span.sent.start + 1 and doc[span.sent.start].pos_ == "DET")
        k = span.end + (1 if span.end < len(doc) and doc[span.end].pos_ == "PRON" else 0)
        if first and root.dep_ in ("ROOT", "dep") and k < len(doc) and doc[k].pos_ in ("AUX", "VERB") and \
                "Fin" in doc[k].morph.get("VerbForm"):
            return True
        return False

    def spelled_acronyms(self, doc: Doc, covered: "Ranges") -> None:
        """A name whose words' initials spell the acronym in brackets after it is one body,
        named by both; the knowledge base's own acronyms are left to it."""
        if not self.acronym_skips:
            return
        text = text_of(doc)
        for m in _ACRONYM_AFTER.finditer(text):
            acr = m.group("acr")
            if not acr.isalpha() or len(acr) < 3 or not covered.free(m.start(), m.end()):
                continue
            # (an acronym the knowledge base gives to a body the text does not spell out is the
            # text's: "l'Union pour le progrès et le changement (UPC)" is no Central African group)
            known = self.kb.lookup(acr)
            span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            sent_start = span.sent.start_char if span is not None else max(0, m.start() - 150)
            words = list(_LETTERS.finditer(text, sent_start, m.start()))[-16:]
            want = fold(acr).upper()
            for k in range(2, len(words) + 1):
                part = words[-k:]
                first = part[0].group(0)
                if not first[:1].isupper():
                    continue
                content = [w.group(0) for w in part if w.group(0).lower() not in self.acronym_skips]
                spelled = {"".join(fold(w[:1]).upper() for w in content),
                           "".join(fold(w.group(0)[:1]).upper() for w in part if w is part[0] or
                                   w.group(0).lower() not in self.acronym_skips)}
                if want in spelled:
                    s0, e0 = part[0].start(), part[-1].end()
                    name = text[s0:e0]
                    if self.kb.lookup(name) is None and covered.free(s0, m.end()):
                        key = "org:" + name_key(acr)
                        add_actor_mention(doc, key, name, (s0, e0), kind="organization", aliases=(name, acr))
                        add_actor_mention(doc, key, name, (m.start("acr"), m.end("acr")), kind="organization")
                        covered.append((s0, m.end()))
                        if known is not None:
                            # (the acronym names the text's body wherever it stands again)
                            for again in re.compile(rf"(?<![\w-]){re.escape(acr)}(?![\w-])").finditer(text, m.end()):
                                if covered.free(again.start(), again.end()):
                                    add_actor_mention(doc, key, name, (again.start(), again.end()), kind="organization")
                                    covered.append((again.start(), again.end()))
                    break

    def place_at(self, doc: Doc, s: int, e: int) -> list:
        return [x for x in doc._.place_spans if x[0] < e and x[1] > s]

    def city_at(self, doc: Doc, s: int, e: int) -> bool:
        """Whether the place finder read the words [s, e) as a city, no more and no less."""
        ids = {pid for ps, pe, pid in self.place_at(doc, s, e) if ps == s and pe == e}
        return any(p.id in ids and p.feature == "city" for p in doc._.places or [])

    def drop_place_mention(self, doc: Doc, s: int, e: int) -> None:
        """A name used as an actor ("Moscou a annoncé") is not also the place of the story."""
        # (a site named after the town, "l'aéroport de Bruxelles", is still a place)
        hits = [x for x in self.place_at(doc, s, e) if not (x[0] <= s and e <= x[1] and x[1] - x[0] > e - s)]
        if not hits:
            return
        doc._.place_spans = [x for x in doc._.place_spans if x not in hits]
        gone = {(x[0], x[1]) for x in hits}
        for p in doc._.places:
            p.mentions = [m for m in p.mentions if tuple(m) not in gone]
        # (the country the story is about stays, named or not: events and figures fall back on it;
        # a town named only as an actor, "Moscou a annoncé", is no longer the story's place)
        focus = (doc._.focus or {}).get("place")
        doc._.places = [p for p in doc._.places if p.mentions or (p.id == focus and p.feature == "country")]
        if focus and not any(p.id == focus for p in doc._.places):
            doc._.focus["place"] = None

    def owner_country(self, owner: str) -> str | None:
        """The country a possessive names ("Russia" of "Russia's"; "In Russia" tried from its
        last word back), or None."""
        words = owner.split()
        for k in range(len(words) - 1, -1, -1):
            e = self.kb.lookup(" ".join(words[k:]))
            if e is not None and e.kind == "state" and e.country:
                return e.country
        return None

    def body_of(self, cc: str, noun: str) -> KbActor | None:
        """The country's own body of the knowledge base named by a demonym and the noun
        ("Russian" + "Defence Ministry"), or None."""
        for dem in self.demonyms_of.get(cc, ()):
            e = self.kb.lookup(f"{dem} {noun}")
            if e is not None and e.country == cc and e.kind != "state":
                return e
        return None

    def org_bag(self, surface: str, owner_cc: str | None = None) -> frozenset:
        """A body's name as a set of words, its country's name or demonym as the country:
        "Indian Ministry of External Affairs" and "India's External Affairs ministry" agree."""
        bag = {f"cc:{owner_cc}"} if owner_cc else set()
        for w in re.findall(r"[\w'’-]+", surface):
            low = self.rx_possessive.sub("", w).lower()
            if low in self.org_ignore:
                continue
            cc = self.kb.demonym.get(low)
            bag.add(f"cc:{cc}" if cc else low)
        return frozenset(bag)

    @staticmethod
    def opening_country(doc: Doc, start: int) -> str | None:
        """The country a sentence opens on before a comma ("Au Soudan, la police ...", "In
        neighbouring Niger, protesters ..."), when ``start`` lies in that sentence after it."""
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        text = text_of(doc)
        head = text[sent.start_char:min(start, sent.start_char + 60)]
        comma = head.find(",")
        if comma < 0:
            return None
        places = {p.id: p for p in doc._.places or []}
        for s0, e0, pid in doc._.place_spans or []:
            p = places.get(pid)
            if p is not None and p.feature == "country" and sent.start_char <= s0 and e0 <= sent.start_char + comma and \
                    len(text[sent.start_char:s0].split()) <= 3:
                return p.country
        return None

    def register_kb(self, doc: Doc, e: KbActor, span: tuple[int, int] | None) -> str:
        return add_actor_mention(doc, e.id, e.name, span, kind=e.kind, country=e.country, wikidata=e.wikidata,
                                 aliases=self.kb.aliases_of(e))

    def register_role(self, doc: Doc, cc: str, role: str, span: tuple[int, int]) -> str | None:
        e = self.kb.military(cc) if role == "military" else self.kb.government(cc) if role == "government" \
            else self.kb.police(cc) if role == "police" else self.kb.state(cc)
        if e is None and role != "state":
            e = self.kb.state(cc) if role == "government" else None
        if e is not None:
            return self.register_kb(doc, e, span)
        key, name = self.kb.synthetic(cc, role)
        # (police count among the state forces, as in the knowledge base)
        return add_actor_mention(doc, key, name, span, kind="government" if role == "government" else "military",
                                 country=cc)

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> None:
        text = text_of(doc)
        covered = Ranges()
        free = covered.free

        focus = (doc._.focus or {}).get("country")
        # "Israel's military", "Russia's defence ministry": the country's body, whose owner the
        # knowledge base would otherwise take as the state
        owned = []
        for m in self.rx_composite_owner.finditer(text) if self.rx_composite_owner is not None else ():
            role = self.noun_role[" ".join(m.group("noun").lower().split())]
            person = m.group("noun").lower().split()[-1] in self.role_nouns  # "Tanzania's former president"
            cc = self.owner_country(m.group("owner")) if role in ("military", "government", "police", "state") \
                and not person else None
            if cc:
                owned.append((m, cc, role))
        # 0. a body's name spelled out before its acronym: "la Ligue algérienne pour la défense des
        #    droits de l'homme (LADDH)", "La France insoumise (LFI)" (not the state, not a person)
        self.spelled_acronyms(doc, covered)
        # 1. the knowledge base
        for sp in sorted(doc.spans.get("veille_kb", []), key=lambda x: x.start_char):
            e = self.kb.entries.get(sp.id_)
            if e is None or not free(sp.start_char, sp.end_char):
                continue
            if e.kind == "state" and any(m.start() <= sp.start_char and sp.end_char <= m.end("owner") + 2
                                         for m, _, _ in owned):
                # "Israel's" of "Israel's military": the military's (step 2), whose, not where
                self.drop_place_mention(doc, sp.start_char, sp.end_char)
                continue
            if e.kind == "state" and self.names_a_body(doc, sp):
                continue  # "the Kenya Red Cross Society": the body, not Kenya
            named_after = self.rx_state_body.search(text_of(doc), max(0, sp.start_char - 80), sp.start_char) \
                if self.rx_state_body is not None and e.kind == "state" else None
            if named_after is not None and free(named_after.start("name"), sp.end_char) and \
                    not self.kb.lookup(text_of(doc)[named_after.start("name"):sp.end_char]):
                # "le Front pour la libération du Cameroun": a body named after its country
                name = text_of(doc)[named_after.start("name"):sp.end_char]
                add_actor_mention(doc, "org:" + name_key(name), name, (named_after.start("name"), sp.end_char),
                                  kind="organization", country=e.country)
                covered.append((named_after.start("name"), sp.end_char))
                continue
            placey = e.kind in ("state", "government") and (
                bool(self.place_at(doc, sp.start_char, sp.end_char)) or
                any(self.lang.entity_class(ent.label_) == "LOC" for ent in doc.ents
                    if ent.start_char < sp.end_char and ent.end_char > sp.start_char))
            # a body named by the city it sits in ("Bruxelles" for the EU) is that city unless
            # the name acts; a group spelled like an obscure place ("Al-Qaïda") stays a group
            placey = placey or (e.kind == "organization" and self.city_at(doc, sp.start_char, sp.end_char))
            dateline = doc._.dateline or (0, 0)
            if placey and (not self.acting(doc, sp) or dateline[0] <= sp.start_char < dateline[1]):
                if e.kind == "state" and not (dateline[0] <= sp.start_char < dateline[1]) and (
                        sp.root.dep_ == "compound" or re.match(r"['’]s(?![\w-])", text[sp.end_char:sp.end_char + 3])):
                    # "United States warplanes", "Britain's Foreign Secretary": whose, not where
                    self.drop_place_mention(doc, sp.start_char, sp.end_char)
                continue  # "à Moscou", or the dateline "KHARTOUM, 3 mai (Reuters) -"
            body = self.rx_sub_body.search(text_of(doc), max(0, sp.start_char - 80), sp.start_char) \
                if self.rx_sub_body is not None and e.kind == "organization" else None
            # (not when the whole name ends on an acronym the knowledge base knows: "la Mission de
            # l'Organisation des Nations unies pour la stabilisation en RDC (MONUSCO)")
            acronym = re.match(r"[^()\n]{0,80}?\((?P<acr>[A-ZÉ][\w-]{1,12})\)", text_of(doc)[sp.end_char:sp.end_char + 100])
            if body is not None and not self.kb.lookup(text_of(doc)[body.start("name"):sp.end_char]) and not (
                    acronym and self.kb.lookup(acronym.group("acr"))):
                # "la Force d'urgence des Nations unies", "la Mission d'assistance des Nations unies":
                # a body of its own, named after the organisation it belongs to
                name = text_of(doc)[body.start("name"):sp.end_char]
                add_actor_mention(doc, "org:" + name_key(name), name, (body.start("name"), sp.end_char),
                                  kind="organization", affiliation=e.name)
                covered.append((body.start("name"), sp.end_char))
                continue
            self.register_kb(doc, e, (sp.start_char, sp.end_char))
            covered.append((sp.start_char, sp.end_char))
            if placey:
                self.drop_place_mention(doc, sp.start_char, sp.end_char)
            elif e.kind in ("armed_group", "organization", "media", "person"):
                # "Al-Qaïda" is a group, whatever place the gazetteer spells alike (a place
                # inside a longer name, "la Mission de l'ONU en RDC", stays)
                whole = [x for x in self.place_at(doc, sp.start_char, sp.end_char)
                         if x[0] <= sp.start_char and x[1] >= sp.end_char]
                if whole:
                    self.drop_place_mention(doc, sp.start_char, sp.end_char)
        # 2. noun + demonym: "l'armée syrienne", "raids russes", "combattants iraniens"
        for m in self.rx_composite.finditer(text):
            s, e = m.start(), m.end()
            if not free(s, e):
                continue
            if m.group("adj") and m.group("adj").lower() in self.kb.demonym:
                continue  # "russo-syriens": let the second pass see it
            cc = self.kb.demonym.get(m.group("dem").lower())
            if not cc:
                continue
            role = self.noun_role[" ".join(m.group("noun").lower().split())]
            self.register_role(doc, cc, role, (s, e))
            covered.append((s, e))

        for m, cc, role in owned:
            s, e = m.start(), m.end()
            if not free(s, e):
                continue
            body = self.body_of(cc, m.group("noun"))
            if body is not None:
                self.register_kb(doc, body, (s, e))
            else:
                self.register_role(doc, cc, role, (s, e))
            covered.append((s, e))

        # 2b. "l'aviation syrienne et russe", "des armées syriennes et russes": the same noun
        #     for a second country
        if self.rx_composite_more is not None:
            kinds = {"military": "military", "government": "government", "state": "state"}
            for s0, e0, aid in list(doc._.actor_spans):
                more = self.rx_composite_more.match(text, e0)
                if more is None or not free(more.start("dem"), more.end("dem")):
                    continue
                a = next((x for x in doc._.actors if x.id == aid), None)
                cc2 = self.kb.demonym.get(more.group("dem").lower())
                if a is None or a.kind not in kinds or not cc2 or cc2 == a.country or \
                        not any(self.kb.demonym.get(w.lower()) == a.country for w in re.findall(r"[\w-]+", text[s0:e0])):
                    continue
                self.register_role(doc, cc2, kinds[a.kind], (more.start("dem"), more.end("dem")))
                covered.append((more.start("dem"), more.end("dem")))
        # 3a. a local body named after its town or unit: "la police judiciaire d'Anvers",
        #     "le parquet de Paris", "les sapeurs-pompiers de Téhéran" (the place stays a place);
        #     the police of the story's own town is the one "la police" means later on
        focus_place = (doc._.focus or {}).get("place")
        town_police = None
        for m in self.rx_body_of_place.finditer(text) if self.rx_body_of_place is not None else ():
            s, e = m.start(), m.end()
            where = self.place_at(doc, m.start("place"), m.end("place"))
            if not free(s, e) or not where:
                continue
            feats = {p.feature for p in doc._.places if any(p.id == pid for _, _, pid in where)}
            if "country" in feats:
                continue  # "la police nationale de la France" is the country's police (below)
            surface = text[s:e]
            key = "org:" + name_key(surface)
            add_actor_mention(doc, key, surface, (s, e), kind="government")
            covered.append((s, e))
            if town_police is None and focus_place is not None and m.group("body").lower() in self.police_nouns \
                    and any(pid == focus_place for _, _, pid in where):
                town_police = (s, key, surface)
        # 3. bare references to the country in focus
        for m in self.rx_context_groups.finditer(text) if self.rx_context_groups is not None else ():
            s, e = m.start(), m.end()
            table = self.context_groups.get(" ".join(m.group(0).lower().split()), {})
            kb_id = table.get(focus) if focus else None
            kb_id = kb_id or table.get("*")
            if not free(s, e) or kb_id is None or kb_id not in self.kb.entries:
                continue
            self.register_kb(doc, self.kb.entries[kb_id], (s, e))
            covered.append((s, e))
        if focus:
            for rx, role in ((self.rx_focus_mil, "military"), (self.rx_focus_gov, "government")):
                for m in rx.finditer(text):
                    s, e = m.start(), m.end()
                    if not free(s, e) or self.rx_dem_after.match(text[e:e + 40]):
                        continue
                    if role == "government" and self.rx_subnational.match(text[e:e + 30]):
                        continue  # "les autorités locales": a body of its own, not the government
                    if role == "military" and self.bare_follows_named:
                        # "L'armée israélienne a lancé des frappes au Liban ... l'armée a frappé 800
                        # cibles": the army named last before the bare word by that same noun, when
                        # it is another country's than the one in focus (not "les forces russes ...
                        # l'armée", which stays the country's own)
                        prior = [x for x in doc._.actor_spans or [] if x[1] <= s and
                                 getattr(actor_by_id(doc, x[2]), "kind", None) == "military"]
                        last = actor_by_id(doc, prior[-1][2]) if prior else None
                        noun = m.group(0).lower().split()[-1].split("'")[-1].split("’")[-1]
                        if last is not None and last.country and last.country != focus and \
                                noun in text[prior[-1][0]:prior[-1][1]].lower():
                            self.register_role(doc, last.country, "military", (s, e))
                            covered.append((s, e))
                            continue
                    local = self.opening_country(doc, s)
                    if local is not None and local != focus:
                        # "Au Soudan, l'armée a ...": the country the sentence opens on, not the story's
                        self.register_role(doc, local, role, (s, e))
                        covered.append((s, e))
                        continue
                    known = self.kb.military(focus) if role == "military" else self.kb.government(focus)
                    if role == "military" and focus in self.military_of:
                        # "l'armée" in a story about Gaza is Israel's ([focus] military_of)
                        self.register_role(doc, self.military_of[focus], role, (s, e))
                        covered.append((s, e))
                        continue
                    if known is None and role == "military" and self.synthetic_forces and \
                            self.kb.state(focus) is not None:
                        # "les forces de sécurité" in a story about Guinea, whose forces the
                        # knowledge base does not list: the forces named after the country
                        self.register_role(doc, focus, role, (s, e))
                        covered.append((s, e))
                        continue
                    if known is None:
                        continue  # "le gouvernement" of a country the knowledge base does not hold
                    self.register_kb(doc, known, (s, e))
                    covered.append((s, e))
            # "la police", "les policiers": the police of the country in focus
            for m in self.rx_focus_police.finditer(text) if self.rx_focus_police is not None else ():
                s, e = m.start(), m.end()
                if not free(s, e):
                    continue
                cc = focus
                if self.rx_body_of_after is not None and self.rx_body_of_after.match(text[e:e + 40]):
                    # "de la France" names the country; "d'Orlando" a body of its own
                    of = self.rx_of_name_after.match(text[e:e + 40]) if self.rx_of_name_after else None
                    st = self.kb.lookup(of.group("name")) if of else None
                    if st is None or st.kind != "state" or not st.country:
                        continue
                    cc, e = st.country, e + of.end()
                elif self.rx_dem_after.match(text[e:e + 40]):
                    continue  # "la police turque": the composite rule's
                else:
                    # "Au Soudan, la police a dispersé ...": the country the sentence opens on
                    cc = self.opening_country(doc, s) or cc
                branch = self.rx_police_branch.match(text, e) if self.rx_police_branch is not None else None
                if branch is not None:
                    # "la police judiciaire": a branch of its own, named by its phrase
                    e = branch.end()
                    name = self.rx_determiner.sub("", text[s:e]).strip()
                    aid = add_actor_mention(doc, "org:" + name_key(name), name, (s, e), kind="government")
                    actor = next((a for a in doc._.actors if a.id == aid), None)
                    if actor is not None and text[s:e] not in actor.aliases:
                        actor.aliases.append(text[s:e])
                    covered.append((s, e))
                    continue
                if town_police is not None and cc == focus:
                    aid = add_actor_mention(doc, town_police[1], town_police[2], (s, e))
                else:
                    aid = self.register_role(doc, cc, "police", (s, e))
                # the noun without its article is a name of the force too ("policiers", "police")
                bare = self.rx_determiner.sub("", text[s:e]).strip()
                actor = next((a for a in doc._.actors if a.id == aid), None)
                if actor is not None and bare and bare not in actor.aliases:
                    actor.aliases.append(bare)
                covered.append((s, e))
        # 4. persons and organisations from NER
        persons: dict[str, str] = {}
        org_bags: dict[frozenset, str] = {}
        for ent in doc.ents:
            s, e = ent.start_char, ent.end_char
            if not free(s, e):
                continue
            surface = text[s:e].strip()
            if self.lang.entity_class(ent.label_) == "PER" and "\n" in text[s:e].strip():
                # a name never crosses a line: the headline's last word is no part of it
                s += text[s:e].rstrip().rindex("\n") + 1
                surface = text[s:e].strip()
            if self.lang.entity_class(ent.label_) == "PER":
                # "Ahmed Abdallah" + "Mohamed Sambi": the model cut a long name; the proper
                # nouns right after it, untagged or tagged as a person too, are the rest of it
                k = ent.end
                while k < len(doc) and k - ent.end < 2 and doc[k].pos_ == "PROPN" and doc[k].is_title \
                        and "\n" not in text[doc[k - 1].idx:doc[k].idx] and not doc[k - 1].is_space \
                        and doc[k].ent_type_ in ("", ent.label_) and doc[k].text not in self.not_actors \
                        and doc[k].lower_ not in self.kb.demonym:
                    k += 1
                if k > ent.end and free(s, doc[k - 1].idx + len(doc[k - 1].text)):
                    e = doc[k - 1].idx + len(doc[k - 1].text)
                    surface = text[s:e].strip()
                # "tweeté Adama Coulibaly": lower-case words the model ran into the name's front
                lead = re.match(r"(?:[^\W\d][\w'’-]*\s+)+?(?=[A-ZÀ-Ý])", surface)
                if lead and lead.group(0).split()[0].islower() and ent[0].pos_ in ("VERB", "AUX", "X") and \
                        not surface.lower().startswith(self.name_particles):
                    s, surface = s + lead.end(), surface[lead.end():]
                # "al-Sadr's": the name without its possessive
                poss = self.rx_possessive.search(surface)
                if poss:
                    surface, e = surface[:poss.start()], e - len(poss.group(0))
                bare = self.strip_title(surface)
                if not (bare[:1].isupper() or bare.lower().startswith(self.name_particles)) or bare in self.not_actors or bare.lower() in self.kb.demonym \
                        or self.place_at(doc, s, e) or not self.may_be_person(text, bare, s, e) or \
                        self.modifies_common_noun(ent):
                    continue
                if self.rx_body_before is not None and self.rx_body_before.search(text, max(0, s - 30), s) and \
                        self.kb.lookup(bare) is None:
                    # "l'association Kisal": the model's person is the body the noun before names
                    add_actor_mention(doc, "org:" + name_key(bare), bare, (s, e), kind="organization")
                    covered.append((s, e))
                    continue
                self.add_person(doc, bare, s, e, persons)
                covered.append((s, e))
        # "a déclaré à Reuters Moussa Traoré": the NER ran an outlet the KB knows into the name
        # after it; the capitalised words past the known part are a person
        for ent in doc.ents:
            if free(ent.start_char, ent.end_char) or len(ent) < 3:
                continue
            k = next((t.i for t in ent if t.i > ent.start and free(t.idx, ent.end_char)), None)
            if k is None or free(ent.start_char, doc[k].idx) or not 2 <= ent.end - k <= 4:
                continue
            rest = doc[k:ent.end]
            if all(t.pos_ == "PROPN" and t.is_title and t.text not in self.not_actors for t in rest) and \
                    not self.place_at(doc, rest.start_char, rest.end_char) and \
                    self.may_be_person(text, rest.text, rest.start_char, rest.end_char):
                self.add_person(doc, rest.text, rest.start_char, rest.end_char, persons)
                covered.append((rest.start_char, rest.end_char))
        # a name the model took for a work or a product ("Alioune Ndiaye" as PRODUCT) followed by
        # a person's role in apposition: "Alioune Ndiaye, the UN representative, called ..."
        for ent in doc.ents:
            s, e = ent.start_char, ent.end_char
            if self.lang.entity_class(ent.label_) != "MISC" or not free(s, e) or not 2 <= len(ent) <= 4 or \
                    not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
                continue
            role = re.match(r"\s*,\s*([^,.;]{1,50})", text[e:e + 60])
            if role and any(w.lower() in self.role_nouns for w in re.findall(r"[\w'’-]+", role.group(1))[:5]) and \
                    not self.place_at(doc, s, e) and self.kb.lookup(ent.text) is None and \
                    self.may_be_person(text, ent.text, s, e):
                self.add_person(doc, ent.text, s, e, persons)
                covered.append((s, e))
        # persons the NER missed: a name right after a role ("le ministre ... Petro Zaliznyak",
        # "le porte-parole de l'armée, Moussa Diarra") or a title ("M. Diarra")
        for s, e in self.rule_persons(doc):
            if free(s, e):
                self.add_person(doc, text[s:e], s, e, persons)
                covered.append((s, e))
        for ent in doc.ents:
            s, e = ent.start_char, ent.end_char
            if not free(s, e) or self.place_at(doc, s, e):
                continue
            surface = self.rx_leading_article.sub("", text[s:e].strip())
            if not surface[:1].isupper() or surface in self.not_actors:
                continue
            if self.lang.entity_class(ent.label_) in ("ORG", "MISC") and surface.split()[0] in self.document_heads:
                continue  # "le Traité de Bangui", "la Convention de Genève": a text, not who signed it
            key = person_key(self.strip_title(surface), self.surname_prefixes)
            if key in persons and self.lang.entity_class(ent.label_) in ("ORG", "LOC", "MISC"):
                add_actor_mention(doc, key, surface, (s, e), kind="person")
                covered.append((s, e))
            elif self.lang.entity_class(ent.label_) == "ORG" and len(surface) > 1 and self.may_be_body(text, surface, s) \
                    and not self.modifies_common_noun(ent):
                # "Collectif des familles de" + "Tillia": the model cut the name after "de"
                tail = re.match(r"\s*(?:[A-ZÉÈÎÔ][\w'’-]+)(?:\s+[A-ZÉÈÎÔ][\w'’-]+)*", text[e:e + 60])
                if self.rx_cut_after_of.search(surface) and tail:
                    e += tail.end()
                    surface = text[s:e].strip()
                elif self.rx_org_of_tail is not None:
                    of = self.rx_org_of_tail.match(surface + text[e:e + 40])
                    if of and of.end("inst") == len(surface):
                        e += of.end() - len(surface)
                        surface = self.rx_leading_article.sub("", text[s:e].strip())
                noun_after = self.rx_org_noun_after.match(text[e:e + 20]) if self.rx_org_noun_after else None
                if noun_after and free(s, e + noun_after.end()):
                    e += noun_after.end()
                    surface = self.rx_leading_article.sub("", text[s:e].strip())
                lead = self.rx_institution_before.search(text[max(0, s - 60):s])
                if lead and lead.group(0).split()[0].lower() in self.person_offices:
                    continue  # "ministre de la Justice": a person's portfolio, not a body
                if lead:  # "ministère de la Sécurité ...": NER keeps only the capitalised part
                    s = s - (len(text[max(0, s - 60):s]) - lead.start())
                    surface = text[s:e]
                trail = self.rx_org_trailing.search(surface) if self.rx_org_trailing else None
                if trail and trail.start() > 0:
                    e -= len(surface) - trail.start()
                    surface = surface[:trail.start()]
                if self.rx_title_article is not None and ent.start > ent.sent.start and \
                        self.rx_title_article.match(text[s:e]) and len(text[s:e].split()) > 1:
                    # "a rapporté Le Monde": a capitalised article inside a sentence opens a title
                    surface = text[s:e].strip()
                key, aliases = "org:" + name_key(surface), ()
                # "Movement for Democratic Change (MDC": the acronym the model cut in two, or
                # the one right after the name, is the same body (and its later mentions too)
                inside = _ACRONYM_INSIDE.search(surface)
                if inside and inside.start() > 0:
                    e -= len(surface) - inside.start()
                    surface = surface[:inside.start()]
                acro = (inside if inside and inside.group("acr") else None) or _ACRONYM_AFTER.match(text[e:e + 16])
                if acro:
                    key, aliases = "org:" + name_key(acro.group("acr")), (surface.strip(), acro.group("acr"))
                    org_bags.setdefault(self.org_bag(surface), key)
                else:
                    # "India's" + "External Affairs ministry": the country's body of the knowledge
                    # base, else the body named before with the same words
                    owner = self.rx_owner_before.search(text[max(0, s - 40):s]) if self.rx_owner_before else None
                    owner_cc = self.owner_country(owner.group("owner")) if owner else None
                    body = self.body_of(owner_cc, surface.strip()) if owner_cc else None
                    if body is not None:
                        self.register_kb(doc, body, (s, e))
                        covered.append((s, e))
                        continue
                    key = org_bags.setdefault(self.org_bag(surface, owner_cc), key)
                add_actor_mention(doc, key, surface, (s + len(text[s:e]) - len(text[s:e].lstrip()) + (len(text[s:e].strip()) - len(surface)), e),
                                  kind="organization", aliases=aliases)
                covered.append((s, e))
        # 5. an official named by the office alone who acts: "le maire de la ville a donné un
        #    bilan", "à la demande du ministre québécois de la Sécurité publique"
        if self.unnamed_offices:
            self.unnamed_officials(doc, covered)

    def unnamed_officials(self, doc: Doc, covered: "Ranges") -> None:
        text = text_of(doc)
        for t in doc:
            if t.lower_ not in self.unnamed_offices or t.pos_ != "NOUN":
                continue
            # "le maire", "du ministre" (the contraction is the case marker)
            det = next((c for c in t.children if c.dep_ in ("det", "case") and c.i < t.i
                        and c.lower_ in self.unnamed_determiners), None)
            if det is None:
                continue
            acts = t.dep_ in ("nsubj", "nsubj:pass", "obl:agent") or (
                t.dep_ in ("nmod", "obl", "obl:arg") and t.head.lower_ in self.unnamed_request_heads)
            if not acts:
                continue
            # the office and its complements ("de la ville", "québécois"), not a clause or a name
            mods = [c for c in t.children if c.i > t.i and c.dep_ in ("amod", "nmod")]
            if not mods:
                continue  # "le ministre" alone: whoever the story named
            end = max(c.right_edge.i for c in mods) + 1
            span = doc[t.i:end]
            if any(x.ent_type_ == "PER" or x.text in (",", "(", ")") for x in span):
                continue
            nxt = doc[end] if end < len(doc) else None
            k = end + 1
            # (a rank may open the apposition: "le ministre de la Défense, le général Amadou Keita")
            while nxt is not None and nxt.text == "," and k < min(len(doc), end + 4) and doc[k].ent_type_ != "PER" and (
                    doc[k].pos_ == "DET" or (doc[k].pos_ == "NOUN" and doc[k].is_lower)):
                k += 1
            if nxt is not None and (nxt.ent_type_ == "PER" or (nxt.text == "," and k < len(doc) and
                                                                doc[k].ent_type_ == "PER")):
                continue  # "le maire de Tignes, Jean Dupont": the person's role
            s, e = t.idx, span[-1].idx + len(span[-1].text)
            if t.i > 0 and doc[t.i - 1].lower_ in self.unnamed_office_openers and doc[t.i - 1].i > det.i:
                s = doc[t.i - 1].idx  # "le Premier ministre hongrois": the office is the two words
            if not covered.free(det.idx, e):
                continue
            name = text[s:e]
            add_actor_mention(doc, "anon:" + name_key(name), name, (det.idx, e), kind="person",
                              aliases=(text[det.idx:e],))
            covered.append((det.idx, e))

    def names_a_body(self, doc: Doc, sp: Span) -> bool:
        """A country's name that opens an organisation's name the NER gives whole ("the
        Afghanistan Independent Human Rights Commission", "the Kenya Red Cross Society"): the
        body's name, not the state. A knowledge-base actor over the same entity wins."""
        for ent in doc.ents:
            if self.lang.entity_class(ent.label_) != "ORG" or not (ent.start_char <= sp.start_char < ent.end_char):
                continue
            head = text_of(doc)[ent.start_char:sp.start_char]
            tail = text_of(doc)[sp.end_char:ent.end_char]
            if self.rx_leading_article.sub("", head).strip() or not re.match(r"\s+[A-Z]", tail):
                return False
            return not any(x.start_char <= ent.start_char + len(head) and x.end_char >= ent.end_char
                           for x in doc.spans.get("veille_kb", []) if x is not sp)
        return False

    def may_be_person(self, text: str, name: str, s: int, e: int) -> bool:
        """False for what the NER calls a person but cannot be one: a name holding a word of a
        place or a body ("Tahrir Square", "Human Rights"), a demonym ("Georgian X"), or a name
        right after "the village of", "in" (unless a possessive follows: "in X's speech")."""
        words = [w.strip("'’.,") for w in name.replace("-", " ").split()]
        if any(w in self.not_person_words or w.lower() in self.kb.demonym for w in words):
            return False
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        if len(words) == 1 and not text[line_start:s].strip() and not text[e:len(text) if line_end < 0 else line_end].strip():
            return False  # a word alone on its line is a subhead ("Background"), nobody
        if self.rx_not_person_context is not None and self.rx_not_person_context.search(text[max(0, s - 80):s]) \
                and not re.match(r"['’]s\b", text[e:e + 3]):
            return False
        return True

    @staticmethod
    def modifies_common_noun(ent) -> bool:
        """One capitalised word that only qualifies the lower-case noun right after it ("Flash
        floods", "Patriot systems", "the Jubba valley", "Interior minister"): a word of the
        noun phrase, nobody."""
        if len(ent) != 1 or ent.end >= len(ent.doc):
            return False
        nxt = ent.doc[ent.end]
        return ent.root.head.i == nxt.i and ent.root.dep_ in ("compound", "amod", "nmod") and \
            nxt.pos_ == "NOUN" and nxt.is_lower

    def may_be_body(self, text: str, name: str, s: int) -> bool:
        """False for what the NER calls an organisation but is a nationality ("Ugandan",
        "Ugandan-Congolese") or, after "in"/"the village of" and with no institution's noun in
        it, a place ("in the Khowst", "in Stepova Novoselivka")."""
        words = [w for w in re.split(r"[\s-]+", name) if w]
        if words and all(w.lower() in self.kb.demonym for w in words):
            return False
        if any(w in self.not_body_words for w in words):
            return False  # "Georgian National Park", "the Line of Control": a place
        if self.rx_not_person_context is None or any(w.lower() in self.institution_words for w in words):
            return True
        before = text[max(0, s - 80):s]
        # the article before the name: "in the Khowst" (leading_article reads "the ")
        art = re.search(r"(\w+\s+)$", before)
        if art and self.rx_leading_article.match(art.group(1).lower()):
            before = before[:art.start()]
        return not self.rx_not_person_context.search(before)

    def in_class(self, kb_id: str, members: set[str]) -> bool:
        """Whether a KB id is a member of a generic class, or a branch of one (KB parent)."""
        seen = set()
        while kb_id and kb_id not in seen:
            if kb_id in members:
                return True
            seen.add(kb_id)
            e = self.kb.entries.get(kb_id)
            kb_id = e.parent if e is not None else None
        return False

    @staticmethod
    def merge_into(doc: Doc, gid: str, tid: str) -> None:
        """Actor ``gid`` is actor ``tid``: its mentions and the words the text used for it go
        to ``tid`` and it leaves the list (ids are renumbered by ``renumber``)."""
        by_id = {a.id: a for a in doc._.actors}
        gen, target = by_id.get(gid), by_id.get(tid)
        if gen is None or target is None or gid == tid:
            return
        for s0, e0 in gen.mentions:  # the words the text used, not the class's own names
            surface = " ".join(text_of(doc)[s0:e0].split())
            if surface not in target.aliases:
                target.aliases.append(surface)
        target.mentions = sorted(set(map(tuple, target.mentions)) | set(map(tuple, gen.mentions)))
        doc._.actors = [a for a in doc._.actors if a.id != gid]
        doc._.actor_spans = sorted((s, e, tid if aid == gid else aid) for s, e, aid in doc._.actor_spans)
        keys = doc._.actor_keys or {}
        for key, aid in list(keys.items()):
            if aid == gid:
                keys[key] = tid

    @staticmethod
    def renumber(doc: Doc) -> None:
        """Ids "a1", "a2"... in order again, so a new actor never takes an existing id."""
        renum = {a.id: f"a{i + 1}" for i, a in enumerate(doc._.actors)}
        if all(k == v for k, v in renum.items()):
            return
        for a in doc._.actors:
            a.id = renum[a.id]
        doc._.actor_spans = [(s, e, renum.get(aid, aid)) for s, e, aid in doc._.actor_spans]
        keys = doc._.actor_keys or {}
        for key, aid in list(keys.items()):
            keys[key] = renum.get(aid, aid)

    def fold_generic(self, doc: Doc) -> None:
        """"les djihadistes" is the jihadist group the story names (the one named most)."""
        keys = doc._.actor_keys or {}
        classes = dict(self.generic_classes)
        for gen_key in self.generic_only_members:
            classes.setdefault(gen_key, set())
        for gen_key, members in classes.items():
            gid = keys.get(gen_key)
            by_id = {a.id: a for a in doc._.actors}
            if gid is None or gid not in by_id:
                continue
            named = [by_id[aid] for key, aid in keys.items() if aid != gid and aid in by_id and self.in_class(key, members)]
            if not named:
                if gen_key in self.generic_only_members:
                    doc._.actors = [a for a in doc._.actors if a.id != gid]
                    doc._.actor_spans = [x for x in doc._.actor_spans if x[2] != gid]
                    for key, aid in list(keys.items()):
                        if aid == gid:
                            del keys[key]
                continue
            target = max(named, key=lambda a: (len(a.mentions), -min(m[0] for m in a.mentions) if a.mentions else 0))
            self.merge_into(doc, gid, target.id)

    @staticmethod
    def initials_fit(acr: str, words: str) -> bool:
        """Whether the acronym's letters are, in order, initials of the words it stands for
        ("FDS": Forces démocratiques syriennes; "HRCP" is not "Pakistan")."""
        initials = [w[0].upper() for w in re.findall(r"[^\W\d_]+", fold(words))]
        letters = [c for c in fold(acr).upper() if c.isalpha()]
        if not letters or not initials or letters[0] != initials[0]:
            return False
        k = 0
        for c in initials:
            if k < len(letters) and c == letters[k]:
                k += 1
        return k == len(letters)

    def fold_aliases(self, doc: Doc) -> None:
        """"Jimmy Chérizier, alias « Barbecue »": the name after the opener is the person's."""
        if self.rx_alias is None:
            return
        text = text_of(doc)
        by_id = {a.id: a for a in doc._.actors}
        for s, e, aid in list(doc._.actor_spans):
            if getattr(by_id.get(aid), "kind", None) != "person":
                continue
            m = self.rx_alias.match(text, e)
            if m is None:
                continue
            other = next((x[2] for x in doc._.actor_spans if x[0] == m.end() and x[2] != aid), None)
            # (the model may take the nickname for a body: 'Mohamed Hamdan Daglo, dit « Hemedti »')
            if other is not None and by_id.get(other) is not None and by_id[other].kind in ("person", "other", "organization"):
                self.merge_into(doc, other, aid)
                by_id = {a.id: a for a in doc._.actors}

    def fold_person_names(self, doc: Doc) -> None:
        """One person named by part of a longer name: "Ali Bongo" is "Ali Bongo Ondimba" (the
        shorter name opens the longer one), "Lula" or "Fidel" the one person whose longer
        name holds that word before its last ("Luiz Inácio Lula da Silva", "Fidel Castro"). The
        surname rule keys persons by their last word, which these forms do not share."""
        persons = [a for a in doc._.actors if a.kind == "person" and a.mentions]
        words = {a.id: [fold(w).lower() for w in self.strip_title(a.name).split()] for a in persons}
        for short in sorted(persons, key=lambda a: len(words[a.id])):
            sw = words[short.id]
            if not sw:
                continue
            longer = [a for a in persons if a is not short and len(words[a.id]) > len(sw)]
            if len(sw) >= 2:
                hosts = [a for a in longer if words[a.id][:len(sw)] == sw]
            else:
                if any(words[a.id] and words[a.id][-1] == sw[0] for a in persons if a is not short):
                    continue  # a surname of someone: the surname rule's case
                hosts = [a for a in longer if sw[0] in words[a.id][:-1]]
            if len(hosts) == 1:
                self.merge_into(doc, short.id, hosts[0].id)
                persons = [a for a in persons if a is not short]

    def fold_heads(self, doc: Doc) -> None:
        """"Le Conseil de sécurité de l'ONU a adopté ... Le Conseil a appelé", "le Parlement irakien
        ... le Parlement": a body named again by the head noun of the one longer name named before
        it that opens with that noun is that body."""
        for short in [a for a in doc._.actors if a.kind in ("organization", "government") and a.mentions and
                      name_key(a.name) in self.head_anaphora]:
            start = min(m[0] for m in short.mentions)
            holders = [b for b in doc._.actors if b is not short and b.mentions and min(m[0] for m in b.mentions) < start
                       and any(len(k.split()) > 1 and k.split()[0] == name_key(short.name)
                               for k in map(name_key, b.aliases))]  # (the aliases hold every surface of a mention)
            if len(holders) == 1:
                self.merge_into(doc, short.id, holders[0].id)

    def fold_acronyms(self, doc: Doc) -> None:
        """"les Forces démocratiques syriennes (FDS)": the acronym in brackets after an actor's
        name is that actor, there and wherever the text uses it."""
        text = text_of(doc)
        for s, e, aid in list(doc._.actor_spans):
            m = _ACRONYM_AFTER.match(text, e)
            if m is None:
                continue
            acr = m.group("acr")
            target = next((a for a in doc._.actors if a.id == aid), None)
            if target is None or target.kind == "person" or name_key(acr) in {name_key(x) for x in target.aliases}:
                continue
            if not self.initials_fit(acr, text[s:e]):
                continue  # "the Human Rights Commission of Pakistan (HRCP)": not Pakistan's acronym
            # the actor the acronym was read as on its own (an organisation from the NER)
            for other in [a for a in doc._.actors if a.id != aid and a.kind != "person"
                          and any(name_key(x) == name_key(acr) for x in [a.name, *a.aliases])]:
                if all(name_key(text[ms:me]) == name_key(acr) for ms, me in other.mentions):
                    self.merge_into(doc, other.id, aid)
            for hit in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
                if not any(a0 < hit.end() and hit.start() < b0 for a0, b0, _ in doc._.actor_spans):
                    add_actor_mention(doc, next(k for k, v in doc._.actor_keys.items() if v == aid), target.name,
                                      (hit.start(), hit.end()))

    def rule_persons(self, doc: Doc) -> list[tuple[int, int]]:
        text = text_of(doc)
        out = []
        for r in self.rx_role_noun.finditer(text):
            window_end = r.end()
            while window_end < len(text) and window_end - r.end() < 90 and text[window_end] not in ".;:«»\n(":
                window_end += 1
            pos = r.end()
            while pos < window_end:
                m = self.rx_name.search(text, pos, window_end)
                if m is None:
                    break
                first = m.group(0).split()[0]
                pos = m.start() + len(first)
                before = text[max(0, m.start() - 6):m.start()].lower()
                if self.rx_not_person_before.search(before):
                    continue
                if first in self.not_actors or self.kb.lookup(m.group(0)) or self.place_at(doc, m.start(), m.end()) \
                        or not self.may_be_person(text, m.group(0), m.start(), m.end()):
                    continue
                out.append((m.start(), m.end()))
                break
        # "Abdelkarim Haddad, porte-parole des Houthis": a name followed by a role
        for m in self.rx_name.finditer(text):
            after = text[m.end():m.end() + 40]
            r = self.rx_name_then_role.match(after)
            if r and (r.group("noun").lower() in self.role_nouns or r.group("noun").split()[0].lower() in self.role_nouns):
                first = m.group(0).split()[0]
                if first not in self.not_actors and not self.kb.lookup(m.group(0)) and \
                        not self.place_at(doc, m.start(), m.end()) and \
                        self.may_be_person(text, m.group(0), m.start(), m.end()):
                    out.append((m.start(), m.end()))
        for m in self.rx_title_name.finditer(text):
            if not self.place_at(doc, m.start("name"), m.end("name")):
                out.append((m.start(), m.end()))
        return out

    def add_person(self, doc: Doc, bare: str, s: int, e: int, persons: dict) -> None:
        """One person per surname: "Sergueï Lavrov", "M. Lavrov" and "Lavrov" are one actor,
        named by the fullest form, with the role and affiliation the text gives. Two given
        names make two persons ("Fidel Castro" and his brother "Raúl Castro", "Idriss Déby" and
        "Mahamat Idriss Déby"); the surname alone is the one of them named last before it."""
        key = person_key(bare, self.surname_prefixes)
        given = self.given_name(bare)
        index = doc._.actor_keys or {}
        used = key
        if given:
            own = f"{key}|{given}"
            known = actor_by_id(doc, index.get(key))
            before = self.given_name(known.name) if known is not None else None
            if own in index or (known is not None and not same_given(before, given)):
                used = own
        else:
            # "M. Traoré" after two Traorés: the one named last before it
            namesakes = {aid: k for k, aid in index.items() if k == key or k.startswith(key + "|")}
            if len(namesakes) > 1:
                def last_before(aid: str) -> int:
                    return max((m[0] for m in actor_by_id(doc, aid).mentions if m[0] < s), default=-1)
                used = namesakes[max(namesakes, key=last_before)]
        aid = add_actor_mention(doc, used, bare, (s, e), kind="person")
        if given:
            doc._.actor_keys.setdefault(f"{key}|{given}", aid)
        persons.setdefault(key, aid)
        self.keep_longest_name(doc, aid, bare)
        self.role_of(doc, aid, s, e)

    def given_name(self, name: str) -> str | None:
        """The first given name of a person's name, folded ("Raúl Castro" -> "raul"), or None:
        not a title ("Président Macron", "Général Diarra") nor the particle of a surname alone
        ("Bin Zaid", "Al Khalifa")."""
        toks = name.split()
        if len(toks) < 2 or toks[0].endswith(".") or not name[:1].isupper():
            return None  # a surname alone, or behind a title ("M. Castro")
        given = fold(toks[0]).lower()
        if given in self.not_given or (given in self.particle_words and len(toks) == 2):
            return None
        return given

    def strip_title(self, surface: str) -> str:
        for t in self.titles:
            if surface.startswith(t + " "):
                return surface[len(t) + 1:].strip()
        return surface

    def keep_longest_name(self, doc: Doc, aid: str, bare: str) -> None:
        actor = next(a for a in doc._.actors if a.id == aid)
        if len(bare.split()) > len(actor.name.split()):
            actor.name = bare

    def role_of(self, doc: Doc, aid: str, s: int, e: int) -> None:
        actor = next(a for a in doc._.actors if a.id == aid)
        if actor.role:
            return
        tok = doc.char_span(s, e, alignment_mode="expand")
        sent_start = tok.sent.start_char if tok is not None else max(0, s - 120)
        before = text_of(doc)[sent_start:s]
        role = None
        m = self.rx_role_before.search(before)
        if m and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", m.group("role").lower()) for n in self.role_nouns):
            role = m.group("role").strip().rstrip(",").strip()
        else:
            a = self.rx_role_after.match(text_of(doc)[e:e + 100])
            if a and any(a.group("role").lower().split()[0:3].count(n) or a.group("role").lower().startswith(n)
                         for n in self.role_nouns for _ in [0]):
                role = a.group("role").strip()
        if not role:
            return
        if self.rx_role_addressee is not None:
            role = self.rx_role_addressee.sub("", role)
        role = self.rx_role_determiner.sub("", role)
        actor.role = role
        words = re.findall(r"[\w'’-]+", role.lower())
        for w in words:
            cc = self.kb.demonym.get(w)
            if cc:
                st = self.kb.state(cc)
                actor.affiliation = st.name if st else cc
                actor.country = actor.country or cc
                return
        for w in re.findall(r"[A-Z][\w'’/-]+", role):
            e2 = self.kb.lookup(w)
            if e2 is not None:
                actor.affiliation = e2.name
                actor.country = actor.country or e2.country
                return


def kb_patterns(kb: ActorKB, nlp: Language) -> list[dict]:
    """Span-ruler patterns for every alias of the KB: short acronyms as exact token
    patterns ("UN" must not fire on "un"), everything else as case-insensitive phrase
    patterns (the phrase matcher is far faster than token patterns at this size)."""
    pats = []
    seen = set()
    for alias, e in kb.all_aliases():
        alias = alias.strip()
        if not alias or (alias, e.id) in seen:
            continue
        seen.add((alias, e.id))
        if alias.isupper() and len(alias) <= 6:
            toks = [t.text for t in nlp.make_doc(alias)]
            pats.append({"label": e.kind, "id": e.id, "pattern": [{"ORTH": t} for t in toks]})
        else:
            pats.append({"label": e.kind, "id": e.id, "pattern": alias})
            bare = strip_accents(alias)
            if bare != alias and (bare, e.id) not in seen:  # "Cedeao" for "Cédéao"
                seen.add((bare, e.id))
                pats.append({"label": e.kind, "id": e.id, "pattern": bare})
    return pats


strip_accents = fold


# an actor named where the gazetteer saw a place ("Moscou a annoncé") takes that mention
# from the places: the component rewrites doc._.places and doc._.place_spans
@Language.factory("veille_actors", requires=["doc.ents", "doc.spans", "token.dep", "token.lemma", "doc._.places",
                                              "doc._.place_spans", "doc._.focus", "doc._.dateline"],
                  assigns=["doc._.actors", "doc._.actor_spans", "doc._.actor_keys", "doc._.places",
                           "doc._.place_spans"], default_config={"lang": LANG_CONFIG})
def make_actors(nlp: Language, name: str, lang):
    lang = get_lang(lang)
    finder = ActorFinder(lang, ActorKB(lang))

    def set_actors(doc: Doc) -> Doc:
        doc._.actors, doc._.actor_spans, doc._.actor_keys = [], [], {}
        finder(doc)
        finder.fold_generic(doc)
        finder.fold_acronyms(doc)
        finder.fold_aliases(doc)
        finder.fold_person_names(doc)
        finder.fold_heads(doc)
        finder.renumber(doc)
        return doc

    return set_actors
