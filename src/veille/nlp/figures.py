"""Counts of people: killed, injured, displaced... with group, bounds, qualifier, who
reports them, where and when. Kind and group come from the words around the number
(``lang/<code>/figures.toml``); structure ("dont", coordination, elided verbs) from the
figures around it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.lang import Lang, LanguageNotSupported, get_lang
from veille.nlp.attribution import Attributor
from veille.nlp.grammar import governing_verb, negations
from veille.nlp.timexes import ahead_of_publication, body_dateline, timexes_in
from veille.nlp.links import actors_in, headline_clause_break, in_timex, nearest, places_in, sentences_of, story_start, \
    text_of
from veille.nlp.registry import actor_by_id
from veille.record import Figure
from veille.resolve.numbers import NumberMatch, NumberReader
from veille.nlp.extensions import LANG_CONFIG


@dataclass
class _Draft:
    num: NumberMatch
    sent: Span
    qualifier: str = "exact"
    q_start: int | None = None
    group: str | None = None
    group_end: int | None = None
    kind: str | None = None
    kind_strength: int = 0      # 3 group word, 2 left cue, 1 right cue, 0 inherited
    status: bool = False        # the kind is a state the group was in ("détenus"): a predicate may say another
    left: str = ""
    right: str = ""
    parent: "_Draft | None" = None
    conj_prev: "_Draft | None" = None
    children: list = field(default_factory=list)
    elided: bool = False
    range_low: int | None = None    # "entre 600 et 800": the low end, this draft being the high
    partitive: bool = False         # "2 500 d'entre elles": people of a group named before
    identity: bool = False          # "Il s'agit de trois touristes": who the toll before counted
    speaker: bool = False           # "a indiqué un enseignant": one who tells, no count at all
    group_word: str = ""            # the text's word for the people counted ("civils", "blessés")


def _cue_regex(words: list[str]) -> re.Pattern:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        parts.append(r"\s+".join(re.escape(x.rstrip("*")) + (r"\w*" if x.endswith("*") else "") for x in w.split()))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


# kinds a verb does to its object: who kills, wounds or seizes someone is not counted so
HARM_KINDS = frozenset(("killed", "injured", "detained", "missing"))


class FigureFinder:
    def __init__(self, lang: "str | Lang"):
        self.lang = lang = get_lang(lang)
        lx = lang.toml("figures")
        pat = lx["patterns"]
        self.function_words = set(lx["function_words"]["words"])
        self.participle_ending = pat["participle_ending"]
        self.not_participles = set(pat.get("not_participles", []))
        self.object_cues = {" ".join(w.lower().split()) for w in lx.get("object_cues", {}).get("words", [])}
        self.auxiliary_lemmas = set(lang.toml("grammar")["closed"]["auxiliary_lemmas"])
        self.numbers = NumberReader(lang)
        self.attributor = Attributor(lang)
        self.qualifiers = {k.lower(): v for k, v in lx["qualifiers"].items()}
        self.groups = {k.lower(): v for k, v in lx["groups"].items()}
        # nationals named by a demonym noun ("un Jordanien", "trois Congolais"), unless the
        # lexicon names the group itself; an optional table (a language may have none)
        try:
            demonyms = lang.tsv("demonyms")
        except LanguageNotSupported:
            demonyms = ()
        # (named as [demonym_groups] has it, else "<country> nationals")
        # (or, where the lexicon says so, after the plural noun itself: "two Americans")
        people = lx.get("demonym_groups", {})
        by_plural = lx.get("demonym_group_naming", {}).get("plural_noun", False)
        for row in demonyms:
            for col in ("masc_sg", "fem_sg", "masc_pl", "fem_pl"):
                if row.get(col) and row.get("name_en"):
                    own = row["masc_pl"] if by_plural and row.get("masc_pl") else f"{row['name_en']} nationals"
                    self.groups.setdefault(row[col].lower(), people.get(row.get("country", ""), own))
        self.group_kinds = {k.lower(): v for k, v in lx["group_kinds"].items()}
        # between a count of named people and one of a state only ("27 civils ont été tués et plus de
        # 60 blessés"): the second counts the same people
        self.rx_same_group_gap = re.compile(lx["patterns"].get("same_group_gap", r"(?!)"), re.I)
        # after a count of a state: "dans nos rangs", "in its ranks" (the side that tells of them)
        self.rx_own_ranks = re.compile(lx["patterns"].get("own_ranks", r"(?!)"), re.I)
        self.status_groups = set(w.lower() for w in lx.get("status_groups", {}).get("words", []))
        self.harmed_only_groups = set(w.lower() for w in lx.get("status_groups", {}).get("harmed_only", []))
        self.harms = set(lx.get("status_groups", {}).get("harms", []))
        glued = lx.get("glued_states", {})
        self.final_kinds = set(glued.get("final_kinds", []))
        self.kept_kinds = set(glued.get("kept_kinds", []))
        self.kind_rx = {kind: _cue_regex(words) for kind, words in lx["kinds"].items()}
        self.not_people = set(w.lower() for w in lx["not_people"]["words"])
        self.things = set(w.lower() for w in lx["countable_things"]["words"])
        self.thing_refs = set(w.lower() for w in lx["countable_things"].get("not_after", []))
        # the name the records give a thing counted ("maisons" -> "houses"); else its word
        self.thing_names = {k.lower(): v for k, v in lx["countable_things"].get("names", {}).items()}
        forces = lx.get("force_counts", {})
        self.force_groups = set(forces.get("groups", []))
        self.force_min = forces.get("min_value", 0)
        self.force_any_size = set(forces.get("any_size", []))
        self.part_openers = lx["part_of_openers"]["words"]
        self.elided = [w.lower() for w in lx["elided_kind"]["words"]]
        self.report_time_verbs = set(lang.toml("time")["report_time_verbs"]["lemmas"])
        self.country_to_focus = bool(lx.get("places", {}).get("country_gives_way_to_focus", False))
        # kinds of actors whose credit in the lead covers the counts told with no source after it
        self.lead_source = frozenset(lx.get("sources", {}).get("lead_covers_story", []))
        self.carried_from_counts_only = bool(lx.get("sources", {}).get("carried_from_counts_only", False))
        # "la préfecture a fait état de 14 morts hier": a light verb and its noun report
        self.report_light_verbs = {k: set(v) for k, v in lx.get("report_light_verbs", {}).items()}
        self.report_light_objects = set().union(*self.report_light_verbs.values())  # "état", "bilan"
        # "21 janvier 2017. – ...": a dateline at the head of a line dates the report, not the toll
        self.rx_dateline_tail = re.compile(pat.get("dateline_tail", r"(?!)"))
        # "dans la nuit du mercredi 31 août et du jeudi 1er septembre": two times read as one
        # stretch, which starts at the first
        self.rx_time_run = re.compile(pat.get("time_run", r"(?!)"), re.I)
        # "(né le 31 décembre 1977)": a time that dates a person, not a toll
        self.rx_birth = re.compile(pat.get("birth_before", r"(?!)"), re.I)
        # "fichés depuis 2016": the opening of a time of a state (a "since" time)
        self.rx_state_time = re.compile(pat.get("state_time", r"(?!)"), re.I)
        self.rx_incise = re.compile(pat["incise"], re.I)
        self.rx_destination = re.compile(pat["destination"], re.I)
        self.rx_country_words = re.compile(pat["country_words"], re.I)
        self.rx_spread_before = re.compile(pat.get("spread_before", r"(?!)"), re.I)
        self.rx_earlier_toll = re.compile(pat.get("earlier_toll", r"(?!)"), re.I)
        # "à 120 km au nord du Caire": a place named to locate another, not where it happened
        self.rx_reference_point = re.compile(pat.get("reference_point", r"(?!)"), re.I)
        # between a place and a coarser unit after it that locates it ("Lahore, au Pakistan",
        # "Tignes (Savoie, France)")
        self.rx_place_locator = re.compile(pat.get("place_locator", r"(?!)"), re.I)
        # between a country's possessive and a place of it: "Sudan's North Kordofan province"
        self.rx_place_owner = re.compile(pat.get("place_owner", r"(?!)"))
        # right before a place: where someone comes from, whose clock is read ("originaires de",
        # "heure de"), not where the count happened
        self.rx_not_where = re.compile(lang.toml("places").get("patterns", {}).get("not_where", r"(?!)"), re.I)
        # "portant à 120 le nombre de civils tués": the people counted named after the count (absent: none)
        self.rx_number_of_after = re.compile(pat["number_of_after"], re.I) if pat.get("number_of_after") else None
        # nouns of those who tell, right after a people's word: the count is of sources, no toll
        self.speaker_nouns = {w.lower() for w in lx.get("speaker_nouns", {}).get("words", [])}
        self.rx_of_person = re.compile(pat.get("of_person", r"(?!)"), re.I)
        # "et 200 à 300 sur le reste du pays", right after a count: the count is the country's
        self.rx_country_after = re.compile(pat.get("country_after", r"(?!)"), re.I)
        # right before a count: the place named before it is what the count is given for
        self.rx_tally_of_before = re.compile(pat.get("tally_of_before", r"(?!)"), re.I)
        self.rx_percent = re.compile(pat["percent"])
        self.rx_coordination = re.compile(pat["coordination"])
        self.rx_clause_break = re.compile(pat["clause_break"])
        self.rx_place_list = re.compile(pat["place_list"])
        self.rx_place_list_prep = re.compile(pat.get("place_list_prepositions", pat["place_list"]))
        self.rx_long_period = re.compile(pat["long_period"])
        self.rx_shared_toll = re.compile(pat.get("shared_toll", r"(?!)"), re.I)
        # who the people of the toll right before are: in its sentence, between the two counts
        # ("les quatre personnes tuées, trois femmes et un homme"); in the next sentence, before
        # the count ("Il s'agit de trois touristes")
        self.rx_identity_same = re.compile(pat.get("identity_same", r"(?!)"), re.I)
        self.rx_identity_next = re.compile(pat.get("identity_next", r"(?!)"), re.I)
        # between a count and the same count told again in brackets ("21 000 personnes (environ
        # 4 300 ménages) ont fui")
        self.rx_restated = re.compile(pat.get("restated", r"(?!)"), re.I)
        # ranges ("entre 600 et 800", "200 à 300"); a language without them matches nothing
        never = r"(?!)"
        self.rx_range_opener = re.compile(pat.get("range_opener", never), re.I)
        self.rx_range_with_opener = re.compile(pat.get("range_with_opener", never), re.I)
        self.rx_range_bare = re.compile(pat.get("range_bare", never), re.I)
        # a number that counts no one: an age ("a 9-year-old boy", "Salma Darwish, 34, who..."),
        # a rank ("the top five"); read on the words around the number, which stands as "#"
        self.rx_not_a_count = re.compile(pat.get("not_a_count", never))
        # "the death toll rose to 23": the count is of the dead whatever follows it
        self.rx_toll_before = re.compile(pat.get("toll_before", never), re.I)
        # "le bilan s'élève à 14": the dead, unless a predicate after the count names its kind
        self.rx_toll_before_weak = re.compile(pat.get("toll_before_weak", never), re.I)
        self.rx_number_of = re.compile(pat.get("number_of", never), re.I)
        # whether "one"/"a" opens a count; where not, "one of the victims", "one soldier said"
        # name a person, not a toll
        self.single_words = lx.get("counts", {}).get("single_words", True)
        # whether a percentage is kept as a count of kind "other"; where not, a share ("40
        # percent of the town") is skipped: it counts no one
        self.shares = lx.get("counts", {}).get("shares", True)
        # whether a count of people with nothing said of what befell them is kept (kind "other")
        self.unkinded_people = lx.get("counts", {}).get("unkinded_people", False)
        # ...unless a determiner before it makes it people known already ("ses quatre enfants",
        # "les 2,4 millions d'habitants")
        self.rx_unkinded_not_after = re.compile(
            r"(?<![\w'’-])(?:%s)\s*$" % "|".join(re.escape(w) for w in lx.get("counts", {}).get("unkinded_not_after", []))
            if lx.get("counts", {}).get("unkinded_not_after") else r"(?!)", re.I)
        # what, between a count and a kind cue far after it, starts another clause ("and we
        # will fight until we die"); a language without it reads the cue at any distance
        self.rx_far_break = re.compile(pat.get("far_break", r"(?!)"), re.I)
        # an aside on the people counted, opened right after them and closed before the predicate
        # kinds whose cues say the kind only right after the count
        self.near_only_kinds = set(lx.get("near_only_kinds", {}).get("words", []))
        self.rx_person_apposition = re.compile(pat.get("person_apposition", r"(?!)"))
        self.rx_revised_from = re.compile(pat.get("revised_from", r"(?!)"), re.I)
        self.rx_aside_open = re.compile(pat.get("aside_open", r"(?!)"), re.I)
        self.rx_aside_close = re.compile(pat.get("aside_close", r"(?!)"), re.I)
        self.hospital_rx = re.compile("|".join(re.escape(w) for w in lx["care_sites"]["words"]), re.I)
        q = "|".join(re.escape(k) for k in sorted(self.qualifiers, key=len, reverse=True))
        self.rx_qual = re.compile(rf"(?<![\w-])(?P<q>{q})\s*$", re.I)
        g = "|".join(re.escape(k) for k in sorted(self.groups, key=len, reverse=True))
        self.rx_group = re.compile(lang.fill(pat["group"], groups=g), re.I)
        # a group word anywhere: what "deux d'entre eux" refers back to
        self.rx_any_group = re.compile(rf"(?<![\w-])(?P<g>{g})(?![\w-])", re.I)
        self.rx_partitive = re.compile(pat.get("partitive", never), re.I)
        self.rx_list_item = re.compile(pat.get("list_item", never))
        self.rx_agent = re.compile(pat.get("agent", never), re.I)
        self.rx_among = re.compile(pat.get("among", never), re.I)
        # "onze civils ont été tués à Mamove et cinq dans un hameau voisin": a bare count after
        # a toll, its verb left out, with only where (or when) after it
        self.rx_gap_before = re.compile(pat.get("gap_before", never), re.I)
        self.rx_gap_after = re.compile(pat.get("gap_after", never), re.I)
        # ", pour la plupart des déplacés,": an aside on who they are, not what befell them
        self.rx_aside = re.compile(pat.get("aside", never), re.I)
        self.rx_word = re.compile(pat["next_word"], re.I)
        # the elided preposition an approximate count may open with ("d'une centaine"), which
        # ends a bound before it ("plus d'")
        self.rx_elided_bound = re.compile(pat.get("elided_bound", never), re.I)
        self._kind_memo: dict[tuple[str, bool], tuple[str | None, int, int]] = {}

    # --------------------------------------------------------------- kinds
    def kind_in(self, text: str, last: bool = False) -> tuple[str | None, int]:
        """The kind named in a stretch of text: its last cue when reading leftwards, else its
        first; a present participle ("tuant", "blessant") only counts for what follows it."""
        k, pos, _ = self.kind_at(text, last)
        return k, pos

    def kind_at(self, text: str, last: bool = False) -> tuple[str | None, int, int]:
        """kind_in, with where its cue ends (a pure function of the text, remembered: a count's
        right context is read for its kind several times)."""
        memo = self._kind_memo
        found = memo.get((text, last))
        if found is None:
            if len(memo) > 4096:
                memo.clear()
            found = memo[(text, last)] = self._kind_at(text, last)
        return found

    def _kind_at(self, text: str, last: bool) -> tuple[str | None, int, int]:
        best = None
        for kind, rx in self.kind_rx.items():
            m = rx.search(text)
            while m is not None:
                pos, found = m.start(), m
                m = rx.search(text, found.end())
                if not last and best is not None and pos > best[1]:
                    break  # reading rightwards, this cue and every later one come after the best
                if not last and found.group(0).lower().endswith(self.participle_ending) and \
                        found.group(0).lower() not in self.not_participles:
                    continue
                if not last and " ".join(found.group(0).lower().split()) in self.object_cues:
                    # "qui a perdu deux frères": what the verb's object went through; a shorter cue
                    # inside it may still tell what befell the count ("ont perdu la vie")
                    m = rx.search(text, pos + 1)
                    continue
                # at one place the longer cue wins ("victims of rape" over "victims")
                if best is None or (pos > best[1] if last else pos < best[1]) or (
                        pos == best[1] and found.end() - pos > best[2]):
                    best = (kind, pos, found.end() - pos)
        return (best[0], best[1], best[1] + best[2]) if best else (None, -1, -1)

    def add_other(self, doc: Doc, others: list, num: NumberMatch, group: str, end: int) -> None:
        """A count of things (drones, houses) or a percentage: kind "other", apart from tolls."""
        if num.vague or num.word and num.value == 1:
            return
        before = text_of(doc)[max(0, num.start - 12):num.start].split()
        if before and before[-1].lower() in self.thing_refs and not num.approximate:
            return  # "les deux camps": both sides, not a count
        others.append(Figure(id="", kind="other", group=self.thing_names.get(group, group), best=num.value, low=num.value, high=num.value,
                             qualifier="approximate" if num.approximate else "exact", span=(num.start, end)))

    def drafts(self, doc: Doc, others: list | None = None) -> list[_Draft]:
        others = [] if others is None else others
        text = text_of(doc)
        taken = [t.span for t in doc._.timexes or []]
        out: list[_Draft] = []
        for num in self.numbers.find(text):
            if any(num.start < e and num.end > s for s, e in taken):
                continue
            if num.word and num.value == 1 and not self.single_words:
                continue
            if self.rx_not_a_count.search(text[max(0, num.start - 40):num.start] + "#" + text[num.end:num.end + 16]):
                continue
            pct = self.rx_percent.match(text, num.end)
            if pct and (pct.group(0).strip() != "%" or text[num.end:num.end + 2].strip().startswith("%")):
                if self.shares:
                    self.add_other(doc, others, num, "percent", pct.end())
                continue
            span = doc.char_span(num.start, num.end, alignment_mode="expand")
            if span is None:
                continue
            if self.year_like(text, num):
                continue  # "à l'été 2014": a year the time finder left, not a count
            d = _Draft(num=num, sent=span.sent)
            if num.word and num.value == 1 and self.rx_person_apposition.search(text[max(0, num.start - 60):num.start]):
                continue  # "Dawit Tessema, un enseignant de la ville": who the person named is
            prev_end = out[-1].num.end if out and out[-1].sent == d.sent else d.sent.start_char
            d.left = self.without_bodies(doc, text, max(prev_end, num.start - 60), num.start)
            m = self.rx_qual.search(text[max(0, num.start - 30):num.start])
            # "plus d'une centaine": a bound before an approximate noun whose article holds the
            # bound's last letters ("d'"); the bound says more than the noun
            elided = self.rx_elided_bound.match(text, num.start) if num.approximate and not m else None
            if elided:
                m = self.rx_qual.search(text[max(0, num.start - 30):elided.end()])
            if elided and m and self.qualifiers[m.group("q").lower()] != "approximate":
                d.qualifier = self.qualifiers[m.group("q").lower()]
                d.q_start = elided.end() - (len(text[max(0, num.start - 30):elided.end()]) - m.start())
            elif m and not num.vague and (not num.approximate or self.qualifiers[m.group("q").lower()] != "approximate"):
                # "au moins une vingtaine": a bound before an approximate noun says more than it
                d.qualifier = self.qualifiers[m.group("q").lower()]
                d.q_start = num.start - (len(text[max(0, num.start - 30):num.start]) - m.start())
            elif num.approximate or num.vague:
                d.qualifier = "approximate"
            after = text[num.end:d.sent.end_char]
            g = self.rx_group.match(after)
            if g:
                thing = re.match(r"[ \t]+([\w-]+)", after[g.end():])
                if thing and thing.group(1).lower() in self.not_people and thing.group(1).lower() not in self.function_words:
                    continue  # "Two fighter jets": a people's word right before a thing's noun qualifies the thing
                if any(w.lower() in self.speaker_nouns for w in
                       re.findall(r"[\w-]+", re.split(r"[,;.:]", after[g.end():g.end() + 30])[0])[:2]):
                    continue  # "Two Lebanese security sources said": who tells, not a toll
            number_of = None if g or self.rx_number_of_after is None else self.rx_number_of_after.match(after)
            if number_of is not None and number_of.group("g").lower() in self.groups and \
                    number_of.group("g").lower() not in self.group_kinds:  # ("le nombre de morts": the toll rules read it)
                # "portant à 120 le nombre de civils tués depuis janvier": the people the number is of
                # come after it, with what befell them
                word = number_of.group("g").lower()
                d.group, d.group_word = self.groups[word], word
                d.group_end = num.end + number_of.end()
                out.append(d)
                continue
            part = None if g else self.rx_partitive.match(after)
            if part:
                # "65 d'entre eux": the people of the last group named before, in this
                # sentence or the one before it
                back = text[max(0, d.sent.start_char - 300):num.start]
                named = [m for m in self.rx_any_group.finditer(back)]
                d.group = self.groups[named[-1].group("g").lower()] if named else "people"
                d.group_end = num.end + part.end()
                # (of the people counted before, unless things were counted since: "27 bâtiments
                # touchés, et trois d'entre eux détruits")
                d.partitive = not any(o.span[0] >= (out[-1].num.end if out else 0) for o in others)
            elif g:
                word = g.group("g").lower()
                d.group, d.group_word = self.groups[word], word
                d.group_end = num.end + g.end()
                if word in self.group_kinds and self.rx_own_ranks.match(text[d.group_end:d.group_end + 80]):
                    # "six morts et onze blessés dans nos rangs": the fighters of the side that speaks
                    d.group = self.ranks_group(doc, num.start)
                if word in self.group_kinds:
                    d.kind, d.kind_strength = self.group_kinds[word], 3
                    d.status = word in self.status_groups or word in self.harmed_only_groups
            else:
                w = self.rx_word.match(after)
                at = doc.char_span(num.start, num.end, alignment_mode="expand")
                if at is not None and at.start > d.sent.start and doc[at.start - 1].pos_ in ("NOUN", "ADJ", "PROPN") \
                        and not re.match(r"\s*\w", after):
                    continue  # "devant la base aérienne 101.": a name's number, nothing counted
                if w and (w.group("w").lower() in self.not_people or w.group("w")[:1] in "%"):
                    if w.group("w").lower() in self.things:
                        self.add_other(doc, others, num, w.group("w").lower(), num.end + w.end())
                    continue
                gap = text[others[-1].span[1]:num.start].lower() if others and others[-1].span[1] <= num.start else None
                if gap is not None and len(gap) < 60 and not re.search(r"[.;:!?]|\d", gap) and any(
                        re.search(rf"(?:^|[\s,]){re.escape(o)}\s*$", gap) for o in self.part_openers):
                    # "147 drones, dont 97 ont été abattus", "35 drones dans la nuit, dont 31": part
                    # of the things counted
                    continue
                if num.word and num.value == 1 and not (out and out[-1].sent == d.sent
                                                        and self.rx_list_item.match(after)):
                    continue  # "un"/"une" without a people noun is an article, unless a list
                    # of places goes on counting ("deux à Kayes, une à Gao")
                word = w.group("w") if w else ""
                if w and any(s0 <= num.end + w.start("w") < e0 for s0, e0 in taken):
                    word = ""  # a time right after a bare count ("en a blessé 35 samedi"): no noun
                # "58 des 94 drones": the thing counted comes a few words on
                ahead = [x for x in re.findall(r"[\w%-]+", after[:40].lower()) if x not in self.function_words
                         and not x.isdigit()][:1]
                # "driven 12 million from their homes": what happened to people comes first
                cue, cue_at = self.kind_in(after[:40]) if ahead else (None, -1)
                if cue and cue_at < after.lower().find(ahead[0]):
                    ahead = []
                if ahead and ahead[0] not in self.not_people and not word:
                    # 'more than 100 "terror targets"': a quotation mark before the noun, and a
                    # word qualifying it: the thing counted is the second word, if a thing
                    second = [x for x in re.findall(r"[\w%-]+", re.split(r"[,;.]", after[:30])[0].lower())
                              if x not in self.function_words][1:2]
                    if second and (second[0] in self.not_people or second[0] in self.things) and \
                            not self.groups.get(ahead[0]):
                        ahead = second
                if ahead and (ahead[0] in self.not_people or ahead[0] in self.things and not word):
                    if ahead[0] in self.things:  # "112 drones", "58 des 94 drones": kept apart
                        k = after.lower().find(ahead[0])
                        self.add_other(doc, others, num, ahead[0], num.end + k + len(ahead[0]))
                    continue
                if word[:1].isalpha() and word.lower() not in self.function_words and not self.kind_in(word)[0]:
                    # an unknown noun: people only when a predicate right after says what
                    # happened to them ("Trois marins sont portés disparus")
                    k, pos = self.kind_in(after[w.end():w.end() + 40])
                    # ... or the object of a verb that says it right before ("abattu une
                    # cinquantaine d'apostats", "tuant trois orpailleurs")
                    lk, lpos = self.kind_in(d.left, last=True)
                    cue = re.match(r"[\w'’-]+", d.left[lpos:]) if lk else None
                    # (the count right after the verb, a qualifier at most between: not "les
                    # pertes des deux côtés")
                    between = self.rx_qual.sub("", d.left[lpos + (cue.end() if cue else 0):]) if lk else "x"
                    left_cue = not re.search(r"\w", between)
                    if not (word.lower().endswith(("s", "x")) and ((k and pos <= 25) or left_cue)):
                        continue
                    d.group = self.thing_names.get(word.lower(), word.lower())
                    d.group_end = num.end + w.end()
            out.append(d)
        return self.ranges(out, text)

    @staticmethod
    def ranks_group(doc, start: int) -> str:
        """Soldiers when the last force named before the count in its paragraph is an army (the
        schema's kind for police too), fighters when it is an armed group (soldiers when none is
        named)."""
        para = paragraph_bounds(doc, start)
        for s0, e0, aid in reversed([x for x in doc._.actor_spans or [] if para[0] <= x[0] < start]):
            kind = getattr(actor_by_id(doc, aid), "kind", None)
            if kind == "military":
                return "soldiers"
            if kind == "armed_group":
                return "fighters"
        return "soldiers"

    def year_like(self, text: str, num: NumberMatch) -> bool:
        """Four bare digits of a year (1900-2099) with no people noun after them."""
        raw = text[num.start:num.end]
        return raw.isdigit() and len(raw) == 4 and 1900 <= num.value <= 2099 and \
            not self.rx_group.match(text[num.end:num.end + 60])

    def ranges(self, drafts: list[_Draft], text: str) -> list[_Draft]:
        """"entre 600 et 800 interpellations", "200 à 300": the two numbers are one count."""
        out: list[_Draft] = []
        for d in drafts:
            prev = out[-1] if out else None
            if prev is not None and prev.sent == d.sent and prev.group is None and not prev.num.vague \
                    and prev.num.value < d.num.value:
                between = text[prev.num.end:d.num.start]
                window = text[max(0, prev.num.start - 12):prev.num.start]
                opener = self.rx_range_opener.search(window)
                # "le bilan est passé de 30 à 45 morts": a toll revised, two counts
                revised = self.rx_revised_from.search(text[max(0, prev.num.start - 40):prev.num.start])
                if not revised and ((opener and self.rx_range_with_opener.match(between))
                                    or self.rx_range_bare.match(between)):
                    d.range_low = prev.num.value
                    if opener:
                        d.q_start = prev.num.start - len(window) + opener.start()
                    else:
                        d.q_start = prev.q_start if prev.q_start is not None else prev.num.start
                    # a range is approximate, unless a qualifier before it says more
                    d.qualifier = prev.qualifier if prev.qualifier != "exact" else "approximate"
                    d.left = prev.left
                    out[-1] = d
                    continue
            out.append(d)
        return out

    def structure(self, drafts: list[_Draft], text: str, doc: Doc | None = None) -> None:
        for i, d in enumerate(drafts):
            prev = drafts[i - 1] if i and drafts[i - 1].sent == d.sent else None
            # (a range "200 à 300" starts at its low end)
            d_start = d.q_start if d.range_low is not None and d.q_start is not None else d.num.start
            between = text[prev.group_end or prev.num.end:d_start].lower() if prev else ""
            if prev is not None:
                if any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", between) for o in self.part_openers):
                    d.parent = prev.parent or prev
                elif len(re.sub(r"\([^()]*\)", "", between)) < 60 and self.rx_coordination.fullmatch(between):
                    d.conj_prev = prev
                    if prev.parent is not None:
                        d.parent = prev.parent
                elif d.group is None and prev.group and self.rx_gap_before.search(between) and \
                        self.rx_gap_after.match(text, d.num.end):
                    d.conj_prev = prev
            if prev is not None and d.group_word in self.group_kinds and prev.group and \
                    prev.group_word not in self.group_kinds and self.rx_same_group_gap.search(between):
                # "27 civils ont été tués et plus de 60 blessés": the wounded are civilians too
                d.group = prev.group
            if d.parent is not None:
                d.parent.children.append(d)
            end = d.group_end or d.num.end
            nxt = drafts[i + 1].num.start if i + 1 < len(drafts) and drafts[i + 1].sent == d.sent else d.sent.end_char
            # (with the names of bodies blanked, as on the left: "employés de l'Office ... pour les
            # réfugiés de Palestine ont été tués" counts no refugees)
            d.right = self.without_bodies(doc, text, end, nxt) if doc is not None else text[end:nxt]
            aside = self.rx_aside.match(d.right)
            if aside:
                d.right = " " * aside.end() + d.right[aside.end():]
            low = d.right.lower()
            d.elided = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low[:60]) for w in self.elided)

    def past_aside(self, d: _Draft) -> tuple[int, int] | None:
        """Where, in d.right, an aside right after the people counted tells what they went
        through before the predicate of the count ("un homme, blessé lors de l'attentat du 14
        juillet, a succombé"): from its first cue to its closing, when a cue follows it."""
        k, pos = self.kind_in(d.right)
        if k and self.rx_aside_open.search(d.right[:pos]):
            close = self.rx_aside_close.search(d.right, pos)
            if close:
                k2, pos2 = self.kind_in(d.right[close.end():])
                if k2 and pos2 <= 30 and not self.rx_far_break.search(d.right[close.end():close.end() + pos2]):
                    return pos, close.end()
        return None

    def right_kind(self, d: _Draft) -> tuple[str | None, int]:
        """The first kind cue after the count; past an aside on what the people went through
        before, the cue after it."""
        aside = self.past_aside(d)
        if aside:
            k, pos = self.kind_in(d.right[aside[1]:])
            k, pos = k, aside[1] + pos
        else:
            k, pos = self.kind_in(d.right)
        if k and self.negated_cue(d, pos):
            return None, -1  # "un policier, qui n'a pas été blessé": nothing befell him
        return k, pos

    @staticmethod
    def agent_cue(d: _Draft, pos: int) -> bool:
        """The cue at ``pos`` in d.left is a noun heading the subject, who does the act ("Un détenu
        a agressé deux surveillants"), not what befell the people counted."""
        start = d.num.start - len(d.left) + pos
        span = d.sent.doc.char_span(start, start + 1, alignment_mode="expand")
        if not span or span[0].pos_ != "NOUN" or span[0].dep_ != "nsubj":
            return False
        # (the subject of a verb whose object holds the count: "Les pertes sont lourdes : 57 soldats"
        # still names a toll)
        verb = span[0].head
        return any(c.dep_ in ("obj", "dobj") and c.left_edge.idx <= d.num.start <= c.right_edge.idx
                   for c in verb.children)

    def negated_cue(self, d: _Draft, pos: int) -> bool:
        """The verb of the cue at ``pos`` in d.right is negated ("n'a pas été blessé")."""
        start = (d.group_end or d.num.end) + pos
        span = d.sent.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.head.pos_ in ("VERB", "AUX") else None
        return verb is not None and bool(negations(verb, self.lang))

    @staticmethod
    def describes_other(d: _Draft, pos: int) -> bool:
        """The cue at ``pos`` in d.right is an adjective of another noun named after the people
        counted ("des milliers de personnes ont manifesté pour exiger la libération des
        opposants emprisonnés"): it tells of those, not of the count."""
        start = (d.group_end or d.num.end) + pos
        span = d.sent.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        tok, doc = span[0], d.sent.doc
        # (right after its noun, or after that noun's other adjectives: the parse also hangs a
        # coordinated verb on a noun, "ont abandonné leur véhicule et poignardé des passants")
        return tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and \
            tok.head.idx >= (d.group_end or d.num.end) and all(
                doc[k].pos_ == "ADJ" for k in range(min(tok.head.i, tok.i) + 1, max(tok.head.i, tok.i)))

    @staticmethod
    def count_span(d: _Draft) -> Span | None:
        """The tokens of the count and the people it counts ("deux hommes armés")."""
        return d.sent.doc.char_span(d.num.start, d.group_end or d.num.end, alignment_mode="expand")

    def speaks(self, d: _Draft) -> bool:
        """The people counted are the subject of a verb of saying ("a raconté une femme
        réfugiée", "un habitant blessé témoigne")."""
        span = self.count_span(d)
        if span is None:
            return False
        root = span.root
        # (an inverted subject after the verb the parser often calls its object)
        return (root.dep_.startswith("nsubj") or (root.dep_ == "obj" and root.i > root.head.i)) and \
            self.attributor.is_speech_verb(root.head, incise=True)

    def speaking_sources(self, d: _Draft) -> bool:
        """The people counted are sources who speak ("deux responsables ont indiqué", "two
        officials said"): a source's noun as the subject of a verb of saying."""
        span = self.count_span(d) if d.group_end else None
        # (a subject before its verb only: "qui évoquent 40 militaires tués" counts the dead; after
        # it, one person alone: "ont indiqué lundi un enseignant et un groupe armé")
        if span is None or span.root.pos_ != "NOUN" or span.root.lower_ not in self.attributor.anonymous or \
                not self.attributor.is_speech_verb(span.root.head, incise=True):
            return False
        if span.root.dep_ == "nsubj" and span.root.i < span.root.head.i:
            return True
        return bool(d.num.word) and d.num.value == 1 and span.root.i > span.root.head.i and \
            span.root.dep_ in ("nsubj", "obj")

    def does_to_others(self, d: _Draft) -> bool:
        """The people counted are the subject of an active verb with an object after it ("deux
        hommes armés ont tué trois civils", "two men shot dead a police officer"): they did it,
        the object suffered it; a cue after the count tells the object's fate, not theirs (but
        "ont perdu la vie", "ont trouvé la mort": the object inside the cue is the cue's own)."""
        span = self.count_span(d)
        if span is None:
            return False
        root = span.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.i <= root.i or verb.pos_ != "VERB" or \
                any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        k, pos, end = self.kind_at(d.right)
        base = d.group_end or d.num.end
        # (the cue must be that verb, and a harm done to someone: "ont fui leurs foyers" says
        # what befell the people counted)
        return k in HARM_KINDS and base + pos <= verb.idx < base + end and not base + pos <= obj.idx < base + end

    def verb_before(self, d: _Draft) -> str | None:
        """The kind a cue right before the count names, but for its qualifier ("ont exécuté
        quatre otages", "l'exécution de deux détenus")."""
        lk, lpos, lend = self.kind_at(d.left, last=True)
        if not lk:
            return None
        # (a day between them is no break: "a tué mardi quatre réfugiés")
        start = d.num.start - (len(d.left) - lend)
        rest = blanked(d.left[lend:], start, [x.span for x in timexes_in(d.sent.doc, start, d.num.start)])
        if not re.search(r"\w", self.rx_qual.sub("", rest)):
            return lk
        return None

    def close_predicate(self, d: _Draft) -> str | None:
        """The kind a predicate right after the count names ("ont été tués"), in its clause."""
        k, pos = self.right_kind(d)
        if k and pos <= 30 and not self.rx_far_break.search(d.right[:pos]):
            return k
        return None

    def kinds(self, drafts: list[_Draft], text: str) -> None:
        for d in drafts:
            if d.kind and d.status:
                # "Quatre détenus ont été tués", "184 détenus en profitent pour s'évader"
                # ... or a verb right before it ("ont exécuté quatre otages", "l'exécution de
                # deux détenus")
                told = self.close_predicate(d) or self.verb_before(d)
                if told and (d.group_word not in self.harmed_only_groups or told in self.harms):
                    d.kind = told
            if d.kind:
                continue
            start = d.q_start if d.q_start is not None else d.num.start
            if self.speaking_sources(d):
                # "two officials said on condition of anonymity": who tells, counted; no toll (and
                # "un habitant a raconté" no count at all)
                if not (d.num.word and d.num.value == 1):
                    d.kind, d.kind_strength = "other", 3
                else:
                    d.speaker = True
                continue
            if self.rx_toll_before.search(text[max(d.sent.start_char, start - 120):start]):
                d.kind, d.kind_strength = "killed", 3
                continue
            if self.does_to_others(d):
                continue
            if self.rx_toll_before_weak.search(text[max(d.sent.start_char, start - 90):start]):
                # "un bilan de 40 personnes blessées": a predicate after the count says its kind
                d.kind, d.kind_strength = self.close_predicate(d) or "killed", 3
                continue
            # "le nombre de déplacés a doublé en une semaine pour atteindre 40.000": the people
            # the number is of, named a few words before the count
            number_of = self.rx_number_of.search(text[max(d.sent.start_char, start - 120):start])
            if number_of and d.group is None:
                kind = self.group_kinds.get(number_of.group("k").lower()) or self.kind_in(number_of.group("k"))[0]
                if kind:
                    d.kind, d.kind_strength = kind, 3
                    continue
            among = self.rx_among.search(text[max(d.sent.start_char, start - 60):start])
            if among and self.kind_in(among.group("k"))[0]:
                d.kind, d.kind_strength = self.kind_in(among.group("k"))[0], 2
                continue
            # a verb right before the count, but for its qualifier, has it as object ("Shelling
            # kills 14 in Sudan displacement camp"); else a predicate right after the count ("60
            # ont été blessées") speaks of it first; then a cue just before it ("tuant cinq
            # personnes", "évacuation de 8000 personnes")
            lk, lpos, lend = self.kind_at(d.left, last=True)
            cue = re.match(r"[\w'’-]+", d.left[lpos:]) if lk else None
            # (a day between the verb and the count is no break: "ont tué mercredi 12 personnes")
            tail = len(d.left) - lpos - (cue.end() if cue else 0)
            between = blanked(d.left[len(d.left) - tail:], d.num.start - tail,
                              [x.span for x in timexes_in(d.sent.doc, d.num.start - tail, d.num.start)])
            left_ok = lk and len(d.left) - lpos < 45 and not self.rx_clause_break.search(between) and \
                not self.rx_agent.search(d.left[lend:]) and not self.agent_cue(d, lpos)
            if left_ok and not between[:len(between) - (d.num.start - start)].strip():
                d.kind, d.kind_strength = lk, 2
                continue
            k, pos = self.right_kind(d)
            if k and d.group_end and not d.right[:pos].strip():
                # a state glued to the people counted ("une femme déplacée", "deux soldats
                # blessés") describes them: a predicate after it says what befell them ("a été
                # tuée", "ont succombé"), but the wounded who are then cared for stay the wounded
                # ("trois civils blessés ont été évacués"); one person so described who speaks is
                # no toll ("a raconté une femme réfugiée à El-Obeid")
                _, _, glued_end = self.kind_at(d.right)
                k2, pos2 = self.kind_in(d.right[glued_end:])
                if k2 and k2 != k and (k2 in self.final_kinds or k not in self.kept_kinds) and pos2 <= 25 and \
                        not self.rx_far_break.search(d.right[glued_end:glued_end + pos2]):
                    d.kind, d.kind_strength = k2, 1
                    continue
                if d.num.word and d.num.value == 1 and self.speaks(d):
                    continue
            # "avoir tué 45 terroristes et en avoir capturé 12": a predicate after a clause
            # break is another count's, when a verb right before names this one's
            if k and pos <= 30 and not self.rx_far_break.search(d.right[:pos]) and \
                    not (left_ok and self.rx_clause_break.search(d.right[:pos])):
                d.kind, d.kind_strength = k, 1
                continue
            if left_ok:
                d.kind, d.kind_strength = lk, 2
                continue
            k, pos = self.right_kind(d)
            # (a state far after the count, "bloqué", "touché", more often tells of a place or a
            # thing named since than of the people counted)
            if k and not self.rx_far_break.search(d.right[:pos]) and (
                    k not in self.near_only_kinds or len(" ".join(d.right[:pos].split())) <= 30) and \
                    not self.describes_other(d, pos):
                d.kind, d.kind_strength = k, 1
        # structure passes: children <-> parents, coordination, elision
        for d in drafts:
            if d.kind is None and d.parent is not None and d.parent.kind:
                d.kind = d.parent.kind
            elif d.parent is not None and d.parent.kind and d.kind_strength == 1 and d.kind != d.parent.kind and (
                    "," in d.right[:self.right_kind(d)[1]] or
                    (d.group is None and len(d.right[:self.right_kind(d)[1]].split()) >= 3)):
                # "ont tué neuf personnes, dont deux enfants, et blessé 30 autres": the part is of
                # the whole's kind; the verb after its incise is the next count's; so is a word of
                # kind in what a part's place is ("including 15 in a school sheltering displaced
                # families")
                d.kind, d.kind_strength = d.parent.kind, 0
        for d in drafts:
            if d.kind is None and d.children:
                kinds = [c.kind for c in d.children if c.kind]
                if kinds:
                    d.kind = kinds[-1]
                    for c in d.children:
                        c.kind = c.kind or d.kind
        # "les quatre personnes tuées, trois femmes et un homme", "... quatre morts. Il s'agit de
        # trois touristes et de leur moniteur": who the people of the toll right before are
        for i, d in enumerate(drafts):
            if d.kind is not None or not d.group:
                continue
            start = d.q_start if d.q_start is not None else d.num.start
            prev = drafts[i - 1] if i else None
            nxt = drafts[i + 1] if i + 1 < len(drafts) and drafts[i + 1].sent == d.sent else None
            if nxt is not None and nxt.kind and self.rx_restated.fullmatch(
                    text[d.group_end or d.num.end:nxt.q_start if nxt.q_start is not None else nxt.num.start]):
                # "plus de 21 000 personnes (environ 4 300 ménages) ont fui": one count told twice
                d.kind = nxt.kind
                continue
            if prev is None:
                continue
            if prev.sent == d.sent and not d.partitive:
                # (not "un homme de 48 ans" after them: one of them, described)
                told = prev.kind and not (d.num.word and d.num.value == 1) and \
                    self.rx_identity_same.fullmatch(text[prev.group_end or prev.num.end:start])
            else:
                # (the last toll of the two sentences before, in the paragraph: "Plusieurs
                # personnes ont été enlevées. Parmi elles figure un Français. Les autres sont
                # trois Congolais")
                prev = next((x for x in reversed(drafts[:i]) if x.kind), None)
                told = prev is not None and (prev.sent != d.sent or d.partitive) and d.sent.start - prev.sent.end <= 40 and \
                    sum(1 for x in drafts[:i] if x.sent.start > prev.sent.start and x.sent != d.sent) <= 2 and \
                    "\n\n" not in text[prev.num.end:start] and \
                    (d.partitive or self.rx_identity_next.fullmatch(text[d.sent.start_char:start]))
            if told:
                d.kind, d.identity = prev.kind, True
                top = prev.parent or prev
                if d.num.value < top.num.value and not top.num.vague:
                    d.parent = top
        for d in drafts:
            # (not "un homme de 48 ans" after "Il s'agit de trois clients,": one of them, described)
            if d.kind is None and d.conj_prev is not None and d.conj_prev.kind and \
                    not (d.conj_prev.identity and d.num.word and d.num.value == 1 and not re.search(
                        r"\w", text[d.conj_prev.group_end or d.conj_prev.num.end:d.num.start])):
                d.kind = d.conj_prev.kind
            if d.group is None and d.conj_prev is not None:
                d.group = d.conj_prev.group
            elif d.group is None and d.parent is not None and d.parent.group:
                d.group = d.parent.group  # "quatre casques bleus, dont deux grièvement": two of them
        # "163 djihadistes tués, contre onze combattants des FDS": the toll before it
        for i, d in enumerate(drafts):
            prev = drafts[i - 1] if i and drafts[i - 1].sent == d.sent else None
            if d.kind is None and d.group and prev is not None and prev.kind and \
                    self.rx_shared_toll.search(text[prev.num.end:d.num.start]):
                d.kind = prev.kind
        # "14 soldats et 11 civils ont péri": the verb after the last conjunct covers all
        for d in reversed(drafts):
            if d.conj_prev is not None and d.kind and d.conj_prev.kind is None:
                d.conj_prev.kind = d.kind
        for i, d in enumerate(drafts):
            if d.kind is None and (d.elided or any(c.elided for c in d.children)):
                earlier = [x for x in drafts[:i] if x.kind and x.sent != d.sent]
                if earlier:
                    d.kind = earlier[-1].kind
                    for c in d.children:
                        c.kind = c.kind or d.kind

    def __call__(self, doc: Doc) -> list[Figure]:
        text = text_of(doc)
        others: list[Figure] = []
        drafts = self.drafts(doc, others)
        self.structure(drafts, text, doc)
        self.kinds(drafts, text)
        for d in drafts:
            # the strength of a force, not a toll: kept as a count of its own kind
            if d.kind is None and d.group in self.force_groups and not d.num.vague and (
                    d.num.value >= self.force_min or d.group in self.force_any_size):
                d.kind = "other"
            # any other count of people the text names by their noun ("deux suspects", "un
            # total de 2 500 personnes"): a count of kind "other", where the language says so
            # (armed men below a force's size stay out: they are more often people acted on)
            elif d.kind is None and self.unkinded_people and d.group and d.group_end and not d.num.vague \
                    and d.group not in self.force_groups \
                    and not (d.num.word and d.num.value == 1) and d.parent is None and d.conj_prev is None \
                    and not self.rx_unkinded_not_after.search(text[max(0, d.num.start - 12):d.q_start or d.num.start]):
                d.kind = "other"
            elif d.kind is None and d.conj_prev is not None and d.conj_prev.kind == "other" and d.group_end is None:
                # "58 000 personnes selon les organisateurs, 16 000 selon la police": the same people
                d.kind, d.group = "other", d.group or d.conj_prev.group
        keep = [d for d in drafts if d.kind and not d.speaker and (d.group or d.kind_strength >= 1 or d.conj_prev or d.parent)]
        figures: list[Figure] = []
        ids: dict[int, str] = {}
        para_source: dict[int, str] = {}
        sent_source: dict[int, str | None] = {}
        for d in keep:
            fid = f"f{len(figures) + 1}"
            ids[id(d)] = fid
            start = d.q_start if d.q_start is not None else d.num.start
            end = d.group_end or d.num.end
            n = d.num.value
            low, high = n, n
            if d.range_low is not None:
                n, low, high = d.range_low, d.range_low, n
            elif d.num.vague:
                low, high = d.num.low, d.num.high
            elif d.qualifier in ("at_least", "more_than"):
                high = None
            elif d.qualifier in ("at_most", "less_than"):
                low = None
            elif d.qualifier == "approximate":
                low = high = None
            fig = Figure(id=fid, kind=d.kind, group=d.group or "people", best=n, low=low, high=high,
                         qualifier=d.qualifier, span=(start, end))
            if d.parent is not None and id(d.parent) in ids:
                fig.part_of = ids[id(d.parent)]
            # who reports it
            fig.reported_by = self.source_for(doc, d, sent_source, para_source, figures)
            fig.place = self.place_for(doc, d, figures)
            fig.date = self.date_for(doc, d, figures)
            figures.append(fig)
        # a child figure shares what the text says once for the whole toll
        by_id = {f.id: f for f in figures}
        for f in figures:
            if f.part_of and f.part_of in by_id:
                parent = by_id[f.part_of]
                f.reported_by = f.reported_by or parent.reported_by
                f.place = f.place or parent.place
                f.date = f.date or parent.date
        # counts of things follow the tolls, numbered after them so that ids of tolls are stable
        taken = [f.span for f in figures]
        for o in sorted(others, key=lambda o: o.span[0]):
            if not any(o.span[0] < e and s < o.span[1] for s, e in taken):
                o.id = f"f{len(figures) + 1}"
                figures.append(o)
        return figures

    # --------------------------------------------------------------- links
    def source_for(self, doc, d: _Draft, sent_source, para_source, previous: list[Figure] = ()) -> str | None:
        """Who reports a count: the speaker of the quote it is in; the source its sentence
        credits (the "selon" after it first); else the last source credited earlier in its
        paragraph; else the body whose action the sentence reports; else the source of the
        paragraph before ("un précédent bilan faisait état de...")."""
        quote = next((q for q in doc._.quotes or [] if q.span[0] <= d.num.start < q.span[1]), None)
        if quote is not None and quote.speaker:
            return quote.speaker
        att = self.attributor
        # the count is what a verb of reporting says, its subject named before it ("Selon les
        # organisateurs, 50 000 personnes ont défilé, tandis que la police évoque 15 000 manifestants")
        span = doc.char_span(d.num.start, d.num.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None else None
        if verb is not None and verb.lemma_.lower() in att.report_verbs and verb.dep_ != "ROOT" and verb.i < span.start and any(
                c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
                off < verb.idx for off, _ in att.according_to(doc, d.sent)):
            said_by = att.subject_actor(doc, verb)
            if said_by:
                return said_by
        src = att.sentence_source(doc, d.sent, anchor=d.num.start) or self.light_source(doc, d.sent)
        if src:
            doc._.last_source = src
            return src
        para = paragraph_bounds(doc, d.sent.start_char)
        sent = d.sent
        subj = att.clause_subject(doc, d.sent, d.num.start)
        if subj is None and self.acted_on(doc, d):
            # "La police a arrêté 112 personnes" after a minister's words: the dispatch tells what
            # an actor did to people, no earlier speaker's count
            return None
        while sent.start > 0:
            sent = doc[sent.start - 1].sent
            if sent.start_char < para[0]:
                break
            key = sent.start
            if key not in sent_source:
                sent_source[key] = att.sentence_source(doc, sent) or self.light_source(doc, sent)
            if sent_source[key] and not self.holds_direct_quote(doc, sent) and not (
                    self.carried_from_counts_only and not any(sent.start_char <= f.span[0] < sent.end_char for f in previous)):
                # (a speaker's words before it are their view, not the count's report:
                # "« Nous ne reculerons pas », a déclaré X. Mercredi, la police a interpellé neuf
                # personnes")
                return sent_source[key]
        if subj:
            return subj
        if self.long_period(d) or self.years_before(doc, d):
            # a toll of years ("depuis 2014") or of a year gone ("En 2014, l'enlèvement de 276
            # lycéennes") is background, not the last report's
            return None
        same = [f for f in previous if f.kind == d.kind and f.reported_by] if self.rx_earlier_toll.search(d.sent.text) else []
        if same:
            # "Un précédent bilan faisait état de 30 morts" after a witness's words: the toll it
            # updates was given by whoever gave the last count of its kind
            return same[-1].reported_by
        if para[0] > 0:
            prev_para = paragraph_bounds(doc, max(0, para[0] - 3))
            for sent in _sentences_in(doc, prev_para):
                key = sent.start
                if key not in sent_source:
                    sent_source[key] = att.sentence_source(doc, sent)
            found = [sent_source[s.start] for s in _sentences_in(doc, prev_para)
                     if sent_source.get(s.start) and not self.holds_direct_quote(doc, s)]
            if found:
                return found[-1]
        if self.lead_source:
            # "A UN report released Thursday states that...": where the lead credits a body, the
            # counts the story goes on to give with no source of their own are its
            start = story_start(doc, 0)
            lead = next((x for x in sentences_of(doc) if x.start_char >= start), None)
            if lead is not None and lead.start != d.sent.start:
                if lead.start not in sent_source:
                    sent_source[lead.start] = self.attributor.sentence_source(doc, lead)
                who = actor_by_id(doc, sent_source[lead.start]) if sent_source[lead.start] else None
                if who is not None and who.kind in self.lead_source:
                    return who.id
        return None

    @staticmethod
    def holds_direct_quote(doc, sent) -> bool:
        """A direct quotation opens in the sentence: its source is a speaker's, whose words are
        their view, not a report of the counts told after them."""
        return any(q.kind == "direct" and sent.start_char <= q.span[0] < sent.end_char for q in doc._.quotes or [])

    def light_source(self, doc, sent) -> str | None:
        """The subject of a light verb of reporting in the sentence ("la préfecture a fait
        mention de 14 morts", "le maire a donné un nouveau bilan"), made an actor if need be."""
        for t in sent:
            nouns = self.report_light_verbs.get(t.lemma_.lower())
            if nouns and t.pos_ in ("VERB", "AUX") and any(c.lemma_.lower() in nouns for c in t.children):
                if any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children) or t.dep_ == "ROOT":
                    return self.attributor.subject_actor(doc, t)
        return None

    def place_for(self, doc, d: _Draft, previous: list[Figure]) -> str | None:
        """The place named in the count's sentence (after it first, towns before regions),
        else the last one named earlier in its paragraph, else the place of the count before
        it, else the place the article is about. A hospital is where the wounded were taken,
        not where they were hit."""
        # (the wire dateline's town files the story; it says nowhere a toll happened)
        s, e = story_start(doc, d.sent.start_char), d.sent.end_char
        pmap = {p.id: p for p in doc._.places}

        def usable(x):
            p = pmap[x[2]]
            if p.feature == "site" and self.hospital_rx.search(p.name):
                return False
            # "ont fui vers Bunia", "pour rejoindre Pemba": where they went, not where it happened
            return not self.rx_destination.search(text_of(doc)[max(0, x[0] - 25):x[0]])

        # "Selon le gouverneur de la région de Kharkiv, 40 personnes ont été blessées": a place
        # inside the source's phrase before the count names the source, not where it happened
        sources = [(m.start(), text_of(doc).find(",", m.end(), d.num.start)) for m in
                   self.attributor.rx_according.finditer(text_of(doc), s, d.num.start)]

        def elsewhere(x):
            # "originaires des Hauts-de-France", "(heure de Paris)": a place that says where
            # someone comes from or whose clock is read, never where it happened
            return bool(self.rx_not_where.search(text_of(doc)[max(0, x[0] - 40):x[0]])) or \
                any(a <= x[0] < b for a, b in sources)

        cut = min((x[0] for x in places_in(doc, s, e) if not usable(x) and x[0] > d.num.start), default=e)
        incise = self.rx_incise.search(text_of(doc), d.num.end, cut)
        if incise:  # ", a annoncé le ministère libanais...": what follows is about the source
            cut = incise.start()
        places = self.located(doc, self.not_of_person(doc, [x for x in places_in(doc, s, cut)
                                                            if usable(x) and not elsewhere(x)]))
        text = text_of(doc)
        # (a headline's clause after a comma is other news: "Gaza: 22 morts dans des frappes, les
        # négociations reprennent au Caire")
        after = [x for x in places if x[0] >= d.num.start and not headline_clause_break(doc, d.num.end, x[0])]
        places = [x for x in places if x[0] < d.num.start or x in after]
        before = [x for x in places if x[1] <= d.num.start]
        if before and (re.fullmatch(r"\s*\(\s*(?:[^\W\d][\w'’-]*\s+){0,3}", text[before[-1][1]:d.num.start]) or
                       self.rx_tally_of_before.search(text, max(before[-1][1], d.num.start - 40), d.num.start)):
            # "suivie de Zinder (59 morts)", "Maradi est la plus touchée avec 74 morts": the place
            # the count is given for stands before it
            return before[-1][2]
        pick = None
        # "et 200 à 300 sur le reste du pays": the count is the country's
        country_after = self.rx_country_after.search(d.right[:80])
        if country_after and not any(x[0] < d.num.end + country_after.start() for x in after):
            country = self.country_place(doc, (doc._.focus or {}).get("country"))
            if country:
                return country
        if after:
            pick = after[0]
            run = [after[0]]
            for x in after[1:]:
                if x[0] < run[-1][1]:
                    continue  # "la prison de Manaus" holds "Manaus": one place, not a list
                if not self.rx_place_list.fullmatch(text_of(doc)[run[-1][1]:x[0]]):
                    break
                run.append(x)
            towns = [pmap[x[2]] for x in run]
            if len(towns) >= 2 and len({t.country for t in towns}) == 1:
                # "contre Kharkiv, Zaporijjia et Odessa": the toll is the country's
                country = self.country_place(doc, towns[0].country)
                if country:
                    return country
        elif places:
            pick = nearest(places, d.num.start)
        if pick is None:
            para = paragraph_bounds(doc, d.sent.start_char)
            before = self.located(doc, self.not_of_person(doc, [
                x for x in places_in(doc, para[0], s) if usable(x) and not elsewhere(x)
                and pmap[x[2]].feature not in ("country", "continent", "region")]))
            # "... en Israël et en Cisjordanie. 247 Palestiniens ...": a toll told after a list
            # of places that holds a country covers them all; the first one stands for it
            named = [x for x in places_in(doc, para[0], s) if usable(x)]
            if before and named and named[-1] == before[-1]:
                run = [named[-1]]
                for x in reversed(named[:-1]):
                    if not self.rx_place_list_prep.fullmatch(text_of(doc)[x[1]:run[0][0]]):
                        break
                    run.insert(0, x)
                if len(run) >= 2 and any(pmap[x[2]].feature == "country" for x in run):
                    return run[0][2]
            if before:
                pick = before[-1]
        if pick is not None and self.rx_spread_before.search(text, max(0, pick[0] - 30), pick[0]):
            return pick[2]  # "across Ukraine": the whole country, not the town the story is about
        if pick is not None:
            # a nationality adjective ("57 soldats turcs") says who, not where
            adjective = text_of(doc)[pick[0]:pick[0] + 1].islower()
            # (and, where the lexicon says so, a country named as where: "72 killed in Iraq" in a
            # story about Baghdad)
            return ((adjective or self.country_to_focus) and self.finer_focus(doc, d, pmap.get(pick[2]))) or pick[2]
        cc = (doc._.focus or {}).get("country")
        focus_country = self.country_place(doc, cc)
        if focus_country and (self.rx_country_words.search(text_of(doc)[d.sent.start_char:d.sent.end_char]) or self.long_period(d)):
            return focus_country  # "dans le pays", a war's toll since 2011
        if focus_country is None and cc and self.long_period(d):
            # a war's toll in a story that never names its country: the widest unit of it the
            # story names ("Gaza Strip", in a story about Jabalia and Khan Younis), not one its own
            # sentence names, which the checks above set aside ("originaires des Hauts-de-France")
            widest = max((p for p in doc._.places if p.country == cc and p.feature in ("admin1", "region")
                          and not any(d.sent.start_char <= m0 < d.sent.end_char for m0, _ in p.mentions)),
                         key=lambda p: self.RANK[p.feature], default=None)
            if widest is not None:
                return widest.id
        if previous and previous[-1].place:
            return self.finer_focus(doc, d, pmap.get(previous[-1].place)) or previous[-1].place
        return (doc._.focus or {}).get("place")

    def not_of_person(self, doc, places: list) -> list:
        """The places but those that say whom a person or a school belongs to ("une jeune femme
        de Cannes", "un moniteur de l'école de ski de Montgenèvre"), unless nothing else is left."""
        text = text_of(doc)
        kept = [x for x in places if not self.rx_of_person.search(text[max(0, x[0] - 60):x[0]])]
        return kept or places

    def located(self, doc, places: list) -> list:
        """The places but those named to locate another ("à 120 km au nord du Caire"), unless
        nothing else is left."""
        text = text_of(doc)
        kept = [x for x in places if not self.rx_reference_point.search(text[max(0, x[0] - 40):x[0]])
                and not self.qualifies_place_before(doc, x) and not self.locates_place_before(doc, x)
                and not self.owns_place_after(doc, x)]
        return kept or places

    def owns_place_after(self, doc, x) -> bool:
        """"Sudan's North Kordofan province": a country named by its possessive right before a
        finer place of its own locates that place."""
        pmap = {p.id: p for p in doc._.places}
        px = pmap.get(x[2])
        if px is None or px.feature != "country":
            return False
        m = self.rx_place_owner.match(text_of(doc), x[1])
        if not m:
            return False
        y = next((y for y in places_in(doc, m.end(), m.end() + 1)), None)
        py = pmap.get(y[2]) if y is not None else None
        return py is not None and py.country == px.country and py.feature != "country"

    # how coarse a unit is: a town is located by the district, region or country after it
    RANK = {"site": 0, "district": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "continent": 6}

    def locates_place_before(self, doc, x) -> bool:
        """"à Tignes (Savoie, France)", "à Lahore, au Pakistan", "à Momand Dara, une région
        rurale de la province de Nangarhar": a coarser unit of the same country told right after
        a place, to locate it; the finer place is where it happened."""
        text = text_of(doc)
        before = [y for y in places_in(doc, max(0, x[0] - 80), x[0]) if y[1] <= x[0]]
        if not before:
            return False
        y = before[-1]
        pmap = {p.id: p for p in doc._.places}
        px, py = pmap.get(x[2]), pmap.get(y[2])
        if px is None or py is None or px.id == py.id:
            return False
        rx, ry = self.RANK.get(px.feature, -1), self.RANK.get(py.feature, -1)
        if rx <= ry or ry < 0 or (px.country and py.country and px.country != py.country):
            return False
        return bool(self.rx_place_locator.fullmatch(text[y[1]:x[0]]))

    @staticmethod
    def qualifies_place_before(doc, x) -> bool:
        """"Trèbes (Aude)": the unit in brackets says where the town is; the town is the place."""
        text = text_of(doc)
        before = [y for y in places_in(doc, max(0, x[0] - 60), x[0]) if y[1] <= x[0]]
        return bool(before) and text[before[-1][1]:x[0]].strip() == "("

    def finer_focus(self, doc, d: _Draft, place) -> str | None:
        """A toll whose clause names only the country, in a story about one town of that
        country, is the town's ("57 soldats turcs et 400 rebelles" in a story on al-Bab),
        unless the clause speaks of the whole country or of a long war."""
        focus = doc._.focus or {}
        fid = focus.get("place")
        if place is None or place.feature != "country" or not fid or fid == place.id:
            return None
        fp = next((p for p in doc._.places if p.id == fid), None)
        if fp is None or fp.country != place.country or fp.feature in ("country", "continent", "region"):
            return None
        clause = text_of(doc)[d.sent.start_char:d.sent.end_char]
        if self.rx_country_words.search(clause) or self.long_period(d):
            return None
        return fid

    def report_time(self, doc, t) -> bool:
        """"un bilan diffusé lundi matin": the time of the report, not of the deaths."""
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        if "/" in str(t.value) or (head.pos_ == "NOUN" and head.i != span.root.i and head.i < span.root.i and
                                   head.lemma_.lower() not in self.report_light_objects and
                                   not in_timex(doc, head.idx)):
            # "a fait état de 1.391 morts depuis le 18 mars", "depuis la reprise des opérations le
            # 18 mars": a stretch, or the time of a happening a noun names, is never the report's
            return False
        verb = governing_verb(span.root)
        if verb is None:
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.report_light_verbs and any(
                c.lemma_.lower() in self.report_light_verbs[lemma] for c in verb.children):
            return True
        if span.root.i < verb.i and not self.attributor.is_speech_verb(verb) and any(
                c.dep_ == "nsubj" and any(x.dep_ in ("prep", "nmod") and x.i < span.root.i for x in c.children)
                for c in verb.children):
            # "the death toll from a strike on a store in Kharkiv on Saturday rose to 12": a time
            # after the subject's complement, before a verb of change, ends that complement (the
            # parse hangs it on the verb); "the Ministry of Health on Monday said" is the report's
            return False
        if any(c.dep_ in ("xcomp", "ccomp") and verb.i < c.i < span.root.i for c in verb.children):
            return False  # "a dit avoir abattu huit combattants vendredi": after the deed told, the deed's
        # "l'incendie, qui s'est déclaré jeudi": a reflexive verb tells what happened
        return lemma in self.report_time_verbs and not any(
            c.lower_ in ("se", "s'", "s’") for c in verb.children)

    @staticmethod
    def actor_relative_time(doc, t) -> bool:
        """The time stands in a relative clause on a noun that names an actor ("the army, which
        seized power in 2021", "la junte, qui a pris le pouvoir en 2020")."""
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None:
            return False
        for a in span.root.ancestors:
            if a.dep_ == "acl:relcl":
                head = a.head
                return bool(actors_in(doc, head.idx, head.idx + len(head.text)))
        return False

    def usable_time(self, doc, t) -> bool:
        """A time that may date a count: resolved, not the report's, not the dateline, not a birth."""
        return bool(t.value) and not self.report_time(doc, t) and not self.dateline(doc, t) and \
            not self.rx_birth.search(text_of(doc)[max(0, t.span[0] - 20):t.span[0]])

    def state_time(self, doc, d: _Draft, t) -> bool:
        """"Deux hommes, fichés depuis 2016, ont été interpellés": a time of a state (a "since"
        time) told between the count and the predicate that says what befell it is about who
        they are, not about the count."""
        right = d.group_end or d.num.end
        aside = self.past_aside(d)
        if aside and right + aside[0] <= t.span[0] < right + aside[1]:
            return True  # "un homme, blessé lors de l'attentat du 14 juillet, a succombé"
        _, cue = self.right_kind(d)
        # (the aside's "depuis" opens the time or the list of times it ends: "depuis 2016 et 2015")
        return cue >= 0 and right <= t.span[0] < right + cue and \
            bool(self.rx_state_time.search(text_of(doc), right, t.span[1]))

    def run_start(self, doc, items: list, i: int):
        """The first of two times joined into one stretch ("du mercredi 31 août et du jeudi 1er
        septembre"), when items[i] ends one; else items[i]."""
        text = text_of(doc)
        # (a stretch runs forward: "la nuit de samedi", the night read as today, is no start)
        if i > 0 and items[i - 1].span[1] <= items[i].span[0] and str(items[i - 1].value) < str(items[i].value) and \
                self.rx_time_run.fullmatch(text[items[i - 1].span[1]:items[i].span[0]]):
            return items[i - 1]
        return items[i]

    def dateline(self, doc, t) -> bool:
        """A time at the head of a line, followed by the dateline's dash."""
        text = text_of(doc)
        head = text[text.rfind("\n", 0, t.span[0]) + 1:t.span[0]]
        return not head.strip() and bool(self.rx_dateline_tail.match(text, t.span[1]))

    def present_state(self, doc, d: _Draft) -> bool:
        """The count is the subject or object of a verb in the present ("où vivent")."""
        span = doc.char_span(d.num.start, d.num.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None else None
        if verb is None or verb.lemma_.lower() in self.auxiliary_lemmas:
            return False
        return verb.morph.get("Tense") == ["Pres"] and verb.morph.get("VerbForm") == ["Fin"] and not any(
            c.dep_.startswith("aux") for c in verb.children) and d.kind in ("displaced", "affected", "trapped", "other")

    def country_place(self, doc, cc) -> str | None:
        return next((p.id for p in doc._.places if p.feature == "country" and p.country == cc), None) if cc else None

    @staticmethod
    def acted_on(doc, d: _Draft) -> bool:
        """The count is the object of its sentence's main verb, whose subject names an actor who
        is not among those counted: people an actor did something to, told by the dispatch."""
        root = d.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.right_edge.idx >= d.num.start or not any(
                c.dep_ in ("obj", "obl:arg") and c.left_edge.idx <= d.num.start <= c.right_edge.idx for c in root.children):
            return False
        return bool(actors_in(doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)))

    @staticmethod
    def without_bodies(doc, text: str, start: int, end: int) -> str:
        """text[start:end] with the names of bodies blanked: "le Haut-Commissariat de l'ONU aux
        réfugiés (HCR) a fourni des abris à 3.000 familles" counts no refugees."""
        return blanked(text[start:end], start, [
            (s0, e0) for s0, e0, aid in actors_in(doc, start, end) if " " in text[s0:e0] and
            getattr(actor_by_id(doc, aid), "kind", "person") not in ("person", "other", "civilians", "state")])

    @staticmethod
    def years_before(doc, d: _Draft) -> bool:
        """The count's sentence is dated to a year before the publication's."""
        pub = str((doc._.meta or {}).get("published") or "")[:4]
        return pub.isdigit() and any(
            str(x.value or "")[:4].isdigit() and str(x.value)[:4] < pub and "/" not in str(x.value)
            for x in timexes_in(doc, d.sent.start_char, d.sent.end_char))

    def long_period(self, d: _Draft) -> bool:
        """A toll counted over more than a few months ("depuis mars 2011")."""
        text = d.sent.text
        return bool(self.rx_long_period.search(text))

    def date_for(self, doc, d: _Draft, previous: list[Figure]) -> str | None:
        """The time named in the count's sentence, else the last one named before it in its
        paragraph, else the date of the count before it, else the first date of the lead."""
        tx = [t for t in timexes_in(doc, story_start(doc, d.sent.start_char), d.sent.end_char)
              if self.usable_time(doc, t) and not self.state_time(doc, d, t)]
        # (not a time of a relative clause on an actor: "The army, which seized power in 2021, said
        # 20 fighters were killed on Tuesday")
        tx = [t for t in tx if not self.actor_relative_time(doc, t)] or tx
        if tx:
            # (a stretch told right after the people counted is the count's: "portant à 120 le
            # nombre de civils tués depuis janvier")
            own = [t for t in tx if d.group_end and d.num.end <= t.span[0] <= d.group_end + 12 and "/" in str(t.value)]
            if own:
                return own[0].value
            items = [(t.span[0], t.span[1], t) for t in tx]
            return nearest(items, d.num.start)[2].value
        pub = (doc._.meta or {}).get("published")
        if pub and self.present_state(doc, d):
            return pub  # "le camp, où vivent 500 000 déplacés": a count of now
        para = paragraph_bounds(doc, d.sent.start_char)
        # (a day still to come told elsewhere dates no count: "Le FNDC a appelé à manifester jeudi")
        before = [t for t in timexes_in(doc, para[0], d.sent.start_char)
                  if self.usable_time(doc, t) and not ahead_of_publication(doc, t)]
        if before:
            return self.run_start(doc, before, len(before) - 1).value
        if previous and previous[-1].date:
            return previous[-1].date
        # (the lead is the paragraph of the body dateline, when a header stands above it: "Page
        # actualisée : 7 mai 2017" over "6 mai 2017. – ...")
        line = body_dateline(doc)
        lead = paragraph_bounds(doc, line[0] if line else 0)
        first = [t for t in timexes_in(doc, lead[0], lead[1]) if t.value and not ahead_of_publication(doc, t)]
        # the lead's first date, but the dateline's when nothing else dates it
        told = [t for t in first if self.usable_time(doc, t) and not self.state_time(doc, d, t)]
        return (told or first)[0].value if first else None


def blanked(piece: str, offset: int, spans) -> str:
    """``piece`` (the text from character ``offset``) with the parts under ``spans`` (document
    offsets) turned to spaces, so that patterns read across them."""
    out = piece
    for s0, e0 in spans:
        a, b = max(s0 - offset, 0), min(e0 - offset, len(piece))
        if a < b:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def _sentences_in(doc: Doc, bounds: tuple[int, int]):
    return [s for s in sentences_of(doc) if bounds[0] <= s.start_char < bounds[1]]


def paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    text = text_of(doc)
    s = text.rfind("\n\n", 0, char)
    e = text.find("\n\n", char)
    return (0 if s < 0 else s + 2, len(text) if e < 0 else e)


def paragraph_index(doc: Doc, char: int) -> int:
    return text_of(doc).count("\n\n", 0, char)


# a source the actor finder missed ("selon des sources médicales") becomes an actor here
@Language.factory("veille_figures", requires=["doc._.meta", "doc._.timexes", "doc._.implicit_timexes", "doc._.actors",
                                               "doc._.actor_spans", "doc._.places", "doc._.place_spans", "doc._.focus",
                                               "doc._.quotes", "doc._.quote_spans", "doc._.speakers", "doc._.dateline"],
                  assigns=["doc._.figures", "doc._.last_source", "doc._.actors", "doc._.actor_spans",
                           "doc._.actor_keys"], default_config={"lang": LANG_CONFIG})
def make_figures(nlp: Language, name: str, lang):
    finder = FigureFinder(lang)

    def set_figures(doc: Doc) -> Doc:
        doc._.last_source = None
        doc._.figures = finder(doc)
        return doc

    return set_figures
