"""Events: PLOVER-typed happenings with status, roles, place, date and figures.

Triggers (nouns and verbs) come from ``lang/<code>/events.toml``. The status comes from
the grammar around the trigger: tense and mood, a governing "a annoncé", "doivent",
"risquent", "a démenti". Source and target come from the parse (subject, agent, "contre
X", a demonym on the trigger noun); place, date and figures from the clause and, failing
that, the sentence before it. Repeated mentions of one happening merge into one event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille.lang import Lang, get_lang
from veille.nlp.attribution import Attributor
from veille.nlp.cues import CueMatcher, cue_regex
from veille.nlp.grammar import negations, points_to_future, verb_form
from veille.nlp.timexes import ahead_of_publication, body_dateline, counted_units, timexes_in
from veille.nlp.links import Ranges, actors_in, in_timex, nearest, places_in, story_start, text_of
from veille.nlp.registry import actor_by_id, add_actor_mention
from veille.names import name_key
from veille.record import Event
from veille.resolve.dates import parse_iso_date
from veille.resolve.numbers import parse_number
from veille.nlp.extensions import LANG_CONFIG


# the schema's kinds of armed forces (police forces are "military" there)
FORCE_KINDS = frozenset({"armed_group", "military"})
# the acts a force carries out with its arms, not its words
FORCE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


@dataclass
class _Trigger:
    start: int
    end: int
    type: str
    mode: str
    acled: list
    needs_announce: bool
    first_only: bool = False    # an event only when none of its type was told before it
    tok: Token | None = None
    sent: Span | None = None
    status: str = "occurred"
    source: str | None = None
    target: str | None = None
    dropped: bool = False
    figures: list = field(default_factory=list)
    guard: int = 0
    foiled: bool = False        # an attack stopped before it happened ("un attentat a été déjoué")
    part_date: tuple | None = None  # (the time of a participle on the trigger noun,), once read
    anchor: tuple | None = None     # (the "au lendemain d'une" match before the trigger noun,), once read
    passive_told: bool = False  # a pattern that names the act in the passive ("l'ambassadeur a été convoqué")


class EventFinder:
    def __init__(self, lang: "str | Lang", nlp: Language):
        self.lang = lang = get_lang(lang)
        lx = lang.toml("events")
        pat = lx["patterns"]
        self.rx_agent = re.compile(pat["agent"])
        self.rx_against = re.compile(pat["against"])
        # the word before the other party of a meeting-like noun ("talks with X"); absent: none
        self.rx_counterpart = re.compile(pat["counterpart"]) if pat.get("counterpart") else None
        self.counterpart_types = set(pat.get("counterpart_types", [])) if self.rx_counterpart else set()
        self.counterpart_modes = set(pat.get("counterpart_modes", [])) if self.rx_counterpart else set()
        # the types and modes whose noun's complement "de X" / "of X" suffers it ("l'arrestation de X")
        self.patient_types = frozenset(pat.get("patient_types", []))
        self.patient_modes = frozenset(pat.get("patient_modes", []))
        # ...and the modes whose complement is who suffers it when it names a person ("l'assassinat de X")
        self.person_patient_modes = frozenset(pat.get("person_patient_modes", []))
        # "des affrontements entre X et Y": the two sides of a fight
        self.between_words = frozenset(pat.get("between", []))
        # "des affrontements ont opposé l'armée aux rebelles": a fight whose verb names its sides
        self.opposing_verbs = frozenset(pat.get("opposing_verbs", []))
        self.opposing_second = frozenset(pat.get("opposing_second", []))
        # the same words right before a name: "une offensive contre l'armée" (a target, never who acts)
        self.rx_against_before = re.compile(pat["against"] + r"(?:\S+\s+|\S*['’])?$")
        self.rx_named = re.compile(pat["named"])
        # a preposition of place right before a name: "à Moscou", "en Syrie" (a place, not an actor)
        # the complement of an event noun that says whose it is: "les frappes de la Russie"
        self.rx_genitive = re.compile(pat["genitive"], re.I) if pat.get("genitive") else None
        # the words that name the country the article is about: "dans le pays"
        self.rx_country_words = re.compile(pat["country_words"], re.I) if pat.get("country_words") else None
        # (where a language gives none, a place named as an actor still counts as where)
        self.rx_locative = re.compile(pat["locative"] + r"\s*$", re.I) if pat.get("locative") else None
        # whom a statement asks or tells ("a demandé aux États-Unis de"): the words between the
        # verb and the name, and those after it; absent: never told apart
        self.rx_addressee = (re.compile(pat["addressee"], re.I), re.compile(pat["addressee_after"], re.I)) \
            if pat.get("addressee") and pat.get("addressee_after") else None
        # a war's running toll ("have been killed since the start of the war"): background
        self.rx_background = re.compile(pat.get("background", r"(?!)"), re.I)
        # a standing or habitual state in the trigger's own stretch of clause ("réclament depuis des
        # années", "accusent régulièrement"): no happening reported (attacks keep their own rules)
        self.rx_habitual = re.compile(pat["habitual"], re.I) if pat.get("habitual") else None
        self.rx_habit_frame = re.compile(pat["habit_frame"], re.I) if pat.get("habit_frame") else None
        # a toll over a whole year around the trigger ("at least 16 were killed in 2010")
        self.rx_year_toll = re.compile(pat["year_toll"], re.I) if pat.get("year_toll") else None
        self.attributor = Attributor(lang)
        # every cue a token pattern (longest first: a longer cue wins where two start
        # together); the cue that matched names the rule
        self.rules = []
        cues = []
        # per entry, optional: what the text right after the trigger must say ("asked ... to"),
        # active voice only ("called the attack 'barbaric'", not "what was called a surge"),
        # the nouns that, as what the trigger is about, make it no event ("released a report"),
        # and the nouns a participle may not hang on ("des sanctions visant des banques")
        self.guards: list[tuple] = []
        self.unless_forces: dict[int, tuple[str, str, str]] = {}  # guard -> (its type, new type, mode)
        # guard -> (pattern, type, mode): the type the trigger takes when the words after it in
        # its sentence match ("la condamnation de l'opposant à deux ans de prison": a sentence
        # passed, not a condemnation voiced)
        self.retype_after: dict[int, tuple[re.Pattern, str, str]] = {}
        # ...or when the words before it in its sentence do ("le tribunal a condamné trois militants")
        self.retype_before: dict[int, re.Pattern] = {}
        self.only_sources: dict[int, frozenset] = {}
        # guards whose trigger counts only as a verb ("ship" sent, not "a cargo ship")
        self.verbs_only: set[int] = set()
        self.force_kinds = FORCE_KINDS
        # ...and the kinds that can be said to strike or fight: a state stands for its army
        self.striking_kinds = frozenset(self.force_kinds | {"state"})
        # the openers of a trigger phrase that stand for every compound tense (events.toml)
        tenses: dict[str, list[str]] = lx.get("phrase_tenses", {})
        for t in lx["trigger"]:
            needs = set(t.get("needs_announce", []))
            first = bool(t.get("first_only", False))
            guard = (re.compile(t["after"]) if t.get("after") else None, bool(t.get("active_only")),
                     frozenset(x.lower() for x in t.get("not_about", [])),
                     frozenset(x.lower() for x in t.get("not_on", [])))
            if t.get("only_sources"):
                # the kinds of actor the trigger's source must be ("les jihadistes ont fui", not the
                # residents who fled)
                self.only_sources[len(self.guards)] = frozenset(t["only_sources"])
            if t.get("verbs_only"):
                self.verbs_only.add(len(self.guards))
            if t.get("retype_after"):
                r = t["retype_after"]
                self.retype_after[len(self.guards)] = (re.compile(r["pattern"], re.I), r["type"], r["mode"])
                if r.get("before"):
                    self.retype_before[len(self.guards)] = re.compile(r["before"], re.I)
            if t.get("unless_forces"):
                # the type and mode the trigger takes when what it acts on is no armed force
                self.unless_forces[len(self.guards)] = (t["type"], t["unless_forces"]["type"], t["unless_forces"]["mode"])
            for w in t["words"]:
                rule = (t["type"], t["mode"], t.get("acled", []), w in needs, first, len(self.guards))
                cues.append((w, rule))
                # the same phrase in the other compound tenses ("s'était réuni", "avaient ouvert le feu")
                cues.extend((other + w[len(opener):], rule) for opener, others in tenses.items()
                            if w.startswith(opener) for other in others)
            self.guards.append(guard)
        # phrases that hold a trigger word but name a thing, not a happening ("assault rifles",
        # "une conférence de presse"): matched like triggers (the longer phrase wins), then dropped
        for w in lx.get("not_events", {}).get("words", []):
            cues.append((w, None))
        # a feeling professed ("s'est dit « attristé »"): its type's rule, found by a pattern over
        # the text (quotation marks and adverbs may stand between the verb and the adjective); a
        # pattern's group "verb" starts the trigger
        self.pattern_triggers: list[tuple[re.Pattern, tuple]] = []
        feel = lx.get("feelings", {})
        # (type, mode) -> the ACLED pair of its first table: what a retyped trigger maps to
        self.acled_of: dict[tuple[str, str], list] = {}
        for t in lx["trigger"]:
            self.acled_of.setdefault((t["type"], t["mode"]), t.get("acled", []))
        modes: dict[str, tuple] = {}
        for t in lx["trigger"]:
            # a type's first table is its plain sense ("accuse", not the "investigate" listed later)
            modes.setdefault(t["type"], (t["mode"], t.get("acled", [])))
        self.guards.append((None, False, frozenset(), frozenset()))
        for typ, words in feel.get("types", {}).items():
            rx = re.compile(feel["opener"] + r"(?:" + "|".join(cue_regex(w) for w in words) + r")(?![\w-])", re.I)
            self.pattern_triggers.append((rx, (typ, *modes.get(typ, (typ.lower(), [])), False, False, len(self.guards) - 1)))
        # ...and phrases whose words stand apart ("took dozens of passengers hostage")
        # (a pattern with "inner_triggers" keeps the triggers its words hold beyond its verb: "considèrent
        # l'offensive comme une déclaration de guerre" tells the offensive too)
        self.inner_patterns: set[int] = set()
        # (a pattern with "over_inner" sets aside the triggers its words hold: "voit dans ce verdict une
        # attaque contre la liberté" judges the verdict, it tells no attack)
        self.over_inner: set[int] = set()
        # (a pattern with "passive" tells the act in the passive, whoever did it unnamed: "l'ambassadeur
        # de Russie a été convoqué" is a summons made, not a standing charge; one with "first_only"
        # is an event only as the first report of its type, as a [[trigger]] with it)
        self.passive_patterns: set[int] = set()
        for t in lx.get("spanned", []):
            if t.get("passive"):
                self.passive_patterns.add(len(self.pattern_triggers))
            if t.get("inner_triggers"):
                self.inner_patterns.add(len(self.pattern_triggers))
            if t.get("over_inner"):
                self.over_inner.add(len(self.pattern_triggers))
            self.pattern_triggers.append((re.compile(t["pattern"], re.I),
                                  (t["type"], t["mode"], t.get("acled", []), False, bool(t.get("first_only")),
                                   len(self.guards) - 1)))
        cues.sort(key=lambda c: len(c[0].rstrip("*")), reverse=True)
        self.rules = [rule for _, rule in cues]
        self.cues = CueMatcher(nlp, [w for w, _ in cues])
        # a phrase that several rules read, each with the words that must follow it ("a promis
        # des missiles": arms; "a promis 80 millions d'euros": money; "a libéré le village": a
        # capture, "a libéré les otages": a release): the matcher names one rule, the others
        # are found by the phrase's text (cached) and tried in turn, those that ask for words
        # after the phrase first, as the more particular reading
        self._readings: dict[tuple[int, str], tuple[int, ...]] = {}
        st = lx["status"]
        self.announce = set(st["announce"])
        self.plan = set(st["plan"])
        self.hypothetical = set(st["hypothetical"])
        self.hypothetical_verbs_only = frozenset(st.get("hypothetical_verbs_only", []))
        # subordinators that make their clause a condition ("si les combats reprenaient")
        self.conditional_marks = set(st.get("conditional_marks", []))
        # the tense auxiliaries of a participle that says a strike did something ("ayant tué")
        self.perfect_auxiliaries = set(self.lang.toml("grammar")["closed"]["auxiliary_lemmas"])
        self.motion_verbs = frozenset(self.lang.toml("grammar")["closed"].get("motion_verbs", ()))
        sub = lx.get("subordinate", {})
        # participles of a charge ("accusés de", "soupçonnés de"): what they hang on is charged, not told
        self.charge_lemmas = frozenset(sub.get("charge_participles", ()))
        # types whose bare participle on a noun names a state, not an act ("militaires mobilisés")
        self.state_participle_types = frozenset(sub.get("state_participle_types", ()))
        self.deny = set(st["deny"])
        # verbs of perception whose object does what the infinitive after it says ("vu des soldats tirer")
        self.perception_lemmas = set(st.get("perception", []))
        # what a denial's object may be while the clause after it tells what is denied ("a démenti
        # des informations faisant état de l'arrestation")
        self.denied_reports = set(st.get("denied_reports", []))
        # verbs that stop an attack before it happens: "un attentat a été déjoué" was only planned
        self.foiled = set(st.get("foiled", []))
        self.plan_needs_infinitive = set(st.get("plan_needs_infinitive", []))
        # plan verbs whose compound past says it was done: "ont dû être évacués" (they were)
        self.plan_done_when_past = set(st.get("plan_done_when_past", []))
        self.given_when_said = frozenset(st.get("given_when_said", []))
        # verbs whose conditional reports what something was, at a distance ("il s'agirait d'un attentat")
        self.hearsay = set(st.get("hearsay", []))
        # (and the verbs of taking up or waging a fight: "est repassé à l'offensive", "ont engagé
        # des combats", "livrent bataille")
        self.source_verbs = frozenset(lx.get("source_verbs", {}).get("lemmas", []))
        self.light = set(st["light"]) | self.source_verbs
        # verbs that make a noun that needs announcing a reported happening without making their
        # subject its source ("l'attaque a suscité des condamnations", "les pourparlers ont débuté")
        self.occasion = frozenset(st.get("occasion", []))
        self.attributed = set(st["attributed"])
        # types whose announcement reports a done fact ("a annoncé l'arrestation de 16 suspects")
        self.done_when_announced = set(st.get("done_when_announced", ["ASSAULT"]))
        self.title_nouns = set(lx["titles"]["nouns"])
        self.framing = set(lx["framing"]["lemmas"])
        self.demonstratives = set(lx["framing"]["demonstratives"])
        # articles before a bare event noun that name again what was told ("l'offensive" after
        # "une offensive", "the strike hit" after a strike)
        self.definites = set(lx["framing"].get("definites", []))
        self.no_determiners = set(lx["framing"].get("no_determiners", []))
        self.people_participles = set(lx["framing"].get("people_participles", []))
        self.fused_articles = frozenset(lx["framing"].get("fused_articles", []))
        # whether a preposition fused with the article ("le motif du meurtre", "le déclenchement
        # des combats") makes the noun definite as the article does
        self.fused_definites = bool(lx["framing"].get("fused_definites", False))
        # prepositions before a bare noun of violence that make it a charge ("pour assassinat")
        self.charge_prepositions = frozenset(lx["framing"].get("charge_prepositions", []))
        # the word that opens a gerund, a clause of its own whatever the parse hangs it on ("ont violé
        # la trêve en pilonnant des quartiers": the shelling is told, not what the truce is about)
        self.gerund_marks = frozenset(lx["framing"].get("gerund_marks", []))
        # whether a participle after a definite noun names again a happening of its type told before
        # ("the detained men were taken to", "les personnes arrêtées"): measured per language
        self.definite_participle_mentions = bool(lx["framing"].get("definite_participle_mentions", False))
        # ...and whether a verb whose subject a demonstrative opens tells again a happening of its
        # type ("These human bombs were then detonated remotely"): measured per language
        self.demonstrative_subject_mentions = bool(lx["framing"].get("demonstrative_subject_mentions", False))
        # whether "the X" names again only an event of X's own mode ("l'offensive" after "une
        # offensive", not after "une frappe"); false: any event of its type ("the killing")
        self.definite_same_mode = bool(lx["framing"].get("definites_same_mode", False))
        self.definite_any_mode = frozenset(lx["framing"].get("definites_any_mode", []))
        # whether words between the article and the noun keep it a mention of what was told
        # ("the Khowst attack", "the three-week offensive"); false: only "the attack" does
        self.definite_modified = bool(lx["framing"].get("definite_with_modifiers", False))
        # prepositions whose complement after a definite event noun keeps it a mention of what
        # was told ("the battle of Marja" after the offensive on Marja); empty: none does
        self.definite_complements = set(lx["framing"].get("definite_complements", []))
        self.listed_towns_give_focus = bool(lx["framing"].get("listed_towns_give_focus", False))
        # what may stand between a verb's object and a day that is the verb's ("" : nothing)
        self.verb_day_openers = frozenset(["", *lx["framing"].get("verb_day_openers", [])])
        # verbs whose object is a topic, not a happening, whatever its type: "to discuss a
        # prisoner exchange", "discuss the siege"
        self.topics = set(lx["framing"].get("topics", []))
        # whether a participle that modifies a noun ("the freed hostage", "the occupied West
        # Bank") reports a happening; where not, it only describes the noun
        self.modifiers_report = lx["framing"].get("modifiers_report", True)
        # statements a speaker makes in the words quoted ("« Elle ne restera pas sans réponse », a
        # averti le porte-parole"): the speaker's acts, told by a verb
        self.quoted_statement_types = frozenset(lx.get("attributes", {}).get("quoted_statement_types", []))
        # ...and those of them a noun may tell, under the speaker's verb ("« J'assure les familles de
        # notre entière solidarité »")
        self.quoted_noun_types = frozenset(lx.get("attributes", {}).get("quoted_statement_noun_types", []))
        # a negated trigger of one type that says the opposite one: "would not accept any deal"
        self.negated = dict(lx.get("negation", {}))
        # type -> (new type, mode, theme nouns): "denounced the report" rejects, it accuses no one
        # (a type may be retyped several ways: one table per new type, ``modes`` naming the
        # trigger modes it applies to, all when absent)
        # (``triggers``: the words a trigger must open with for the table to apply, all when absent;
        # ``active``: only a verb in the active voice, whose theme is its object: "l'armée a évacué
        # Kidal", not "l'aéroport a été évacué")
        self.retype_about = {k: [(r["type"], r["mode"], frozenset(r["nouns"]), frozenset(r.get("modes", ())),
                                  tuple(w.lower() for w in r.get("triggers", ())), bool(r.get("active", False)))
                                 for r in (v if isinstance(v, list) else [v])]
                             for k, v in lx.get("retype_about", {}).items()}
        # nouns of a hold on something, through which the theme is what is held: "ont pris le
        # contrôle d'un vraquier" is about the ship
        self.theme_through = frozenset(lx.get("theme_through", {}).get("words", []))
        # the nouns of a charge or a claim (those that make an accusation a rejection): "a charge
        # Kigali denies" answers the accusation before it
        self.charge_nouns = frozenset().union(*(r[2] for r in self.retype_about.get("ACCUSE", ())))
        # ...and whose subject says the other type: "protesters demanding his resignation" protest
        self.retype_subject = {k: (v["type"], v["mode"], frozenset(v["nouns"]))
                               for k, v in lx.get("retype_subject", {}).items()}
        # ...and the subjects that make only some triggers the other type: "des habitants ont bloqué la
        # route" protest, "des habitants ont capturé un assaillant" do not
        self.retype_subject_some = {k: (tuple(v.get("only_triggers", ())), frozenset(v.get("only_trigger_nouns", ())))
                                    for k, v in lx.get("retype_subject", {}).items()}
        # a type some kinds of source make another by saying it (events.toml [retype_source])
        self.retype_source = {k: (frozenset(v["kinds"]), v["type"], v["mode"]) for k, v in lx.get("retype_source", {}).items()}
        # the nouns of a crowd: those whose demands are its protest
        self.crowd_nouns = frozenset(n for typ, _, nouns in self.retype_subject.values() if typ == "PROTEST" for n in nouns)
        # whether a later attack with no date of its own, at the same place, repeats the one told
        self.undated_repeats = bool(lx.get("merge", {}).get("undated_attack_repeats", False))
        # whether two events that name no target (an occupation of villages, then of towns)
        # are one only at one place; false: the same source and date make them one
        self.untargeted_same_place = bool(lx.get("merge", {}).get("untargeted_need_same_place", False))
        # types whose undated happenings are the publication day's ("Betancourt condemned the
        # FARC", "she called on Sarkozy to..."): statements a dispatch reports as news (absent: none)
        self.publication_day_types = frozenset(lx.get("attributes", {}).get("publication_day_types", []))
        # whether a paragraph that names no time goes on with the day of the paragraph before:
        # measured per language (English copy gained dates with it, French copy lost them)
        self.date_across_paragraphs = bool(lx.get("attributes", {}).get("date_across_paragraphs", False))
        # ...and types whose undated happenings are, when told in the past ("le quartier a été évacué")
        self.publication_day_past_types = frozenset(lx.get("attributes", {}).get("publication_day_past_types", []))
        # types whose happenings, with no place in their sentence, are at the story's focus
        # (attacks always are, see place_for)
        self.focus_place_types = frozenset(lx.get("attributes", {}).get("focus_place_types", []))
        self.speaker_source_types = frozenset(lx.get("attributes", {}).get("speaker_source_types", []))
        # a happening placed only in a country takes the town the story is about, in that country
        self.country_to_focus = bool(lx.get("attributes", {}).get("country_gives_way_to_focus", False))
        # happenings on the ground, which a news outlet named before them never carries out
        self.ground_types = frozenset(lx.get("attributes", {}).get("media_never_source_types", []))
        # types whose deployed people are who acts: "225 militaires ont été déployés", "déployer des
        # policiers" (the force sent, told without who sent it, is the force that mobilizes)
        self.deployed_act = frozenset(lx.get("attributes", {}).get("deployed_act_types", []))
        # verbs whose subject died or was hurt, not who struck: "trois soldats ont péri", "deux
        # casques bleus ont perdu la vie" (a verb lemma, or a verb with its object's lemma)
        victims = lx.get("victim_subject", {})
        self.victim_lemmas = frozenset(victims.get("lemmas", []))
        self.victim_objects = {k: frozenset(v) for k, v in victims.get("with_object", {}).items()}
        # the types of event a news outlet can be the source of (what it says); absent: all but attacks
        self.media_types = frozenset(lx.get("media_source", {}).get("types", []))
        # verbs whose subject carries out the event named in their object or complement: "ont
        # riposté par des gaz lacrymogènes", "a tiré des gaz lacrymogènes"
        self.response_verbs = frozenset(lx.get("response_verbs", {}).get("lemmas", []))
        self.response_nouns = frozenset(lx.get("response_verbs", {}).get("nouns", []))
        self.response_force_kinds = set(lx.get("response_verbs", {}).get("force_kinds", []))
        before = lx.get("earlier_event", {}).get("before")
        # "au lendemain d'une attaque": what is named after a day counted from it is another happening
        self.rx_earlier_event = re.compile(before, re.I) if before else None
        self.happened_participles = frozenset(lx.get("happened_participles", {}).get("lemmas", []))
        # (longest words first: "avant-veille" before "veille")
        self.earlier_days = sorted(lx.get("earlier_event", {}).get("days", {}).items(), key=lambda kv: -len(kv[0]))
        # "trois jours après le tir": so many units (time.toml) before or after the day the sentence gives
        counted = lx.get("earlier_event", {}).get("counted", {})
        self.count_units = counted_units(self.lang)
        self.rx_counted_units = re.compile(
            rf"(?P<n>[\w-]+)\s+(?P<u>{'|'.join(map(re.escape, self.count_units))})\s+(?P<d>{'|'.join(map(re.escape, counted['after'] + counted['before']))})(?![\w-])",
            re.I) if counted and self.count_units else None
        self.counted_after = frozenset(w.lower() for w in counted.get("after", []))
        during = lx.get("during", {})
        # "lors de frappes", "during raids": the attack in which the clause's deed was done
        self.rx_during = re.compile(r"(?<![\w-])(?:%s)$" % during["opener"], re.I) if during.get("opener") else None
        answers = lx.get("response_verbs", {}).get("answers")
        self.rx_answers = re.compile(answers, re.I) if answers else None
        # the articles that make a class of fighters the group named before ("les rebelles")
        words = lx.get("class_definites", {}).get("words", [])
        self.rx_definite_class = re.compile(r"(?<![\w-])(?:%s)\s+" % "|".join(map(re.escape, words)), re.I) \
            if words else None
        # acts of another type that the attackers commit ("une prise d'otages"): their source is the attack's
        acts = lx.get("culprit_acts", {}).get("words", [])
        self.rx_culprit_acts = re.compile("|".join(
            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in acts), re.I) if acts else None
        # who carried out the attack: the agent of a claim, the name by a perpetrator noun
        culprits = lx.get("culprits", {})
        self.claim_lemmas = set(culprits.get("claim", []))
        self.perpetrated = set(culprits.get("perpetrated", []))
        # the object a verb of claiming needs to be a claim of an attack ("claimed responsibility";
        # none where the verb alone is one: "a revendiqué l'attaque")
        self.claim_objects = set(culprits.get("claim_objects", []))
        self.rx_culprit = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
            re.escape(w) for w in culprits["nouns"]), re.I) if culprits.get("nouns") else None
        police = lx.get("police", {})
        self.rx_police = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
            re.escape(w) for w in police["forces"]), re.I) if police.get("forces") else None
        self.rx_arrest = re.compile("|".join(
            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in police["arrests"]),
            re.I) if police.get("arrests") else None
        # a passive accusation that names no accuser is no event ("il était soupçonné de...")
        self.passive_accusation = bool(lx.get("framing", {}).get("passive_accusation_needs_agent", False))
        # natural hazards: the deaths of a sentence that names one are no attack
        hazards = lx.get("hazards", {}).get("words", [])
        # deaths that say nothing of how ("est mort", "ont perdu la vie"): an attack only in a
        # story that tells violence of these types in other words
        self.bare_deaths = frozenset(w.lower() for w in lx.get("hazards", {}).get("bare_deaths", []))
        self.violence_types = frozenset(lx.get("hazards", {}).get("violence_types", ["ASSAULT"]))
        self.rx_hazard = re.compile(r"(?<![\w-])(?:%s)" % "|".join(
            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"(?![\w-])") for w in hazards),
            re.I) if hazards else None
        self.moved = tuple(lx["moved_participles"]["words"])
        self.left_place = tuple(lx["moved_participles"].get("left_place", []))
        self.rx_destination = re.compile(lx["moved_participles"].get("destination", r"(?!)"), re.I)
        # the nouns that name people (the figures' groups): "les blessés ont été évacués" moves
        # people; "l'aéroport a été évacué" empties a site, an evacuation of its own
        self.people_nouns = {k.lower() for k in lang.toml("figures").get("groups", {})}
        # "évacuées vers Kaya", "fled to Chad": where people went (the figures' own words for it)
        dest = lang.toml("figures").get("patterns", {}).get("destination")
        self.rx_went_to = re.compile(dest, re.I) if dest else None
        # "across Ukraine", "à travers le pays" (the figures' words): the whole place, not the focus town
        spread = lang.toml("figures").get("patterns", {}).get("spread_before")
        self.rx_spread = re.compile(spread, re.I) if spread else None
        # a place that says where someone is based or comes from ("selon une ONG basée à Londres"),
        # never where it happened (places.toml)
        not_where = lang.toml("places").get("patterns", {}).get("not_where")
        self.rx_not_where = re.compile(not_where, re.I) if not_where else None
        forced = lx["forced_evacuation"]
        self.forcing = set(forced["lemmas"])
        self.forced_rule = (forced["type"], forced["mode"], forced.get("acled", []))
        # a frame whose object is a measure of its own type: the measure is the event (events.toml)
        self.measure_frames = {k: frozenset(v) for k, v in lx.get("measure_frames", {}).items()}
        # (the nouns of leaving a place: "l'envoi de vivres" ordered is still aid)
        self.forced_nouns = tuple(forced["nouns"])
        # happenings that are gatherings: stopped, not seized (events.toml [attributes])
        self.gathering_types = frozenset(lx.get("attributes", {}).get("gathering_types", []))
        # modes of a happening never folded into another of its type (events.toml [unfolded_modes])
        self.unfolded_modes = frozenset(lx.get("unfolded_modes", {}).get("modes", []))
        # types whose acts told by two verbs of one sentence are two happenings (events.toml [attributes])
        self.distinct_act_types = frozenset(lx.get("attributes", {}).get("distinct_act_types", []))
        # weapons supplied are aid, not an attack: "a livré des obus à l'Ukraine", "deliveries of
        # missiles" (events.toml [arms_supply]; absent: weapons are always attacks)
        arms = lx.get("arms_supply", {})
        self.arms_supply = (arms["type"], arms["mode"], frozenset(arms["verbs"]), frozenset(arms["nouns"]),
                            frozenset(arms["weapons"])) if arms else None
        # the marks of a purpose clause ("pour parvenir à un cessez-le-feu"): what it aims at is no happening
        self.purpose_marks = frozenset(lx.get("purpose", {}).get("marks", []))
        # what a phrase may hold between its words besides a time: an adverb ("s'est aussi engagé
        # à", "a aussitôt exclu") or an adverbial phrase ("s'est de son côté engagé"); not a
        # negation, which the phrase's status reads (events.toml [phrase_inserts]; absent: none)
        inserts = lx.get("phrase_inserts", {})
        self.rx_inserts = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
            re.escape(w) for w in sorted(inserts.get("phrases", []), key=len, reverse=True)), re.I) \
            if inserts.get("phrases") else None
        self.insert_adverbs = bool(inserts.get("adverbs", False))
        self.negation_words = frozenset(w.lower() for w in inserts.get("not_adverbs", []))

    @staticmethod
    def times_and_places(doc: Doc) -> list[tuple[int, int]]:
        """The times of the text, each with the place a preposition joins right after it ("a
        reçu lundi à Nairobi une délégation"): what agency copy puts between a verb and its object."""
        places = {s0: e0 for s0, e0, _ in doc._.place_spans or ()}
        out = []
        for x in doc._.timexes or ():
            s0, e0 = x.span
            span = doc.char_span(s0, e0, alignment_mode="expand")
            k = span.end if span is not None else len(doc)
            out.append((s0, e0))
            if k + 1 < len(doc) and doc[k].pos_ == "ADP" and doc[k + 1].idx in places:
                out.append((s0, places[doc[k + 1].idx]))
        return out

    def inserts(self, doc: Doc) -> list[tuple[int, int]]:
        """The adverbs and adverbial phrases a phrase of the lexicon may hold between two of its
        words ("se sont en outre entendus", "a immédiatement qualifié"), negations aside."""
        out = []
        if self.insert_adverbs:
            out = [(t.idx, t.idx + len(t.text)) for t in doc
                   if t.pos_ == "ADV" and "Neg" not in t.morph.get("Polarity") and t.lower_ not in self.negation_words]
        if self.rx_inserts is not None:
            out.extend((m.start(), m.end()) for m in self.rx_inserts.finditer(text_of(doc)))
        return out

    def readings(self, i: int, doc: Doc, start: int, end: int) -> tuple[int, ...]:
        """The rules that read the phrase matched at [start, end), in the order they are to be
        tried (only the cues its first token opens can read it)."""
        phrase = text_of(doc)[start:end]
        key = (i, phrase.lower())
        found = self._readings.get(key)
        if found is None:
            first = doc.char_span(start, start + 1, alignment_mode="expand")
            openers = self.cues.openers(first[0].lower) if first is not None else ()
            ks = {i} | {k for k in openers if self.rules[k] and self.cues.exact[k].fullmatch(phrase)}
            found = self._readings[key] = tuple(sorted(ks, key=lambda k: (self.guards[self.rules[k][-1]][0] is None, k)))
        return found

    def triggers(self, doc: Doc) -> list[_Trigger]:
        kept: list[_Trigger] = []
        text = text_of(doc)
        # (a day may sit inside a phrase: "ont pris lundi le contrôle de", "a rappelé mardi son
        # ambassadeur"; so may an opening quotation mark: "a jugé « inacceptable »")
        # (read from the token array: a pass over every token's text costs more than the matcher)
        orth = doc.to_array([ORTH])
        mark_ids = [doc.vocab.strings.add(m) for m in self.attributor.quote_marks]
        marks = [(doc[int(k)].idx, doc[int(k)].idx + len(doc[int(k)].text))
                 for k in numpy.flatnonzero(numpy.isin(orth, mark_ids))]
        for start, end, i in self.cues(doc, text, skippable=self.times_and_places(doc) + marks + self.inserts(doc)):
            if self.rules[i] is None:
                continue  # a phrase that names no happening ("assault rifles", "une conférence de presse")
            for k in self.readings(i, doc, start, end):
                after = self.guards[self.rules[k][-1]][0]
                if after is None or after.match(text, end, min(len(text), end + 80)):
                    break
            else:
                continue
            typ, mode, acled, needs, first, g = self.rules[k]
            kept.append(_Trigger(start, end, typ, mode, acled, needs, first, guard=g))
        for n, (rx, (typ, mode, acled, needs, first, g)) in enumerate(self.pattern_triggers):
            for m in rx.finditer(text):
                stop = m.end("verb") if n in self.inner_patterns else m.end()
                if n in self.over_inner:
                    kept = [k for k in kept if not (k.start < m.end() and m.start("verb") < k.end)]
                if not any(k.start < stop and m.start("verb") < k.end for k in kept):
                    kept.append(_Trigger(m.start("verb"), stop, typ, mode, acled, needs, first, guard=g,
                                         passive_told=n in self.passive_patterns))
        kept.sort(key=lambda t: t.start)
        names = Ranges(doc._.actor_spans)
        out = []
        for t in kept:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                continue
            t.tok, t.sent = span.root, span.sent
            if t.guard in self.verbs_only and t.tok.pos_ not in ("VERB", "AUX"):
                continue
            # a subhead ("Appel des Casques Blancs") names what follows; the event is there
            line_start = text_of(doc).rfind("\n", 0, t.start) + 1
            line_end = text_of(doc).find("\n", t.end)
            line = text_of(doc)[line_start:len(text_of(doc)) if line_end < 0 else line_end].strip()
            # (a quoted subhead ends on its closing mark: "« Appel à l'aide »"; a line that goes
            # on after the quotation, "« ... », a menacé le ministre.", is a sentence)
            if line and len(line) < 90 and (line[-1] not in ".!?…»”\"" or
                                            (line[0] in "«“" and line[-1] in "»”\"" and line[-2:-1] not in ".!?…")):
                continue
            # words inside a direct quotation are the speaker's, not the dispatch's report (a
            # phrase quoted in reported speech, "une «manifestation éclair»", still counts)
            quoted = next((q for q in doc._.quotes or [] if q.span[0] <= t.start < q.span[1] and q.kind != "partial"), None)
            if quoted is not None and not (t.type in self.quoted_statement_types and quoted.speaker and (
                    self.speaker_act(t.tok) or (t.tok.pos_ == "NOUN" and t.type in self.quoted_noun_types and
                                                (above := self.verb_above(t.tok)) is not None and self.speaker_act(above)))):
                continue
            # nor are the words of a quoted title, which the quote finder keeps out of the quotes
            partial = [q.span for q in doc._.quotes or [] if q.kind == "partial"]
            if quoted is None and any(q0 <= t.start < q1 and (q0, q1) not in partial for q0, q1 in doc._.quote_spans or []):
                continue
            # inside a name: "Armée de libération du Baloutchistan", "l'opération Hadin Kai"
            # (but "frappes israéliennes", "Ukrainian shelling" are both the attack and who
            # made it: the trigger ends the name)
            if names.holds_inside(t.start, t.end):
                continue
            # ...or its last word, capitalised inside the sentence: "the Government of National Accord"
            if names.encloses(t.start, t.end) and text_of(doc)[t.start].isupper() and t.start > t.sent.start_char:
                continue
            # ...or its first word, or the whole name, capitalised inside the sentence: "l'Alliance
            # des Etats du Sahel", "a indiqué Libération" (not "l'offensive israélienne", whose
            # adjective names who made it)
            if names.opens(t.start, t.end, whole=" " not in text_of(doc)[t.start:t.end]) and \
                    text_of(doc)[t.start].isupper() and t.start > t.sent.start_char:
                continue
            # "ont été évacués vers l'hôpital": moved, not an aid operation, unless someone did it
            if t.type == "AID" and t.tok.pos_ in ("VERB", "ADJ") and t.tok.lower_.startswith(self.moved) and \
                    not self.site_subject(t.tok) and not any(c.dep_ == "nsubj" for c in t.tok.children) and \
                    not self.rx_agent.search(text_of(doc)[t.end:min(t.sent.end_char, t.end + 120)]) and not (
                    t.tok.lower_.startswith(self.left_place) and any(c.dep_ == "aux:pass" for c in t.tok.children) and
                    not self.rx_destination.search(text_of(doc)[t.end:min(t.sent.end_char, t.end + 60)])):
                continue
            # "l'armée a ordonné samedi l'évacuation de quartiers": coercion, not aid
            if t.type == "AID" and t.tok.pos_ == "NOUN":
                verb = self.verb_above(t.tok)
                if verb is not None and verb.lemma_.lower() in self.forcing and \
                        t.tok.lower_.startswith(self.forced_nouns):
                    t.type, t.mode, t.acled = self.forced_rule
            _, active_only, not_about, not_on = self.guards[t.guard]
            if active_only and self.passive(t.tok):
                continue  # "what was called a 'surge'": naming, not characterising
            if not_about and self.theme_lemma(t.tok) in not_about:
                continue  # "released its report": a document, not people
            if not_about and t.tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj:pass" and c.lower_ not in self.attributor.anonymous and
                    any(k is not t and k.type in self.gathering_types and k.start <= c.idx < k.end for k in kept)
                    for c in t.tok.children):
                continue  # "la manifestation a été arrêtée": a gathering stopped, no one seized
            if not_on and self.hangs_on(t.tok, not_on):
                continue  # "des sanctions visant des banques": what the measure aims at, no attack
            if t.guard in self.retype_after and (self.retype_after[t.guard][0].match(
                    text_of(doc), t.end, min(t.sent.end_char, t.end + 120)) or (
                    t.guard in self.retype_before and self.retype_before[t.guard].search(text_of(doc), t.sent.start_char, t.start))):
                t.type, t.mode = self.retype_after[t.guard][1:]
                t.acled, t.needs_announce = self.acled_of.get((t.type, t.mode), []), False
            retype = self.retyped_about(doc, t)
            if retype is not None:
                t.type, t.mode = retype[:2]
                t.acled = self.acled_of.get((t.type, t.mode), [])
            elif t.type in self.retype_subject and (
                    (self.subject_lemma(t.tok) in self.retype_subject[t.type][2] and not self.passive(t.tok)) or (
                        self.retype_subject_some[t.type][0] and
                        text_of(doc)[t.start:t.end].lower().startswith(self.retype_subject_some[t.type][0]) and
                        self.subject_lemma(t.tok) in self.retype_subject_some[t.type][1])):
                # ("des manifestants ont été arrêtés": arrested, no protest; the triggers a table names
                # are read whatever the voice: "des policiers sont tombés aux mains des insurgés")
                t.type, t.mode = self.retype_subject[t.type][:2]
                t.acled = []
            if t.type == "ASSAULT" and self.arms_supply is not None and self.supplied(t.tok):
                t.type, t.mode = self.arms_supply[:2]
                t.acled = self.acled_of.get((t.type, t.mode), [])
            if t.type == "ACCUSE" and self.passive_accusation and not t.passive_told and t.tok.pos_ in ("VERB", "ADJ") and \
                    self.passive(t.tok) and not any(c.pos_ in ("NOUN", "PROPN") for c in self.agent_phrases(t.tok)):
                continue  # "il était suspecté de radicalisation", "avait été condamné pour vol": nobody accuses
                # (someone does in "a été condamnée par la classe politique", known actor or not)
            if self.charged(t.tok):
                continue  # "trois hommes accusés d'avoir posé une bombe"
            if t.type in self.state_participle_types and self.state_participle(t.tok):
                continue  # "des proches de militaires mobilisés", "la Crimée annexée": a state, no act
            if t.type == "ASSAULT" and self.rx_hazard is not None and \
                    self.rx_hazard.search(text, t.sent.start_char, t.sent.end_char):
                continue  # "six militaires ont perdu la vie dans une avalanche": no one attacked
            # "la localité appelée Bahri", "un virus appelé « Petya »": naming, not appealing
            # (an auxiliary makes it a verb of appeal: "a appelé Washington à cesser")
            # (nor does a verb coordinated with one that has it: "a condamné les exactions et appelé
            # Bamako à enquêter")
            if t.type == "REQUEST" and self.rx_named.match(text_of(doc)[t.end:t.end + 60]) and t.tok.pos_ != "NOUN" \
                    and not any(c.dep_ in ("aux", "aux:tense") for c in t.tok.children) and not (
                    t.tok.dep_ == "conj" and any(c.dep_ in ("aux", "aux:tense") for c in t.tok.head.children)):
                continue
            out.append(t)
        bare = {id(t) for t in out if t.type == "ASSAULT" and text[t.start:t.end].lower() in self.bare_deaths}
        if bare and self.rx_hazard is not None and self.rx_hazard.search(text) and not any(
                t.type in self.violence_types and id(t) not in bare for t in out):
            # "six militaires ont perdu la vie en Savoie" in a story that tells no violence but names
            # an avalanche, "un ancien président est mort à La Havane" in one of a man's old age:
            # a death, no attack
            out = [t for t in out if id(t) not in bare]
        return out

    @staticmethod
    def speaker_act(tok: Token) -> bool:
        """A verb in the words quoted that tells the speaker's own act: a finite verb or a compound
        tense ("Elle ne restera pas sans réponse"), not an infinitive ("pourraient constituer")."""
        return tok.pos_ in ("VERB", "AUX") and ("Fin" in tok.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") for c in tok.children))

    # -------------------------------------------------------------- grammar
    def claimant(self, doc: Doc, noun: Token) -> str | None:
        """Who claims the attack a noun names again: the subject of "a revendiqué l'attaque",
        "claimed responsibility for the attack", the agent of "l'attaque a été revendiquée par"."""
        verb = self.verb_above(noun)
        if verb is None or verb.lemma_.lower() not in self.claim_lemmas or not self.claims(verb) or \
                negations(verb, self.lang):
            return None
        return self.claim_agent(doc, verb)

    def claim_agent(self, doc: Doc, verb: Token) -> str | None:
        """The actor a verb of claiming names as the claimant, able to strike: its agent ("par
        l'EI") or its active subject; a named group before a class of fighters."""
        for c in verb.children:
            if c.dep_ == "obl:agent" or (c.dep_ == "nsubj" and not any(x.dep_ == "aux:pass" for x in verb.children)):
                hits = [x for x in actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                        if self.can_strike(doc, x[2])]
                if hits:
                    named = [x for x in hits if not self.kb_generic(x[2], doc)]
                    if c.dep_ == "nsubj":
                        # (the subject's own name over one in its modifiers: "the al Qaeda-linked
                        # group JNIM claimed")
                        # (a spokesperson claims for the group: "Le porte-parole des Houthis, X, a revendiqué")
                        own = self.attributor.subject_actor(doc, verb)
                        if own in {x[2] for x in named} and getattr(actor_by_id(doc, own), "kind", None) != "person":
                            return own
                    return (named or hits)[0][2]
        return None

    def claims(self, verb: Token) -> bool:
        """A verb of claiming that claims an attack: with the object the language needs, if any
        ("claimed responsibility", not "claimed that")."""
        return not self.claim_objects or any(
            c.dep_ in ("obj", "dobj") and c.lemma_.lower() in self.claim_objects for c in verb.children)

    @staticmethod
    def hangs_on(tok: Token, nouns: frozenset) -> bool:
        """The participle hangs on one of ``nouns``: as its modifier ("une enquête visant le
        ministre"), or beside the verb whose object is one ("a adopté un paquet de sanctions,
        visant des banques": the parse makes it the verb's adverbial clause)."""
        head = tok.head
        if tok.dep_.startswith("acl"):
            return head.lemma_.lower() in nouns
        if tok.dep_ == "advcl":
            objs = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass")]
            # (and an object the parse hung on the day before it: "a adopté mercredi des sanctions")
            objs += [g for c in head.children if c.dep_ == "obl:mod" and c.i == head.i + 1
                     for g in c.children if g.dep_ == "nmod" and g.i > c.i]
            objs += [g for c in objs for g in c.children if g.dep_ == "nmod"]
            return any(c.lemma_.lower() in nouns for c in objs)
        return False

    def new_town(self, doc: Doc, t: _Trigger, events: list[Event]) -> bool:
        """A toll told at a town no attack was told at ("Une autre personne a été tuée à
        Carcassonne" after the attack at Trèbes): a happening of its own (not a town the wounded
        were taken to: "blessées et évacuées vers Kaya")."""
        pmap = {p.id: p for p in doc._.places}
        towns = [pmap[x[2]] for x in places_in(doc, t.sent.start_char, t.sent.end_char)
                 if pmap[x[2]].feature in ("city", "town", "village") and not self.went_to(doc, x[0])]
        if len(towns) != 1:
            return False
        town = towns[0]
        seen = [pmap[e.place] for e in events if e.type == "ASSAULT" and e.place in pmap]
        return bool(seen) and all(q.id != town.id and town.name not in q.name and q.name not in town.name and
                                  q.feature not in ("country", "continent", "region", "admin1") for q in seen)

    def new_day_and_place(self, doc: Doc, t: _Trigger, events: list[Event]) -> bool:
        """A toll told with a day and a place of its own, neither of any attack told before
        ("Trente détenus ont été décapités lundi en Amazonas. Mercredi, quatre détenus ont été
        tués à Boa Vista"): a happening of its own."""
        days = {x.value for x in timexes_in(doc, t.sent.start_char, t.sent.end_char)
                if x.value and len(x.value) == 10}
        here = {x[2] for x in places_in(doc, t.sent.start_char, t.sent.end_char) if not self.went_to(doc, x[0])}
        earlier = [e for e in events if e.type == "ASSAULT"]
        return len(days) == 1 and bool(here) and bool(earlier) and all(
            e.date not in days and e.place not in here for e in earlier)

    def sides_between(self, doc: Doc, tok: Token) -> list[str]:
        """The two actors a fight noun names after "entre" / "between" ("entre éleveurs et
        agriculteurs"), each made an actor if need be; none when the words name fewer than two."""
        att = self.attributor
        for w in (x for x in tok.subtree if x.lower_ in self.between_words and x.i > tok.i and x.i - tok.i <= 3):
            first = w.head if w.dep_ == "case" else next((c for c in w.children if c.dep_ in ("pobj", "obj")), None)
            if first is None or first.i <= w.i:
                continue
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            if second is None:
                return []
            end = next((c.i for c in first.children if c.dep_ == "cc"), second.left_edge.i)
            a = att.actor_for_phrase(doc, w.i + 1, att.clip(doc, w.i + 1, end), w.idx)
            b_start = next((x.i for x in second.subtree if x.dep_ != "cc"), second.i)
            b = att.actor_for_phrase(doc, b_start, att.clip(doc, b_start, second.right_edge.i + 1), w.idx)
            return [x for x in (a, b) if x] if a and b and a != b else []
        return []

    def sides_opposed(self, doc: Doc, tok: Token) -> list[str]:
        """The two actors a verb of opposing names for the fight that is its subject ("des
        affrontements ont opposé l'armée aux rebelles du M23", "opposent l'armée et le M23",
        "pitted the army against the RSF"); none when it names fewer than two."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in self.opposing_verbs:
            return []
        first = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
        if first is None:
            return []
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        if second is None:
            # the second side after its preposition, on the first side or on the verb
            for c in list(first.children) + list(verb.children):
                if c.dep_ == "prep" and c.lower_ in self.opposing_second:
                    second = next((x for x in c.children if x.dep_ == "pobj"), None)
                elif c.dep_ in ("nmod", "obl", "obl:arg") and any(
                        x.dep_ == "case" and x.lower_ in self.opposing_second for x in c.children):
                    second = c
                if second is not None:
                    break
        if second is None:
            return []
        att = self.attributor
        # (the first side ends where the second, or the conjunction before it, starts)
        ends = [first.right_edge.i + 1] + [c.i for c in first.children if c.dep_ == "cc"]
        if first.left_edge.i <= second.i <= first.right_edge.i:
            ends.append(second.left_edge.i)
        a = att.actor_for_phrase(doc, first.left_edge.i, att.clip(doc, first.left_edge.i, min(ends)), first.idx)
        b_start = next((x.i for x in second.subtree if x.dep_ not in ("cc", "case")), second.i)
        b = att.actor_for_phrase(doc, b_start, att.clip(doc, b_start, second.right_edge.i + 1), first.idx)
        return [a, b] if a and b and a != b else []

    def went_to(self, doc: Doc, start: int) -> bool:
        """The place starting at ``start`` is where someone went or was taken."""
        return self.rx_went_to is not None and bool(self.rx_went_to.search(text_of(doc)[max(0, start - 25):start]))

    def victim_subject(self, tok: Token) -> bool:
        """A verb whose subject suffered: "ont péri", "sont morts", "ont trouvé la mort"."""
        lemma = tok.lemma_.lower()
        if lemma in self.victim_lemmas or tok.lower_ in self.victim_lemmas:
            return True
        objs = self.victim_objects.get(lemma)
        return bool(objs) and any(c.dep_ == "obj" and c.lemma_.lower() in objs for c in tok.children)

    def agent_phrases(self, tok: Token) -> list[Token]:
        """The heads of a passive verb's "par X" ("tué par les gendarmes"), whether the parse
        calls it an agent or, as it often does after a date, a modifier."""
        return [c for c in tok.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and self.passive(tok) and any(
                x.dep_ == "case" and self.rx_agent.match(x.text + " ") for x in c.children))]

    def agent_of(self, doc: Doc, tok: Token) -> str | None:
        """The actor of a passive verb's "par X"."""
        for c in self.agent_phrases(tok):
            hit = actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            if hit:
                return hit[0][2]
        return None

    def after_opener(self, doc: Doc, t: _Trigger) -> bool:
        """The trigger right after "selon", "according to" (and an article): it names a source."""
        before = text_of(doc)[max(t.sent.start_char, t.start - 24):t.start]
        last = None
        for last in self.attributor.rx_according.finditer(before):
            pass
        return last is not None and len([w for w in re.split(r"[\s'’]+", before[last.end():]) if w]) <= 1

    def during_other_kind(self, doc: Doc, t: _Trigger, trig: list[_Trigger]) -> bool:
        """A toll told "au cours des émeutes", "during the protests": violence within a happening of
        another kind, its own event whatever attack the story told before."""
        if self.rx_during is None:
            return False
        text = text_of(doc)
        return any(o is not t and o.sent == t.sent and o.type != t.type and o.tok is not None and
                   o.tok.pos_ == "NOUN" and o.start > t.end and
                   self.rx_during.search(text[max(t.sent.start_char, o.start - 30):o.start]) for o in trig)

    def other_side_acts(self, doc: Doc, t: _Trigger, events: list[Event]) -> bool:
        """"L'armée a affirmé avoir tué dix assaillants" after the jihadists' attack: an active
        verb whose subject is an actor that carried out none of the events told before is the
        other side's happening, not the attack's toll told again."""
        if t.tok.pos_ != "VERB" or self.passive(t.tok) or self.victim_subject(t.tok):
            return False
        who = self.attributor.subject_actor(doc, t.tok)
        if who is None:
            # "Les collègues de ce dernier ont ensuite poursuivi et tué l'agresseur": people the
            # text names by a noun, killing someone they name as object, are a side of their own
            head = self.first_of_coordination(t.tok)
            # (a passive subject without a passive auxiliary is the parse's slip)
            subj = next((c for c in head.children if c.dep_ == "nsubj" or (
                c.dep_ == "nsubj:pass" and not any(x.dep_ == "aux:pass" for x in head.children))), None)
            return subj is not None and subj.pos_ == "NOUN" and any(c.dep_ in ("obj", "dobj") for c in t.tok.children)
        return all(e.source != who and e.target != who for e in events if e.type == t.type)

    def agent_acts_apart(self, doc: Doc, t: _Trigger, trig: list[_Trigger]) -> bool:
        """A passive toll verb whose agent is not the subject of an attack verb of its sentence:
        a deed of its own ("ont ouvert le feu avant d'être abattus par la police")."""
        agent = self.agent_of(doc, t.tok) if self.passive(t.tok) else None
        return agent is not None and any(
            self.attributor.subject_actor(doc, o.tok) not in (None, agent)
            for o in trig if o is not t and o.sent == t.sent and o.type == t.type and o.tok.pos_ == "VERB")

    def infinitive_above(self, noun: Token) -> Token | None:
        """The infinitive a noun is the complement of ("accepter la proposition de cessez-le-feu");
        None under a verb of another form."""
        verb = self.verb_above(noun)
        return verb if verb is not None and verb.i != noun.i and verb.morph.get("VerbForm") == ["Inf"] else None

    @staticmethod
    def governs(head: Token, tok: Token) -> bool:
        """``tok`` hangs under ``head`` with no verb of its own clause between ("exiger la
        libération", not "son aide si les combats reprenaient")."""
        cur = tok
        while cur.head.i != cur.i:
            cur = cur.head
            if cur.i == head.i:
                return True
            if cur.pos_ in ("VERB", "AUX"):
                return False
        return False

    def charged(self, tok: Token) -> bool:
        """A trigger inside what a participle of a charge says someone is accused of ("des
        habitants accusés de collaborer", "trois hommes soupçonnés d'avoir posé une bombe")."""
        if not self.charge_lemmas:
            return False
        # (the participle a few words before, in the same phrase: the parse hangs the charge's
        # infinitive on the participle or beside it, on the noun charged)
        for x in reversed(tok.doc[max(tok.sent.start, tok.i - 6):tok.i]):
            if x.is_punct or ("Fin" in x.morph.get("VerbForm") and x.pos_ in ("VERB", "AUX")):
                return False
            if x.lemma_.lower() in self.charge_lemmas and "Part" in x.morph.get("VerbForm") and \
                    x.dep_ in ("acl", "amod", "acl:relcl") and not any(c.dep_.startswith("aux") for c in x.children) \
                    and x.head.i < x.i:  # (not an epithet before its noun: "Suspected jihadists ambushed")
                return True
        return False

    @staticmethod
    def state_participle(tok: Token) -> bool:
        """A past participle on a noun with nothing of an act about it: no auxiliary, no agent,
        no complement of time, place or manner ("les militaires mobilisés", "la Crimée annexée";
        not "5 000 soldats déployés lundi à la frontière")."""
        return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and tok.dep_ in ("acl", "amod") and \
            tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i and not any(
                c.dep_.startswith(("aux", "obl", "obj", "advmod", "nmod")) for c in tok.children) and \
            not in_timex(tok.doc, tok.idx)

    def passive_reading(self, tok: Token) -> bool:
        """Whether the subject of a verb with a passive auxiliary suffered it: not for a verb of
        moving or a reflexive one, whose "être" the parse reads as a passive ("les rebelles sont
        entrés dans Goma", "les manifestants se sont rassemblés")."""
        return any(c.dep_ == "aux:pass" for c in tok.children) and tok.lemma_.lower() not in self.motion_verbs and \
            not any(c.dep_.startswith("expl") for c in tok.children)

    @staticmethod
    def article_inside(t: _Trigger) -> bool:
        """Whether the trigger's phrase holds its noun's article ("derrière les barreaux"): the
        article is the phrase's, no sign of a happening named again."""
        return any(w.pos_ == "DET" and t.start <= w.idx < t.tok.idx for w in t.sent)

    def active_verb(self, tok: Token) -> bool:
        """A verb told in the active voice with a tense of its own ("l'armée a évacué Kidal"), not
        a passive nor a bare participle ("évacués lundi vers l'hôpital")."""
        return tok.pos_ == "VERB" and not self.passive(tok) and self.speaker_act(tok)

    @staticmethod
    def passive(tok: Token) -> bool:
        """"was called", "a report released Thursday": a passive verb or a bare participle
        modifying a noun."""
        return any(c.dep_ == "aux:pass" for c in tok.children) or (
            tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Past"])

    def repeats(self, noun: Token) -> bool:
        """An event noun in the form of a mention of what was told: "this attack", "the
        strike" (bare)."""
        before = noun.doc[noun.i - 1].lower_ if noun.i else ""
        return before in self.demonstratives or self.definite_noun(noun)

    def definite_noun(self, noun: Token, complements: bool = False) -> bool:
        """"the strike" with nothing after it; where the language says so, with words between
        the article and the noun too ("the Khowst attack", "the three-week offensive");
        ``complements``: with a complement after it on a place or party named before ("the
        battle of Marja")."""
        if not noun.i:
            return False
        if noun.right_edge.i != noun.i and not (complements and self.told_complements(noun)):
            return False
        before = noun.doc[noun.i - 1]
        if before.lower_ in self.definites or (self.fused_definites and before.lower_ in self.fused_articles and
                                               before.dep_ == "case" and before.head.i == noun.i):
            return True
        left = list(noun.lefts)
        return self.definite_modified and bool(left) and left[0].dep_ == "det" and \
            left[0].lower_ in self.definites and noun.left_edge.i == left[0].i

    def new_date(self, doc: Doc, noun: Token, told: list[Event]) -> bool:
        """Whether the noun's own words date it to a day no event of its type told before has
        ("the January 24 attack", "the killing of X on August 14"): a happening of its own."""
        dates = self.own_days(doc, noun)
        return bool(dates) and not dates & {ev.date for ev in told}

    def own_days(self, doc: Doc, noun: Token) -> set[str]:
        """The days the noun's own words give ("l'attaque, survenue mardi", "the January 24 attack").
        A day right after a verb's object is the verb's ("a revendiqué l'attaque lundi": the claim's)."""
        s, e = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
        n0, n1 = noun.idx, noun.idx + len(noun.text)
        text = text_of(doc)
        return {x.value for x in timexes_in(doc, s, e) if x.value and len(x.value) == 10 and s <= x.span[0] and
                x.span[1] <= e and (x.span[1] <= n0 or x.span[0] >= n1)  # not "the day after the bombing"
                and not (x.span[0] >= n1 and noun.dep_ in ("obj", "dobj") and
                         text[n1:x.span[0]].strip().lower() in self.verb_day_openers)}

    def dated_by_report(self, doc: Doc, t: _Trigger, value: str) -> bool:
        """The event's day is only the day its report was made ("50 soldats ont été tués lors
        d'une attaque, ont indiqué jeudi des sources"): every time of that value in the sentence
        hangs on a verb of saying other than the trigger."""
        hits = [x for x in timexes_in(doc, story_start(doc, t.sent.start_char), t.sent.end_char) if x.value == value]
        if not hits:
            return False
        for x in hits:
            span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
            verb = self.clause_verb(span.root) if span is not None else None
            if verb is None or verb == t.tok.i or not self.attributor.is_speech_verb(doc[verb]):
                return False
        return True

    def told_complements(self, noun: Token) -> bool:
        """Whether every word after the noun is a complement of the language's list whose
        object holds a place or an actor named before the noun."""
        rights = list(noun.rights)
        if not rights or not self.definite_complements or noun.dep_ in ("dobj", "obj"):
            return False  # (the object of a verb: "British troops joined the fighting in Basra")
        doc = noun.doc
        for r in rights:
            if r.dep_ == "nmod":  # a noun with its own preposition: "l'offensive de Raqqa"
                case = [c for c in r.children if c.dep_ == "case"]
                if len(case) != 1 or case[0].lower_ not in self.definite_complements:
                    return False
                objs = [r]
            else:  # a preposition over its noun: "the battle of Marja"
                objs = [c for c in r.children if c.dep_ == "pobj"]
                if r.lower_ not in self.definite_complements or len(objs) != 1:
                    return False
            s, e = objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge.text)
            if any(x.span[0] >= s and x.span[1] <= e for x in timexes_in(doc, s, e)):
                continue  # "la fusillade de cette nuit": whether that day is a new one is asked after
            ids = {aid for a0, _, aid in doc._.actor_spans or [] if s <= a0 < e}
            told = any(a1 <= noun.idx for _, a1, aid in doc._.actor_spans or [] if aid in ids)
            for p in doc._.places or []:
                if any(s <= m0 < e for m0, _ in p.mentions):
                    ids.add(p.id)
                    told = told or any(m1 <= noun.idx for _, m1 in p.mentions)
            if not told:
                return False
        return True

    @staticmethod
    def complements(tok: Token) -> list[Token]:
        """The nouns of a verb's prepositional complements: "killed in the attack" -> attack
        (French parses give the noun as ``obl``, English ones a ``prep`` over a ``pobj``)."""
        out = []
        for c in tok.children:
            if c.dep_.startswith("obl") and c.dep_ != "obl:agent":
                out.append(c)
            elif c.dep_ == "prep" or (c.dep_ == "obl:agent" and c.pos_ == "ADP"):
                # (an agent's preposition over its noun: "set ablaze by the bombing")
                out.extend(x for x in c.children if x.dep_ == "pobj")
        return out

    @staticmethod
    def verb_objects(tok: Token) -> list[Token]:
        """A verb's dependents read through a day the parse took for a head: "a suspendu mardi
        plusieurs médias" makes "mardi" an object, "a rejeté dimanche l'ultimatum" hangs the object
        on "dimanche"; the day is no dependent, what hangs on it after the verb is."""
        out = []
        for c in tok.children:
            if c.i > tok.i and in_timex(tok.doc, c.idx):
                # (or hung on it as a bare complement: "ont repris lundi les négociations")
                out.extend(g for g in c.children if g.pos_ in ("NOUN", "PROPN") and (
                    g.dep_ in ("obj", "dobj") or (g.dep_ in ("nmod", "appos") and g.i > c.i and
                                                  not any(x.dep_ == "case" for x in g.children))))
            else:
                out.append(c)
        return out

    def seen_acting(self, tok: Token) -> Token | None:
        """The object of a verb of perception that the infinitive ``tok`` tells acting ("vu des
        soldats tirer"), else None."""
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "xcomp" or "Inf" not in tok.morph.get("VerbForm") or \
                tok.head.lemma_.lower() not in self.perception_lemmas:
            return None
        return next((c for c in tok.head.children if c.dep_ in ("obj", "dobj") and c.i < tok.i), None)

    def supplied(self, tok: Token) -> bool:
        """A weapon's noun that is what a verb or a noun of supplying hands over: "a livré des
        obus", "promis de livrer des dizaines de missiles", "la livraison de bombes", "deliveries
        of missiles" (through a coordination and a noun of quantity)."""
        _, _, verbs, nouns, weapons = self.arms_supply
        if tok.pos_ not in ("NOUN", "PROPN") or not {tok.lower_, tok.lemma_.lower()} & weapons:
            return False  # ("ont donné un nouvel assaut": an attack given is still one)
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.head.i != head.i:
            head = head.head  # English: "deliveries" -> "of" -> "missiles"
        if tok.dep_ == "nmod" and head.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and \
                head.lemma_.lower() in self.attributor.quantity_nouns:
            tok, head = head, head.head  # "des dizaines de missiles"
        # (a partitive the parse read as a preposition: "a livré mardi des obus", "obus" obl:arg)
        if tok.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "obl:arg"):
            return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs
        return tok.dep_ in ("nmod", "pobj") and head.lemma_.lower() in nouns

    def theme_lemma(self, tok: Token) -> str:
        """What a trigger is about: a verb's object or passive subject, the noun a participle
        modifies, a noun's complement ("the release of the report"); through a noun of a part
        ("a suspendu une partie de son aide": the aid)."""
        noun = self.theme_noun(tok)
        return noun.lemma_.lower() if noun is not None else ""

    @staticmethod
    def names_state(doc: Doc, tok: Token, noun: Token) -> bool:
        """The trigger is about a state ("l'Union africaine a suspendu le Mali"): the verb's object
        is a mention of a state actor or of a country."""
        if tok.pos_ not in ("VERB", "AUX") or noun.dep_ != "obj":
            return False  # (not a noun's complement: "le cessez-le-feu annoncé par Ankara")
        end = noun.idx + len(noun.text)
        countries = {p.id for p in doc._.places or () if p.feature == "country"}
        return any((a := actor_by_id(doc, aid)) is not None and a.kind == "state"
                   for _, _, aid in actors_in(doc, noun.idx, end)) or \
            any(pid in countries for _, _, pid in places_in(doc, noun.idx, end))

    @staticmethod
    def names_media(doc: Doc, noun: Token) -> bool:
        """The trigger's theme is a mention of a media outlet ("the junta suspended Radio France
        Internationale")."""
        return any((a := actor_by_id(doc, aid)) is not None and a.kind == "media"
                   for _, _, aid in actors_in(doc, noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)))

    def retyped_about(self, doc: Doc, t: _Trigger):
        """The table of [retype_about] whose theme the trigger has, if one does ("@state" in a
        table's nouns stands for any state, "@media" for any outlet, "@place" for any place the
        text names: "la libération de Mossoul")."""
        said = text_of(doc)[t.start:t.end].lower()
        tables = [r for r in self.retype_about.get(t.type, ()) if (not r[3] or t.mode in r[3]) and
                  (not r[4] or said.startswith(r[4])) and not (r[5] and not self.active_verb(t.tok))]
        noun = self.theme_noun(t.tok) if tables else None
        if tables and (noun is None or noun.lemma_.lower() in self.theme_through):
            # what is held ("le contrôle d'un vraquier"), or a verb's complement when it has no
            # object ("se sont emparés de six camions")
            # (the parse may hang what is held on the verb: "ont mis la main sur la ville")
            held = (c for c in [*(() if noun is None else noun.children), *(t.tok.children if noun is None or
                                                                           t.tok.pos_ == "VERB" else ())]
                    if c.dep_ in ("nmod", "obl:arg", "pobj") and c.pos_ in ("NOUN", "PROPN"))
            noun = next(held, None)
            if noun is not None:
                noun = self.counted(noun)
        if noun is None or t.start <= noun.idx < t.end:
            return None  # (a theme inside the phrase itself is its own: "filed charges against")
        lemma = noun.lemma_.lower()
        for r in tables:
            if lemma in r[2] or ("@state" in r[2] and self.names_state(doc, t.tok, noun)) or \
                    ("@media" in r[2] and self.names_media(doc, noun)) or \
                    ("@place" in r[2] and places_in(doc, noun.idx, noun.idx + len(noun.text))):
                return r
        return None

    def theme_noun(self, tok: Token) -> Token | None:
        noun = None
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "acl" and tok.head.i != tok.i:
                noun = tok.head
            else:
                noun = next((c for c in self.verb_objects(tok) if c.dep_ in ("obj", "nsubj:pass")), None)
                if noun is None and not any(c.dep_ in ("obj", "dobj", "nsubj:pass", "ccomp", "xcomp") for c in tok.children):
                    # (the parse hung the object elsewhere: "ont repris lundi les négociations", the
                    # noun under the subject) the first noun after the verb and its day, in its clause
                    for x in tok.doc[tok.i + 1:min(tok.i + 5, tok.sent.end)]:
                        if x.is_punct or x.pos_ in ("VERB", "AUX", "ADP"):
                            break
                        if x.pos_ in ("NOUN", "PROPN") and not in_timex(tok.doc, x.idx):
                            noun = x
                            break
        else:
            for c in tok.children:
                if c.dep_ == "nmod":
                    noun = c
                    break
                if c.dep_ == "prep" and c.i == tok.i + 1:  # English: "release" -> "of" -> "report"
                    noun = next((x for x in c.children if x.dep_ == "pobj"), None)
                    break
        if noun is None:
            return None
        return self.counted(noun)

    def counted(self, noun: Token) -> Token:
        """Past a quantity, what is counted ("des centaines de miliciens", "hundreds of
        protesters"); any other noun is itself."""
        if noun.lemma_.lower() not in self.attributor.quantity_nouns and noun.lower_ not in self.attributor.quantity_nouns:
            return noun
        part_of = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i), None) or next(
            (x for c in noun.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"), None)
        return part_of if part_of is not None else noun

    def subject_lemma(self, tok: Token) -> str:
        """A verb's subject; in a relative clause, the noun the clause hangs on ("campaigners,
        who are demanding"); past a quantity, what is counted ("des centaines de miliciens")."""
        if tok.pos_ not in ("VERB", "AUX"):
            return ""
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if tok.dep_ in ("relcl", "acl:relcl", "acl") and (subj is None or subj.tag_ in ("WP", "WDT")):
            return tok.head.lemma_.lower()
        return self.counted(subj).lemma_.lower() if subj is not None else ""

    def site_subject(self, tok: Token) -> bool:
        """The subject of a moved participle is a site, not people ("l'aéroport a été évacué")."""
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return subj is not None and subj.pos_ == "NOUN" and not any(
            x.like_num or x.lower_ in self.people_nouns or x.lemma_.lower() in self.people_nouns for x in subj.subtree)

    @staticmethod
    def stretch_bounds(t: _Trigger) -> tuple[int, int]:
        """Where the trigger's stretch of its sentence, between the punctuation marks around it,
        starts and ends, as offsets into the sentence's text."""
        text, off = t.sent.text, t.sent.start_char
        start = max(text.rfind(p, 0, t.start - off) for p in ",;:(")
        ends = [i for i in (text.find(p, t.end - off) for p in ",;:)") if i >= 0]
        return start + 1, min(ends) if ends else len(text)

    def crowd(self, actor) -> bool:
        """Whether the actor is a crowd ("Protesters", "les manifestants") by its name or a mention."""
        return actor is not None and any(n.lower() in self.crowd_nouns for n in [actor.name, *actor.aliases])

    def habitual(self, t: _Trigger) -> bool:
        """Whether the trigger's stretch of clause tells a standing or habitual state: not one
        that an infinitive after the trigger holds ("a accusé le gouvernement de mentir depuis
        des mois" is one accusation)."""
        if self.rx_habitual is None:
            return False
        s0, e0 = self.stretch_bounds(t)
        for m in self.rx_habitual.finditer(t.sent.text, s0, e0):
            at = t.sent.start_char + m.start()
            # (nor one a participle or a relative clause after the trigger holds: "ont libéré deux
            # otages détenus depuis plusieurs mois" is one release)
            if not any(t.end <= w.idx < at and (w.morph.get("VerbForm") == ["Inf"] or "Rel" in w.morph.get("PronType") or
                                                (w.morph.get("VerbForm") == ["Part"] and w.dep_.startswith("acl")))
                       for w in t.sent):
                return True
        return False

    def verb_above(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return cur if cur.pos_ in ("VERB", "AUX") else None
            cur = cur.head
            if cur.pos_ in ("VERB",):
                return cur
        return None

    def status(self, t: _Trigger) -> str:
        tok = t.tok
        chain = [tok]
        cur = tok
        coordinated = False
        for _ in range(3):
            if cur.head.i == cur.i:  # the root (spaCy makes a new Token per access: never "is")
                break
            if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
                # "a démenti ces accusations et dénoncé une campagne": a coordinated verb does not
                # take its sister as what frames it, but what frames them both
                cur = cur.head
                coordinated = True
                continue
            cur = cur.head
            chain.append(cur)
        if chain[-1].lemma_.lower() in self.denied_reports and chain[-1].head.lemma_.lower() in self.deny:
            chain.append(chain[-1].head)  # (one step further: "a démenti des informations faisant état de")
        lemmas = [c.lemma_.lower() for c in chain]
        # a strike told with what it did ("des frappes ayant tué trois personnes", "strikes that
        # have killed") happened, whatever condition the parse hangs it on
        done = tok.pos_ == "NOUN" and any(
            c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and any(
                a.dep_ in ("aux:tense", "aux") and "Cnd" not in a.morph.get("Mood") and a.lemma_.lower() in self.perfect_auxiliaries
                for a in c.children) for c in tok.children)
        if tok.pos_ == "NOUN" and self.earlier_event(tok.doc, t):
            return "occurred"  # "a menacé de riposter, au lendemain de frappes israéliennes": the day before, done
        if not done and any(x.dep_ == "mark" and x.lower_ in self.conditional_marks for c in chain
                            for x in c.children if c.pos_ in ("VERB", "AUX")):
            return "hypothetical"  # "si les combats reprenaient", "if fighting resumed"
        denier = next((c for c in chain[1:] if c.lemma_.lower() in self.deny), None)
        if denier is not None and any(c.pos_ == "VERB" and c.head.pos_ in ("VERB", "AUX") and
                                      self.attributor.is_speech_verb(c) for c in chain[1:chain.index(denier)]):
            # "a démenti avoir visé des civils, affirmant que ses forces avaient frappé des positions
            # rebelles": what a verb of saying under the denial asserts is claimed, not denied
            denier = None
        if denier is not None and coordinated and t.type in self.publication_day_types and tok.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
            # "Hamas denied that its fighters were there and accused Israel of lying", "ont démenti
            # viser des civils et accusé l'armée": a statement coordinated without a subject of its
            # own is the denier's sister, made, whatever clause of the denial the parse hung it in
            denier = None
        if denier is not None and any(x.lemma_.lower() in self.charge_nouns for x in tok.doc[tok.right_edge.i + 1:denier.i]):
            # "Congo accuses Rwanda of backing M23, a charge Kigali denies": the denial answers the
            # accusation named before it, which was made (the parse hangs that clause on the denial)
            denier = None
        if denier is not None and not any(
                c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and not (tok.left_edge.i <= c.i <= tok.right_edge.i)
                and not (c.i > denier.i and c.lemma_.lower() in self.denied_reports) for c in denier.children):
            # (not when the denial has an object of its own the parse hung the clause on: "Pakistan
            # has accused Kabul of ..., a charge Kabul denies" -- the accusation was made)
            return "denied"
        negs = negations(tok, self.lang) if tok.pos_ in ("VERB", "AUX") else []
        if negs and any(t.start <= c.idx < t.end for c in negs):
            return "occurred"  # a refusal told with its negation inside: "qu'il ne déposerait pas les armes"
        if negs:
            return "denied"  # "l'armée n'a pas frappé l'hôpital"
        if any(l in self.hypothetical and not (l in self.hypothetical_verbs_only and c.pos_ not in ("VERB", "AUX"))
               for l, c in zip(lemmas[1:], chain[1:])) and any(verb_form(c, self.lang) in ("conditional", "present", "infinitive") for c in chain[1:]):
            return "hypothetical"
        if t.type == "ASSAULT" and any(l in self.foiled for l in lemmas[1:]):
            t.foiled = True
            return "planned"  # "une tentative d'attentat a été déjouée": it never took place
        fut = points_to_future(tok, self.lang)
        if fut and tok.pos_ in ("NOUN", "PROPN") and any(
                l in self.hearsay for l in lemmas[1:]) and verb_form(chain[1], self.lang) == "conditional":
            fut = None  # "il s'agirait d'un attentat": a report held at a distance, not a plan
        # "be" plans only with an infinitive ("the vote is to be held"), not as a copula or an
        # existential ("the attacks were part of", "there were protests")
        if any(c.lemma_.lower() in self.plan and not (c.lemma_.lower() in self.plan_needs_infinitive and not any(
                x.dep_ == "xcomp" for x in c.children)) and not (
                c.lemma_.lower() in self.plan_done_when_past and c.morph.get("VerbForm") == ["Part"] and
                any(x.dep_ == "aux:tense" for x in c.children)) and not (
                c.i != tok.i and tok.lower_ in self.given_when_said) for c in chain) or fut:
            return "planned"
        verb = self.verb_above(tok)
        if t.type not in self.done_when_announced and tok.pos_ in ("NOUN", "PROPN") and verb is not None and \
                verb.lemma_.lower() in self.announce and verb.i < tok.i:
            return "announced"  # "a annoncé un arrêt des raids" (an attack is not announced)
        if t.type not in self.done_when_announced and t.type not in self.publication_day_types and \
                tok.pos_ == "VERB" and tok.lemma_.lower() in self.announce and \
                " " in text_of(tok.doc)[t.start:t.end].strip() and tok.idx == t.start:
            return "announced"  # a trigger phrase opened by the verb: "a promis une aide de 20 millions"
        return "occurred"

    @staticmethod
    def names_own_subject(doc: Doc, verb: Token, aid: str, according: list[tuple[int, str]]) -> bool:
        """Whether the verb's own subject, before it and before every "selon X" of its
        sentence, names the actor ``aid``."""
        # (a subject after "selon X, ..." may be the parse's reading of the source's apposition:
        # "Selon le gouverneur, Oleksandr X, un missile a touché")
        first_opener = min((off for off, _ in according), default=None)
        for c in verb.children:
            if c.dep_ != "nsubj" or c.i > verb.i:
                continue
            s, e = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            if first_opener is not None and e > first_opener:
                continue
            if any(x[2] == aid for x in actors_in(doc, s, e)):
                return True
        return False

    def roles(self, doc: Doc, t: _Trigger) -> None:
        tok = t.tok
        att = self.attributor
        src = tgt = None
        sub_s, sub_e = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        according = att.according_to(doc, t.sent)
        reporters = {aid for _, aid in according}
        if tok.pos_ in ("ADV", "ADJ") and t.type in ("REJECT", "ACCUSE", "REQUEST", "THREATEN", "AGREE"):
            # a verb the tagger mistook ("La junte dément": ADV): the actor named before it
            zone = [x for x in actors_in(doc, story_start(doc, t.sent.start_char), t.start) if x[2] not in reporters]
            src = zone[-1][2] if zone else None
            # the name right before it is its subject, whatever the parse hung it on ("ce que le
            # Rwanda dément", "ce que Kigali dément")
            k = tok.i - 1
            while k > t.sent.start and doc[k].pos_ in ("AUX", "ADV") and doc[k].text not in att.punct_stop:
                k -= 1
            if k >= t.sent.start and doc[k].pos_ == "PROPN":
                i = k
                while i - 1 >= t.sent.start and doc[i - 1].pos_ in ("PROPN", "DET"):
                    i -= 1
                name = text_of(doc)[doc[i].idx:doc[k].idx + len(doc[k].text)]
                named = next((a.id for a in doc._.actors or [] if any(
                    n and (name == n or name.endswith(" " + n)) for n in [a.name, *a.aliases])), None)
                src = att.actor_for_phrase(doc, i, k + 1, t.start) or named or src
            if src is None and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
                # "« ... », s'est indignée la porte-parole d'Amnesty, Clara Vidal": the subject after it
                src = att.subject_actor(doc, tok)
        elif (seen := self.seen_acting(tok)) is not None:
            # "a raconté avoir vu des soldats tirer sur la foule": who was seen acting acts, not the witness
            src = att.actor_for_phrase(doc, seen.left_edge.i, seen.right_edge.i + 1, seen.idx, named_source=True)
        elif tok.pos_ in ("VERB", "AUX"):
            src = self.force_over_leader(doc, tok, att.subject_actor(doc, tok), t.type)
            # "« Le Rwanda ment », a-t-il accusé": the verb of the incise after a quotation is its
            # speaker's, never a name inside the words quoted
            quoted = next(((q0, q1, aid) for q0, q1, aid in doc._.speakers or [] if q1 <= tok.idx and
                           re.fullmatch(r"[\s,»”\"]*(?:[\w'’-]+\s+){0,2}?", text_of(doc)[q1:tok.idx])), None)
            if quoted is not None and (src is None or any(x[2] == src for x in actors_in(doc, quoted[0], quoted[1]))):
                src = quoted[2]
            # "..., a averti mercredi le Bureau de l'ONU (Ocha)": the subject after the verb of
            # an incise speaks; it is no object suffering the statement
            inverted = src is None and att.is_speech_verb(tok, incise=True) and att.incise_actor(doc, tok)
            if inverted:
                src = inverted
            # (a present participle is active: "..., calling for a ceasefire", "..., killing 12")
            # (a past participle with an object of its own is active, whatever the parse hung it on:
            # "ont érigé des barricades, incendié deux commissariats et pillé des magasins")
            listed = tok.morph.get("VerbForm") == ["Part"] and tok.dep_ in ("acl", "advcl") and \
                any(c.dep_ in ("obj", "dobj") for c in tok.children) and tok.i > 0 and doc[tok.i - 1].text == ","
            passive = any(c.dep_ == "aux:pass" for c in tok.children) or (
                tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") != ["Pres"] and not listed and
                not any(c.dep_ == "aux:tense" for c in tok.children) and att.stray_auxiliary(tok) is None)
            if self.passive_reading(tok) or (
                    t.type == "ASSAULT" and self.victim_subject(tok)):
                # (not the auxiliary of a verb of moving the parse reads as a passive: "les habitants
                # sont descendus dans la rue" protest)
                # "vingt militaires ont été tués", "X a été arrêté", "trois soldats ont péri": the
                # subject suffered it
                src, tgt = None, src
                passive = True
            if src is None and not passive and tok.dep_ == "advcl" and tok.morph.get("VerbForm") == ["Part"] and \
                    tok.head.pos_ in ("VERB", "AUX"):
                # "X warned of bloodshed, calling for a ceasefire": the subject of the clause it hangs on
                src = att.subject_actor(doc, tok.head)
            elif src is None and listed and tok.dep_ == "acl" and tok.head.head.pos_ in ("VERB", "AUX") and \
                    tok.head.dep_ in ("obj", "dobj"):
                # "... érigé des barricades, incendié deux commissariats": the participle the parse hung
                # on the object before it shares the verb's subject
                src = att.subject_actor(doc, tok.head.head)
            speaker = att.sentence_source(doc, t.sent) if src is None and t.type in self.speaker_source_types else None
            # ("selon le FNDC, qui accuse les gendarmes": the source named is who accuses)
            relative_source = src is not None and tok.dep_ != "acl" and any(
                c.dep_ == "nsubj" and c.lower_ in att.subject_relatives for c in tok.children)
            # ("Le Hamas a rejeté la proposition, selon un communiqué": the document is the
            # subject's own; the subject the verb names before it is no mere reporter)
            named_subject = src is not None and self.names_own_subject(doc, tok, src, according)
            if (src is None or (src in reporters and not relative_source and not named_subject)) and \
                    not passive and not speaker:
                # (a statement told in a sentence with a speaker is the speaker's: see the end of find)
                # the parse often loses the subject ("L'Union africaine (UA) a de son côté
                # appelé"): the first actor named before the verb in its sentence
                # (not the subject of a verb the trigger's clause hangs on: "un témoin a raconté
                # qu'un kamikaze s'est fait exploser" -- the witness tells, the bomber acts)
                tellers, cur = set(), tok
                for _ in range(6):
                    if cur.dep_ in ("ROOT",) or cur.head.i == cur.i:
                        break
                    said, cur = cur.dep_ == "ccomp", cur.head
                    if said:  # "a raconté que ...": who tells (a force telling of its own troops still acts)
                        told_by = {x[2] for c in cur.children if c.dep_ == "nsubj"
                                   for x in actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))}
                        if not told_by and cur.dep_ == "conj":
                            # "X a dénoncé une attaque et indiqué que des bombes avaient frappé": the
                            # subject the coordinated verb shares
                            told_by = {att.subject_actor(doc, cur)} - {None}
                        # (a body that cannot strike only tells of an attack: "The Sudan Doctors
                        # Network said ... before fighters stormed")
                        tellers |= {aid for aid in told_by if getattr(actor_by_id(doc, aid), "kind", None) not in (
                            self.striking_kinds if t.type == "ASSAULT" else self.acting_kinds)}
                zone = [x for x in actors_in(doc, story_start(doc, t.sent.start_char), t.start) if x[2] not in reporters
                        and x[2] not in tellers
                        and not self.rx_against_before.search(text_of(doc), max(0, x[0] - 16), x[0])]
                # (a subject that names nobody known keeps the actors after it out: "A suicide bomber
                # rammed a car into a police checkpoint, killing": the police suffered it)
                clause = tok.head if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") else tok
                subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                if subj is not None and subj.i < tok.i and not actors_in(doc, subj.left_edge.idx, subj.idx + len(subj.text)):
                    zone = [x for x in zone if x[0] < subj.left_edge.idx]
                src = zone[0][2] if zone else None
            if tgt is None and tok.dep_ == "acl" and passive and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
                # "Les Emirats arabes unis, accusés par Khartoum d'armer les FSR": the participle's
                # noun suffers what it says
                named = actors_in(doc, tok.head.left_edge.idx, tok.head.idx + len(tok.head.text))
                tgt = named[-1][2] if named else None
            for c in self.verb_objects(tok):
                if c.dep_ == "obl:agent":
                    src = att.best_actor(doc, actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))) or src
                if c.dep_ in ("obj",) and tgt is None and not inverted:
                    # (up to a second verb the parse hung on the object: "a condamné une violation
                    # ... et appelé les Etats-Unis": the United States are not condemned)
                    second = next((g for g in c.subtree if g.dep_ == "acl" and g.pos_ == "VERB" and
                                   any(x.dep_ == "cc" and x.i < g.i for x in g.children)), None)
                    end = doc[second.left_edge.i].idx if second is not None else c.right_edge.idx + len(c.right_edge.text)
                    # (nor a source the parse hangs on the object: "..., selon la chaîne Al-Massirah
                    # des rebelles houthis")
                    according = att.rx_according.search(text_of(doc), c.left_edge.idx, end)
                    if according:
                        end = according.start()
                    hits = actors_in(doc, c.left_edge.idx, end)
                    # (not the agent of a participle that describes it: "l'ensemble des partis, une
                    # décision dénoncée par l'opposition")
                    agents = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for g in c.subtree
                              if g.dep_ == "obl:agent" and g.head.i != tok.i]
                    hits = [x for x in hits if not any(a <= x[0] < b for a, b in agents)]
                    if not any(x[2] in reporters for x in hits):
                        tgt = att.best_actor(doc, hits)
                    if not hits and c.pos_ == "NOUN":
                        # "a accusé les paramilitaires": the armed group a class noun points back at
                        tgt = att.anaphor(doc, c, c.idx)
        else:
            # "frappes russes", "raids de l'aviation syrienne", "attaque attribuée aux ADF"
            inner = [x for x in actors_in(doc, sub_s, sub_e)]
            if t.type in self.patient_types or t.mode in self.patient_modes or t.mode in self.person_patient_modes:
                # "l'arrestation de l'opposant X", "the release of the hostages": who suffers it
                # ("l'assassinat de X": a person, for a killing)
                of = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("nmod", "prep") and (
                    any(g.dep_ == "case" and g.lower_ in att.of_tokens for g in c.children) or c.lower_ in att.of_tokens)), None)
                if of is not None:
                    patients = actors_in(doc, of.left_edge.idx, of.right_edge.idx + len(of.right_edge.text))
                    if patients and (t.type in self.patient_types or t.mode in self.patient_modes or
                                     getattr(actor_by_id(doc, patients[0][2]), "kind", None) == "person"):
                        tgt = patients[0][2]
                        inner = [x for x in inner if x[2] != tgt]
            if tok.dep_ == "appos" and tok.head.i < tok.i and t.type != "ASSAULT":
                # "L'Egypte, soutien de l'armée, a mis en garde": the noun in apposition says what
                # the name before it does; whose support it is, the complement says
                named = actors_in(doc, tok.head.left_edge.idx, tok.head.idx + len(tok.head.text))
                if named:
                    src = named[-1][2]
                    inner = [x for x in inner if x[2] != src]
                    tgt = inner[0][2] if inner else None
            contre = self.rx_against.search(text_of(doc)[t.end:sub_e])
            if contre is None and (t.type in self.counterpart_types or t.mode in self.counterpart_modes):
                # "her meeting with X": X is the other party, not who met
                contre = self.rx_counterpart.search(text_of(doc)[t.end:sub_e])
            if contre is None and self.rx_answers is not None and text_of(doc)[t.start:t.end].lower() in self.response_nouns:
                # "en riposte à une frappe israélienne": what is answered is the other side's
                contre = self.rx_answers.search(text_of(doc)[t.end:sub_e])
            cut = t.end + contre.start() if contre else sub_e
            # "l'assaut d'une base par des combattants de l'EI": the agent
            par = self.rx_agent.search(text_of(doc)[t.end:sub_e])
            if par and "," in text_of(doc)[t.end:t.end + par.start()]:
                par = None  # "la suspension de l'ONG, une décision qualifiée d'« inacceptable » par l'ONG": the aside's agent
            if par:
                agent = actors_in(doc, t.end + par.end(), min(sub_e, t.end + par.end() + 80))
                if agent:  # "par les jihadistes de Hayat Tahrir al-Cham": the named group
                    named = [x for x in agent if not self.kb_generic(x[2], doc)]
                    src = (named or agent)[0][2]
            for c in tok.subtree:
                if c.lemma_.lower() in self.attributed and c.idx > t.start:
                    agent = actors_in(doc, c.idx, c.right_edge.idx + len(c.right_edge.text))
                    if agent:
                        src = agent[0][2]
            # "La Russie a annoncé un arrêt des raids de l'armée": who announces, leads or
            # launches is the source; else an actor inside the phrase ("frappes russes")
            verb = self.verb_above(tok)
            if verb is not None and tok.head.i == verb.i and tok.dep_ == "nsubj:pass":
                # "l'assaut est donné par le RAID", "un bombardement effectué par la coalition"
                for c in verb.children:
                    if c.dep_ == "obl:agent" and src is None:
                        src = att.best_actor(doc, actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
            if verb is not None and tok.head.i == verb.i and tok.dep_ == "obl:agent":
                # "X est tué par la riposte des policiers": X suffered it
                for c in verb.children:
                    if c.dep_ == "nsubj:pass" and tgt is None:
                        tgt = att.best_actor(doc, actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
            # (through a count: "a affirmé avoir tiré des dizaines de roquettes", "dozens of rockets")
            counted = tok.head if tok.dep_ == "nmod" and tok.head.lower_ in att.quantity_nouns else \
                tok.head.head if tok.dep_ == "pobj" and tok.head.head.lower_ in att.quantity_nouns else tok
            if src is None and verb is not None and verb.lemma_.lower() in self.response_verbs and \
                    counted.head.i == verb.i and (counted.dep_.startswith("obl") or counted.dep_ in ("obj", "dobj")):
                # "ces derniers ont riposté par des grenades", "la police a tiré des gaz
                # lacrymogènes": who responds or fires uses them (a subject that names an actor,
                # or a pronoun that stands for one)
                # (the subject found as for any verb: a pronoun's antecedent, or the subject of
                # the verb the firing hangs on, "les Houthis ont affirmé avoir tiré deux missiles")
                src = att.subject_actor(doc, verb)
            if src is None and tok.lower_ in att.anonymous and not any(
                    c.dep_ == "case" and c.lower_ not in att.of_tokens for c in tok.children):
                # "des centaines de manifestants", "environ 400 manifestants demandaient": the
                # people the trigger names are who act
                first = next(x.i for x in tok.subtree if x.dep_ != "case")
                src = att.actor_for_phrase(doc, first, tok.i + 1, tok.idx)
            if src is None and verb is not None and verb.i < tok.i and not (
                    tok.head.i == verb.i and tok.dep_ == "obl:mod" and any(c.dep_ == "case" for c in tok.children)
                    and verb.lemma_.lower() not in self.source_verbs) and not self.earlier_event(doc, t) and (
                    # "a lancé X malgré les frappes de Y": a phrase beside the object, not it
                    verb.lemma_.lower() in self.light or verb.lemma_.lower() in self.announce or
                    verb.lemma_.lower() in self.plan or (verb.lemma_.lower() in self.claim_lemmas and self.claims(verb) and (
                        tok.head.i == verb.i or tok.head.head.i == verb.i and tok.head.dep_ == "obj"))):
                # ("le Hezbollah a revendiqué le tir de roquettes": who claims it fired them; not
                # what the claim says it answers, "en riposte à une frappe israélienne")
                src = self.force_over_leader(doc, verb, att.subject_actor(doc, verb), t.type)
            if src is None and verb is not None and verb.i < tok.i and any(
                    "Yes" in c.morph.get("Poss") for c in tok.children if c.dep_ == "det" and c.i < tok.i):
                # "a réaffirmé son soutien au gouvernement somalien": the possessor is the verb's
                # subject, and the body after the noun is who it is for
                src = self.force_over_leader(doc, verb, att.subject_actor(doc, verb), t.type)
                if src is not None and tgt is None:
                    after = [x for x in inner if x[0] >= t.end and x[2] != src and x[2] not in reporters]
                    tgt = after[0][2] if after else None
            if src is None:
                own = [x for x in inner if x[0] < cut and x[2] not in reporters]
                if own and t.type == "ASSAULT":
                    # "an attack in Mali, a security source told Reuters": who tells of it is no attacker
                    teller = att.sentence_source(doc, t.sent)
                    own = [x for x in own if x[2] != teller]
                if own:
                    src = self.military_for_state(doc, t, own[0][2])
            if src is None and t.type == "ASSAULT" and self.rx_during is not None and verb is not None and \
                    verb.i < tok.i and not self.passive(verb) and \
                    self.rx_during.search(text_of(doc)[max(t.sent.start_char, t.start - 30):t.start]) and (
                    not att.is_speech_verb(verb) or any(x.pos_ == "AUX" and x.morph.get("VerbForm") == ["Inf"]
                                                        for x in doc[verb.i + 1:tok.i])):
                # "L'armée a affirmé avoir neutralisé des dizaines de terroristes lors de frappes
                # aériennes": the force whose deed the clause tells struck (not who only tells of it)
                cand = att.subject_actor(doc, verb)
                if getattr(actor_by_id(doc, cand), "kind", None) in self.striking_kinds:
                    src = self.military_for_state(doc, t, cand)
            if contre:
                # (not who tells of it: "... sur un marché de Sadr City, selon des sources policières")
                tg = [x for x in inner if x[0] >= cut and x[2] not in reporters]
                if tg:
                    tgt = tg[0][2]
            if src is None and t.type in self.counterpart_types and verb is not None:
                # "In a telephone conversation with X, Medvedev said": who speaks met X
                src = att.subject_actor(doc, verb)
            elif src is None and contre and t.mode in self.counterpart_modes and verb is not None and \
                    not self.passive(verb) and not self.earlier_event(doc, t) and not self.victim_subject(verb):
                # (not who lost men in it: "L'armée a perdu quatre soldats dans une attaque contre sa base")
                # "se sont emparés de la ville après de violents combats avec l'armée", "an
                # offensive against the army": the force the clause is about fought the other side
                # (not the day before: "a day after an attack on a base")
                cand = att.subject_actor(doc, verb)
                if cand != tgt and getattr(actor_by_id(doc, cand), "kind", None) in self.striking_kinds:
                    src = cand
        # (each finds nothing where the language lists no words for it)
        sides = (self.sides_between(doc, tok) or self.sides_opposed(doc, tok)) if t.mode in self.counterpart_modes else []
        if sides:
            # "des affrontements entre éleveurs et agriculteurs", "fighting between the army and the
            # RSF": the first side fights the second
            src = src if src in sides else sides[0]
            tgt = next((x for x in sides if x != src), tgt)
        if src is None and tok.pos_ in ("VERB", "AUX") and self.passive(tok) or (
                src is None and any(c.dep_ == "aux:pass" for c in tok.children)):
            # "tués dans la nuit de lundi à mardi par des rebelles ADF": an agent the parse hung
            # on the time or the place, in the same stretch of the clause
            text = text_of(doc)
            par = self.rx_agent.search(text, t.end, min(t.sent.end_char, t.end + 60))
            if par and not re.search(r"[,;:]", text[t.end:par.start()]):
                # (the agent's phrase ends at the next break: "tués par balle, selon le FNDC" has
                # no agent, the source after the comma reports)
                stop = re.search(r"[,;:(]", text[par.end():min(t.sent.end_char, par.end() + 60)])
                end = par.end() + stop.start() if stop else min(t.sent.end_char, par.end() + 60)
                agent = actors_in(doc, par.end(), end)
                named = [x for x in agent if not self.kb_generic(x[2], doc)]
                if agent:
                    src = (named or agent)[0][2]
                elif self.rx_culprit is not None:
                    # "enlevés par les assaillants": the attackers named by their noun
                    m = self.rx_culprit.search(text, par.end(), end)
                    if m is not None:
                        src = add_actor_mention(doc, "anon:" + name_key(m.group(0)), m.group(0), (m.start(), m.end()),
                                                kind="other")
        if t.type in self.deployed_act and src is None and tgt is not None and tok.pos_ in ("VERB", "AUX"):
            src, tgt = tgt, None  # "225 militaires ont été déployés": the troops sent are the force that deploys
        if src and self.kb_generic(src, doc):
            src = self.named_after(doc, t, src)
        if src and self.kb_generic(src, doc):
            src = self.named_before(doc, t, src)
        if src and getattr(actor_by_id(doc, src), "kind", None) == "media" and (
                t.type == "ASSAULT" or t.type in self.ground_types or
                self.media_types and t.type not in self.media_types):
            # a news agency reports attacks and arrests, it does not carry them out: the next
            # actor before the trigger ("NAIROBI (Reuters) - Kenyan police arrested...")
            src = None
            if t.type in self.ground_types:
                src = next((x[2] for x in actors_in(doc, t.sent.start_char, t.start) if x[2] != tgt and
                            getattr(actor_by_id(doc, x[2]), "kind", None) not in ("media", "person", "other")), None)
        # an actor named only in the dateline ("GOMA, 12 juin (AFP) -") files the report, it takes
        # no part in what the story tells
        dl = doc._.dateline
        if dl:
            for aid in (src, tgt):
                a = actor_by_id(doc, aid) if aid else None
                if a is not None and a.mentions and all(dl[0] <= m[0] < dl[1] for m in a.mentions):
                    src, tgt = (None if src == aid else src), (None if tgt == aid else tgt)
        t.source, t.target = src, (tgt if tgt != src else None)

    @staticmethod
    def occasion_of(verb: Token) -> set[str]:
        """The verb's lemma, and the verb with each noun object, for the lexicon may list the pair
        as one verb of occasion ("avoir lieu": "des négociations ont eu lieu" were held)."""
        lemma = verb.lemma_.lower()
        # ...and with a noun after its preposition ("entrer en vigueur": a truce came into force;
        # "went into effect"), or with its particle ("kicked in")
        return {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in verb.children
                          if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"} | {
            f"{lemma} {' '.join(x.lower_ for x in c.children if x.dep_ == 'case')} {c.lemma_.lower()}"
            for c in verb.children if c.dep_.startswith("obl") and c.pos_ == "NOUN"} | {
            f"{lemma} {c.lower_} {x.lemma_.lower()}" for c in verb.children if c.dep_ == "prep"
            for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"} | {
            f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}

    @staticmethod
    def force_over_leader(doc: Doc, verb: Token, src: str | None, typ: str = "") -> str | None:
        """"l'armée syrienne du président X avance": the force the subject's head noun names
        acts, not the leader named in its complement (who speaks, but does not advance)."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        a = actor_by_id(doc, src) if src else None
        if subj is None or a is None or a.kind != "person":
            return src
        for s, e, aid in actors_in(doc, subj.idx, subj.idx + len(subj.text)):
            head = actor_by_id(doc, aid)
            if head is not None and head.kind in FORCE_KINDS:
                return aid
        # "les forces de l'Armée nationale libyenne du maréchal X ont bombardé": the force named
        # before the leader in the subject's own words
        # (a force strikes; its spokesman or its leader speaks: "le porte-parole de l'armée, X, a accusé")
        led = [x for x in actors_in(doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
               if x[2] == src] if typ in FORCE_ACTS else []
        if led:
            for s, e, aid in actors_in(doc, subj.left_edge.idx, led[0][0]):
                head = actor_by_id(doc, aid)
                if head is not None and head.kind in FORCE_KINDS:
                    return aid
        return src

    @staticmethod
    def military_for_state(doc: Doc, t: _Trigger, src: str | None) -> str | None:
        """"frappes israéliennes" in a story that names the Israeli army: the army struck (a
        state and its military are two actors when the text names both)."""
        a = actor_by_id(doc, src) if src else None
        if t.type != "ASSAULT" or a is None or a.kind != "state" or not a.country:
            return src
        army = next((x for x in doc._.actors or [] if x.kind == "military" and x.country == a.country), None)
        return army.id if army is not None else src

    def named_after(self, doc: Doc, t: _Trigger, src: str) -> str:
        """"des jihadistes de l'Etat islamique au Sahel": the named group right after the class."""
        mentions = actors_in(doc, t.sent.start_char, t.sent.end_char)
        text = text_of(doc)
        for g in (m for m in mentions if m[2] == src):
            nxt = next((m for m in mentions if 0 <= m[0] - g[1] <= 12 and not self.kb_generic(m[2], doc)), None)
            if nxt is None:
                # "les rebelles à dominante touareg du Cadre stratégique permanent": the group a
                # complement of the class noun names, no break between
                nxt = next((m for m in mentions if 0 <= m[0] - g[1] <= 40 and not self.kb_generic(m[2], doc)
                            and getattr(actor_by_id(doc, m[2]), "kind", None) == "armed_group"
                            and not re.search(r"[,;:()]", text[g[1]:m[0]])), None)
            if nxt is not None:
                return nxt[2]
        return src

    def named_before(self, doc: Doc, t: _Trigger, src: str) -> str:
        """"Les rebelles ont bombardé Sake" after "les rebelles du M23": a class named with a
        definite article is the armed group named last before it (not "des hommes armés",
        whom the text leaves unidentified)."""
        a = actor_by_id(doc, src)
        if a is None or a.name == "Unidentified armed group":
            return src
        text = text_of(doc)
        mine = [m for m in actors_in(doc, t.sent.start_char, t.sent.end_char) if m[2] == src]
        if not mine or self.rx_definite_class is None:
            return src
        m0, m1 = mine[0][0], mine[0][1]
        if not (self.rx_definite_class.match(text, m0, m1) or
                any(x.end() == m0 for x in self.rx_definite_class.finditer(text, max(0, m0 - 6), m0))):
            return src
        named = [m for m in doc._.actor_spans or [] if m[1] <= mine[0][0] and not self.kb_generic(m[2], doc)
                 and getattr(actor_by_id(doc, m[2]), "kind", None) == "armed_group"]
        return named[-1][2] if named else src

    @staticmethod
    def unnamed(doc: Doc, aid: str) -> bool:
        """"Un homme a ouvert le feu": an unnamed person, whom a name told later replaces."""
        a = actor_by_id(doc, aid)
        return a is not None and a.kind == "other" and a.name[:1].islower()

    @staticmethod
    def kb_generic(aid: str, doc: Doc) -> bool:
        """"jihadistes", "rebelles": a class of actors, not a named one."""
        a = actor_by_id(doc, aid)
        return a is not None and a.name in ("Rebels", "Jihadists", "Unidentified armed group")

    def evidence(self, doc: Doc, t: _Trigger) -> tuple[int, int]:
        tok, sent = t.tok, t.sent
        start, end = t.start, t.end
        if tok.pos_ in ("VERB",):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subj is not None:
                start = min(start, subj.left_edge.idx)
            end = max(end, min(tok.right_edge.idx + len(tok.right_edge.text), t.end + 120))
        else:
            verb = self.verb_above(tok)
            if verb is not None and verb.i < tok.i and tok.i - verb.i <= 6:
                start = min(start, verb.idx)
            end = max(end, min(tok.right_edge.idx + len(tok.right_edge.text), t.end + 100))
            if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i:
                # "Une rencontre entre A et B se tiendrait mercredi à Doha": the clause goes on
                # with what the subject does
                verb = tok.head
                end = max(end, verb.idx + len(verb.text), min(verb.right_edge.idx + len(verb.right_edge.text), verb.idx + 80))
        start = max(start, sent.start_char)
        end = min(end, sent.end_char)
        return start, end

    # -------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> list[Event]:
        trig = self.triggers(doc)
        # a trigger framed by another names what that one is about, not a happening of its
        # own: "un arrêt des raids aériens et des tirs", "les appels à un cessez-le-feu",
        # "a demandé une «relance des discussions»"
        # (a trigger framed itself frames what it governs: "ont manifesté pour exiger la
        # libération des opposants" is no release)
        framed: set[int] = set()
        for i, t in enumerate(trig):
            top = t.tok
            while top.head.i != top.i:
                # "urged France to pressure Israel to halt its attacks": asked for too; so is an
                # infinitive coordinated with the one asked for ("de cesser ses hostilités et de se
                # retirer", which the parse may hang on the first one's object)
                up = top.head
                if top.dep_ == "conj" and up.pos_ == "NOUN" and up.dep_ in ("obj", "dobj"):
                    up = up.head
                if top.dep_ in ("xcomp", "conj") and up.pos_ == "VERB" and up.morph.get("VerbForm") == ["Inf"]:
                    top = up
                else:
                    break
            if t.tok.pos_ == "VERB" and t.tok.morph.get("VerbForm") == ["Inf"] and any(
                    o.type == "REQUEST" and o.tok.pos_ == "VERB" and not o.dropped and o.sent == t.sent and
                    self.governs(o.tok, top) for o in trig[:i]):
                # "a appelé les habitants à évacuer", "exhorte les parties à négocier": what is
                # asked for, not a happening
                t.dropped = True
                framed.add(id(t))
                continue
            asked = self.infinitive_above(t.tok) if t.tok.pos_ == "NOUN" else None
            if asked is not None and t.type != "ASSAULT" and any(
                    c.dep_ == "mark" and c.lower_ in self.purpose_marks for c in asked.children):
                # "les efforts pour parvenir à un cessez-le-feu", "pour obtenir la libération des
                # otages": the noun of an aim, not a happening (not what is fled: "pour fuir les combats")
                t.dropped = True
                framed.add(id(t))
                continue
            if asked is not None and any(o.type == "REQUEST" and o.tok.pos_ == "VERB" and not o.dropped and
                                         o.sent == t.sent and self.governs(o.tok, asked) for o in trig[:i]):
                # "a appelé le Hamas à accepter la proposition de cessez-le-feu", "called on the
                # Council to impose sanctions": the noun of what is asked for
                t.dropped = True
                framed.add(id(t))
                continue
            if t.tok.pos_ == "VERB" and (t.tok.morph.get("VerbForm") == ["Fin"] or (
                    t.tok.dep_ == "ROOT" and any(c.dep_ in ("aux", "aux:tense") for c in t.tok.children)) or (
                    t.tok.dep_ == "conj" and t.tok.head.pos_ in ("VERB", "AUX")) or (
                    t.tok.dep_ == "conj" and t.tok.head.pos_ == "NOUN" and t.tok.morph.get("Tense") == ["Past"]
                    and any(c.dep_ == "cc" for c in t.tok.children)) or any(
                    c.dep_ == "mark" and c.lower_ in self.gerund_marks for c in t.tok.children)):
                # a finite verb says a clause of its own ("troops backing X clashed with Y"), so does
                # a sentence's compound tense ("La trêve a pris effet mardi"), and so
                # does a verb coordinated with another ("a décrété un deuil national et dénoncé"),
                # even one the parse hangs on the object before it ("a promis l'envoi de renforts
                # et condamné des actes barbares"), and so does a gerund ("en pilonnant des quartiers")
                continue
            for o in trig[:i]:
                if (o.dropped and id(o) not in framed) or o.type == "ASSAULT" or o.sent != t.sent:
                    continue
                if o.guard in self.only_sources:
                    continue  # "pour fuir une vague de violences": the violence fled is told
                if o.tok.pos_ == "NOUN" and o.tok.lower_ in self.people_participles:
                    continue  # "Les manifestants ont défilé": the people, whose march is the event
                gap = text_of(doc)[o.end:t.start]
                # (a verb or a subordinator between them opens a clause of its own: "des renforts ont
                # été dépêchés sur place et qu'un couvre-feu avait été instauré")
                if len(gap) <= 48 and not re.search(r"[,.;:]", gap) and not any(
                        x.pos_ in ("VERB", "AUX", "SCONJ") for x in doc.char_span(o.end, t.start, alignment_mode="expand") or []):
                    if id(o) in framed and not self.governs(o.tok, t.tok):
                        continue  # (a framed trigger frames only what it governs)
                    if o.type == "ACCUSE" and t.type == "ASSAULT" and t.tok.pos_ == "VERB" and (
                            "Prog" in t.tok.morph.get("Aspect") or "Ger" in t.tok.morph.get("VerbForm")):
                        continue  # "accused Russia of shelling the city": the deed is told, as "d'avoir bombardé"
                    if o.type in self.measure_frames and t.type in self.measure_frames[o.type] and (
                            t.tok.pos_ == "NOUN" or t.tok.morph.get("VerbForm") == ["Inf"]):
                        # "agreed a new package of sanctions", "s'est engagée à verser 500 millions":
                        # the measure agreed is the news
                        o.dropped = True
                        break
                    t.dropped = True
                    framed.add(id(t))
                    break
        # an office's name is no event: "le groupe de travail sur l'aide humanitaire"
        for t in trig:
            if t.tok.pos_ in ("NOUN", "PROPN"):
                cur = t.tok
                for _ in range(3):
                    if cur.head.i == cur.i or cur.head.pos_ not in ("NOUN", "PROPN"):
                        break
                    cur = cur.head
                    if cur.lemma_.lower() in self.title_nouns or cur.lower_ in self.title_nouns:
                        t.dropped = True
                        break
        assault_nouns = {t.tok.i for t in trig if t.type == "ASSAULT" and t.tok.pos_ == "NOUN"}
        nouns = tuple(t.end for t in trig if t.tok.pos_ == "NOUN")
        anchored = frozenset(t.start for t in trig if self.earlier_event(doc, t))
        events: list[Event] = []
        sentences: dict[int, int] = {}
        adjuncts: set[int] = set()
        spread: set[int] = set()    # placed by "across X": the whole of X
        apart: set[int] = set()
        modes_told: set[tuple] = set()
        told_of: set[int] = set()  # noun triggers that are the subject of their clause
        clauses: set[int] = set()
        verbal: set[int] = set()  # told by a verb with its subject named: a statement of its own
        acts: dict[int, str] = {}  # told by a verb with its own object: the verb's lemma
        own_clauses: dict[int, Token] = {}  # a mention's trigger word, whose clause merge reads (own_clause)
        agents: set[int] = set()
        responses: set[int] = set()
        dated: set[int] = set()
        report_dated: set[int] = set()  # attacks dated only by the day their report was made
        told_past: dict[int, bool] = {}
        deployed: dict[int, str] = {}
        foiled: set[int] = set()
        condemned: dict[int, int] = {}  # a condemnation -> where the attack it condemns is named
        for t in trig:
            if t.dropped:
                continue
            above = self.verb_above(t.tok)
            if t.type == "ASSAULT" and t.tok.pos_ == "NOUN" and above is not None and \
                    above.lemma_.lower() in self.framing:
                continue  # "mettre fin aux tueries", "a condamné le massacre"
            if t.first_only and any(o is not t and not o.dropped and o.type == t.type and o.sent == t.sent and (
                    not o.first_only or (o.tok.pos_ == "NOUN" and t.tok.pos_ != "NOUN")) for o in trig) and \
                    not self.agent_acts_apart(doc, t, trig):
                continue  # "12 civils tués dans une frappe de drone": the strike is the event
                # (so are "lors de combats" beside a toll, both first reports of violence)
            if t.first_only and any(e.type == t.type and sentences.get(id(e)) != t.sent.start for e in events) and \
                    not self.agent_of(doc, t.tok) and not self.new_town(doc, t, events) and \
                    not (t.tok.pos_ == "NOUN" and self.sides_between(doc, t.tok)) and \
                    not self.new_day_and_place(doc, t, events) and \
                    not self.other_side_acts(doc, t, events) and not self.during_other_kind(doc, t, trig):
                continue  # "34 personnes ont été tuées" after the attack: its toll, told again
                # (not a fight between two sides it names: "les combats entre l'Armée d'Arakan et la junte")
                # (not "l'assaillant a été tué par les gendarmes": who killed says a happening of its own)
            if not self.modifiers_report and t.tok.dep_ in ("amod", "compound") and \
                    t.tok.pos_ in ("VERB", "ADJ", "PROPN") and t.tok.i < t.tok.head.i:
                continue  # "Freed hostage Ingrid Betancourt arrived in France"
            if t.type in self.publication_day_types and t.tok.pos_ == "VERB" and t.tok.dep_ == "acl" and \
                    t.tok.morph.get("VerbForm") == ["Part"] and t.tok.morph.get("Tense") == ["Past"] and \
                    t.tok.head.pos_ in ("NOUN", "PROPN") and not any(
                        c.dep_.startswith("aux") or c.dep_ in ("obl:agent", "cc") for c in t.tok.children) and \
                    self.attributor.stray_auxiliary(t.tok) is None and t.tok.head.head.pos_ != "AUX":
                # "an armed group opposed to the junta": what the group is, no statement made (not "a
                # dénoncé ... et appelé", "a de son côté appelé": a verb the parse hung on a noun)
                continue
            if t.tok.pos_ == "NOUN" and above is not None and above.lemma_.lower() in self.topics:
                continue  # "to discuss a new prisoner exchange"
            if t.tok.pos_ == "NOUN" and self.after_opener(doc, t):
                continue  # "selon l'accord, ...", "according to the deal": where the words come from
            if t.type == "ASSAULT" and t.tok.pos_ == "VERB" and any(e.type == "ASSAULT" for e in events) and any(
                    x.i in assault_nouns and self.repeats(x) for x in self.complements(t.tok) + [
                        c for c in t.tok.children if c.dep_ in ("nsubj", "nsubj:pass")] + [
                        c for c in (t.tok.head.children if t.tok.dep_ == "xcomp" else ())
                        if c.dep_ in ("nsubj", "nsubj:pass")]):
                continue  # "destroyed in the attack", "the strike hit", "the raid is said to have killed"
            if t.type == "ASSAULT" and t.tok.pos_ == "VERB" and t.tok.dep_.startswith("acl") and \
                    t.tok.head.i in assault_nouns and any(c.dep_.startswith("nsubj") and c.pos_ == "PRON"
                                                          for c in t.tok.children):
                continue  # "une frappe de drone qui a visé une voiture": the strike's own relative clause
            if t.type == "ASSAULT" and t.tok.pos_ == "VERB" and self.rx_background.search(t.sent.text):
                continue  # "37,100 people have been killed since the start of the war"
            if t.type == "ASSAULT" and t.tok.pos_ == "VERB" and self.rx_year_toll is not None and any(
                    m.start() <= t.start - t.sent.start_char < m.end() for m in self.rx_year_toll.finditer(t.sent.text)):
                continue  # "at least 16 were killed in 2010": a year's toll, not a happening
            if (t.type != "ASSAULT" or t.tok.pos_ == "NOUN") and self.habitual(t):
                continue  # "les rebelles réclament depuis des années l'autonomie", "les attaques sont fréquentes"
            if t.type == "ASSAULT" and t.tok.pos_ == "NOUN" and self.charge_prepositions and any(
                    c.dep_ == "case" and c.lower_ in self.charge_prepositions for c in t.tok.children) and not any(
                    c.dep_ == "det" for c in t.tok.children):
                continue  # "une enquête a été ouverte pour assassinat": the charge, no attack told
            if self.rx_habit_frame is not None and self.rx_habit_frame.search(
                    t.sent.text, self.stretch_bounds(t)[0], t.end - t.sent.start_char):
                continue  # "ont pour habitude de bombarder les quartiers": a habit, no happening
            negated = t.type in self.negated and bool(negations(t.tok, self.lang))
            if negated:
                t.type, t.mode, t.acled = self.negated[t.type], self.negated[t.type].lower(), []
            before = text_of(doc)[max(0, t.start - 6):t.start].split()
            if before and before[-1].lower() in self.demonstratives and any(e.type == t.type for e in events):
                continue  # "cet enlèvement": told already
            if self.demonstrative_subject_mentions and t.tok.pos_ == "VERB" and any(e.type == t.type for e in events) and any(
                    c.dep_ in ("nsubj", "nsubj:pass") and any(d.dep_ == "det" and d.lower_ in self.demonstratives
                                                               for d in c.children) for c in t.tok.children):
                continue  # "These human bombs were then detonated remotely": the attack told already
            if self.definite_participle_mentions and t.tok.pos_ in ("VERB", "ADJ") and t.tok.dep_ in ("acl", "amod") and \
                    t.tok.head.i < t.tok.i and \
                    "Part" in t.tok.morph.get("VerbForm") and not any(c.dep_ in ("obl:agent", "obj") or c.dep_.startswith("aux")
                                                                      for c in t.tok.children) and \
                    any(c.dep_ == "det" and c.lower_ in self.definites for c in t.tok.head.children) and \
                    any(e.type == t.type for e in events):
                continue  # "Les personnes arrêtées ont été transférées": those of the arrest told before
            if t.tok.pos_ == "NOUN" and t.tok.lower_ in self.people_participles and \
                    any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in self.fused_articles) for c in t.tok.children):
                continue  # "ravitailler les assiégés": people, not a siege told again
            if t.tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in self.no_determiners for c in t.tok.children):
                continue  # "aucune attaque n'a été signalée": none happened
            if t.tok.pos_ == "VERB" and any(c.dep_ in ("obj", "obl:arg", "dobj", "nsubj:pass", "nsubjpass") and any(
                    d.dep_ == "det" and d.lower_ in self.no_determiners for d in c.children) for c in t.tok.children):
                continue  # "l'armée n'avait visé aucun civil", "no one has been arrested": no happening told
            if t.tok.pos_ == "NOUN" and report_dated and t.tok.i and doc[t.tok.i - 1].lower_ in self.definites:
                # "L'attaque, survenue mardi" after a lead dated only by its report ("ont indiqué
                # jeudi des sources"): the attack told again, with its own day
                same = [e for e in events if e.type == t.type and e.mode == t.mode]
                days = self.own_days(doc, t.tok)
                head = t.tok.head
                if not days and t.tok.dep_ == "nsubj" and any(o.tok.i == head.i and o.type == t.type for o in trig):
                    # "The strike hit a monastery on Wednesday afternoon": the day of what it did
                    days = set()
                    for x in timexes_in(doc, t.sent.start_char, t.sent.end_char):
                        span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
                        if x.value and len(x.value) == 10 and span is not None and self.clause_verb(span.root) == head.i:
                            days.add(x.value)
                if same and id(same[-1]) in report_dated and len(days) == 1:
                    same[-1].date = days.pop()
                    report_dated.discard(id(same[-1]))
                    self.refine_place(doc, t, same[-1])
                    continue
            # (a definite attack claimed is the one told, whatever follows it: "Les shebab ont
            # revendiqué l'attentat sur une radio qui leur est affiliée")
            claimed = t.tok.pos_ == "NOUN" and t.tok.dep_ == "obj" and t.tok.i and \
                doc[t.tok.i - 1].lower_ in self.definites and t.tok.head.lemma_.lower() in self.claim_lemmas
            if t.tok.pos_ == "NOUN" and not self.article_inside(t) and (claimed or self.definite_noun(t.tok, complements=True)) and \
                    text_of(doc)[t.start:t.end].lower() not in self.response_nouns and \
                    (any(e.type == t.type and (e.mode == t.mode or not self.definite_same_mode or
                                               t.tok.lower_ in self.definite_any_mode) for e in events)
                     or (t.type, t.mode) in modes_told) and \
                    not self.new_date(doc, t.tok, [e for e in events if e.type == t.type]):
                # a bare "l'offensive" after "une offensive", "the strike hit...": named again; where
                # it says the town the lead left at its country ("Un attentat dans le nord du pays ...
                # L'explosion a eu lieu à <town>"), that town is where it happened
                told = next(e for e in reversed(events) if e.type == t.type)
                self.refine_place(doc, t, told)
                claimant = self.claimant(doc, t.tok)
                if claimant and told.source and self.kb_generic(told.source, doc):
                    # "Des hommes armés ont attaqué ... Le BLA a revendiqué l'attaque" (an attack told
                    # with no attacker yet takes the culprit the story names, claimant or not, below)
                    told.source = claimant
                continue
            t.status = self.status(t)
            if negated and t.status == "denied":
                t.status = "occurred"  # "n'a pas accepté l'offre": the refusal happened
            if t.type == "THREATEN" and t.tok.pos_ in ("VERB", "ADJ") and " " not in text_of(doc)[t.start:t.end] and any(
                    c.dep_ == "aux:pass" for c in t.tok.children) and not any(
                    c.dep_ == "obl:agent" and actors_in(doc, c.left_edge.idx, c.right_edge.idx + 1) for c in t.tok.children):
                continue  # "menacé par la famine" (not a phrase of retribution: "seront traqués sans relâche")
            if t.needs_announce and t.status == "occurred" and not (
                    (above is not None and not self.occasion_of(above).isdisjoint(self.announce | self.light | self.occasion))
                    or t.tok.pos_ == "VERB"
                    or any(c.dep_ == "acl" and c.lemma_.lower() in self.announce | self.light | self.occasion and
                           any(x.dep_ == "obl:agent" or x.dep_.startswith("obl") and any(
                               y.dep_ == "case" and self.rx_agent.match(y.text + " ") for y in x.children)
                               for x in c.children)
                           for w in t.sent if t.start <= w.idx < t.end for c in w.children)):
                # (or a participle with its agent: "les mesures de rétorsion annoncées par Moscou")
                continue  # a bare "cessez-le-feu" named in passing is no event
            if t.guard in self.only_sources and not self.subject_of_kinds(doc, t.tok, self.only_sources[t.guard]):
                # "5 000 habitants ont fui Kidal": counted as displaced, no withdrawal; nor those
                # driven "à fuir", "pour fuir" (read before the roles, which would register them)
                continue
            self.roles(doc, t)
            if t.foiled and t.source is not None:
                # "Police foiled a plot to bomb a temple": who stopped the attack did not plan it
                stopper = next((v for v in t.tok.ancestors if v.pos_ in ("VERB", "AUX") and
                                v.lemma_.lower() in self.foiled), None)
                if stopper is not None and self.attributor.subject_actor(doc, stopper) == t.source:
                    t.source = None
            if t.guard in self.unless_forces and t.type == self.unless_forces[t.guard][0] and \
                    getattr(actor_by_id(doc, t.target), "kind", None) not in self.force_kinds:
                # "la junte a expulsé plusieurs ONG": people or bodies driven out are coerced (envoys
                # expelled were retyped a sanction already)
                (t.type, t.mode), t.acled = self.unless_forces[t.guard][1:], []
                t.status = self.status(t)
            by_source = self.retype_source.get(t.type)
            if by_source and t.tok.pos_ == "VERB" and getattr(actor_by_id(doc, t.source), "kind", None) in by_source[0]:
                # "le gouvernement turc a protesté contre les frappes": a state's protest is a statement
                (t.type, t.mode), t.acled = by_source[1:], []
            span = self.evidence(doc, t)
            ev = Event(id="", type=t.type, mode=t.mode, status=t.status, span=span, source=t.source,
                       target=t.target, trigger=text_of(doc)[t.start:t.end],
                       acled=({"event_type": t.acled[0], "sub_event_type": t.acled[1]} if t.acled else None))
            for marks in (adjuncts, clauses, agents, responses, dated, verbal):
                marks.discard(id(ev))  # an id freed by a mention folded before may come back
            acts.pop(id(ev), None)
            own_clauses.pop(id(ev), None)
            rep = self.attributor.sentence_source(doc, t.sent)
            if rep and rep != ev.source:
                ev.reported_by = rep
            if t.start in anchored:
                # "au lendemain d'une frappe qui avait fait cinq morts lundi": its own time, if it
                # has one; never the day of the happening its sentence tells
                # (read up to the clause's next break: the parse often hangs its relative elsewhere)
                stop = re.search(r"[,;:.]", text_of(doc)[t.end:t.sent.end_char])
                ev.date = next((x.value for x in timexes_in(doc, t.end, t.end + stop.start() if stop else t.sent.end_char)
                                if x.value), None) or self.day_counted_back(doc, t)
            else:
                ev.date = self.date_for(doc, t)
            if ev.date and t.type == "ASSAULT" and self.dated_by_report(doc, t, ev.date):
                report_dated.add(id(ev))
            if ev.date and self.own_date(doc, t) == ev.date:
                dated.add(id(ev))  # "ont intensifié depuis samedi leurs tirs": the clause's own time
            ev.place = self.place_for(doc, t, events, nouns, anchored)
            if ev.place and self.rx_spread is not None and any(
                    x[2] == ev.place and self.rx_spread.search(text_of(doc), max(0, x[0] - 30), x[0])
                    for x in places_in(doc, t.sent.start_char, t.sent.end_char)):
                spread.add(id(ev))
            # (a statement counts no one: "a condamné l'attaque qui a fait 40 morts" links the toll
            # to the attack, not to the condemnation, nor to talks or calls told beside it)
            ev.figures = [] if t.type in self.publication_day_types else [
                f.id for f in doc._.figures or [] if t.sent.start_char <= f.span[0] < t.sent.end_char]
            if t.type == "ASSAULT" and ev.acled and ev.mode == "armed clash":
                tgt = actor_by_id(doc, ev.target)
                groups = {f.group for f in doc._.figures if f.id in ev.figures}
                if (tgt is not None and tgt.kind in ("civilians", "other")) or groups & {"civilians", "children", "women"}:
                    ev.acled = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
            sentences[id(ev)] = t.sent.start
            if t.foiled:
                foiled.add(id(ev))
            if t.type in self.deployed_act:
                # who was sent: a passive subject or an object ("700 policiers ont été mobilisés"),
                # else the words of the noun ("des renforts policiers", "une opération policière")
                sent_off = [c for c in t.tok.children if c.dep_ in ("nsubj:pass", "nsubj", "obj")] if t.tok.pos_ == "VERB" else []
                deployed[id(ev)] = (text_of(doc)[sent_off[0].left_edge.idx:sent_off[0].right_edge.idx + len(sent_off[0].right_edge.text)]
                                    if sent_off else text_of(doc)[max(t.sent.start_char, t.start - 40):t.start]
                                    if t.tok.pos_ == "VERB" and self.passive(t.tok)  # a subject the parse lost
                                    else text_of(doc)[t.start:t.end + 14])
            verb = t.tok if t.tok.pos_ in ("VERB", "AUX") else self.verb_above(t.tok)
            told_past[id(ev)] = verb is not None and verb_form(verb, self.lang) == "past"
            if t.tok.pos_ == "NOUN" and (t.tok.dep_ == "obl:mod" and any(c.dep_ == "case" for c in t.tok.children)
                                         or t.tok.dep_ == "pobj" and t.tok.head.head.pos_ in ("VERB", "AUX")):
                adjuncts.add(id(ev))  # "malgré les frappes de Y", "despite strikes by Y": beside the clause
            if t.tok.pos_ == "VERB" and (t.tok.morph.get("VerbForm") == ["Fin"] or (
                    any(c.dep_.startswith("aux") for c in t.tok.children) and
                    any(c.dep_ in ("nsubj", "nsubj:pass") and "Rel" not in c.morph.get("PronType")
                        for c in t.tok.children))):
                # a finite verb, or a compound tense with a subject of its own (not a relative's
                # "qui", which goes on with the noun's event): a clause of its own
                clauses.add(id(ev))
            if t.tok.pos_ == "NOUN" and t.tok.head.i != t.tok.i and t.tok.head.lower_ in self.response_nouns:
                agents.add(id(ev))  # "en riposte à une frappe israélienne": what is answered is the other side's
            if t.tok.pos_ == "VERB" and ev.source and ev.source == self.agent_of(doc, t.tok):
                agents.add(id(ev))  # "avant d'être abattus par la police": its own agent, its own event
                if t.first_only:
                    responses.add(id(ev))  # "l'assaillant a été tué par le GIGN": after the attack, by another side
            if t.type == "ASSAULT" and (text_of(doc)[t.start:t.end].lower() in self.response_nouns or (
                    t.tok.pos_ == "VERB" and self.rx_culprit is not None and any(
                        c.dep_ in ("obj", "dobj") and self.rx_culprit.search(
                            text_of(doc)[c.left_edge.idx:c.right_edge.idx + len(c.right_edge.text)])
                        for c in t.tok.children))):
                # "Les forces de sécurité ont tué les quatre assaillants", "lors d'une riposte
                # aérienne": the answer to the attack, whose authors are no attacker of the story
                responses.add(id(ev))
            if t.start in anchored:
                apart.add(id(ev))
            if t.type == "ACCUSE" and t.tok.pos_ == "VERB" and not ev.target:
                attacked = next((c for c in t.tok.children if c.dep_ in ("obj", "dobj") and c.i in assault_nouns), None)
                if attacked is not None:
                    condemned[id(ev)] = attacked.idx
            if t.tok.pos_ == "NOUN" and t.tok.dep_ in ("nsubj", "nsubj:pass"):
                told_of.add(id(ev))
            if t.tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN")
                                            for c in t.tok.children):
                # "The two sides agreed to a ceasefire, Qatari mediators said": a verb with a noun
                # subject of its own is told of (left without source, that subject names nobody
                # known), not done by the sentence's speaker
                told_of.add(id(ev))
            # (the kinds told, folded or not: "de violents combats" folded into a capture are still
            # what "les combats" names again)
            modes_told.add((t.type, t.mode))
            if t.tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.tok.children):
                verbal.add(id(ev))  # (not an incise after a quotation, "a-t-il déploré": the same statement)
            # (an object with a possessive names the same ones again: "has suspended the activities of
            # all parties and banned their meetings" is one measure)
            if t.tok.pos_ == "VERB" and any(c.dep_ in ("obj", "dobj") and not any(
                    "Yes" in g.morph.get("Poss") for g in c.children) for c in t.tok.children):
                acts[id(ev)] = t.tok.lemma_.lower()
            elif t.tok.pos_ == "NOUN" and t.tok.dep_ in ("obj", "dobj") and t.tok.head.pos_ == "VERB":
                acts[id(ev)] = t.tok.head.lemma_.lower()  # "et instauré un couvre-feu": the verb's act
            own_clauses[id(ev)] = t.tok
            if self.merge(events, ev, sentences, doc, adjuncts, clauses, agents, dated, apart, verbal, acts,
                          own_clauses):
                continue
            events.append(ev)
        # later strikes in a dispatch about one campaign are the same attacker's unless the
        # text says otherwise: an attack without a source takes the first attacker named
        # (not a killing by a named agent after the attack: "l'assaillant a été tué par le GIGN")
        # (nor one that strikes the attacker: "l'assaillant a été abattu par la police")
        for e in events:
            who = actor_by_id(doc, e.target) if e.type == "ASSAULT" and e.target else None
            if who is not None and self.rx_culprit is not None and self.rx_culprit.fullmatch(who.name):
                responses.add(id(e))
        # "... dans une frappe de drone, les autorités accusant les FSR": the attack the story opens
        # on, told with no attacker, is the one its own sentence accuses
        first = next((e for e in events if e.type == "ASSAULT" and e.status == "occurred"), None)
        if first is not None and first.source is None:
            accused = [a.target for a in events if a.type == "ACCUSE" and a.target and
                       sentences.get(id(a)) == sentences.get(id(first)) and
                       getattr(actor_by_id(doc, a.target), "kind", None) in ("armed_group", "military")]
            if accused:
                first.source = accused[0]
        # (not a crowd's: "Protesters set fire to party offices" does not make the protesters the
        # authors of a bomb told next)
        lead = next((e.source for e in events if e.type == "ASSAULT" and e.source and e.status == "occurred"
                     and id(e) not in responses and not self.crowd(actor_by_id(doc, e.source))), None)
        # an arrest told without who made it ("X a été arrêté") is the police's: the force
        # named nearest before it, else the first one named after it
        police = self.police_mentions(doc)
        for ev in events:
            if ev.source is None and police and self.rx_arrest is not None and \
                    self.rx_arrest.fullmatch(ev.trigger or ""):
                before = [x for x in police if x[0] < ev.span[0]]
                ev.source = (before[-1] if before else police[0])[2]
                if ev.source == ev.target:
                    ev.source = None
            elif ev.source is None and self.rx_arrest is not None and self.rx_arrest.fullmatch(ev.trigger or ""):
                # ...else, with no police named, the authorities of the country the story is
                # about, when the text names them ("la Turquie", "les autorités turques")
                ev.source = self.authorities(doc, ev.target)
        # police sent without who sent them ("700 policiers ont été mobilisés", "des renforts
        # policiers", "une opération policière"): the police force the story names
        for ev in events:
            if ev.type not in self.deployed_act or not police:
                continue
            who = actor_by_id(doc, ev.source) if ev.source else None
            if ev.source is None and self.rx_police.search(deployed.get(id(ev), "")) or \
                    who is not None and who.kind not in self.acting_kinds and self.rx_police.search(who.name):
                before = [x for x in police if x[0] < ev.span[0]]
                ev.source = (before[-1] if before else police[0])[2]
        # ...unless the text names who carried them out: "revendiqué par X", "l'assaillant, X"
        for ev in events:
            if ev.source is None and (ev.trigger or "").lower() in self.response_nouns:
                # "l'état-major a affirmé avoir neutralisé dix terroristes lors de la riposte": the
                # answer is the reporting force's own, not the attacker's of the lead nor the claimant's
                who = actor_by_id(doc, ev.reported_by) if ev.reported_by else None
                if who is not None and who.kind in self.response_force_kinds:
                    ev.source, ev.reported_by = who.id, None
        culprit = self.culprit(doc, frozenset(assault_nouns))
        for ev in events:
            if self.attack_like(ev) and (ev.source is None or self.unnamed(doc, ev.source)) and \
                    ev.status in ("occurred", "planned") and culprit and culprit != ev.target and \
                    not (id(ev) in responses and ev.source is None):
                ev.source = culprit
        # an attack still without a source, in a story that names no attacker but an unnamed one
        # ("Un homme a pris des otages ... l'assaillant a été abattu"): that one
        unnamed = None if lead or culprit else self.unnamed_culprit(doc)
        for ev in events:
            if self.attack_like(ev) and ev.source is None and ev.status in ("occurred", "planned") and \
                    unnamed and unnamed != ev.target and id(ev) not in responses:
                ev.source = unnamed
        # (a foiled attack dates the story as a done one does: "un attentat a été déjoué mardi")
        lead_event = next((e for e in events if e.type == "ASSAULT" and e.date and (
            e.status == "occurred" or id(e) in foiled)), None)
        lead_date = lead_event.date if lead_event is not None else None

        def after_lead(ev: Event) -> bool:
            return lead_event is not None and lead_event.span[0] < ev.span[0]

        for ev in events:
            if self.attack_like(ev) and ev.source is None and ev.status == "occurred" and lead and lead != ev.target \
                    and id(ev) not in apart and id(ev) not in responses:
                # ("a day after an attack on a base": not the striker's; nor "la riposte" to the attack)
                ev.source = lead
            if ev.type == "ASSAULT" and ev.date is None and ev.status == "occurred" and told_past.get(id(ev)) and \
                    id(ev) not in apart and after_lead(ev):
                # (only after it: "Une frappe a tué deux combattants. La guerre a été déclenchée par
                # l'attaque du 7 octobre 2023" does not date the strike)
                # strikes told after the lead, in the past, are the lead's, unless dated ("les
                # engins explosifs sont fréquents" is no dated happening)
                ev.date = lead_date
        # "The government condemned the attack", "a condamné cette attaque": the attack condemned
        # is its target's deed -- the event the noun names, else the last attack told before it
        for ev in events:
            if id(ev) not in condemned or ev.target:
                continue
            at = condemned[id(ev)]
            attack = next((e for e in events if e.type == "ASSAULT" and e.span[0] <= at < e.span[1] and e is not ev), None) or \
                next((e for e in reversed(events) if e.type == "ASSAULT" and e.span[0] < ev.span[0] and e.source), None)
            if attack is not None and attack.source and attack.source != ev.source:
                ev.target = attack.source
        # any other happening told in the past with no date of its own: the date of the event
        # told before it in its paragraph, else the lead's ("225 militaires ont été déployés"
        # after the morning's attacks)
        # (in a story with no attack, the day its lead gives: "L'incendie d'un immeuble, ce jeudi
        # 19 janvier, ..." then "Le quartier a été évacué par la police")
        text = text_of(doc)
        previous = None
        told_day = self.lead_day(doc)
        for ev in events:
            para = text.rfind("\n\n", 0, ev.span[0])
            if ev.date is None and ev.status == "occurred" and told_past.get(id(ev)) and id(ev) not in apart:
                # (a paragraph that names no time goes on with the one before: "On Saturday, thousands
                # took to the streets.\n\nPolice fired tear gas")
                if self.date_across_paragraphs and previous is not None and para > previous[0] and \
                        text.rfind("\n\n", 0, para) == previous[0]:
                    para_end = text.find("\n\n", para + 2)
                    if not any(True for _ in timexes_in(doc, para + 1, len(text) if para_end < 0 else para_end)):
                        previous = (para, previous[1], previous[2])
                if previous is not None and previous[0] == para and not (
                        ev.type in self.publication_day_types and (previous[2] in self.unfolded_modes or
                                                                   not self.day_precise(previous[1]))):
                    # (not a statement after a coup recalled: "Le général qui dirige le pays depuis le
                    # coup d'Etat de juillet 2023 a menacé")
                    ev.date = previous[1]
                elif ev.type not in self.publication_day_types:
                    # (the lead attack's day only for what is told after it)
                    ev.date = lead_date if after_lead(ev) else told_day
            if ev.date:
                previous = (para, ev.date, ev.mode)
        pub = (doc._.meta or {}).get("published")
        # the day the dispatch dates itself ("6 mai 2017. –" above a story published the 7th)
        # (or the body's dateline under a header: "Page actualisée : 7 mai" over "6 mai 2017. –")
        dl = doc._.dateline or body_dateline(doc)
        dl_day = next((x.value for x in timexes_in(doc, dl[0], dl[1]) if x.value and len(x.value) == 10), None) if dl else None
        pub = dl_day or pub
        focus = (doc._.focus or {}).get("place")
        pmap = {p.id: p for p in doc._.places} if self.country_to_focus else {}
        fig_dates = {f.id: f.date for f in doc._.figures or [] if f.date}
        for ev in events:
            if ev.date is None and ev.status == "occurred" and ev.figures and any(f in fig_dates for f in ev.figures):
                # "Des milliers de personnes ont manifesté lundi.\n\nAu moins cinq manifestants ont
                # été tués": the toll's day, which the figures read across the paragraph break
                ev.date = next(fig_dates[f] for f in ev.figures if f in fig_dates)
            if ev.date is None and ev.status == "occurred" and pub and (ev.type in self.publication_day_types or (
                    ev.type in self.publication_day_past_types and told_past.get(id(ev)))):
                ev.date = str(pub)[:10]
            # after the merge: a place given only for the attribute must not fold distinct events
            if ev.place is None and ev.type in self.focus_place_types and focus:
                ev.place = focus
            if self.country_to_focus and ev.place and focus and ev.place != focus and id(ev) not in spread:
                # "twin attacks in Iraq killed...", in a story about Baghdad: the town it is about
                # (after the merge, as the focus above)
                there, town = pmap.get(ev.place), pmap.get(focus)
                if there is not None and town is not None and there.feature == "country" and \
                        town.feature not in ("country", "continent", "region") and town.country == there.country:
                    ev.place = focus
            # "..., calling for a ceasefire", "said they were appalled": a statement whose trigger has
            # no subject is the sentence's speaker's (after the merge: two appeals stay two)
            if ev.source is None and ev.reported_by and ev.type in self.speaker_source_types and id(ev) not in told_of:
                # (not a noun that is the subject of what is told: "as peace talks in Angola stalled")
                ev.source, ev.reported_by = ev.reported_by, None
                if ev.target == ev.source:
                    ev.target = None  # "X said it was appalled": the passive's subject is the speaker
        for i, ev in enumerate(events, 1):
            ev.id = f"e{i}"
        return events

    def culprit(self, doc: Doc, attack_nouns: frozenset = frozenset()) -> str | None:
        """Who the article says carried out its attack: the person or group a perpetrator
        noun names ("L'assaillant, X,", "X, l'auteur présumé de l'attentat"), else the agent
        of a claim ("les attaques ont été revendiquées par l'EI", "l'EI a revendiqué")."""
        text = text_of(doc)
        for m in self.rx_culprit.finditer(text) if self.rx_culprit is not None else ():
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            near = [x for x in actors_in(doc, max(sent.start_char, m.start() - 70), min(sent.end_char, m.end() + 70))
                    if self.can_strike(doc, x[2]) and getattr(actor_by_id(doc, x[2]), "kind", None) in ("person", "armed_group")
                    # an office holder speaks of the attackers ("le ministre, X, a précisé que les
                    # assaillants..."); a name inside a quotation is the speaker's words
                    and not getattr(actor_by_id(doc, x[2]), "role", None)
                    and not any(q0 <= x[0] < q1 for q0, q1 in doc._.quote_spans or [])
                    and not any(c in text[max(0, x[0] - 2):x[0]] for c in "«“\"")
                    # a source named before it ("Selon un témoin, Ahmed Nur, un kamikaze s'est fait
                    # exploser") tells of the attacker
                    and not (x[1] <= m.start() and self.attributor.rx_according.search(text, sent.start_char, x[0]))]
            if near:
                return min(near, key=lambda x: min(abs(x[0] - m.end()), abs(m.start() - x[1])))[2]
        for tok in doc if self.perpetrated else ():
            # "L'attaque a été perpétrée par des terroristes de l'EIGS": the passive's agent
            if tok.lemma_.lower() not in self.perpetrated or tok.pos_ != "VERB" or \
                    not any(c.dep_ == "aux:pass" for c in tok.children) or \
                    not any(c.dep_ == "nsubj:pass" and c.i in attack_nouns for c in tok.children):
                continue
            for c in tok.children:
                if c.dep_ == "obl:agent":
                    agents = [x for x in actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                              if self.can_strike(doc, x[2])]
                    named = [x for x in agents if not self.kb_generic(x[2], doc)]
                    if named or agents:
                        return (named or agents)[0][2]
        for tok in doc if self.claim_lemmas else ():
            if tok.lemma_.lower() not in self.claim_lemmas or tok.pos_ not in ("VERB", "AUX") or not self.claims(tok):
                continue
            if negations(tok, self.lang):
                continue  # "n'a pas été revendiqué"
            aid = self.claim_agent(doc, tok)
            if aid:
                return aid
        return None

    @staticmethod
    def lead_day(doc: Doc) -> str | None:
        """The first day the lead (the paragraph of the dateline) names, when past: the day of
        the story told after the dateline."""
        dl = doc._.dateline or body_dateline(doc)
        if not dl:
            return None
        text = text_of(doc)
        end = text.find("\n\n", dl[1])
        pub = str((doc._.meta or {}).get("published") or "")[:10]
        for x in timexes_in(doc, dl[1], len(text) if end < 0 else end):
            if x.value and len(x.value) == 10 and (not pub or x.value <= pub) and not any(
                    q0 <= x.span[0] < q1 for q0, q1 in doc._.quote_spans or []):
                return x.value
        return None

    def attack_like(self, ev: Event) -> bool:
        """An attack, or an act its attackers commit with it ("une prise d'otages")."""
        return ev.type == "ASSAULT" or (self.rx_culprit_acts is not None and
                                         bool(self.rx_culprit_acts.fullmatch(ev.trigger or "")))

    def unnamed_culprit(self, doc: Doc) -> str | None:
        """The attacker a story names only by a perpetrator noun ("l'assaillant", "les
        tireurs"): its first mention outside a quotation, as an (unnamed) actor."""
        text = text_of(doc)
        for m in self.rx_culprit.finditer(text) if self.rx_culprit is not None else ():
            if any(q0 <= m.start() < q1 for q0, q1 in doc._.quote_spans or []):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
                continue  # "un colis suspect": a word of description, nobody
            hits = [x for x in actors_in(doc, m.start(), m.end())
                    if getattr(actor_by_id(doc, x[2]), "kind", None) in ("other", "armed_group", "person")]
            if hits:
                return hits[0][2]
            if actors_in(doc, m.start(), m.end()):
                continue  # a noun inside another actor's name
            return add_actor_mention(doc, "anon:" + name_key(m.group(0)), m.group(0), (m.start(), m.end()), kind="other")
        return None

    @staticmethod
    def authorities(doc: Doc, target: str | None) -> str | None:
        """The government, else the state, of the country the story is about, if named."""
        cc = (doc._.focus or {}).get("country")
        if not cc:
            return None
        named = [a for a in doc._.actors or [] if a.country == cc and a.id != target and a.mentions]
        for kind in ("government", "state"):
            hit = next((a for a in named if a.kind == kind), None)
            if hit is not None:
                return hit.id
        return None

    def police_mentions(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Mentions of a police force (a body, not one officer), in text order."""
        if self.rx_police is None:
            return []
        text = text_of(doc)
        return [x for x in doc._.actor_spans or []
                if self.rx_police.search(text, x[0], x[1]) and
                getattr(actor_by_id(doc, x[2]), "kind", None) in ("military", "government", "organization", "state")]

    def same_side(self, doc: Doc, a: str, b: str) -> bool:
        """One actor, or a class of fighters and the named group it stands for ("des
        jihadistes" and "l'EI"), never a state's forces."""
        if a == b:
            return True
        for x, y in ((a, b), (b, a)):
            if self.kb_generic(x, doc) and getattr(actor_by_id(doc, y), "kind", None) == "armed_group":
                return True
        return False

    acting_kinds = ("state", "government", "military", "armed_group", "organization")

    @staticmethod
    def can_strike(doc: Doc, aid: str) -> bool:
        a = actor_by_id(doc, aid)
        return a is not None and a.kind not in ("media", "civilians", "other")

    def own_clause(self, doc: Doc, tok: Token) -> tuple | None:
        """The clause a mention stands in, as (its verb, the verb's subject, the towns the
        clause names): the verb and its words less the verbs coordinated to it, which tell
        their own clauses, and less a wire dateline (the report's town, not the clause's)."""
        i = self.clause_verb(tok)
        if i is None:
            return None
        verb = doc[i]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
        skip = {w.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for w in c.subtree}
        begin = story_start(doc, verb.sent.start_char)
        words = [w for w in verb.subtree if w.i not in skip and w.idx >= begin]
        pmap = {p.id: p for p in doc._.places}
        towns = frozenset(x[2] for x in places_in(doc, verb.sent.start_char, verb.sent.end_char)
                          if x[2] in pmap and pmap[x[2]].feature in ("city", "town", "village", "district") and
                          any(w.idx <= x[0] < w.idx + len(w.text) for w in words))
        return verb, subject, towns

    def clauses_apart(self, doc: Doc, old: Event, ev: Event, a: tuple | None, b: tuple | None) -> bool:
        """Two mentions of one type in two coordinated clauses of one sentence that tell two
        happenings: at two towns ("Russian forces shelled Kherson, and a missile hit Odesa"),
        or each clause with a subject of its own and either two sides ("Washington a sanctionné
        le M23 et l'UE a gelé des avoirs") or two acts of a type whose acts are distinct ("Les
        manifestants ont été dispersés et une douzaine ont été appréhendés"). Not a clause
        told in the infinitive ("warned protesters they should disperse")."""
        if a is None or b is None or a[0].i == b[0].i:
            return False
        va, vb = a[0], b[0]
        if not ((vb.dep_ == "conj" and vb.head.i == va.i) or (va.dep_ == "conj" and va.head.i == vb.i)):
            return False
        if "Inf" in va.morph.get("VerbForm") or "Inf" in vb.morph.get("VerbForm"):
            return False
        if a[2] and b[2] and a[2].isdisjoint(b[2]):
            return True
        if a[1] is None or b[1] is None:
            return False
        if ev.type != "ASSAULT" and old.source and ev.source and not self.same_side(doc, old.source, ev.source):
            return True
        return ev.type in self.distinct_act_types and va.lemma_ != vb.lemma_

    def merge(self, events: list[Event], ev: Event, sentences: dict[int, int], doc: Doc | None = None,
              adjuncts: set | None = None, clauses: set = frozenset(), agents: set = frozenset(),
              dated: set = frozenset(), apart: set = frozenset(), verbal: set = frozenset(),
              acts: dict | None = None, own_clauses: dict | None = None) -> bool:
        """Fold a repeated mention into the event it repeats; True when folded. ``acts``: the
        verbs (lemma) of mentions told by a verb with an object of its own. Two mentions
        of one type in one sentence are one happening ("des combats et de nouveaux raids");
        across sentences, an attack needs the same source, place and date, any other event
        the same source, target and date."""
        for old in events:
            if old.type != ev.type:
                continue
            same_sentence = sentences.get(id(old)) == sentences.get(id(ev))
            if acts and same_sentence and ev.type in self.distinct_act_types and id(ev) in acts and id(old) in acts and \
                    acts[id(ev)] != acts[id(old)]:
                continue  # "La junte a arrêté des suspects et instauré un couvre-feu": two acts, each with its object
            if same_sentence and own_clauses and doc is not None and id(old) in own_clauses and id(ev) in own_clauses \
                    and self.clauses_apart(doc, old, ev, self.own_clause(doc, own_clauses[id(old)]),
                                           self.own_clause(doc, own_clauses[id(ev)])):
                continue  # "shelled Kherson, and a missile hit Odesa": two clauses, two happenings
            if old.mode != ev.mode and (old.mode in self.unfolded_modes or ev.mode in self.unfolded_modes):
                continue  # "La junte, au pouvoir depuis le coup d'État de 2020, a arrêté trois journalistes"
            if same_sentence and (id(ev) in apart or id(old) in apart):
                continue  # "a frappé X au lendemain d'une attaque": another happening
            if same_sentence and old.date and ev.date and old.date != ev.date and id(ev) in dated and id(old) in dated:
                continue  # "reprennent mardi X et s'emparent le lendemain de Y": two days, two happenings
            if same_sentence and old.status != ev.status and "occurred" in (old.status, ev.status) and \
                    (id(old) in clauses or id(ev) in clauses) and old.type != "ASSAULT":
                continue  # "pardoned 100 prisoners and promised to release others": one done, one promised
            if same_sentence and adjuncts is not None and ev.source and doc is not None and (
                    (ev.type == "ASSAULT" and (id(ev) in adjuncts or id(old) in adjuncts) and old.source) or
                    (id(ev) in clauses and id(old) in clauses and old.source) or
                    (ev.type == "ASSAULT" and id(ev) in agents)) and \
                    not (old.source and self.same_side(doc, old.source, ev.source)):
                # "Daech perce malgré les frappes de la Russie", "Kiev demande X, alors que Moscou
                # demande Y": two sides, two events
                continue
            if not same_sentence:
                if old.mode != ev.mode or old.status != ev.status or ev.source is None or old.source != ev.source:
                    continue
                if ev.type in self.publication_day_types and id(ev) in verbal and id(old) in verbal:
                    continue  # "La Russie a rejeté ces accusations. Le Kremlin a exclu toute négociation": two statements
                if ev.type == "ASSAULT":
                    # "Thirteen soldiers were also killed" after the attack, by the same attacker
                    # at the same place: its repeat unless it names a date of its own
                    undated = self.undated_repeats and ev.date is None
                    if ev.place is None or old.place != ev.place or (
                            (old.date != ev.date or ev.date is None) and not undated):
                        continue
                elif old.target != ev.target or old.date != ev.date:
                    continue
                elif self.untargeted_same_place and ev.target is None and (ev.place is None or old.place != ev.place):
                    continue
            if same_sentence:
                old.span = (min(old.span[0], ev.span[0]), max(old.span[1], ev.span[1]))
                # (not from an act of another mode folded in: "a condamné l'attaque et ordonné
                # l'ouverture d'une enquête" is a condemnation made)
                if old.status == "occurred" and ev.status != "occurred" and (old.mode == ev.mode or ev.type == "ASSAULT"):
                    old.status = ev.status
            old.figures = sorted(set(old.figures) | set(ev.figures), key=lambda x: int(x[1:]))
            if old.source and ev.source and doc is not None and self.kb_generic(old.source, doc) and \
                    not self.kb_generic(ev.source, doc):
                old.source = ev.source  # "des jihadistes de l'EI au Sahel": the named group
            old.source = old.source or ev.source
            old.target = old.target or (ev.target if ev.target != old.source else None)
            old.date = old.date or ev.date
            old.place = old.place or ev.place
            return True
        return False

    def own_date(self, doc: Doc, t: _Trigger) -> str | None:
        """The time expression of the trigger's own clause: a dependent of the trigger verb,
        or of the verb whose object the trigger noun is ("ont intensifié depuis samedi leurs
        tirs"), not one of the sentence at large."""
        verb = t.tok if t.tok.pos_ in ("VERB", "AUX") else self.verb_above(t.tok)
        dated = self.participle_date(doc, t)
        if dated:
            return dated
        if verb is None or (verb.i != t.tok.i and verb.lemma_.lower() not in self.light | self.announce):
            return None
        for x in timexes_in(doc, t.sent.start_char, t.sent.end_char):
            span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
            if x.value and span is not None and span.root.head.i == verb.i:
                return x.value
        return None

    @staticmethod
    def subject_of_kinds(doc: Doc, tok: Token, kinds: frozenset) -> bool:
        """The verb's subject (through the verbs it depends on: "ont pu fuir") names an actor of one
        of ``kinds``; an infinitive after a preposition ("poussés à fuir") has none of its own."""
        if any(c.dep_ == "mark" for c in tok.children):
            return False
        cur = tok
        while cur.dep_ == "xcomp" and cur.head.i != cur.i:
            cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            return False
        # (the subject's own words, not a clause describing it: "le convoi, escorté par l'armée,
        # avait quitté Kongoussi" is no force leaving)
        clauses = [(c.left_edge.i, c.right_edge.i) for c in subj.children if c.dep_ in ("acl", "acl:relcl")]
        words = [t for t in subj.subtree if not any(a <= t.i <= b for a, b in clauses)]
        hits = [x for t in words for x in actors_in(doc, t.idx, t.idx + len(t.text))]
        return any(getattr(actor_by_id(doc, x[2]), "kind", None) in kinds for x in hits)

    def first_of_coordination(self, tok: Token) -> Token:
        """The first verb of "a condamné ... et appelé", for either (the parse may hang the second
        on the first one's object)."""
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ == "acl" and any(c.dep_ == "cc" and c.i < tok.i for c in tok.children):
            return self.verb_above(tok.head) or tok
        return tok

    def noun_clause_time(self, doc: Doc, x, trigger: Token) -> bool:
        """The time is a participle's or a relative clause's that describes a noun ("a condamné une
        violation du cessez-le-feu conclu en novembre 2024"): that clause's time, not the
        statement's."""
        span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
        verb = self.clause_verb(span.root) if span is not None else None
        # (after the trigger only: "Dans un communiqué publié lundi, X a appelé" is dated by its medium)
        return verb is not None and verb > trigger.i and doc[verb].dep_ in ("acl", "acl:relcl") and \
            doc[verb].head.pos_ in ("NOUN", "PROPN") and doc[verb].head.i > trigger.i

    def other_subordinate(self, doc: Doc, span: tuple[int, int], t: _Trigger) -> bool:
        """The words stand in an adverbial clause that does not hold the trigger ("ont tué 22
        personnes, alors que les médiateurs tentaient de relancer au Caire les discussions")."""
        words = doc.char_span(span[0], span[1], alignment_mode="expand")
        cur = words.root if words is not None else None
        while cur is not None and cur.head.i != cur.i:
            if cur.dep_ == "advcl" and not (cur.left_edge.i <= t.tok.i <= cur.right_edge.i):
                return True
            cur = cur.head
        return False

    def clause_verb(self, tok: Token) -> int | None:
        """The verb whose clause a word stands in (the word itself when it is one)."""
        cur = tok
        for _ in range(8):
            if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i or (cur.i == tok.i and tok.pos_ == "VERB"):
                return cur.i
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def participle_date(self, doc: Doc, t: _Trigger) -> str | None:
        """The time of a participle that qualifies the trigger noun: "un accord de paix signé en
        2018", "an attack carried out on Monday" (read once: the date and the own date ask)."""
        if t.part_date is None:
            t.part_date = (self._participle_date(doc, t),)
        return t.part_date[0]

    def _participle_date(self, doc: Doc, t: _Trigger) -> str | None:
        if t.tok.pos_ != "NOUN":
            return None
        parts = [c for c in t.tok.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        if t.tok.dep_.startswith("nmod") and t.tok.head.i < t.tok.i:
            # "le bilan de l'attaque survenue samedi": the parse hangs a participle of happening
            # on the noun before the trigger; right after the trigger's phrase, it is the trigger's
            parts += [c for c in t.tok.head.children if c.dep_ == "acl" and c.pos_ == "VERB"
                      and c.i == t.tok.right_edge.i + 1 and c.lemma_.lower() in self.happened_participles]
        for part in parts:
            for x in timexes_in(doc, t.sent.start_char, t.sent.end_char):
                span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
                if x.value and span is not None and span.root.head.i == part.i:
                    return x.value
        return None

    def date_for(self, doc: Doc, t: _Trigger) -> str | None:
        dated = self.participle_date(doc, t)
        if dated:
            return dated
        tx = [x for x in timexes_in(doc, story_start(doc, t.sent.start_char), t.sent.end_char) if x.value]
        if t.status == "occurred" and t.type in self.publication_day_types and t.tok.pos_ == "VERB" and (
                any(c.dep_ == "aux:tense" for c in t.tok.children) or (
                t.tok.morph.get("VerbForm") == ["Fin"] and t.tok.morph.get("Tense") in (["Past"], ["Imp"])) or (
                # "a condamné ... et appelé": the participle shares its sister's auxiliary (the parse
                # may hang it on the sister's object)
                t.tok.dep_ == "conj" and any(c.dep_ == "aux:tense" for c in t.tok.head.children) or
                t.tok.dep_ == "acl" and "Part" in t.tok.morph.get("VerbForm") and
                any(c.dep_ == "cc" and c.i < t.tok.i for c in t.tok.children))):
            # a statement made is not dated after the dispatch ("a salué ... après l'annonce de
            # pourparlers prévus la semaine prochaine": the talks' time, not the praise's)
            tx = [x for x in tx if not ahead_of_publication(doc, x)
                  and not self.noun_clause_time(doc, x, self.first_of_coordination(t.tok))]
        clause = t.tok if t.tok.pos_ == "VERB" else t.tok.head if (
            t.tok.dep_ in ("obj", "dobj") and t.tok.head.pos_ == "VERB") else None
        if clause is not None:
            # no act is dated by a time its subject's apposition gives ("L'armée, en guerre contre
            # les FSR depuis avril 2023, a accusé ...", "La junte au pouvoir depuis un coup d'Etat en
            # septembre 2022 a suspendu ...": the war's or the coup's time)
            # (a subject that names a happening, "the war, which erupted in April 2023, has
            # killed", is dated by its clause: only actors' descriptions are set aside)
            # (nor by one of a relative clause on its subject: "Le général qui dirige le pays depuis le
            # coup d'Etat de juillet 2023 a menacé")
            # (nor the one of a verb whose object the trigger is: "Le capitaine X, au pouvoir depuis
            # 2022, a décrété un deuil national")
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")
                        and (actors_in(doc, c.idx, c.idx + len(c.text)) or
                             any(g.dep_ in ("appos", "flat:name") for g in c.children) and
                             actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) or
                             any(g.dep_ == "acl:relcl" for g in c.children))]
            tx = [x for x in tx if not any(c.left_edge.idx <= x.span[0] < c.right_edge.idx + len(c.right_edge.text)
                                           and c.left_edge.i < c.i < c.right_edge.i for c in subjects)]
        if t.type in self.publication_day_types:
            tx = [x for x in tx if not self.noun_time(doc, x, t.tok)]
        if t.tok.pos_ == "NOUN" and len(tx) > 1:
            # "a revendiqué lundi l'attaque de dimanche": the noun's own complement dates it
            for x in tx:
                span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
                if span is not None and span.root.head.i == t.tok.i and span.root.i > t.tok.i and \
                        span.root.dep_ in ("nmod", "pobj", "npadvmod") and any(c.dep_ == "case" for c in span.root.children):
                    return x.value
                if span is not None and span.root.i > t.tok.i and span.root.head.dep_ == "acl" and \
                        span.root.head.pos_ == "VERB" and t.tok.left_edge.i <= span.root.head.i <= t.tok.right_edge.i:
                    return x.value  # "a revendiqué lundi l'attaque d'un camp survenue la veille"
        if len(tx) > 1:
            # a time of the trigger's own clause ("le suspect, arrêté jeudi, avait attaqué mardi
            # un policier") beats a nearer one of another clause
            verb = self.clause_verb(t.tok)
            if verb is not None and (doc[verb].lemma_.lower() in self.announce or
                                     self.attributor.is_speech_verb(doc[verb])):
                verb = None  # a verb of saying: the parse hangs on it what it cannot place
            own = []
            for x in tx if verb is not None else ():
                span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
                if span is not None and self.clause_verb(span.root) == verb:
                    own.append(x)
            if own:
                tx = own
        if tx:
            return nearest([(x.span[0], x.span[1], x) for x in tx], t.start)[2].value
        para_start = text_of(doc).rfind("\n\n", 0, t.sent.start_char) + 1
        if t.sent.start > 0 and t.status == "occurred":
            # the last time its paragraph gave before it ("Samedi, à Val-des-Prés, un moniteur a
            # perdu la vie ... Une quarantaine de secouristes avaient été mobilisés")
            tx = [x for x in timexes_in(doc, max(para_start, story_start(doc, para_start)), t.sent.start_char) if x.value]
            # (what happened is not dated by a day still to come: "les résultats seraient proclamés le
            # 10 janvier. L'opposition a menacé de boycotter"; nor by the time of a subject's
            # description: "Le président, élu en 2018, a condamné l'attaque. L'ONU a envoyé de l'aide")
            tx = [x for x in tx if not ahead_of_publication(doc, x) and not self.describes_subject(doc, x)]
            if tx and t.type in self.publication_day_types and not self.day_precise(tx[-1].value):
                # a statement is made on a day: a month, a year or a stretch told before it in its
                # paragraph dates the background it follows ("... depuis le début du siège en mai 2024. Le
                # PAM a averti que ..."), not the warning
                return None
            if tx:
                return tx[-1].value
        return None

    @staticmethod
    def describes_subject(doc: Doc, x) -> bool:
        """The time lies in an apposition or a relative clause on a clause's subject ("Le
        président, élu en 2018, a condamné"): when the subject came to be, not a happening told."""
        span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
        if span is None:
            return False
        for a in span.root.ancestors:
            if a.dep_ in ("acl", "acl:relcl", "appos") and a.head.dep_ in ("nsubj", "nsubj:pass"):
                return True
            if a.dep_ in ("nsubj", "nsubj:pass", "ROOT"):
                break
        return False

    @staticmethod
    def noun_time(doc: Doc, x, trigger: Token) -> bool:
        """The time says which thing a noun other than the trigger names ("l'accord de paix de
        2018", "le coup d'Etat de juillet 2023"), not when the statement was made."""
        span = doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        # (after the noun with its preposition, "de 2018", or before it, "the November ceasefire")
        named = (span.root.dep_.startswith("nmod") and head.i < span.root.i and
                 any(c.dep_ == "case" for c in span.root.children)) or \
            (span.root.dep_ in ("compound", "nmod", "npadvmod") and head.i > span.root.i)
        return named and head.pos_ in ("NOUN", "PROPN") and head.i != trigger.i and \
            not in_timex(doc, head.idx)

    @staticmethod
    def day_precise(value: str) -> bool:
        """Whether a time value is one day ("2025-05-14"), not a month, a week, a year or a
        stretch ("depuis janvier": "2025-01/2025-02-20")."""
        return len(value) == 10 and "/" not in value

    def refine_place(self, doc: Doc, t: _Trigger, ev: Event) -> None:
        """Give ``ev`` the place of the sentence of ``t`` (a mention of it told again) when the
        event has only a country or a region and that sentence names a town inside it."""
        pmap = {p.id: p for p in doc._.places}
        old = pmap.get(ev.place) if ev.place else None
        if old is None or (old.precision or 9) < 4 or old.feature in ("site", "city", "district"):
            return
        here = [pmap[x[2]] for x in places_in(doc, story_start(doc, t.sent.start_char), t.sent.end_char)
                if pmap[x[2]].country == old.country and (pmap[x[2]].precision or 9) < (old.precision or 9)]
        if here:
            ev.place = min(here, key=lambda p: p.precision or 9).id

    def day_counted_back(self, doc: Doc, t: _Trigger) -> str | None:
        """"le 8 octobre 2023, au lendemain de l'attaque": the day the sentence gives, moved by
        the days its words count (none when the sentence gives no single day)."""
        m = self.anchor_words(doc, t)
        shift = next((n for w, n in self.earlier_days if m and w in m.group(0).lower()), None)
        counted = self.rx_counted_units.search(m.group(0)) if m and shift is None and self.rx_counted_units else None
        if counted is not None:
            n = parse_number(counted.group("n"), self.lang)
            if n:
                days = n * self.count_units[counted.group("u").lower()]
                shift = -days if counted.group("d").lower() in self.counted_after else days
        told = self.date_for(doc, t) if shift is not None else None
        day = parse_iso_date(told) if told and self.day_precise(told) else None
        return (day + dt.timedelta(days=shift)).isoformat() if day is not None else None

    def earlier_event(self, doc: Doc, t: _Trigger) -> bool:
        """"au lendemain d'une attaque", "a day after an attack": another happening than the one
        its sentence tells, named after a day counted from it."""
        return self.anchor_words(doc, t) is not None

    def anchor_words(self, doc: Doc, t: _Trigger) -> re.Match | None:
        """The words counting a day from the trigger noun, right before it (read once per trigger)."""
        if t.anchor is None:
            t.anchor = (self.rx_earlier_event.search(text_of(doc)[max(t.sent.start_char, t.start - 60):t.start])
                        if self.rx_earlier_event is not None and t.tok.pos_ == "NOUN" else None,)
        return t.anchor[0]

    def place_for(self, doc: Doc, t: _Trigger, events: list[Event] = (), nouns: tuple = (),
                  anchored: frozenset = frozenset()) -> str | None:
        """The place of the trigger's sentence; else the last town named before it in its
        paragraph ("des renforts sont acheminés vers la ville"), else the place of the event
        told before it in that paragraph, else the place the article is about. A place named
        as an actor ("les frappes de la Russie", "la coalition menée par les États-Unis")
        says who, not where."""
        pmap = {p.id: p for p in doc._.places}
        text = text_of(doc)

        def usable(x):
            if pmap[x[2]].feature in ("continent",):
                return False
            if self.rx_not_where is not None and self.rx_not_where.search(text, max(0, x[0] - 40), x[0]):
                return False  # "selon une ONG basée à Londres": where the source sits
            if self.rx_locative is not None and any(
                    getattr(actor_by_id(doc, a[2]), "kind", None) in self.acting_kinds
                    for a in actors_in(doc, x[0], x[1])) and not self.rx_locative.search(text, max(0, x[0] - 24), x[0]):
                return False  # a state or city acting: "de la Russie", "Moscou a annoncé"
            if self.rx_genitive is not None and pmap[x[2]].feature == "country" and any(
                    0 <= x[0] - e <= 48 and self.rx_genitive.fullmatch(text, e, x[0]) for e in nouns):
                return False  # "les frappes aériennes de la Russie": whose strikes, not where
            return True

        # a site that reports ("selon l'hôpital Nasser, où les corps ont été transportés") is a
        # source, not where it happened; so is a town in the source's phrase ("selon une source
        # sécuritaire à Pemba")
        reporters = {aid for _, aid in self.attributor.according_to(doc, t.sent)}
        source_phrases = []  # each "selon X" after the trigger, up to the next comma
        for m in self.attributor.rx_according.finditer(text, t.end, t.sent.end_char):
            comma = text.find(",", m.end(), t.sent.end_char)
            source_phrases.append((m.start(), comma if comma >= 0 else t.sent.end_char))
        # (the dateline's town, "BAMAKO (AFP) -", is where the report was filed: the lead's
        # place only when the lead names none of its own)
        here = [x for x in places_in(doc, story_start(doc, t.sent.start_char), t.sent.end_char) if usable(x) and not (
            pmap[x[2]].feature == "site" and any(a[2] in reporters for a in actors_in(doc, x[0], x[1]))) and not any(
            a <= x[0] < b for a, b in source_phrases)]
        if t.type in self.publication_day_types and self.rx_locative is not None:
            # a statement is not made in the country it names without "in": "accused Rwanda ... and
            # called on the United States to impose sanctions" (whom it is about or asks)
            cc = (doc._.focus or {}).get("country")
            # (the trigger's own preposition is no locative: "called on the United States")
            said_in = [x for x in here if not (pmap[x[2]].feature == "country" and pmap[x[2]].country != cc and not
                                               self.rx_locative.search(text, max(0, x[0] - 24, t.end if t.end <= x[0] else 0), x[0]))]
            here = said_in
            if self.rx_addressee is not None:
                # "a demandé lundi aux États-Unis de faire pression": whom it asks, not where
                here = [x for x in here if not (t.end <= x[0] and self.rx_addressee[0].match(text[t.end:x[0]]) and
                                               self.rx_addressee[1].match(text, x[1]))]
        own_clause = [x for x in here if not self.other_subordinate(doc, x[:2], t)]
        if own_clause:
            # the places of an adverbial clause that does not hold the trigger are that clause's
            here = own_clause
        other = min((a for a in anchored if t.end <= a < t.sent.end_char), default=None)
        if other is not None and any(t.end <= x[0] < other for x in here):
            # "des frappes dans la région de Mopti, au lendemain d'une attaque à Boulkessi": the
            # places named after the other happening are its own
            here = [x for x in here if x[0] < other]
        if here:
            # the most precise place of the sentence ("le détachement de Diapaga, dans l'est du
            # Burkina Faso, a été la cible d'une attaque": Diapaga); among equals the first one
            # after the trigger, else the nearest before it. A named site ("le camp de Bulengo,
            # près de Goma", "l'aéroport Atatürk d'Istanbul") is where it happened even when the
            # gazetteer can only place it at its town's point: it beats the town
            def rank(x):
                gap = x[0] - t.start if x[0] >= t.start else t.start - x[1] + 10_000
                p = pmap[x[2]]
                return (0 if p.feature == "site" else p.precision or 9), gap
            return min(here, key=rank)[2]
        cc = (doc._.focus or {}).get("country")
        if cc and self.rx_country_words is not None and self.rx_country_words.search(text, t.sent.start_char, t.sent.end_char):
            # "le pays est soulevé par des manifestations": the country the article is about
            country = next((p.id for p in doc._.places if p.feature == "country" and p.country == cc), None)
            if country:
                return country
        para = text.rfind("\n\n", 0, t.sent.start_char) + 1
        para = max(para, story_start(doc, para))
        before = [x for x in places_in(doc, para, t.sent.start_char)
                  if usable(x) and pmap[x[2]].feature not in ("country", "continent", "region")]
        if before:
            # the most precise of them, the last among equals: the town, not the province named
            # after it ("à Tignes (Savoie)"), the camp rather than its town
            def precision(x):
                return 0 if pmap[x[2]].feature == "site" else pmap[x[2]].precision or 9
            best = min(enumerate(before), key=lambda ix: (precision(ix[1]), -ix[0]))[1]
            focus = (doc._.focus or {}).get("place")
            if self.listed_towns_give_focus and focus is not None and focus != best[2] and \
                    pmap[focus].feature != "site":
                # towns listed together ("à Dakar, à Thiès et à Kaolack") name no one town for what
                # follows but the story's own town among them
                sent = doc.char_span(best[0], best[1], alignment_mode="expand").sent
                if any(x[2] == focus and sent.start_char <= x[0] < sent.end_char and precision(x) == precision(best)
                       for x in before):
                    return focus
            return best[2]
        last = next((e for e in reversed(events) if e.place and e.span[0] >= para), None)
        if last is not None:
            return last.place
        dl = doc._.dateline
        if dl and para <= dl[1] + 1:
            lead = [x for x in places_in(doc, dl[0], dl[1]) if usable(x)]
            if lead:
                return lead[0][2]
        return (doc._.focus or {}).get("place")


# a source or target the actor finder missed becomes an actor here
@Language.factory("veille_events", requires=["doc._.actors", "doc._.actor_spans", "doc._.places", "doc._.place_spans",
                                              "doc._.focus", "doc._.timexes", "doc._.implicit_timexes", "doc._.figures",
                                              "doc._.quotes", "doc._.quote_spans", "doc._.speakers", "doc._.last_source",
                                              "doc._.dateline"],
                  assigns=["doc._.events", "doc._.actors", "doc._.actor_spans", "doc._.actor_keys"],
                  default_config={"lang": LANG_CONFIG})
def make_events(nlp: Language, name: str, lang):
    finder = EventFinder(lang, nlp)

    def set_events(doc: Doc) -> Doc:
        doc._.events = finder(doc)
        return doc

    return set_events
