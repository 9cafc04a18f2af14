"""Who says it: the source of a sentence ("selon l'OSDH", "a indiqué le gouverneur",
"X a fait état de"), used for figures' and events' ``reported_by`` and quotes' speakers."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from veille.lang import Lang, alternation, get_lang
from veille.nlp.grammar import person_roles
from veille.nlp.links import actors_in, cache_of, in_timex, places_in, story_start, text_of
from veille.names import name_key
from veille.nlp.registry import actor_by_id, add_actor_mention
from veille.record import Actor
from veille.resolve.actor_kb import ActorKB

def _is_person(doc: Doc, aid: str) -> bool:
    a = actor_by_id(doc, aid)
    return a is not None and a.kind == "person"


# punctuation that ends a phrase (the language's quotation marks are added to it)
PUNCT = {",", ".", ";", ":", "(", ")", "!", "?", "—", "–"}


# between a name and the relative pronoun hung on the wrong verb: "le Front (FNDC), qui"
_GAP_BEFORE_RELATIVE = re.compile(r"[\s,()]*")


class Attributor:
    def __init__(self, lang: "str | Lang"):
        self.lang = lang = get_lang(lang)
        lx = lang.toml("speech")
        closed = lang.toml("grammar")["closed"]
        marks = lang.toml("grammar")["sentences"]
        self.punct_stop = PUNCT | set(marks["opening"]) | set(marks["closing"])
        self.clause_stop = {".", ";", "("} | set(marks["opening"]) | set(marks["closing"])
        self.inverted_pronouns = tuple(closed["inverted_pronouns"])
        self.rx_last_named = re.compile(r"\s*(?:" + "|".join(map(re.escape, closed["last_named"])) + r")(?![\w-])", re.I) \
            if closed.get("last_named") else None
        self.relatives = set(closed["relatives"])
        self.relatives_all = self.relatives | set(closed["relative_compounds"])
        self.subject_relatives = set(closed["subject_relatives"])
        self.not_subjects = set(closed["not_subjects"])
        self.incise_inverts = bool(lang.toml("grammar").get("word_order", {}).get("incise_inverts", False))
        self.of_tokens = set(closed["of_tokens"])
        # noun phrases whose modifiers come before the head noun ("health ministry")
        self.modifiers_first = bool(lang.toml("grammar").get("phrases", {}).get("modifiers_first"))
        self.object_control = set(closed.get("object_control", []))
        self.complementizers = set(closed["complementizers"])
        phr = lx["source_phrases"]
        self.source_nouns = tuple(phr["source_nouns"])
        self.not_source_qualifiers = set(phr["not_source_qualifiers"])
        self.light_report_verb = phr["light_report_verb"]
        inv = lx["inverted_subject"]
        self.inverted_stops = set(inv["stops"])
        self.to_addressee = set(inv["to_addressee"])
        self.addressee_verbs = set(inv.get("addressee_verbs", []))
        self.medium = set(inv["medium"])
        self.partitive = set(inv["partitive"])
        self.inverted_asides = tuple(sorted((a.lower() for a in inv.get("asides", [])), key=len, reverse=True))
        # participles of being reached ("joint par RFI", "interrogé par l'AFP"): their phrase tells who
        # was spoken to, up to its comma, never who speaks
        self.contact_openers = {w.lower() for w in lx.get("quote_speaker", {}).get("contact_openers", [])}
        self.verbs = {v for v in lx["verbs"]["lemmas"] if " " not in v}
        # multi-word lemmas ("mettre en garde"): the first word's lemma, then the other words
        self.verb_phrases: dict[str, list[list[str]]] = {}
        for v in lx["verbs"]["lemmas"]:
            if " " in v:
                first, *rest = v.split()
                self.verb_phrases.setdefault(first, []).append(rest)
        # reflexive lemmas ("s'emporter"): their bare verb speaks only in an incise
        reflexive = tuple(lx["verbs"].get("reflexive_prefixes", []))
        self.incise_lemmas = self.verbs | {v[len(p):] for v in lx["verbs"]["lemmas"] for p in reflexive
                                           if v.startswith(p)}
        # in an incise right after a quotation: surface endings that give a lemma, and irregular forms
        self.incise_endings = sorted((tuple(x) for x in lx["verbs"].get("incise_endings", [])),
                                     key=lambda x: len(x[0]), reverse=True)
        self.incise_forms = {w.lower() for w in lx["verbs"].get("incise_forms", [])}
        self.reflexive_clitics = {w.lower() for w in lx["verbs"].get("reflexive_clitics", [])}
        # surface forms the tagger misreads after a reflexive ("s'indigne"): verbs all the same
        self.verb_forms = {w.lower() for w in lx["verbs"].get("forms", [])}
        self.not_reflexive = {w.lower() for w in lx["verbs"].get("not_reflexive", [])}
        self.report_verbs = set(lx["verbs"]["report_lemmas"])
        self.faire_nouns = set(lx["verbs"]["faire_nouns"])
        self.openers = sorted(lx["according"]["openers"], key=len, reverse=True)
        self.same_source = [s.lower() for s in lx["according"]["same_source"]]
        # what an opener may be followed by without naming a source ("according to plan",
        # "per the constitution"); absent: none
        self.not_after_opener = tuple(w.lower() for w in lx["according"].get("not_after", []))
        self.pronouns = set(lx["pronouns"]["words"])
        # pronouns that only stand for a person ("he", "she"; French "il" may be a body)
        self.person_pronouns = set(lx["pronouns"].get("persons", []))
        self.thing_pronouns = set(lx["pronouns"].get("things", []))
        self.latest = {w.lower() for w in lx["pronouns"].get("latest", [])}
        self.body_voices = {w.lower() for w in lx["pronouns"].get("body_voices", [])}
        self.plural_pronouns = {w.lower() for w in lx["pronouns"].get("plural", [])}
        self.impersonal = {w.lower() for w in lx["pronouns"].get("impersonal_lemmas", [])}
        self.demonstratives = {w.lower() for w in lx["pronouns"].get("demonstratives", [])}
        self.partitive = {w.lower() for w in lx["pronouns"].get("partitive", [])}
        actors_lx = lang.toml("actors")
        # the determiners that point back ("ce commerçant", "cette source")
        self.demonstrative_determiners = frozenset(lx.get("demonstrative_determiners", {}).get("words", []))
        self.anonymous = set(lx["anonymous_sources"]["nouns"]) | {n for n in actors_lx["roles"]["nouns"] if " " not in n}
        self.kin = set(lx["anonymous_sources"].get("kin", []))
        self.person_endings = tuple(lx["anonymous_sources"].get("person_endings", []))
        # one-word titles of persons: "the spokesman said" is the spokesman named before
        self.person_roles = person_roles(lang)
        # a general noun for a title named before ("le diplomate" after "l'ambassadeur X")
        self.role_hypernyms = {k.lower(): {w.lower() for w in v} for k, v in actors_lx.get("role_hypernyms", {}).items()}
        self.anaphora = {k.lower(): tuple(v) for k, v in actors_lx["anaphora"].items()}
        # words after a government's or authority's noun that make it a body of its own ("les
        # autorités locales", "le gouvernement d'unité nationale"): no pointer back
        own = actors_lx.get("focus_subnational", {}).get("words", [])
        self.rx_own_body_after = re.compile(rf"\s+(?:{alternation(own)})(?![\w-])", re.I) if own else None
        self.anaphora_by_name = {w.lower() for w in actors_lx.get("anaphora_by_name", {}).get("words", [])}
        self.anaphora_kind_adjectives = {w.lower() for w in actors_lx.get("anaphora_kind_adjectives", {}).get("words", [])}
        tied = actors_lx.get("affiliation_openers", {}).get("words", [])
        self.rx_tied_before = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in tied)})\s*$", re.I) \
            if tied else None
        self.role_synonyms = sorted(((k.lower(), [w.lower() for w in v]) for k, v in actors_lx.get("role_synonyms", {}).items()),
                                    key=lambda kv: len(kv[0]), reverse=True)
        self.institutions = {k.lower(): v for k, v in lx["institutions"].items()}
        # (those written with a hyphen the tokenizer splits, longest first: "état-major")
        self.hyphenated_institutions = sorted((k for k in self.institutions if "-" in k), key=len, reverse=True)
        self.sub_bodies = {w.lower() for w in lx.get("sub_bodies", {}).get("nouns", [])}
        # every inflected demonym -> its country, as the knowledge base reads them
        self.demonym_country = ActorKB(lang).demonym
        self.demonyms = set(self.demonym_country)
        self.addressees = set(lx["addressees"]["nouns"])
        # nouns of a count before the people counted ("une quarantaine de secouristes")
        self.quantity_nouns = set(lx.get("quantity_nouns", {}).get("words", []))
        self.quote_marks = set(lx["quote_marks"]) | set(lx["quote_marks"].values())
        self.not_sources = set(lx["not_sources"]["nouns"])
        self.agent_words = set(lx["not_sources"].get("agent_words", []))
        self.time_nouns = set(lang.toml("time")["weekdays"]) | set(phr["time_nouns"])
        # (an opener ending in an elision runs into the next word: "appris auprès d'un responsable")
        alt = "|".join(re.escape(o) if o.endswith(("'", "’")) else re.escape(o) + r"(?![\w-])" for o in self.openers)
        self.rx_according = re.compile(rf"(?<![\w-])(?:{alt})\s*", re.I)

    # ------------------------------------------------------------ noun phrases
    def noun_phrase_end(self, doc: Doc, i: int, limit: int) -> int:
        """Token index just past a noun phrase starting at token i (stops at punctuation,
        a verb or a relative pronoun)."""
        j = i
        while j < limit and j - i < 12:
            t = doc[j]
            # the tagger reads some foreign first names as verbs ("Oleh"): a capitalised
            # word does not end the phrase
            verb = t.pos_ in ("VERB", "AUX") and j > i and not t.text[:1].isupper()
            # (nor does a count coordinated after it: "selon les organisateurs et 16 000 selon la police")
            counted = t.pos_ == "CCONJ" and j + 1 < limit and doc[j + 1].like_num
            if t.text in self.punct_stop or verb or t.lower_ in self.relatives or counted:
                break
            j += 1
        return self.with_apposition(doc, j, limit)

    @staticmethod
    def mention_at(doc: Doc, i: int) -> tuple | None:
        """The actor mention (start, end, actor id) that covers token i's first character."""
        hits = [x for x in actors_in(doc, doc[i].idx, doc[i].idx + 1) if x[0] <= doc[i].idx]
        return hits[0] if hits else None

    def with_apposition(self, doc: Doc, j: int, limit: int) -> int:
        """Past ", Roman Stetsiouk" or ", le colonel Boubacar Dembélé" when a named person
        follows the phrase as an apposition."""
        if j + 1 < limit and doc[j].text == ",":
            k = j + 1
            # (a rank of several words: "le général de brigade X", "le lieutenant-colonel X")
            while k < limit and k - j <= 6 and (doc[k].pos_ == "DET" or (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")) or (
                    doc[k].lower_ in self.of_tokens and k + 1 < limit and doc[k + 1].is_lower and doc[k + 1].pos_ in ("NOUN", "ADJ"))):
                k += 1
            if k >= limit:
                return j
            hit = self.mention_at(doc, k)
            first = actor_by_id(doc, hit[2]) if hit else None
            if first is not None and first.kind == "person":
                while k < limit and doc[k].idx < hit[1]:
                    k += 1
                return k
        return j

    def apposition_person(self, doc: Doc, j: int, limit: int) -> str | None:
        """The person named in apposition after a phrase ending before token j ("a spokesman
        for Gaddafi, Moussa Ibrahim,"): the phrase's own referent, not the body it belongs to."""
        if j >= limit:
            return None
        k = self.with_apposition(doc, j, limit)
        if k <= j:
            return None
        hits = [x for x in actors_in(doc, doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)) if _is_person(doc, x[2])]
        return hits[-1][2] if hits else None

    def role_antecedent(self, doc: Doc, head: Token) -> str | None:
        """A definite title without a name ("the government spokesman", "the general") stands
        for the last person named before with that title in their role."""
        wider = self.role_hypernyms.get(head.lower_) or self.role_hypernyms.get(head.lemma_.lower()) or set()
        if head.lower_ not in self.person_roles and head.lemma_.lower() not in self.person_roles and not wider:
            return None
        first = head.left_edge
        if first.pos_ != "DET" or "Def" not in first.morph.get("Definite") or first.i >= head.i:
            return None
        s, e = first.idx, head.right_edge.idx + len(head.right_edge.text)
        if any(_is_person(doc, x[2]) for x in actors_in(doc, s, e)):
            return None
        if any(t.pos_ == "PROPN" and not actors_in(doc, t.idx, t.idx + 1) for t in doc[first.i:head.i + 1]):
            return None
        noun = {head.lower_, head.lemma_.lower()} | {w for x in wider for w in re.findall(r"[\w'’-]+", x)}
        mods = {t.lower_ for t in doc[first.i + 1:head.i] if t.is_alpha}
        states = self.nationalities(doc[first.i + 1:head.right_edge.i + 1])
        best, best_fit = None, -1
        for s0, e0, aid in reversed([x for x in doc._.actor_spans if x[1] <= s]):
            a = actor_by_id(doc, aid)
            if a is None or a.kind != "person" or not a.role:
                continue
            words = set(re.findall(r"[\w'’-]+", a.role.lower()))
            if not words & noun:
                continue
            if not self.may_hold(a, states):
                continue
            fit = len(words & mods)
            if fit > best_fit:
                best, best_fit = aid, fit
        return best

    def addressee_end(self, doc: Doc, i: int, limit: int) -> int:
        """Token index past "l'AFP" in "a déclaré à l'AFP Esther Kabuya" or past "la télévision
        nationale ORTM" in "a affirmé sur la télévision nationale ORTM le porte-parole": a
        named actor, else a noun with its adjectives and names, up to the next determiner."""
        while i < limit and (doc[i].pos_ == "DET" or doc[i].lower_ in self.of_tokens):
            i += 1  # "auprès de l'AFP": past "de" too
        if i >= limit:
            return limit
        hit = self.mention_at(doc, i)
        if hit:
            end_char = hit[1]
            while i < limit and doc[i].idx < end_char:
                i += 1
            # "à l'Agence France-Presse (AFP)": its acronym in brackets goes with it
            if i + 2 < limit and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3
            return i
        if self.modifiers_first:
            # "in a televised statement": the modifiers, then the noun that ends the phrase
            while i < limit and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "NUM") and \
                    doc[i].text not in self.punct_stop:
                i += 1
            return i
        i += 1
        while i < limit and doc[i].pos_ in ("ADJ", "PROPN") and doc[i].text not in self.punct_stop and not any(
                x[0] == doc[i].idx and (actor_by_id(doc, x[2]) or Actor("", "")).kind == "person"
                for x in actors_in(doc, doc[i].idx, doc[i].idx + 1)):
            i += 1
        return i

    def is_addressee(self, doc: Doc, i: int, limit: int) -> bool:
        """Whether the phrase at token i is who a statement is made to: a news outlet or a
        word like "la presse" (not a place: "la cheffe de mission au Mozambique")."""
        while i < limit and doc[i].pos_ == "DET":
            i += 1
        if i >= limit:
            return False
        if doc[i].lower_ in self.addressees:
            return True
        hit = self.mention_at(doc, i)
        actor = actor_by_id(doc, hit[2]) if hit else None
        return actor is not None and actor.kind == "media"

    def actor_for_phrase(self, doc: Doc, i: int, j: int, anchor: int, named_source: bool = False) -> str | None:
        """The actor named by tokens [i, j): a known actor mention inside, else a pronoun's
        antecedent, else the phrase itself when it names an unnamed source."""
        while i < j and (doc[i].is_punct or doc[i].text in self.quote_marks):
            i += 1  # ('," a resident, who ...': the closing mark the parse hung on the phrase)
        if i >= j or "Rel" in doc[i].morph.get("PronType"):
            return None  # (nor a relative: "des rumeurs selon lesquelles le chef militaire ...")
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        words = [t.lower_ for t in doc[i:j]]
        if words and (words[0] in self.pronouns or words[0].lstrip("-") in self.pronouns):
            # (a name after the pronoun is in another phrase: "en riposte selon lui à une frappe
            # israélienne" is the subject's word, not Israel's)
            return self.antecedent(doc, anchor)
        hits = actors_in(doc, s, e)
        if hits:
            return self.best_actor(doc, hits)
        heads = [t for t in doc[i:j] if t.pos_ in ("NOUN", "PROPN")]
        while len(heads) > 1 and heads[0].lower_ in self.quantity_nouns:
            heads = heads[1:]  # "une quarantaine de secouristes": rescuers ("des dizaines de milliers de")
        root = doc[i:j].root
        if root in heads[1:]:
            # the phrase's head first: "health officials" is officials (English puts the
            # modifier before the noun, French after it)
            heads.remove(root)
            heads.insert(0, root)
        if heads:
            aid = self.anaphor(doc, heads[0], s)
            if aid:
                return aid
        if heads and doc[i].lower_ in self.demonstrative_determiners and heads[0].pos_ == "NOUN" and \
                "Plur" not in heads[0].morph.get("Number"):
            # "a ajouté cette source": the source named before by that noun ("une source
            # sécuritaire"); "a confié ce commerçant de 34 ans": the person named last before, in
            # the sentence or the one before it
            noun = heads[0].lower_
            same = [x for x in doc._.actor_spans if x[1] <= s and noun in name_key(text_of(doc)[x[0]:x[1]]).split()]
            aid = same[-1][2] if same else self.nearest_before(doc, s, person=True)
            if aid:
                return aid
        inst = self.institution(doc, i, j)
        if inst:
            return inst
        if heads and named_source and heads[0].lower_ in self.not_sources:
            # "selon un premier décompte de la société civile": the body after "de", if any
            k = next((x.i for x in doc[heads[0].i + 1:j] if x.lower_ in self.of_tokens), None)
            if k is None:
                # "selon les précisions apportées par le procureur": the agent of its participle
                a = heads[0].i + 1
                while a < min(len(doc), j + 3) and doc[a].lower_ not in self.agent_words and (
                        doc[a].pos_ in ("VERB", "ADJ", "ADV", "AUX") or in_timex(doc, doc[a].idx)) \
                        and doc[a].text not in self.punct_stop:
                    a += 1  # (past a day too: "selon un bilan fourni mardi par la police")
                if a < len(doc) - 1 and a > heads[0].i + 1 and doc[a].lower_ in self.agent_words:
                    end = self.noun_phrase_end(doc, a + 1, doc[a].sent.end)
                    return self.actor_for_phrase(doc, a + 1, end, anchor, named_source=True)
                return None
            return self.actor_for_phrase(doc, k + 1, j, anchor, named_source=True)
        # what follows "selon" is a source by construction: an unknown one becomes an actor; so
        # do people named by their nation alone ("des Palestiniens ont jeté des pierres")
        if heads and (heads[0].lower_ in self.anonymous or named_source or (
                heads[0].text[:1].isupper() and heads[0].lower_ in self.demonyms and
                heads[0].morph.get("Number") == ["Plur"])):
            j = self.clip(doc, i, j)
            e = doc[j - 1].idx + len(doc[j - 1].text)
            # the name without its article or its count: "50,000 campaigners" are campaigners
            # (nor its "environ", "au moins", "près de")
            # (an ordinal is part of the office: "le Premier ministre")
            # (nor the words of a count's qualifier: "At least 9 soldiers" are soldiers)
            # (an article that reads as a number counts, "et un responsable local", unless a
            # preposition governs it: "un homme armé d'un couteau")
            counts = [t.i for t in doc[i:j - 1] if t.like_num and "Ord" not in t.morph.get("NumType") and
                      (t.pos_ == "NUM" or t.i == 0 or doc[t.i - 1].pos_ != "ADP")]
            first = counts[-1] if counts else i
            start = next((t for t in doc[first:j] if (t.pos_ not in ("DET", "NUM", "ADV", "ADP") or "Ord" in t.morph.get("NumType"))
                          and not (t.like_num and "Ord" not in t.morph.get("NumType"))
                          and not (t.lower_ in self.quantity_nouns and t.i < j - 1)), doc[i])
            if start.i >= j - 1 and start.pos_ not in ("NOUN", "PROPN"):
                start = next((t for t in doc[i:j] if t.pos_ != "DET"), doc[i])
            name = text_of(doc)[start.idx:e]
            return add_actor_mention(doc, "anon:" + name_key(name), name, (doc[i].idx, e), kind="other")
        return None

    def antecedent(self, doc: Doc, char: int, person: bool = False, depth: int = 0) -> str | None:
        """For "il"/"elle"/"a-t-il dit"/"selon lui": the speaker of a quote just before,
        else the subject of the previous sentence, else the last person named. ``person``:
        the pronoun stands for a person only ("he"), so only a person qualifies."""
        tok = doc.char_span(char, char + 1, alignment_mode="expand")
        # (the speakers quoted before the pronoun: read after the quotes are all found, as events
        # and figures read it, the list runs to the end of the text)
        speakers = [x for x in doc._.speakers or [] if x[0] < char]
        if person:
            speakers = [x for x in speakers if _is_person(doc, x[2])]
        last = (speakers[-1][0], speakers[-1][2]) if speakers else None
        if tok is not None:
            # "Des étudiants ont manifesté contre ce qu'ils qualifient de « ... »": a plural pronoun
            # in a clause after a plural subject of its own sentence stands for that subject
            pron = self.pronoun_near(doc, tok.sent, char)
            if pron is not None and pron.lower_ in self.plural_pronouns and pron.head.dep_ == "acl:relcl":
                for t in reversed([t for t in tok.sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubj:pass") and
                                   t.pos_ in ("NOUN", "PROPN") and "Plur" in t.morph.get("Number")]):
                    hits = actors_in(doc, t.idx, t.idx + len(t.text))
                    aid = hits[-1][2] if hits else self.actor_for_phrase(
                        doc, t.left_edge.i, self.clip(doc, t.left_edge.i, t.right_edge.i + 1), t.idx)
                    if aid:
                        return aid
        if tok is not None:
            sent = tok.sent
            prev = doc[sent.start - 1].sent if sent.start > 0 else None
            quotes = doc._.quote_spans or []

            def previous_subject() -> str | None:
                # the subject zone of the previous sentence: what comes before its first
                # finite verb (sturdier than the parse tree, which wire copy often breaks), not a
                # relative's ("À Anvers, où des fusillades ont eu lieu, le maire a réclamé")
                finite = next((t for t in prev if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                               and "acl:relcl" not in (t.dep_, t.head.dep_)), None)
                zone_end = finite.idx if finite is not None else prev.end_char
                # (not the agency of the dateline the sentence opens on: it files the story)
                hits = actors_in(doc, story_start(doc, prev.start_char), zone_end)
                # (nor the outlet of an opening "Joint par RFI, un habitant affirme")
                if prev[0].lower_ in self.contact_openers:
                    comma = next((t.idx for t in prev if t.text == ","), prev.start_char)
                    hits = [x for x in hits if x[0] >= comma]
                # (not the outlet that reached the subject: "Un élu local, joint par l'AFP, a fait état")
                verb = finite.head if finite is not None and finite.dep_.startswith("aux") else finite
                said_by = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                reached = self.reached_by_media(doc, said_by) if said_by is not None else None
                if reached is not None:
                    hits = [x for x in hits if x[0] < doc[reached].idx]
                if not hits and not person:
                    # "Selon les pompiers, l'entrepôt n'était pas aux normes. Ils affirment...": the
                    # source the sentence opens on; else its subject when it names an unnamed
                    # person ("L'agresseur s'est retranché. Il a crié...")
                    every = self.according_to(doc, prev)
                    acc = [a for k, a in every if k < zone_end]
                    if acc:
                        return acc[0]
                    if len({a for _, a in every}) == 1:
                        # "N fidèles ont été blessés, selon le porte-parole X. « ... », a-t-il
                        # précisé": the one source the sentence before names, at its end
                        return every[0][1]
                    subj = next((c for c in (finite.children if finite is not None else [])
                                 if c.dep_ in ("nsubj", "nsubj:pass")), None)
                    if subj is None and finite is not None and finite.dep_.startswith("aux"):
                        subj = next((c for c in finite.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                    pron = self.pronoun_near(doc, sent, char)
                    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.text in self.anonymous and \
                            subj.i < finite.i and pron is not None and \
                            ("Plur" in subj.morph.get("Number")) == (pron.lower_ in self.plural_pronouns):
                        return self.actor_for_phrase(doc, subj.left_edge.i,
                                                     self.clip(doc, subj.left_edge.i, subj.right_edge.i + 1), subj.idx)
                if person and finite is not None and not any(_is_person(doc, x[2]) for x in hits) and \
                        self.is_speech_verb(finite):
                    # "A police officer said officers were afraid. '...,' he said": the unnamed
                    # speaker the sentence before opens on, not the last person named
                    subj = next((c for c in finite.children if c.dep_ == "nsubj" and c.i < finite.i), None)
                    if subj is not None and subj.pos_ == "NOUN" and subj.lower_ in self.anonymous and \
                            "Plur" not in subj.morph.get("Number"):
                        return self.actor_for_phrase(doc, subj.left_edge.i,
                                                     self.clip(doc, subj.left_edge.i, subj.right_edge.i + 1), subj.idx)
                if person:
                    bodies, hits = hits, [x for x in hits if _is_person(doc, x[2])]
                    if not hits and bodies and any(t.lower_ in self.body_voices for t in prev if t.idx < zone_end):
                        return self.best_actor(doc, bodies)  # "the ministry's spokesman": the ministry
                    if not hits:   # a surname the NER left untagged ("Betancourt condemned")
                        for t in prev:
                            if t.idx >= zone_end:
                                break
                            aid = self.person_by_surname(doc, t.text, t.idx) if t.pos_ == "PROPN" else None
                            if aid:
                                return aid
                if not person and hits and finite is not None and "Plur" in finite.morph.get("Number"):
                    pron = self.pronoun_near(doc, sent, char)
                    if pron is not None and pron.lower_ not in self.plural_pronouns:
                        # "Les FSR ont incendié le marché, selon un témoin, Adam Yahya. « ... », a-t-il
                        # raconté": a singular pronoun is not the plural subject; the one person the
                        # sentence credits speaks on
                        named = [a for _, a in self.according_to(doc, prev) if _is_person(doc, a)]
                        if named:
                            return named[0]
                if not person and len(hits) > 1:
                    pron = self.pronoun_near(doc, sent, char)
                    if pron is not None and pron.lower_ in self.plural_pronouns:
                        # "Les FSR, en guerre contre l'armée du général X, n'ont pas réagi. Elles
                        # ont démenti": a plural pronoun stands for no one person
                        hits = [x for x in hits if not _is_person(doc, x[2])] or hits
                return self.best_actor(doc, hits)

            def persons_between(start: int, end: int) -> list:
                # persons named in [start, end), outside quotations
                return [x for x in actors_in(doc, start, end) if x[1] <= end and _is_person(doc, x[2])
                        and not any(q0 <= x[0] < q1 for q0, q1 in quotes)]

            if not person:
                # "Le ministre X a réuni les préfets avec Y, à la suite de quoi il a affirmé": a
                # pronoun after the sentence's first verb stands for that verb's subject
                aid = self.own_subject(doc, sent, char)
                if aid:
                    return aid
            if person:
                # "Al-Maliki did not mention it, and he said": the person that is the subject
                # of the pronoun's own sentence, before it
                finite = next((t for t in sent if t.idx < char and t.pos_ in ("VERB", "AUX")
                               and "Fin" in t.morph.get("VerbForm")
                               and not any(q0 <= t.idx < q1 for q0, q1 in quotes)), None)
                if finite is not None:
                    own = persons_between(sent.start_char, finite.idx)
                    if own:
                        return own[0][2]
            if person and prev is not None:
                # "X said: '...' / '...,' he added": the person quoted in the sentence before
                # goes on speaking
                quoted_before = [x for x in speakers or [] if prev.start_char <= x[0] < prev.end_char]
                if quoted_before:
                    return quoted_before[-1][2]
                # "Betancourt condemned FARC. '...,' she said": a person who just acted
                # outranks the speaker of an earlier quote
                aid = previous_subject()
                if aid:
                    return aid
                # "This was criticized by X, a member of parliament. '...,' he said": the
                # "Powell said it was sound. But he acknowledged doubts. '...,' he said": the
                # sentence before is about the same "he"; follow it back (three sentences at most)
                finite = next((t for t in prev if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
                pron = next((t for t in prev if finite is not None and t.i < finite.i and t.lower_ in self.person_pronouns
                             and t.dep_.startswith("nsubj")), None)
                if pron is not None and depth < 3:
                    aid = self.antecedent(doc, pron.idx, person=True, depth=depth + 1)
                    if aid:
                        return aid
                # agent of the sentence before, when that sentence reports words
                if prev.root.lemma_.lower() in self.verbs:
                    for s0, e0, aid in reversed(persons_between(prev.start_char, prev.end_char)):
                        span = doc.char_span(s0, e0, alignment_mode="expand")
                        if span is not None and "obl:agent" in (span.root.dep_, span.root.head.dep_):
                            return aid
            if last and any(sent.start_char <= q0 < char or (prev is not None and prev.start_char <= q0 < prev.end_char)
                            for q0, _ in quotes):
                return last[1]
            if prev is not None and not person:
                # "..., the Wad Madani Resistance Committee said in a statement. Hundreds of others
                # were wounded, it said.": a pronoun that says goes on with whoever the sentence
                # before credits, not that sentence's subject
                pron = self.pronoun_near(doc, sent, char)
                # (a sentence with a quotation has its own speaker to find: "« ... », écrit-il")
                # (not an impersonal passive: "It is reported that ...")
                says = pron is not None and pron.lower_ in self.thing_pronouns and pron.dep_ == "nsubj" and \
                    pron.head.lemma_.lower() in self.report_verbs and not any(sent.start_char <= q0 < sent.end_char
                                                                              for q0, _ in quotes)
                aid = self.sentence_source(doc, prev) if says else None
                if aid and not self.is_plural_actor(doc, aid):
                    return aid
            if prev is not None:
                # "Des hommes armés ont enlevé 23 femmes, a rapporté X. « ... », a-t-il précisé":
                # the one the sentence before quotes in an incise speaks on, not its subject
                aid = self.incise_source(doc, prev) if not person else None
                pron = self.pronoun_near(doc, sent, char) if aid else None
                if pron is not None and (pron.lower_ in self.plural_pronouns) == self.is_plural_actor(doc, aid):
                    return aid
                aid = previous_subject()
                if aid:
                    return aid
        if last and last[0] < char:
            return last[1]
        people = [x for x in doc._.actor_spans if x[1] <= char]
        for s, e, aid in reversed(people):
            a = actor_by_id(doc, aid)
            if a is not None and a.kind == "person":
                return aid
        return None

    def incise_source(self, doc: Doc, sent: Span) -> str | None:
        """The speaker of a report verb in an incise of ``sent`` (", a rapporté un responsable, X")."""
        for verb in self.speech_verbs(sent):
            if verb.lemma_.lower() not in self.report_verbs:
                continue
            aid = self.incise_actor(doc, verb)
            if aid:
                return aid
        return None

    def incise_actor(self, doc: Doc, verb: Token) -> str | None:
        """The subject after the verb of an incise: ", a rapporté un responsable, X", ", a averti
        mercredi le PAM" (a comma, or a closing quotation mark, right before the verb and its
        auxiliaries; a participle's subject is its clause's, before it: ", accusant X de...")."""
        if verb.morph.get("VerbForm") != ["Fin"] and not any(c.dep_.startswith("aux") for c in verb.children):
            return None
        k = verb.i - 1
        while k > verb.sent.start and (doc[k].dep_.startswith("aux") or doc[k].pos_ == "AUX"):
            k -= 1
        if k > verb.sent.start and (doc[k].text == "," or doc[k].text in self.quote_marks):
            return self.inverted_actor(doc, verb, verb.sent.end)
        return None

    @staticmethod
    def is_plural_actor(doc: Doc, aid: str) -> bool:
        """An actor named last by a plural noun ("des habitants", "les sources locales")."""
        spans = [x for x in doc._.actor_spans if x[2] == aid]
        if not spans:
            return False
        span = doc.char_span(spans[-1][0], spans[-1][1], alignment_mode="expand")
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None) if span is not None else None
        return head is not None and head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")

    def pronoun_apposition(self, doc: Doc, subj: Token) -> str | None:
        """The person in apposition to "l'un de ses conseillers" (the parse's or after a comma)."""
        for c in subj.children:
            if c.dep_ == "appos" and c.i > subj.i:
                hits = [x for x in actors_in(doc, c.idx, c.right_edge.idx + len(c.right_edge.text)) if _is_person(doc, x[2])]
                if hits:
                    return hits[0][2]
        return self.apposition_person(doc, subj.right_edge.i + 1, len(doc))

    def own_subject(self, doc: Doc, sent: Span, char: int) -> str | None:
        """The actor named before the first finite verb of the sentence, for a subject pronoun
        that comes after that verb (a plural pronoun skips persons)."""
        pron = self.pronoun_near(doc, sent, char)
        if pron is None:
            return None
        finite = next((t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        before = text_of(doc)[sent.start_char:pron.idx]
        # ("Le Hezbollah a revendiqué le tir, en riposte selon lui à une frappe": the source a
        # pronoun after "selon" names is the subject too, when that subject speaks; "Quatre
        # soldats ont péri, selon lui" is the one who spoke before)
        main = finite.head if finite is not None and finite.dep_.startswith("aux") else finite
        credited = main is not None and self.is_speech_verb(main) and \
            any(m.end() == len(before) for m in self.rx_according.finditer(before))
        # (a possessive on the subject is the subject's owner too: "Russia's Defense Ministry said
        # its forces had captured ...")
        owner = pron.dep_ in ("nmod:poss", "poss") and pron.head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
        if finite is None or finite.i >= pron.i or pron.dep_ not in ("nsubj", "nsubj:pass") and \
                not pron.lower_.startswith("-") and not credited and not owner:
            return None
        # (a quotation before the pronoun: "X ont « ... », affirme-t-il" is an incise, whose
        # pronoun is the one quoted, not the subject of the quoted clause)
        zone = text_of(doc)[sent.start_char:pron.idx]
        if any(m in zone for m in self.quote_marks):
            return None
        hits = actors_in(doc, story_start(doc, sent.start_char), finite.idx)
        if pron.lower_ in self.plural_pronouns:
            hits = [x for x in hits if not _is_person(doc, x[2])]
        if not hits:
            # "L'ONG a rejeté ces accusations, qu'elle a qualifiées de ...": a body named by an
            # institution's noun, registered when first asked for (not an office: one person)
            verb = finite.head if finite.dep_.startswith("aux") else finite
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")
                         and c.pos_ == "NOUN" and c.i < finite.i and c.lower_ in self.institutions
                         and c.lower_ not in self.anonymous), None)
            if subj is not None:
                first = self.after_dateline(doc, subj)
                return self.actor_for_phrase(doc, first, self.clip(doc, first, subj.right_edge.i + 1), subj.idx)
        return self.best_actor(doc, hits)

    @staticmethod
    def after_dateline(doc: Doc, subj: Token) -> int:
        """The first token of the subject's phrase after the wire dateline the parse may hang
        on it ("NIAMEY (AFP) - Le régime")."""
        start = story_start(doc, subj.left_edge.idx)
        return next((t.i for t in doc[subj.left_edge.i:subj.i + 1] if t.idx >= start), subj.i)

    def pronoun_near(self, doc: Doc, sent: Span, char: int) -> Token | None:
        """The pronoun a verb at ``char`` takes as its subject: the nearest in a few words."""
        near = [t for t in sent if abs(t.idx - char) <= 24 and t.lower_ not in self.latest
                and (t.lower_ in self.pronouns or t.lower_.lstrip("-") in self.pronouns)]
        return min(near, key=lambda t: abs(t.idx - char)) if near else None

    def unlabelled_person(self, doc: Doc, subj: Token, verb: Token) -> str | None:
        """A first name and surname the NER left out or mislabelled ("Iryna Markevych, 58,
        told..."), as the subject of a verb of saying: a person. Two to four capitalised
        words, none of them a place, a known actor, an institution's noun or a demonym."""
        if verb.lemma_.lower() not in self.verbs:
            return None
        toks = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subj]
        if len(toks) == 1 and subj.text[:1].isupper() and subj.is_alpha:
            # a surname alone ("Matsoi said"): the person named in full before ("Irshad Matsoi,
            # the bureau chief"), when the text has that full name
            text = text_of(doc)
            full = list(re.finditer(rf"(?<![\w-])(?:[A-Z][\w'’-]+\s+){{1,3}}{re.escape(subj.text)}(?![\w-])",
                                    text[:subj.idx]))
            if full:
                first = doc.char_span(full[0].start(), full[0].end(), alignment_mode="expand")
                if first is not None:
                    toks = [t for t in first if t.pos_ == "PROPN"]
                    if len(toks) == len(first) and 2 <= len(toks) <= 4:
                        aid = self._new_person(doc, toks)
                        if aid:
                            add_actor_mention(doc, "per:" + name_key(subj.text), subj.text,
                                              (subj.idx, subj.idx + len(subj.text)), kind="person")
                        return aid
            return None
        if not 2 <= len(toks) <= 4 or any(b.i - a.i != 1 for a, b in zip(toks, toks[1:])):
            return None
        return self._new_person(doc, toks)

    def _new_person(self, doc: Doc, toks: list) -> str | None:
        subj = toks[-1]
        if any(not t.text[:1].isupper() or not t.is_alpha or t.lower_ in self.institutions
               or t.lower_ in self.demonyms or t.lower_ in self.person_roles for t in toks):
            return None
        s, e = toks[0].idx, subj.idx + len(subj.text)
        if actors_in(doc, s, e) or places_in(doc, s, e):
            return None
        name = text_of(doc)[s:e]
        return add_actor_mention(doc, "per:" + name_key(toks[-1].text), name, (s, e), kind="person")

    @staticmethod
    def person_by_surname(doc: Doc, surname: str, char: int) -> str | None:
        """The person named before ``char`` whose name ends with ``surname``."""
        key = name_key(surname)
        if not key:
            return None
        for s, e, aid in reversed([x for x in doc._.actor_spans if x[1] <= char]):
            a = actor_by_id(doc, aid)
            if a is not None and a.kind == "person" and (name_key(a.name) == key or name_key(a.name).endswith(" " + key)):
                return aid
        return None
    def is_latest(self, doc: Doc, subj: Token) -> bool:
        """"ce dernier", "cette dernière": a pronoun for the last one named."""
        if not self.latest:
            return False
        phrase = text_of(doc)[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)].lower()
        return phrase in self.latest

    def nearest_before(self, doc: Doc, char: int, person: bool = False) -> str | None:
        """The actor named last before ``char``, in its sentence or the one before, else a
        pronoun's antecedent; with ``person``, the person named last there, or None."""
        tok = doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is None:
            return None
        sent = tok.sent
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        earlier = [x for x in doc._.actor_spans if start <= x[0] and x[1] <= char and (not person or _is_person(doc, x[2]))]
        if earlier:
            return max(earlier, key=lambda x: x[1])[2]
        return None if person else self.antecedent(doc, char)

    def reported_owner(self, doc: Doc, head: Token) -> str | None:
        """"Russia's Defense Ministry said its forces had captured ...", "l'armée a affirmé que ses
        hommes avaient repoussé ...": a possessive on the subject of what a speaker reports is
        the speaker's own; not the last force of that kind named before."""
        poss = next((c for c in head.children if c.i < head.i and (
            c.dep_ in ("nmod:poss", "poss") and c.pos_ == "PRON" or "Yes" in c.morph.get("Poss"))), None)
        if poss is None or head.dep_ not in ("nsubj", "nsubj:pass"):
            return None
        clause = head.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i or not self.is_speech_verb(clause.head):
            return None
        if "Plur" in poss.morph.get("Number[psor]"):
            return None  # "leurs hommes": several owners, not the one speaker
        owner = self.subject_actor(doc, clause.head)
        # (a person's "organization" is the body the person speaks for, named before, not the person)
        return None if owner is None or _is_person(doc, owner) else owner

    def anaphor(self, doc: Doc, head: Token, char: int) -> str | None:
        """"l'organisation", "le ministère", "ce groupe armé": the last actor of that kind
        named before."""
        key = head.lower_
        nxt = head.nbor(1) if head.i + 1 < len(doc) else None
        if nxt is not None and f"{key} {nxt.lower_}" in self.anaphora:
            key = f"{key} {nxt.lower_}"
        kinds = self.anaphora.get(key) or self.anaphora.get(head.lemma_.lower())
        if not kinds:
            return None
        if "government" in kinds and self.rx_own_body_after is not None and \
                self.rx_own_body_after.match(text_of(doc), head.idx + len(head.text)):
            return None  # "le gouvernement d'unité nationale": another body than the one named before
        # (the article may hang on the possessive before the noun: "a doctors' group")
        dets = [c for c in head.children if c.dep_ == "det"] + [
            g for c in head.children if c.dep_ in ("nmod:poss", "poss") and c.i < head.i
            for g in c.children if g.dep_ == "det"]
        if any(c.dep_ in ("nmod:poss", "poss") and c.pos_ == "PROPN" and c.i < head.i for c in head.children):
            return None  # "Lebanon's state news agency": a body of the place named, met for the first time
        if head.text[:1].isupper() and head.i > head.sent.start and head.i > 0 and doc[head.i - 1].text[:1].isupper() \
                and doc[head.i - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            return None  # "the Iraqi Accord Front": a name the model missed, not "the front" named before
        owner = self.reported_owner(doc, head)
        if owner:
            return owner
        if "armed_group" not in kinds and any(c.morph.get("Definite") == ["Ind"] and c.morph.get("Number") == ["Plur"]
                                              for c in dets):
            return None  # "selon des ONG": bodies met for the first time, not the one named before
        if any(c.morph.get("Definite") == ["Ind"] for c in dets) and \
                any((c.pos_ in ("NOUN", "PROPN") and (c.dep_.startswith("nmod") or c.dep_ in ("compound", "poss", "amod")))
                    or self.names_another_body(c) for c in head.children):
            # "un groupe de secouristes", "a rescue group", "a doctors' group", "a local activist group" (the
            # noun tagged as an adjective): a body met for the first time, which
            # its complement names; not "le groupe" named before (a bare "un groupe armé" in a
            # story about one armed group still is that one)
            return None
        earlier = [x for x in doc._.actor_spans if x[1] <= char]
        # (the phrase without a clause hung on it: "les paramilitaires d'avoir bombardé un camp
        # près d'El-Facher" is a bare reference)
        right = max([head.i] + [x.i for c in head.children if c.i > head.i and not c.dep_.startswith("acl")
                                for x in c.subtree])
        # "le ministère de la Santé" names the "ministère de la Santé du Hamas" met before
        last = doc[self.clip(doc, head.i, right + 1) - 1]
        phrase = name_key(text_of(doc)[head.idx:last.idx + len(last.text)])
        if len(phrase.split()) > 1:
            for s, e, aid in reversed(earlier):
                a = actor_by_id(doc, aid)
                if a is not None and any(name_key(x).startswith(phrase) for x in a.aliases):
                    return aid
        # by kind only for a bare reference ("le ministère", "ce groupe armé"); a phrase
        # with a name or a nationality in it is a first mention, not a reference back
        words = text_of(doc)[head.idx:doc[self.clip(doc, head.i, right + 1) - 1].idx + 1].split()
        if len(words) > 6 or any(w[:1].isupper() for w in words[1:]) or any(
                w.lower() in self.demonyms for w in words):
            return None
        # "la coalition" is the last actor called a coalition, before the last of its kind
        # (only for nouns that name an actor by its own name, not "l'organisation")
        for s, e, aid in reversed(earlier if head.lower_ in self.anaphora_by_name else []):
            a = actor_by_id(doc, aid)
            if a is not None and a.kind in kinds and any(
                    head.lower_ in name_key(x).split() for x in [a.name, *a.aliases]):
                return aid
        for s, e, aid in reversed(earlier):
            a = actor_by_id(doc, aid)
            if a is not None and a.kind in kinds and not (
                    self.rx_tied_before is not None and self.rx_tied_before.search(text_of(doc), max(0, s - 24), s)):
                return aid
        return None

    def clip(self, doc: Doc, i: int, j: int) -> int:
        """End of a name phrase: before a comma, a relative clause or a quotation, and never
        on a verb ("sept militaires ont": "sept militaires")."""
        k = i + 1
        while k < j and doc[k].text not in self.punct_stop and doc[k].lower_ not in self.relatives_all:
            k += 1
        while k > i + 1 and doc[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            k -= 1
        return k

    def institution(self, doc: Doc, i: int, j: int) -> str | None:
        """An unknown body named by tokens [i, j) ("le ministère libanais de la Santé")
        becomes an actor of the kind its head noun says."""
        # (its name ends before an infinitive its phrase holds: "l'opposition de vouloir un coup d'État")
        j = next((k - 1 for k in range(i + 2, j) if doc[k].morph.get("VerbForm") == ["Inf"] and doc[k - 1].dep_ == "mark"), j)
        j = self.clip(doc, i, j)
        toks = [t for t in doc[i:j] if t.pos_ != "DET"]
        if not toks:
            return None
        head = toks[0].lower_
        two = f"{head} {toks[1].lower_}" if len(toks) > 1 else head
        kind = self.institutions.get(two) or self.institutions.get(head)
        if kind is None:
            # a compound the tokenizer split on its hyphen: "l'état-major des armées"
            words = text_of(doc)[toks[0].idx:doc[j - 1].idx + len(doc[j - 1].text)].lower()
            kind = next((self.institutions[k] for k in self.hyphenated_institutions
                         if words.startswith(k) and not words[len(k):len(k) + 1].isalpha()), None)
        if kind is None and self.modifiers_first:
            # the phrase's head noun, where modifiers come before it ("the health ministry")
            kind = self.institutions.get(doc[i:j].root.lower_)
        if kind is None:
            return None
        root = doc[i:j].root
        if kind == "armed_group" and any((c.pos_ == "NOUN" and (c.dep_.startswith("nmod") or c.dep_ in ("compound", "amod")))
                                         or self.names_another_body(c) for c in root.children):
            # "a rescue group", "un groupe de secouristes", "a local medical group": a group its
            # complement or its adjective names, not fighters
            kind = "organization"
        s, e = toks[0].idx, doc[j - 1].idx + len(doc[j - 1].text)
        name = text_of(doc)[s:e].rstrip(" ,")
        fuller = self.named_in_full(doc, name)
        if fuller:
            # "selon la Défense civile" in a headline, "la Défense civile du territoire palestinien"
            # in the story: the short name is the body the story names in full
            return add_actor_mention(doc, fuller, name, (doc[i].idx, e))
        return add_actor_mention(doc, "inst:" + name_key(name), name, (doc[i].idx, e), kind=kind)

    @staticmethod
    def named_in_full(doc: Doc, name: str) -> str | None:
        """The key of the one actor of the text whose words, somewhere in it, are this proper
        name of a body (capitalised, two words or more) and more."""
        key = name_key(name)
        if not name[:1].isupper() or len(key.split()) < 2:
            return None
        text = text_of(doc)
        ids = {aid for s0, e0, aid in doc._.actor_spans or () if name_key(text[s0:e0]).startswith(key + " ")}
        if len(ids) != 1:
            return None
        return next((k for k, v in (doc._.actor_keys or {}).items() if v in ids), None)

    def sub_body(self, doc: Doc, head: Token, hits) -> str | None:
        """"Le Service de communication du gouvernement", "la Mission de l'ONU pour ... (MONUSCO)":
        a body whose head noun names a part of the body in its complement speaks as itself (its
        acronym in brackets, else the phrase), not as that body."""
        if head.lower_ not in self.sub_bodies or any(h0 <= head.idx < h1 for h0, h1, _ in hits):
            return None
        if any(_is_person(doc, x[2]) for x in hits):
            return None
        for h0, h1, aid in hits:
            if h0 > head.idx and text_of(doc)[max(0, h0 - 2):h0].strip() == "(":
                return aid

        def complement(h0: int) -> bool:
            # the name hangs on a preposition ("du gouvernement", "présidé par les États-Unis"),
            # not on the noun as its name ("l'agence de presse Anadolu", "l'ONG Human Rights Watch")
            tok = doc.char_span(h0, h0 + 1, alignment_mode="expand")
            k = tok.start - 1 if tok is not None else -1
            while k > head.i and doc[k].pos_ == "DET":
                k -= 1
            return k > head.i and doc[k].pos_ == "ADP"
        if not all(complement(h0) for h0, _, _ in hits if h0 > head.idx):
            return None
        first = head.left_edge.i
        end = self.clip(doc, first, head.right_edge.i + 1)
        return self.institution(doc, first, end)

    def office_holder(self, doc: Doc, i: int, j: int, hits) -> str | None:
        """"a déclaré le chef du gouvernement": the person named before who holds the office
        (role "Premier ministre irakien"), rather than the government in the complement."""
        if not self.role_synonyms or any(_is_person(doc, x[2]) for x in hits):
            return None
        while i < j and doc[i].pos_ == "DET":
            i += 1
        if i >= j:
            return None
        phrase = " ".join(t.lower_ for t in doc[i:j]).replace("' ", "'")
        offices = next((v for k, v in self.role_synonyms if phrase.startswith(k)), None)
        if not offices:
            return None
        states = self.nationalities(doc[i:j])
        for s0, e0, aid in reversed([x for x in doc._.actor_spans if x[1] <= doc[i].idx]):
            a = actor_by_id(doc, aid)
            if a is not None and a.kind == "person" and a.role and any(o in a.role.lower() for o in offices) \
                    and self.may_hold(a, states):
                return aid
        return None

    def nationalities(self, tokens) -> set[str]:
        """The countries an office's demonyms name ("le président français": FR)."""
        return {self.demonym_country[t.lower_] for t in tokens if t.lower_ in self.demonym_country}

    @staticmethod
    def may_hold(person: Actor, states: set[str]) -> bool:
        """Whether a person named before may be the one an office with these nationalities
        stands for: "le président français" is not the Senegalese president named before."""
        return not states or not person.country or person.country in states

    def best_actor(self, doc: Doc, hits) -> str | None:
        """Among the actors named in a phrase, the person if there is one ("le ministre russe
        des Affaires étrangères Sergueï Lavrov"), else the first named."""
        if not hits:
            return None
        persons = [(s, e, aid) for s, e, aid in hits if getattr(actor_by_id(doc, aid), "kind", None) == "person"]
        # (a name in full before a one-word one: "Borno deputy governor Ibrahim Gana", where the
        # tagger took the state's name for a person)
        full = [h for h in persons if " " in text_of(doc)[h[0]:h[1]].strip()]
        if full or persons:
            return (full or persons)[0][2]
        return hits[0][2]

    # ------------------------------------------------------------ sources
    def according_to(self, doc: Doc, sent: Span) -> list[tuple[int, str]]:
        """(character offset, actor id) for every "selon X" in the sentence."""
        out = []
        sent_text = text_of(doc)[sent.start_char:sent.end_char]  # Span.text joins its tokens
        low = sent_text.lower()
        for phrase in self.same_source:
            k = low.find(phrase)
            if k >= 0 and doc._.last_source:
                out.append((sent.start_char + k, doc._.last_source))
        same_spans = [(sent.start_char + k, sent.start_char + k + len(ph)) for ph in self.same_source
                      for k in [low.find(ph)] if k >= 0]
        for m in self.rx_according.finditer(sent_text):
            if any(a <= sent.start_char + m.start() < b for a, b in same_spans):
                continue
            if self.not_after_opener and re.match(rf"(?:{'|'.join(map(re.escape, self.not_after_opener))})(?![\w-])",
                                             low[m.end():]):
                continue
            start = sent.start_char + m.end()
            opener = m.group(0).strip().lower()
            if opener.endswith(self.source_nouns):
                # "de source médicale": the unnamed source is the whole phrase
                k = max(opener.rfind(n) for n in self.source_nouns)
                s0 = sent.start_char + m.start() + k
                tok = doc.char_span(s0, s0 + 1, alignment_mode="expand")
                j = self.noun_phrase_end(doc, tok.start + 1, sent.end) if tok is not None else None
                if j is not None:
                    # "une source militaire sous couvert d'anonymat": the source ends before "sous"
                    j = next((t.i for t in doc[tok.start + 1:j] if t.lower_ in self.inverted_stops), j)
                if tok is not None and j is not None and j > tok.start + 1 and \
                        doc[tok.start + 1].lower_ not in self.not_source_qualifiers:
                    j = self.clip(doc, tok.start, j)
                    e0 = doc[j - 1].idx + len(doc[j - 1].text)
                    name = text_of(doc)[s0:e0]
                    out.append((sent.start_char + m.start(),
                                add_actor_mention(doc, "anon:" + name_key(name), name, (s0, e0), kind="other")))
                    continue
            tok = doc.char_span(start, start + 1, alignment_mode="expand")
            if tok is None:
                continue
            i = tok.start
            j = self.noun_phrase_end(doc, i, sent.end)
            aid = self.actor_for_phrase(doc, i, j, sent.start_char + m.start(), named_source=True)
            if aid:
                out.append((sent.start_char + m.start(), aid))
        return out

    def is_speech_verb(self, t: Token, incise: bool = False) -> bool:
        """A verb of saying: by its lemma, or by a surface form the tagger misreads. In an
        incise right after a quotation (", a-t-elle martelé", ", raconte X") a word the tagger
        calls an adjective is the verb too."""
        pos = ("VERB", "AUX", "ADJ") if incise else ("VERB", "AUX")
        said = (t.pos_ in pos and t.lemma_.lower() in self.verbs) or t.lower_ in self.verb_forms or \
            (t.pos_ in pos and self.verb_phrase(t))
        if not said and self.reflexive_participle(t):
            said = True
        if said and self.not_reflexive and t.lemma_.lower() in self.not_reflexive and any(
                "Yes" in c.morph.get("Reflex") for c in t.children if c.i < t.i):
            return False  # "les opérations se poursuivront", "l'incendie s'est déclaré"
        return said

    def reflexive_participle(self, t: Token) -> bool:
        """"l'UE s'est alarmée", "Kiev s'est insurgé": a reflexive participle of saying or feeling
        the tagger misreads as a noun or an adjective."""
        return bool(self.reflexive_clitics) and t.i >= 2 and t.doc[t.i - 1].pos_ == "AUX" and \
            t.doc[t.i - 2].lower_ in self.reflexive_clitics and self.incise_verb(t)

    def verb_phrase(self, t: Token) -> bool:
        """A multi-word verb of saying: "a mis en garde"."""
        for rest in self.verb_phrases.get(t.lemma_.lower(), ()):
            nxt = t.doc[t.i + 1:t.i + 1 + len(rest)]
            if [x.lower_ for x in nxt] == rest:
                return True
        return False

    def incise_verb(self, t: Token) -> bool:
        """In the incise right after a quotation ("», tranche X", "», s'est insurgé X"): a word
        the tagger reads as a noun or an adjective is a verb of saying when its lemma, or its
        ending turned into a lemma's, is one."""
        if t.is_punct or not t.is_alpha:
            return False
        low = t.lower_
        lemmas = self.incise_lemmas
        if t.lemma_.lower() in lemmas or low in self.incise_forms or low in self.verb_forms or self.verb_phrase(t):
            return True
        for end, lemma_end in self.incise_endings:
            if low.endswith(end) and len(low) > len(end) + 1 and low[:-len(end)] + lemma_end in lemmas:
                return True
        return False

    def speech_verbs(self, sent: Span) -> list[Token]:
        """The sentence's verbs of saying, found once per sentence and language (sentence_source
        asks for the same sentence many times, from events, figures and quotes, whose attributors
        read the same lexicons; each pass made a Token of every word)."""
        cache = cache_of(sent.doc).setdefault(("speech_verbs", id(self.lang)), {})
        key = (sent.start, sent.end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self._speech_verbs(sent)
        return list(found)

    def _speech_verbs(self, sent: Span) -> list[Token]:
        out = []
        for t in sent:
            if self.is_speech_verb(t):
                if t.lemma_.lower() == self.light_report_verb and not any(c.lower_ in self.faire_nouns for c in t.children):
                    continue
                out.append(t)
        return out

    def subject_actor(self, doc: Doc, verb: Token, outside: tuple[int, int] | None = None) -> str | None:
        """The actor the verb's subject names. ``outside``: a stretch (a quotation) that holds
        no subject of this verb."""
        # "..., cette dernière jugeant": the parse often misses this subject; the words do not
        for n in (2, 3):
            if verb.i - n >= verb.sent.start and self.latest:
                words = text_of(doc)[doc[verb.i - n].idx:verb.idx].strip().lower()
                if words in self.latest:
                    return self.nearest_before(doc, doc[verb.i - n].idx)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")] or [
            # "Il a exigé des sanctions": a personal "il" the parser read as impersonal (not "il
            # faut", "il s'agit")
            c for c in verb.children if c.dep_ == "expl:subj" and verb.lemma_.lower() not in self.impersonal]
        if outside is not None:
            subjects = [c for c in subjects if not outside[0] <= c.idx < outside[1]]
        # (the dateline is no subject, whatever the parse hangs on the lead's verb: "NIAMEY, 3
        # mars (AFP) - Le régime a ordonné" has "NIAMEY" and "régime" as two subjects)
        subjects = [c for c in subjects if story_start(doc, c.idx) == c.idx]
        if len(subjects) > 1:
            # "Mali: l'armée dit avoir ...": a headline's topic before its colon is no subject
            # beside the one after it
            subjects = [c for c in subjects if not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":"
                                                    and any(o.i > c.i + 1 for o in subjects))] or subjects
        subj = subjects[0] if subjects else None
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and any(t.text == "," for t in doc[before[0].i:before[-1].left_edge.i]) and \
                before[0].pos_ == "PROPN" and before[-1].pos_ == "PROPN" and \
                any(c.pos_ == "VERB" and c.i == before[0].i + 1 for c in before[0].children):
            # "Moscou expulse un diplomate, Paris dénonce une « décision absurde »": two clauses
            # the parse made one; the name right before the verb is its subject
            subj = before[-1]
        elif len(before) > 1 and doc[before[-1].left_edge.i - 1].text == "," and any(
                _is_person(doc, x[2]) for x in actors_in(doc, before[-1].left_edge.idx,
                                                         before[-1].right_edge.idx + len(before[-1].right_edge.text))):
            # "Le porte-parole de l'armée, le général de brigade X, a dénoncé": the parse made the
            # title and its apposition two subjects; the person named speaks
            subj = before[-1]
        if self.incise_inverts and len(subjects) > 1 and subjects[-1].i > verb.i and subjects[0].i < verb.i:
            # ", a annoncé vendredi le ministère de l'Intérieur": after a comma the verb is an
            # incise and the subject after it speaks; the parse made the lead's noun before the
            # comma a second subject
            # (not a clause the verb reports: "X, ministre, a précisé que « l'explosion ... »")
            first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
            between = doc[verb.i + 1:subjects[-1].i]
            if first > verb.sent.start and doc[first - 1].text == "," and not actors_in(
                    doc, subjects[0].idx, subjects[0].idx + len(subjects[0].text)) and not any(
                    q0 <= subjects[0].idx < q1 for q0, q1 in doc._.quote_spans or ()) and not any(
                    x.lower_ in self.complementizers or x.text in self.quote_marks or x.text in self.punct_stop
                    for x in between):
                subj = subjects[-1]
        if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and \
                subjects[1].left_edge.i == subjects[0].right_edge.i + 1:
            # "Le président ukrainien Volodymyr Zelensky a déclaré": the parse made the title and
            # the name after it two subjects; the person named is who speaks
            subj = subjects[1]
        if subj is None:
            aux = self.stray_auxiliary(verb)
            if aux is not None and aux.head.i != verb.i:
                # 'MSF a « fermement » rejeté': the parse made the quoted adverb the root and hung
                # the subject on it
                subj = next((c for c in aux.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aux.i), None)
        if subj is None and verb.dep_ == "ROOT":
            # the parser sometimes hangs the subject on the auxiliary ("L'armée a de son côté
            # affirmé": "armée" <- "a")
            subj = next((g for c in verb.children if c.dep_.startswith("aux")
                         for g in c.children if g.dep_ in ("nsubj", "nsubj:pass")
                         and g.lower_ not in self.not_subjects
                         and g.i < c.i and not any(x.text in self.quote_marks for x in doc[g.i:verb.i])), None)
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "NOUN" and verb.morph.get("Tense") == ["Past"]:
            # "a promis l'envoi de renforts et condamné ...", "a réclamé la libération des
            # militaires détenus et mis en garde contre ...": a participle the parse hung on the
            # object before it (or on a noun inside it, when the participle has a complement of
            # its own) shares that object's verb's subject
            cur, steps = verb.head, 0
            while cur.dep_ != "obj" and cur.dep_ in ("nmod", "acl") and cur.head.pos_ == "NOUN" and steps < 3 and \
                    any(c.dep_ in ("obj", "obl", "obl:arg") for c in verb.children):
                cur, steps = cur.head, steps + 1
            if cur.dep_ == "obj" and cur.head.i != cur.i:
                subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
                verb = cur.head if subj is not None else verb
        # (the object may be a list whose last member the parse hangs the infinitive on: "a accusé
        # l'armée et ses supplétifs d'avoir tué")
        listed = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "conj" and \
            verb.head.head.dep_ in ("obj", "dobj") else verb.head
        if subj is None and verb.dep_ == "acl" and listed.dep_ in ("obj", "dobj") and \
                listed.head.lemma_.lower() in self.object_control and \
                any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
            # "a accusé l'Armée blanche d'avoir pris pour cible une base": the parse hangs the
            # infinitive on the object; the object does what it says
            subj, verb = listed, listed.head
        if subj is None and verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":
            # "accused Russia of shelling the city": the object of the verb of object control
            # does what the gerund after its preposition says; the parse hangs the preposition on
            # the verb, or on the object itself ("accused Sudan's army of bombing a market")
            holder = verb.head.head
            if holder.lemma_.lower() in self.object_control:
                obj = next((c for c in holder.children if c.dep_ in ("obj", "dobj")), None)
                if obj is not None:
                    subj, verb = obj, holder
            elif holder.dep_ in ("obj", "dobj") and holder.head.lemma_.lower() in self.object_control:
                subj, verb = holder, holder.head
        up = verb
        for _ in range(3):
            # "a affirmé avoir riposté et tué": the subject of the verbs the clause hangs on
            if subj is not None or up.dep_ not in ("conj", "xcomp") or up.head.i == up.i:
                break
            if up.dep_ == "conj" and up.morph.get("Tense") == ["Past"] and up.head.morph.get("Tense") != ["Past"] and \
                    any(c.dep_ == "mark" for c in up.head.children) and up.head.head.i != up.head.i:
                # "demanded that M23 withdraw ... and called on Rwanda to stop": a past verb the parse
                # joined to the bare verb of a that-clause goes with the verb above that clause
                up = up.head
            up = up.head
            obj = next((c for c in up.children if c.dep_ in ("obj", "dobj") and c.i < verb.i), None) \
                if up.lemma_.lower() in self.object_control and verb.dep_ == "xcomp" else None
            if obj is not None:
                # "Kiev accuse Moscou d'avoir bombardé": the object of a verb of object control
                # does what the infinitive says
                subj, verb = obj, up
                break
            subj = next((c for c in up.children if c.dep_ in ("nsubj",)), None)
            if subj is None and up.dep_ == "acl" and up.lemma_.lower() in self.object_control and \
                    verb.dep_ == "xcomp" and up.morph.get("Tense") == ["Past"] and up.head.pos_ in ("NOUN", "PROPN"):
                # "deux responsables rwandais accusés de soutenir la rébellion": the people the
                # participle of object control describes do what the infinitive says
                subj, verb = up.head, up
                break
            if subj is not None:
                verb = up  # the subject is read where it stands: "Il affirme avoir tué ... et capturé"
        if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "obj" and \
                any(c.dep_ == "cc" and c.i < verb.i for c in verb.children) and \
                any(c.dep_ == "obj" for c in verb.children):
            # "ont abandonné leur véhicule et poignardé des passants": a second verb with an
            # object of its own that the parse hung on the first one's object; its subject is theirs
            subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "ROOT":
            # "Paris s'est félicité": the parser left the name unattached; the actor named
            # right before the verb's clitics and auxiliaries is its subject
            k = verb.i - 1
            while k >= verb.sent.start and doc[k].pos_ in ("AUX", "PRON", "ADV") and doc[k].text not in self.punct_stop:
                k -= 1
            if k >= verb.sent.start and k < verb.i - 1 and doc[k].pos_ in ("PROPN", "NOUN"):
                hit = [x for x in actors_in(doc, doc[k].idx, doc[k].idx + len(doc[k].text))]
                if hit:
                    return hit[-1][2]
            if k > verb.sent.start and doc[k].text == ",":
                # "Sur Twitter, Manuel Valls, qui avait échangé avec lui ..., s'est dit": the name a
                # relative clause closed by the comma hangs on (the parse made it an apposition)
                rel = next((t for t in doc[verb.sent.start:k] if t.dep_ == "acl:relcl" and t.right_edge.i == k - 1
                            and any(c.lower_ in self.subject_relatives for c in t.children)), None)
                if rel is not None and rel.head.pos_ in ("PROPN", "NOUN"):
                    hit = actors_in(doc, rel.head.idx, rel.head.idx + len(rel.head.text))
                    if hit:
                        return hit[-1][2]
        if subj is None:
            return None
        if self.partitive and text_of(doc)[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)].lower() \
                in self.partitive and verb.sent.start > 0:
            # "'...,' one said": one of those the sentence before made speak
            prev = doc[verb.sent.start - 1].sent
            for v in self.speech_verbs(prev):
                s0 = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                if s0 is not None and s0.i != subj.i:
                    aid = self.subject_actor(doc, v)
                    if aid:
                        return aid
            return None
        relative = subj.lower_ in self.subject_relatives and verb.dep_.startswith("acl") and verb.head.i != verb.i
        if subj.lower_ in self.subject_relatives and not relative and subj.i > verb.sent.start:
            # "selon le Front (FNDC), qui accuse les gendarmes": the parse hung the relative on the
            # main verb; the name right before "qui" is its subject
            hits = [x for x in actors_in(doc, max(verb.sent.start_char, subj.idx - 120), subj.idx)
                    if _GAP_BEFORE_RELATIVE.fullmatch(text_of(doc)[x[1]:subj.idx])]
            if hits:
                return hits[-1][2]
        if relative:
            subj = verb.head  # "l'organisation, qui évoque...": the noun the relative hangs on
            while subj.pos_ in ("VERB", "ADJ") and subj.dep_ in ("acl", "amod") and subj.head.i != subj.i and \
                    subj.head.pos_ in ("NOUN", "PROPN"):
                # "le GSIM, affilié à Al-Qaïda, qui affirme ...": the parse hung the relative on the
                # participle that describes the name; the name is who affirms
                subj = subj.head
            comma = doc[subj.left_edge.i - 1] if subj.left_edge.i > verb.sent.start else None
            if subj.pos_ == "VERB" and subj.dep_ == "advcl" and "Part" in subj.morph.get("VerbForm") and \
                    comma is not None and comma.text == ",":
                # "revendiquée par le GSIM, lié à Al-Qaïda, qui a affirmé": the parse hung the
                # participle on the main verb; the name right before its comma is who affirms
                hits = [x for x in actors_in(doc, max(verb.sent.start_char, comma.idx - 80), comma.idx)
                        if not text_of(doc)[x[1]:comma.idx].strip()]
                if hits:
                    return hits[-1][2]
            verb_number = [a.morph.get("Number") for a in [verb, *verb.children] if a.dep_.startswith("aux") or a is verb]
            plural_verb = any(n == ["Plur"] for n in verb_number)
            if plural_verb and subj.morph.get("Number") == ["Sing"] and subj.dep_.startswith("nmod") and \
                    subj.head.pos_ == "NOUN" and subj.head.morph.get("Number") == ["Plur"]:
                # "des frappes israéliennes sur Rafah qui ont tué 20 personnes": the verb agrees with
                # the plural noun the place complements, not with the place
                subj = subj.head
        elif self.is_latest(doc, subj):
            return self.nearest_before(doc, subj.left_edge.idx)
        elif subj.lower_ in self.demonstratives and any(c.dep_.startswith("acl") for c in subj.children):
            # "celui qui est considéré comme le chef du groupe a affirmé": no anaphor, the
            # relative clause names the speaker by the noun it holds
            noun = next((t for c in subj.children if c.dep_.startswith("acl") for t in c.subtree
                         if t.pos_ == "NOUN" and t.i > subj.i), None)
            if noun is None:
                return None
            start = next(t.i for t in noun.subtree if t.pos_ != "ADP")
            return self.actor_for_phrase(doc, start, self.clip(doc, start, noun.right_edge.i + 1), verb.idx)
        elif subj.pos_ == "PRON" and subj.lower_ not in self.pronouns and self.pronoun_apposition(doc, subj):
            # "L'un de leurs conseillers, Omar Said, a assuré": the person in apposition
            return self.pronoun_apposition(doc, subj)
        elif subj.lower_ in self.pronouns or (subj.pos_ == "PRON" and not actors_in(doc, subj.idx, subj.idx + len(subj.text))):
            # (a name the tagger took for a pronoun, "Les shebab ont affirmé", is the actor it names)
            return self.antecedent(doc, verb.idx, person=subj.lower_ in self.person_pronouns)
        s, e = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        first = subj.left_edge.i
        if subj.i < verb.i:
            # (the parse may hang an opening "Selon l'OSDH," on the subject: the phrase starts
            # after its last comma before the noun)
            first = max([first] + [k + 1 for k in range(first, subj.i) if doc[k].text == ","])
            s = doc[first].idx
        if story_start(doc, s) > s and story_start(doc, s) <= subj.idx:
            # (the parse may hang the wire dateline on the lead's subject: "NIAMEY (AFP) - Le
            # régime a ordonné"; the agency files the story, the phrase after the dateline acts)
            first = self.after_dateline(doc, subj)
            s = doc[first].idx
        if subj.dep_.startswith("acl"):
            s = subj.left_edge.idx
            e = subj.idx + len(subj.text)
            # "le Groupe de soutien à l'islam et aux musulmans, lié à Al-Qaïda, qui affirme": the
            # name the relative's noun begins, not an actor in its apposition
            named = [x for x in doc._.actor_spans or () if x[0] <= subj.idx < x[1]]
            if named:
                return self.best_actor(doc, named)
        else:
            k = self.with_apposition(doc, subj.right_edge.i + 1, len(doc))
            e = doc[k - 1].idx + len(doc[k - 1].text)
            if relative and verb.left_edge.i > subj.i:
                # "des milliers d'étudiants qui manifestaient contre le gouvernement": the noun the
                # relative hangs on, without the relative clause
                e = min(e, doc[verb.left_edge.i].idx)
            reached = self.reached_by_media(doc, subj)
            if reached is not None:
                e = min(e, doc[reached].idx)  # "Un habitant joint par l'AFP": the agency is not the speaker
            if not actors_in(doc, subj.idx, subj.idx + len(subj.text)):
                # "a spokesman for X, Y, said": Y, whether the parse hangs it on the noun or not
                # (not when the subject names a body itself: "Les FSR, dirigées par X, ont affirmé")
                appos = next((x[2] for c in reversed(list(subj.subtree)) if c.dep_ == "appos" and c.i > subj.i
                              for x in actors_in(doc, c.idx, c.idx + len(c.text)) if _is_person(doc, x[2])), None)
                appos = appos or self.apposition_person(doc, subj.right_edge.i + 1, len(doc))
                if appos:
                    return appos
        kin = self.relative_of(doc, first, self.clip(doc, first, subj.right_edge.i + 1)) if subj.pos_ == "NOUN" else None
        if kin:
            return kin
        role = self.role_antecedent(doc, subj)
        if role:
            return role
        hits = actors_in(doc, s, e)
        # (not those a participle describing the subject names: "Les FSR, dirigées par X, ont
        # affirmé", "les rebelles, soutenus par le Rwanda, ont annoncé")
        described = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subj.children
                     if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and c.i > subj.i]
        # (nor those a participle before it names: "the al Qaeda-linked group JNIM", "the Iran-backed
        # Houthi movement")
        described += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subj.children
                      if c.dep_ == "amod" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and c.i < subj.i]
        if described and any(x[0] <= subj.idx < x[1] for x in hits):
            hits = [x for x in hits if not any(a <= x[0] < b for a, b in described)]
        if hits and not any(x[0] <= subj.idx < x[1] for x in hits):
            # "The U.N. peacekeeping force UNIFIL said": the body the apposition names is the
            # subject, not the one named in its modifiers
            named = [x for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"
                     for x in hits if x[0] <= c.idx < x[1]]
            if named and getattr(actor_by_id(doc, named[0][2]), "kind", None) != "person":
                return named[0][2]
        holder = self.office_holder(doc, subj.left_edge.i, subj.right_edge.i + 1, hits) if subj.i < verb.i else None
        if holder:
            return holder
        if hits:
            # "l'agence de presse de X, Y, annonce": the body the head noun names is the
            # apposition Y, not the complement X
            if len(hits) > 1 and subj.lower_ in self.institutions and \
                    text_of(doc)[max(s, hits[-1][0] - 2):hits[-1][0]].strip() == ",":
                return hits[-1][2]
            if subj.i < verb.i:
                own = self.sub_body(doc, subj, hits)
                if own:
                    return own
            return self.best_actor(doc, hits)
        if subj.pos_ == "PROPN":
            # a surname alone ("al-Maliki said") for a person named in full before
            aid = self.person_by_surname(doc, subj.text, subj.idx)
            if aid:
                return aid
            aid = self.unlabelled_person(doc, subj, verb)
            if aid:
                return aid
        if subj.i < verb.i:
            end = self.clip(doc, subj.left_edge.i, subj.right_edge.i + 1)
            if relative:
                end = min(end, max(verb.left_edge.i, subj.i + 1))
            reached = self.reached_by_media(doc, subj)
            if reached is not None:
                end = min(end, reached)
        else:
            # an inverted subject ends before "sous couvert d'anonymat", "joint par téléphone"
            end = next((t.i for t in doc[subj.i + 1:subj.right_edge.i + 1]
                        if t.lower_ in self.inverted_stops or t.text in self.punct_stop), subj.right_edge.i + 1)
        found = self.anaphor(doc, subj, s) or self.actor_for_phrase(doc, first, end, verb.idx)
        if found is None and subj.left_edge.i > 1 and doc[subj.left_edge.i - 1].text == "," and \
                not any(c.like_num for c in subj.lefts):
            # "l'ISPR, le service de communication de l'armée, qui a accusé": the apposition's owner
            # (not the source before a count of people: "Selon l'ONU, trois civils ont été tués")
            before = [x for x in doc._.actor_spans if x[1] <= doc[subj.left_edge.i - 1].idx
                      and x[1] >= doc[subj.left_edge.i - 1].idx - 2]
            if before:
                return before[-1][2]
        return found

    @staticmethod
    def reached_by_media(doc: Doc, subj: Token) -> int | None:
        """Where a participle naming the agency that reached the speaker starts, after the
        subject noun ("Un habitant joint par l'AFP", "des sources locales jointes par RFI")."""
        return min((c.left_edge.i for c in subj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and "Part" in c.morph.get("VerbForm") and c.i > subj.i and any(
                        getattr(actor_by_id(doc, x[2]), "kind", None) == "media" for x in actors_in(
                            doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))), default=None)

    @staticmethod
    def stray_auxiliary(verb: Token) -> Token | None:
        """The auxiliary of a participle that the parse hung elsewhere: "a « fermement » rejeté"
        (only adverbs and quotation marks between them, or an incise between commas)."""
        k = verb.i - 1
        doc = verb.doc
        while k >= verb.sent.start and (doc[k].pos_ in ("ADV", "PUNCT") and doc[k].text not in (",", ".", ";", ":")):
            if doc[k].is_quote and k - 2 >= verb.sent.start and doc[k - 2].is_quote:
                k -= 2  # one quoted word, whatever the tagger made of it: "a « fermement » rejeté"
            k -= 1
        if k > verb.sent.start and doc[k].text == ",":
            # "La France a, pour sa part, condamné mercredi l'attaque": an incise between commas
            # (no verb in it) after the auxiliary
            j = next((j for j in range(k - 1, max(verb.sent.start, k - 8), -1) if doc[j].text == ","), None)
            if j is not None and not any(x.pos_ in ("VERB", "AUX") for x in doc[j + 1:k]) and \
                    (doc[j - 1].pos_ == "AUX" or doc[j - 1].dep_.startswith("aux")):
                k = j - 1
                if doc[k].head.i == verb.i:
                    return None
                return doc[k] if "Part" in verb.morph.get("VerbForm") else None
        if k < verb.sent.start or k == verb.i - 1 or doc[k].pos_ != "AUX" or doc[k].head.i == verb.i:
            return None
        return doc[k] if "Part" in verb.morph.get("VerbForm") else None

    def names_another_body(self, modifier: Token) -> bool:
        """An adjective on a group noun that makes it a body of its own ("a local medical group",
        "un collectif médical"), not the armed group named before ("un groupe armé")."""
        return modifier.pos_ == "ADJ" and modifier.dep_ == "amod" and bool(self.anaphora_kind_adjectives) and \
            modifier.lower_ not in self.anaphora_kind_adjectives

    def person_after_comma(self, doc: Doc, start: int, limit: int, reach: int, first_only: bool = False) -> str | None:
        """The person in apposition after a comma within ``reach`` tokens of ``start`` (the first
        comma only, with ``first_only``), in the same clause."""
        k = start
        while k < limit and k - start < reach and doc[k].text not in self.clause_stop:
            if doc[k].text == ",":
                appos = self.apposition_person(doc, k, limit)
                if appos or first_only:
                    return appos
            k += 1
        return None

    def inverted_actor(self, doc: Doc, verb: Token, limit: int) -> str | None:
        """The subject after the verb: "a indiqué le chef de l'administration, Roman Stetsiouk".
        The phrase runs to its apposition (second comma) or a subordinate clause; a person
        named in it wins over the organisation it belongs to."""
        i = verb.i + 1
        while i < limit and doc[i].text.startswith("-") and len(doc[i].text) > 1:
            i += 1  # the clitics glued to the verb: "explique-t-on"
        if verb.lemma_.lower() in self.addressee_verbs and i < limit:
            i = self.addressee_end(doc, i, limit)  # "told AFP": who is spoken to, not who speaks
        if i > verb.i + 1 and i < limit and self.rx_according.match(text_of(doc), doc[i].idx):
            # "explique-t-on de source sécuritaire": who speaks is the source after the pronoun
            hits = self.according_to(doc, doc[i].sent)
            found = next((aid for off, aid in hits if off >= doc[i].idx), None)
            if found:
                return found
        for t in doc[max(verb.i - 2, 0):min(max(verb.i + 2, i), len(doc))]:
            if t.lower_.endswith(self.inverted_pronouns):
                return self.antecedent(doc, verb.idx)
        if self.rx_last_named is not None and i < limit and self.rx_last_named.match(text_of(doc), doc[i].idx):
            # "a déclaré ce dernier": the person named last before the verb
            persons = [x for x in doc._.actor_spans if x[1] <= verb.idx and _is_person(doc, x[2])]
            return persons[-1][2] if persons else None
        commas = 0
        start = None
        first_comma = None
        end = i
        while end < limit:
            t = doc[end]
            if start is None and t.lower_ in self.contact_openers and end > verb.i:
                # ", raconte, joint par RFI, Paul Nkeng": passed over to its comma
                k = end + 1
                while k < limit and doc[k].text != "," and doc[k].text not in self.clause_stop:
                    k += 1
                if k < limit and doc[k].text == ",":
                    end = k + 1
                    continue
            # a "verb" right after a determiner is a noun the tagger misread ("l'opposant")
            if t.text in self.clause_stop or (t.pos_ == "VERB" and end > verb.i + 1 and t.dep_ != "amod"
                                              and doc[end - 1].pos_ != "DET"):
                break
            if start is None and t.lower_ in self.complementizers:
                break   # "a promis que les opérations...": the verb's object clause, no subject here
            if t.lower_ in self.inverted_stops and start is not None:
                break
            if start is not None and in_timex(doc, t.idx):
                break  # "a indiqué la police mardi": the day ends the speaker's phrase
            # "ont indiqué des sources locales à l'AFP": what follows à is the addressee, unless
            # the phrase so far was a complement ("a confié par téléphone à l'AFP X")
            if t.lower_ in self.to_addressee and start is not None \
                    and (doc[start - 1].pos_ != "ADP" or doc[start - 1].lower_ in self.partitive) \
                    and self.is_addressee(doc, end + 1, limit):
                break
            if t.text == ",":
                commas += 1
                if start is not None and first_comma is None:
                    first_comma = end
                if commas == 2 or start is None and commas == 1 and end > verb.i + 4:
                    break
            if t.lower_ in self.medium and start is None:
                # "a dit à l'AFP", "a écrit sur X": the addressee or the medium
                end = self.addressee_end(doc, end + 1, limit)
                continue
            if start is None and self.inverted_asides:
                aside = next((a for a in self.inverted_asides if text_of(doc)[t.idx:t.idx + len(a)].lower() == a), None)
                if aside:
                    # "a affirmé sous couvert d'anonymat un responsable": passed over
                    stop = t.idx + len(aside)
                    while end < limit and doc[end].idx < stop:
                        end += 1
                    continue
            if start is None and t.pos_ in ("NOUN", "PROPN", "DET", "PRON") and not (
                    t.pos_ == "NOUN" and t.lower_ in self.time_nouns):
                start = end
            end += 1
        if start is None:
            return None
        if first_comma is None and end < limit and doc[end].lower_ in self.inverted_stops:
            # "a déclaré le coordonnateur humanitaire de l'ONU en Haïti, Étienne Lavallière": the
            # office's place ran into a stop word; the person named after the next comma speaks
            appos = self.person_after_comma(doc, end, limit, reach=8, first_only=True)
            if appos:
                return appos
        # the phrase up to its first comma, with a person in apposition ("le porte-parole
        # de l'OMS, Tarik Benali"); only then what comes after ("..., au lendemain de tirs
        # du Hezbollah" names no speaker)
        seg_end = self.with_apposition(doc, first_comma, end) if first_comma is not None else end
        if first_comma is not None and seg_end > first_comma:
            appos = self.apposition_person(doc, first_comma, end)
            if appos:
                return appos
        role = self.role_antecedent(doc, doc[start:seg_end].root) if seg_end > start else None
        if role:
            return role
        kin = self.relative_of(doc, start, seg_end)
        if kin:
            return kin
        hits = actors_in(doc, doc[start].idx, doc[seg_end - 1].idx + len(doc[seg_end - 1].text))
        holder = self.office_holder(doc, start, seg_end, hits)
        if holder:
            return holder
        if hits:
            head = next((t for t in doc[start:seg_end] if t.pos_ in ("NOUN", "PROPN")), None)
            own = self.sub_body(doc, head, hits) if head is not None and head.pos_ == "NOUN" else None
            return own or self.best_actor(doc, hits)
        head = next((t for t in doc[start:seg_end] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is not None:
            aid = self.anaphor(doc, head, head.idx) or self.institution(doc, start, seg_end)
            if aid:
                return aid
        hits = actors_in(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        if hits:
            return self.best_actor(doc, hits)
        head = next((t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is not None and (head.lower_ in self.anonymous or self.trade_noun(head)):
            # "said spokesperson for the UN rights office, Rupert Colville": the title's
            # complement ran past the stop word; the person named after its comma speaks
            appos = self.person_after_comma(doc, end, limit, reach=15)
            if appos:
                return appos
            return self.actor_for_phrase(doc, start, self.noun_phrase_end(doc, start + 1, end), verb.idx,
                                         named_source=head.lower_ not in self.anonymous)
        if head is not None and head.i == start and head.pos_ == "PROPN" and head.is_title and head.is_alpha \
                and self.is_introduced_person(doc, head.i + 1, limit):
            # "raconte Fatima, 34 ans", "se souvient Ahmed, un rescapé": a first name the NER
            # left out (or read as a place), set off by an age or an unnamed person's noun, is
            # a person
            return add_actor_mention(doc, "per:" + name_key(head.text), head.text,
                                     (head.idx, head.idx + len(head.text)), kind="person")
        return None

    def trade_noun(self, tok: Token) -> bool:
        """A common noun with a person's ending after an indefinite article ("un transporteur", "a
        truck driver"): read as a person only where a verb of saying wants its subject (an
        indefinite thing seldom speaks there; "le secteur de la santé" does, and is no person)."""
        return tok.pos_ == "NOUN" and len(tok.text) > 5 and tok.lower_.endswith(self.person_endings) and \
            any(c.dep_ == "det" and c.morph.get("Definite") == ["Ind"] for c in tok.children) and \
            tok.lower_ not in self.time_nouns

    def relative_of(self, doc: Doc, i: int, j: int) -> str | None:
        """"le père de Youssouf Traoré", "l'avocat de X", "the lawyer of X": the relative or
        counsel the phrase [i, j) names, an unnamed person of its own, never the one after "de"."""
        head = next((t for t in doc[i:j] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or head.lower_ not in self.kin or head.i + 1 >= j or doc[head.i + 1].lower_ not in self.of_tokens:
            return None
        if not any(_is_person(doc, x[2]) for x in actors_in(doc, doc[head.i + 1].idx, doc[j - 1].idx + len(doc[j - 1].text))):
            return None
        name = text_of(doc)[head.idx:doc[j - 1].idx + len(doc[j - 1].text)]
        return add_actor_mention(doc, "anon:" + name_key(name), name, (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)),
                                 kind="other")

    def is_introduced_person(self, doc: Doc, k: int, limit: int) -> bool:
        """After a name, ", 34 ans" or ", une habitante": what presents a person."""
        if k + 1 >= limit or doc[k].text != ",":
            return False
        nxt = doc[k + 1]
        if nxt.like_num:
            return True
        if nxt.pos_ == "DET" and k + 2 < limit:
            nxt = doc[k + 2]
        return nxt.lower_ in self.anonymous

    def sentence_source(self, doc: Doc, sent: Span, anchor: int | None = None) -> str | None:
        """The source the sentence credits, if it names one; with several "selon", the
        first after ``anchor`` ("602 morts, selon l'OSDH, et 48 000 déplacés, d'après l'ONU")."""
        acc = self.according_to(doc, sent)
        if acc:
            if anchor is not None:
                after = [a for a in acc if a[0] >= anchor and not self.speaks_of_other(doc, a[0], anchor)]
                before = [a for a in acc if a[0] < anchor]
                return (after[0] if after else before[-1] if before else acc[-1])[1]
            return acc[0][1]
        for verb in self.speech_verbs(sent):
            # ", a indiqué mardi un responsable local": an incise puts the speaker after it
            k = verb.i - 1
            while k > sent.start and doc[k].dep_.startswith("aux") or (k > sent.start and doc[k].lower_.startswith("-")):
                k -= 1
            # (not after an apposition closed by the comma: "Mohamed Khamis, a spokesman for the
            # committee, told The Associated Press" has its subject before it, the addressee after)
            incise = k >= sent.start and doc[k].text == "," and not any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.right_edge.i >= k - 1 and any(
                    x.dep_ == "appos" for x in c.children) for c in verb.children)
            # (any verb of saying in an incise after the clause credits it: ", a dénoncé mardi l'ONU")
            if verb.lemma_.lower() not in self.report_verbs and not (
                    incise and not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)):
                continue
            # (the agency of a dateline the lead sentence opens on files the story; it is not
            # what the sentence's verb of saying credits: "KHARTOUM (AP) — ..., activists said")
            # (each way asked only when the one before gave nothing: some register the actor they find)
            ways = (lambda: self.inverted_actor(doc, verb, sent.end), lambda: self.subject_actor(doc, verb)) \
                if incise else (lambda: self.subject_actor(doc, verb), lambda: self.phrase_before(doc, verb),
                                lambda: self.inverted_actor(doc, verb, sent.end))
            aid = next((a for a in (way() for way in ways) if a and not self.dateline_only(doc, a, sent)), None)
            if aid:
                return aid
        return None

    @staticmethod
    def speaks_of_other(doc: Doc, at: int, anchor: int) -> bool:
        """The source at ``at`` is the subject of a verb of its own that does not hold the word
        at ``anchor``: ", alors qu'une source sécuritaire évoque 200 morts" reports its own count."""
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        word = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        if span is None or word is None:
            return False
        tok = span[0]
        while tok.dep_ not in ("nsubj", "nsubj:pass") and tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = tok.head
        return not (verb.left_edge.i <= word[0].i <= verb.right_edge.i) or word[0].i < tok.i and any(
            c.dep_ == "mark" for c in verb.children)

    @staticmethod
    def dateline_only(doc: Doc, aid: str, sent: Span) -> bool:
        """The actor is named in the sentence only inside the wire dateline."""
        dl = doc._.dateline
        here = [x for x in actors_in(doc, sent.start_char, sent.end_char) if x[2] == aid]
        return bool(dl and here) and all(dl[0] <= x[0] < dl[1] for x in here)

    def phrase_before(self, doc: Doc, verb: Token) -> str | None:
        """", a security source told Reuters": the parse lost the subject (it hung the phrase on
        the name before the comma); the actor, or the unnamed source, between the last comma
        and the verb speaks, not the addressee after it."""
        comma = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.text == ","), None)
        if comma is None or verb.i - comma.i > 8 or comma.i + 1 >= verb.i:
            return None
        hits = actors_in(doc, comma.idx + 1, verb.idx)
        if hits:
            return hits[-1][2]
        if doc[verb.i - 1].pos_ in ("NOUN", "PROPN") and doc[verb.i - 1].lower_ in self.anonymous:
            return self.actor_for_phrase(doc, comma.i + 1, verb.i, verb.idx)
        return None

    def clause_subject(self, doc: Doc, sent: Span, anchor: int) -> str | None:
        """The body that is the subject of the sentence's main verb, when the count is in
        what it did ("MSF a pris en charge 19 blessés"): it is the one reporting it."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        # (not the agency of the dateline the parse may hang on the lead's verb: "NIAMEY (AFP) - Les
        # inondations ont fait 339 morts")
        subj = next((c for c in root.children if c.dep_ == "nsubj" and story_start(doc, c.idx) == c.idx), None)
        if subj is None or subj.right_edge.idx >= anchor:
            return None
        hits = actors_in(doc, story_start(doc, subj.left_edge.idx), subj.right_edge.idx + len(subj.right_edge.text))
        for s0, e0, aid in hits:
            a = actor_by_id(doc, aid)
            if a is not None and a.kind in ("organization", "government", "media"):
                return aid
        return None
