"""Quotations and who said them.

Quote marks come from ``lang/<code>/speech.toml``. The speaker is looked for where French
wire copy puts it: after the quote ("«…», a déclaré le ministre X"; "a-t-il ajouté" takes
the previous speaker), before it ("X a déclaré : «…»"), or, for a phrase quoted inside
reported speech, as the subject of the verb that governs it. The parser alone misses
speakers placed after the verb, so patterns and the parse are combined.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille.lang import Lang, get_lang
from veille.nlp.attribution import Attributor
from veille.nlp.links import actors_in, story_start, text_of
from veille.nlp.registry import actor_by_id
from veille.record import Quote
from veille.nlp.extensions import LANG_CONFIG

SPACE = " \t\n\u00a0\u202f"
# a word, with apostrophes as separators ("l’Afrique": "l", "Afrique")
WORD = re.compile(r"\w+(?:-\w+)*")


class QuoteFinder:
    def __init__(self, lang: "str | Lang"):
        self.lang = lang = get_lang(lang)
        speech = lang.toml("speech")
        self.marks = speech["quote_marks"]
        self.speaker_stops = set(speech["quote_speaker"]["openers"])
        self.topic_openers = sorted((w.lower() for w in speech["quote_speaker"].get("topic_openers", [])),
                                    key=len, reverse=True)
        self.rx_agent = re.compile(speech["quote_speaker"]["agent"])
        self.attributor = Attributor(lang)
        # marks that quote no one: names and scare quotes (empty lists: every mark quotes)
        nq = speech.get("not_quotes", {})
        self.naming_cues = {w.lower() for w in nq.get("naming_cues", [])}
        self.naming_window = int(nq.get("naming_window", 0))
        self.naming_verb_before = {w.lower() for w in nq.get("naming_verb_before", [])}
        self.naming_nouns = {w.lower() for w in nq.get("naming_nouns", [])}
        self.naming_noun_max_lower = int(nq.get("naming_noun_max_lower_words", 0))
        self.name_particles = {w.lower() for w in nq.get("name_particles", [])}
        self.scare_max_words = int(nq.get("scare_max_words", 0))
        # ", dit « le Boucher »": words that name what follows when a comma stands before them
        self.appositive_cues = {w.lower() for w in nq.get("appositive_cues", [])}
        # "les habitants surnomment ce carrefour « le triangle »": verbs that give a name
        self.naming_lemmas = {w.lower() for w in nq.get("naming_lemmas", [])}
        self.naming_blockers = {w.lower() for w in nq.get("naming_blockers", [])}
        self.naming_max_words = int(nq.get("naming_max_words", 0))
        self.naming_adjacent = {w.lower() for w in nq.get("naming_nouns_adjacent", [])}
        titles = sorted(nq.get("title_after", []), key=len, reverse=True)
        self.rx_title_after = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, titles)) + r")\s*$", re.I) \
            if titles else None
        labels = [w.lower() for w in nq.get("label_cues", [])]
        self.label_active_aux = {w.lower() for w in nq.get("label_active_aux", [])}
        # a label cue, then at most an article, right before the marks
        self.rx_label = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, labels)) + r")"
                                   r"(?:\s+(?:" + "|".join(map(re.escape, nq.get("label_articles", []))) + r"))?\s*$",
                                   re.I) if labels else None
        # words that join two quotations said by the same speaker ("«…» et «…», a-t-il dit")
        self.tail_stops = {w.lower() for w in speech["quote_speaker"].get("tail_stops", [])}
        nouns = [w.lower() for w in speech["quote_speaker"].get("speech_nouns", [])]
        self.rx_speech_nouns = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])",
                                          re.I) if nouns else None
        self.joiners = {w.lower() for w in speech["quote_speaker"].get("joiners", [])}
        self.owner_nouns = {w.lower() for w in speech["quote_speaker"].get("owner_nouns", [])}
        self.voice_phrases = [w.lower() for w in speech["quote_speaker"].get("voice_phrases", [])]
        self.gap_chars = SPACE + ",;" + "".join(self.marks) + "".join(self.marks.values())

    def spans(self, text: str) -> list[tuple[int, int, int, int]]:
        """(open mark, inner start, inner end, close mark end) for every quotation."""
        out = []
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            close = self.marks.get(ch)
            if close is None or (ch == '"' and i > 0 and text[i - 1].isalnum()):
                i += 1
                continue
            para_end = text.find("\n\n", i)
            para_end = n if para_end < 0 else para_end
            j = self._closing(text, i, ch, close, para_end)
            if j is None:
                i += 1
                continue
            s, e = i + 1, j
            while s < e and text[s] in SPACE:
                s += 1
            while e > s and text[e - 1] in SPACE:
                e -= 1
            if e - s >= 2:
                out.append((i, s, e, j + 1))
            i = j + 1
        return out

    def _closing(self, text: str, i: int, opening: str, close: str, para_end: int) -> int | None:
        depth = 0
        k = i + 1
        while k < len(text):
            c = text[k]
            if k >= para_end:
                # a quote may run on into the next paragraph when that one opens with the mark
                nxt = text[k:].lstrip("\n")
                if opening != close and nxt.startswith(opening):
                    k = text.index(opening, k) + 1
                    para_end = text.find("\n\n", k)
                    para_end = len(text) if para_end < 0 else para_end
                    continue
                return None
            if c == close and depth == 0:
                return k
            if c == opening and opening != close:
                depth += 1
            elif c == close and depth:
                depth -= 1
            k += 1
        return None

    def right_after_speech(self, doc: Doc, sent, mark: int) -> bool:
        """Whether the quotation mark follows a verb of saying, maybe with a comma ("said \"...",
        "chanting, \"...")."""
        prev = [t for t in sent if t.idx < mark and not t.is_space]
        while prev and prev[-1].text in (",",):
            prev.pop()
        return bool(prev) and any(v.i == prev[-1].i for v in self.attributor.speech_verbs(sent))

    def __call__(self, doc: Doc) -> list[Quote]:
        text = text_of(doc)
        quotes: list[Quote] = []
        doc._.quote_spans, doc._.speakers = [], []
        for mark, s, e, after in self.spans(text):
            first = doc.char_span(s, s + 1, alignment_mode="expand")
            if first is None:
                continue
            sent = first.sent
            line_start = text.rfind("\n", 0, mark) + 1
            line_end = text.find("\n", after)
            line_end = len(text) if line_end < 0 else line_end
            inner_text = text[s:e]
            if not text[line_start:mark].strip() and not text[after:line_end].strip() and \
                    len(inner_text) < 90 and inner_text[-1:] not in ".!?…":
                kind = "heading"  # a quoted subhead; a whole quoted paragraph is speech
            elif not text[line_start:mark].strip() and not text[after:line_end].strip():
                kind = "direct"
            else:
                # (after the wire dateline the story starts: 'NIAMEY, 6 août (AFP) - "Le Niger ne
                # cédera pas", a déclaré X' opens on a whole quotation)
                before = text[max(story_start(doc, sent.start_char), line_start):mark].strip()
                kind = "direct" if (not before or before.endswith(":")) else "partial"
            if kind == "partial" and inner_text.rstrip()[-1:] in ".!?…" and self.right_after_speech(doc, sent, mark):
                kind = "direct"  # 'a spokesperson said "Limiting access is a concern."': a whole sentence said
            if kind == "partial" and not text[after:line_end].strip() and inner_text[-1:] not in ".!?…" \
                    and not self.attributor.speech_verbs(sent):
                kind = "heading"  # a title quoted at the end of a line with no one speaking
            if kind == "partial" and self.names_or_scare(doc, text, sent, mark, s, e):
                continue
            speaker = None
            if kind != "heading":
                speaker = self.speaker(doc, sent, mark, after, kind)
                if speaker and self.voice_phrases:
                    speaker = self.voice_of(doc, sent, speaker) or speaker
                actor = actor_by_id(doc, speaker[0]) if speaker else None
                if actor is not None and actor.mentions and all(s <= m0 < e for m0, _ in actor.mentions):
                    speaker = None  # a name the quoted words hold ("« Allahu akbar »") says nothing
                if speaker is None and kind == "direct":
                    # '« Nous sommes prêts, a déclaré X, ministre de la Défense. Mais ... »': the
                    # agency puts the attribution inside the marks
                    aid = self.inner_incise(doc, s, e)
                    speaker = (aid, self.surface(doc, aid, s)) if aid else None
            quote = Quote(id=f"q{len(quotes) + 1}", text=text[s:e], span=(s, e), kind=kind)
            if speaker:
                quote.speaker, quote.speaker_text = speaker
                doc._.speakers.append((s, e, quote.speaker))
            doc._.quote_spans.append((s, e))
            quotes.append(quote)
        # "«…», «…», ont affirmé des témoins": quotations joined by a comma or a conjunction and
        # spoken by the one the last of them names
        for k in range(len(quotes) - 2, -1, -1):
            q, nxt = quotes[k], quotes[k + 1]
            if q.speaker or not nxt.speaker or q.kind == "heading":
                continue
            gap = text[q.span[1]:nxt.span[0]]
            rest = WORD.sub(lambda m: "" if m.group(0).lower() in self.joiners else "x", gap)
            if len(gap) <= 12 and not rest.strip(self.gap_chars):
                q.speaker, q.speaker_text = nxt.speaker, nxt.speaker_text
                doc._.speakers.append((q.span[0], q.span[1], q.speaker))
        doc._.speakers.sort()
        # a quoted subhead repeats words quoted elsewhere: it takes that speaker; so does a
        # headline's quotation with no speaker, whose words the story quotes again in full ('"On a
        # tout perdu": à Rafah, ...' above '"On a tout perdu, même nos tentes", soupire X')
        first_line = text.find("\n")
        for q in quotes:
            headline = not q.speaker and 0 <= first_line and q.span[1] <= first_line and len(q.text.split()) >= 3
            if q.kind == "heading" or headline:
                words = q.text.lower().strip(".!?… ")
                same = next((o for o in quotes if o is not q and o.speaker and (
                    o.text.lower().strip(".!?…") == words or headline and words in o.text.lower())), None)
                if same is not None:
                    q.speaker, q.speaker_text = same.speaker, same.speaker_text
        # words in marks inside a sentence that no one can be found to say are a scare quote or
        # a name ("les unités d'élite des « Forces spéciales »"), not a quotation
        return [q for q in quotes if q.kind not in ("heading", "partial") or q.speaker]

    def names_or_scare(self, doc: Doc, text: str, sent, mark: int, s: int, e: int) -> bool:
        """Marks around a name ("la force « Barkhane »", "baptisé les « Aigles de ... »") or a
        scare quote ("les brigades plus « modérées »"): nobody's words, no quotation."""
        # "a crié « Allah Akbar »", "en hurlant « ... »": the object of a verb of saying is words
        # said, capitalised or not
        t = next((x for x in reversed(sent) if x.idx < mark and not x.is_space), None)
        if t is not None and t.lower_ in self.appositive_cues and t.i > sent.start and doc[t.i - 1].text == ",":
            return True  # "Jean Koffi, dit « le Boucher »": a nickname
        words = WORD.findall(text[s:e])
        if self.naming_lemmas and words and len(words) <= self.naming_max_words and \
                words[0].lower() not in self.naming_blockers:
            # "les habitants surnomment ce carrefour « le triangle de la mort »": the object named
            for x in reversed(doc[max(sent.start, (t.i - 4) if t is not None else sent.start):(t.i + 1) if t is not None else sent.start]):
                if x.lower_ in self.naming_blockers or x.text in self.attributor.punct_stop:
                    break
                if x.lemma_.lower() in self.naming_lemmas and x.pos_ in ("VERB", "AUX", "ADJ"):
                    # an object between the verb and the marks, or a relative before the verb ("ce que
                    # l'armée appelle « ... »"); else the quoted words are the object ("a appelé
                    # « toutes les parties » à ...")
                    if x.i != t.i or any(y.lower_ in self.attributor.relatives for y in doc[max(sent.start, x.i - 4):x.i]):
                        return True
                    break
        if t is not None and t.pos_ in ("VERB", "AUX") and self.attributor.is_speech_verb(t) and \
                t.lower_ not in self.naming_cues and not self.adjectival(t):
            return False
        # "il était considéré comme le « ministre des attentats »": a label, unless an agent
        # says whose it is ("décrit comme un « engin » par la police")
        if self.rx_label and self.is_label(text, sent, mark) and \
                not self.rx_agent.match(text[e:sent.end_char].lstrip(self.gap_chars)) and \
                not self.attributor.according_to(doc, sent):
            return True  # (a source the sentence names, "selon la police", owns the label)
        before = WORD.findall(text[max(sent.start_char, mark - 80):mark])
        window = before[-self.naming_window:] if self.naming_window else []
        start = len(before) - len(window)
        # "le groupe « quelques minutes avant le drame »": a noun of naming before words that
        # look like no name; "un accord « historique »": an adjective qualifies, it names nothing
        inner = doc.char_span(s, e, alignment_mode="expand")
        adjective = bool(words) and words[0][:1].islower() and inner is not None and inner[0].pos_ in ("ADJ", "VERB", "ADV")
        lower_phrase = bool(words) and words[0][:1].islower() and (len(words) > self.naming_noun_max_lower or adjective)
        if any(w.lower() in self.naming_cues and not (start + k > 0 and before[start + k - 1].lower() in self.naming_verb_before)
               and not (lower_phrase and w.lower() in self.naming_nouns)
               for k, w in enumerate(window)):
            return True
        if before and before[-1].lower() in self.naming_adjacent and words and inner is not None and not (
                words[0][:1].islower() and (inner[0].pos_ in ("ADJ", "VERB", "ADV", "ADP") or len(words) == 1 or
                                            words[0].lower() in self.naming_blockers or len(words) > self.naming_noun_max_lower)):
            return True  # "le plan « Kembo 2030 »", "le documentaire « La guerre des collines »"
        if self.rx_title_after is not None and words and words[0][:1].isupper() and len(words) <= 5 and \
                inner is not None and not any(x.pos_ in ("VERB", "AUX") for x in inner) and \
                self.rx_title_after.search(text, max(sent.start_char, mark - 16), mark):
            return True  # "a confié au « Journal du dimanche »": a title
        content = [w for w in words if w.lower() not in self.name_particles]
        if self.name_particles and content and len(content) <= 4 and all(w[:1].isupper() or w.isdigit() for w in content) \
                and not all(w.isdigit() for w in content):
            return True
        if len(words) <= self.scare_max_words:
            att = self.attributor
            # after the marks, a participle used as an adjective ("les rebelles soutenus par")
            # says nothing
            verbs = [v for v in att.speech_verbs(sent) if v.idx < mark or not self.adjectival(v)]
            # ...and a verb of another clause does not say the word: "le président, qui a dénoncé
            # les violences, s'est rendu dans le quartier « chaud »" (the word must hang on it)
            def closed_relative(v) -> bool:
                # a verb of a relative clause that a comma closes before the marks
                if not v.dep_.startswith("acl") or v.idx > mark:
                    return False
                comma = next((x for x in doc[v.i + 1:sent.end] if x.text == ","), None)
                return comma is not None and comma.idx < mark
            verbs = [v for v in verbs if not closed_relative(v)]
            said = verbs or att.according_to(doc, sent) or self.rx_agent.match(text[e:sent.end_char].lstrip(self.gap_chars))
            return not said
        return False

    def is_label(self, text: str, sent, mark: int) -> bool:
        """A label cue right before the marks, not the active verb of someone who speaks
        ("a qualifié de « ... »")."""
        start = max(sent.start_char, mark - 60)
        m = self.rx_label.search(text[start:mark])
        if m is None:
            return False
        cue = start + m.start()
        before = WORD.findall(text[max(sent.start_char, cue - 20):cue])
        if before and before[-1].lower() in self.label_active_aux:
            return False
        # "X a condamné cet attentat, qualifié de « lâche »": the label hangs on the words of
        # one who speaks before it
        return not any(v.idx < cue and not self.adjectival(v) for v in self.attributor.speech_verbs(sent))

    def inner_incise(self, doc: Doc, s: int, e: int) -> str | None:
        """The speaker an incise inside the quotation marks names (", a déclaré X," or ",
        a-t-il dit."), if any."""
        att = self.attributor
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None:
            return None
        for v in span:
            if not att.is_speech_verb(v, incise=True) or v.dep_.startswith("aux"):
                continue
            k = v.i - 1
            # (back over the auxiliary and the pronoun glued to it: ", a-t-il dit.")
            while k > span.start and (doc[k].pos_ == "AUX" or doc[k].dep_.startswith("aux") or
                                      doc[k].lower_.endswith(att.inverted_pronouns) or doc[k].text.startswith("-")):
                k -= 1
            if doc[k].text != ",":
                continue
            end = next((t.i for t in doc[v.i + 1:span.end] if t.text in (".", "!", "?", ";")), span.end)
            aid = att.inverted_actor(doc, v, end)
            if aid:
                return aid
        return None

    def incise_speaker(self, doc: Doc, sent, verb) -> str | None:
        """The speaker of the nearest incise before ``verb`` (", a indiqué X,")."""
        att = self.attributor
        for v in reversed(doc[sent.start:verb.i]):
            if v.text in att.quote_marks:
                return None
            if att.is_speech_verb(v, incise=True) and v.dep_ not in ("aux", "aux:tense"):
                if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i for c in v.children):
                    return att.subject_actor(doc, v)  # no incise: "X, a critiqué Y, demandant..."
                k = v.i - 1
                while k > sent.start and (doc[k].pos_ == "AUX" or doc[k].dep_.startswith("aux")):
                    k -= 1
                if doc[k].text == ",":
                    return att.inverted_actor(doc, v, sent.end)
                return None
        return None

    def clause_subject(self, doc: Doc, verb) -> str | None:
        """The subject of ``verb``, or, for a gerund or a verb in coordination with no subject of
        its own ("est sorti et a couru en criant"), the subject of the verb it hangs on."""
        for _ in range(4):
            if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
                return self.attributor.subject_actor(doc, verb)
            if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i >= verb.i:
                if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
                    return None  # its only subject is after it: an inversion or the quoted words'
                return self.attributor.subject_actor(doc, verb)
            verb = verb.head
        return None

    @staticmethod
    def adjectival(verb) -> bool:
        """A past participle with no auxiliary just before it: "les rebelles soutenus par"."""
        if "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
            return False
        doc = verb.doc
        return not any(t.pos_ == "AUX" for t in doc[max(verb.i - 3, verb.sent.start):verb.i])

    # ------------------------------------------------------------------ speakers
    def reporting_verb_above(self, first: Span | None) -> Token | None:
        """The verb of saying, before the quotation, whose reported clause holds it."""
        if first is None:
            return None
        cur = first.root
        for _ in range(8):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.i < first.start and cur.pos_ in ("VERB", "AUX") and self.attributor.is_speech_verb(cur):
                return cur
        return None

    def speaker(self, doc: Doc, sent, mark: int, after: int, kind: str) -> tuple[str, str] | None:
        att = self.attributor
        first = doc.char_span(mark, mark + 1, alignment_mode="expand")
        # 0. "le tireur a crié « ... »", "a couru vers eux en criant « ... »": the verb of saying
        #     right before the marks governs them, whatever the parse made of the words inside
        before = [x for x in doc[sent.start:first.start if first is not None else sent.start]
                  if x.idx < mark and not x.is_space]
        t = before[-1] if before else None
        colon = t is not None and t.text == ":" and len(before) > 1
        if colon:
            t = before[-2]  # "Dans un message audio, X affirme : « ... »"
        if t is not None and t.pos_ in ("VERB", "AUX") and att.is_speech_verb(t) and not self.adjectival(t):
            aid = self.clause_subject(doc, t)
            if aid is None and colon:
                # the parse left the verb without subject: the name right before it speaks
                hits = [x for x in actors_in(doc, max(sent.start_char, t.idx - 60), t.idx)
                        if not text_of(doc)[x[1]:t.idx].strip()]
                aid = hits[-1][2] if hits else None
            if aid:
                return aid, self.surface(doc, aid, t.idx)
        def reported_speaker() -> str | None:
            # words quoted inside what a verb of saying before them reports are that verb's
            # speaker's (asked only where a verb after the words would claim them)
            governor = self.reporting_verb_above(first) if kind == "partial" else None
            return self.clause_subject(doc, governor) if governor is not None else None

        # 1. after the quote: ", a déclaré X", "» d'Alep-Est, a-t-il ajouté"
        tail = []
        for t in sent:
            if t.idx < after:
                continue
            if t.text in self.speaker_stops or len(tail) >= 12 or t.lower_ in self.tail_stops:
                break  # another quotation, or another clause ("», tandis qu'Israël a affirmé")
            tail.append(t)
        for k, t in enumerate(tail):
            # the incise itself: only a comma, auxiliaries and a reflexive pronoun before the word
            # (", tranche X", ", s'est insurgé X"): a verb of saying the tagger misread counts
            incise = k <= 4 and bool(tail) and tail[0].text == "," and all(
                x.text == "," or x.pos_ == "AUX" or x.dep_.startswith("aux") or "Yes" in x.morph.get("Reflex")
                or x.lower_ in att.reflexive_clitics for x in tail[1:k])
            if "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense") and \
                    any(x.text == "," for x in tail[:k]):
                break  # "», accusant les FSR de ...": the participle's subject is the clause's, before
            if "Inf" in t.morph.get("VerbForm") and t.pos_ == "VERB":
                break  # "à « faire davantage » pour prévenir les violences": a purpose, no one claiming the words
            if (att.is_speech_verb(t, incise=True) or (incise and att.incise_verb(t))) and \
                    t.dep_ not in ("aux", "aux:tense") and not (
                    t.lemma_.lower() == att.light_report_verb and not any(c.lower_ in att.faire_nouns for c in t.children)):
                if k <= 3 or any(x.text == "," for x in tail[:k]):
                    # a noun before the verb is its subject (", the MDC said following X's
                    # arrest"), a conjunction shares the first verb's ("called it '...' and
                    # said"); with neither, the subject follows it (", said the minister")
                    # (the words quoted are no subject of the verb after them, though the parse
                    # often joins them: "« La kamikaze ... s'est fait exploser », a-t-il précisé")
                    if not incise and any(x.pos_ == "CCONJ" for x in tail[:k]):
                        # (a coordinated verb never has its subject after it: "qu'il juge « partial »,
                        # et a accusé le Rwanda" is not Rwanda's; words quoted inside what a verb
                        # before them reports are that verb's speaker's: 'X wrote that the rebels had
                        # "never targeted civilians" and accused Kinshasa')
                        aid = reported_speaker() or att.subject_actor(doc, t, outside=(mark, after))
                    elif not incise and any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in tail[:k]):
                        # (words quoted inside what a verb before them reports are that verb's
                        # speaker's, not of a clause after them about the words: 'X told reporters
                        # that Moscow was open to talks "on the basis of the realities", a phrase
                        # Kyiv says amounts to a demand for surrender')
                        aid = reported_speaker() or att.subject_actor(doc, t, outside=(mark, after)) or \
                            att.inverted_actor(doc, t, sent.end)
                    else:
                        aid = att.inverted_actor(doc, t, sent.end) or att.subject_actor(doc, t, outside=(mark, after))
                    if aid:
                        return aid, self.surface(doc, aid, t.idx)
                break
        inner = doc.char_span(mark, after, alignment_mode="expand")
        # 1b. "qualifiée de «manœuvre de propagande» par Thet Naing Oo": the agent
        agent = self.rx_agent.match(text_of(doc)[after:sent.end_char])
        if agent:
            hits = [x for x in actors_in(doc, after + agent.end(), min(sent.end_char, after + agent.end() + 60))]
            if hits and hits[0][0] <= after + agent.end() + 4:
                return hits[0][2], self.surface(doc, hits[0][2], after)
            # "décrit comme un « engin » par le chef de la police": an unnamed body or official
            tok = doc.char_span(after + agent.end(), after + agent.end() + 1, alignment_mode="expand")
            if tok is not None and tok.start < sent.end and self.agent_head(doc, tok.start, sent.end):
                aid = att.actor_for_phrase(doc, tok.start, att.noun_phrase_end(doc, tok.start, sent.end), after)
                if aid:
                    return aid, self.surface(doc, aid, after)
        # 1c. "Joint par l'AFP, X, un habitant, a raconté : « ... »": after an opening participle of
        #     being reached, its agent is who was spoken to; the one named after its comma speaks
        aid = self.contacted_speaker(doc, sent, mark)
        if aid:
            return aid, self.surface(doc, aid, mark)
        # 2. a phrase quoted inside reported speech: the subject of the speech verb above it
        #    ("a affirmé n'avoir visé que des «positions militaires»")
        if inner is not None:
            cur = inner.root
            passed_speech = False
            for _ in range(8):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if mark <= cur.idx < after:
                    continue
                if cur.pos_ == "NOUN" and cur.lemma_.lower() in self.owner_nouns and not passed_speech:
                    # "a rejeté l'appel de la Cedeao à organiser des élections « dans les plus brefs
                    # délais »": the one whose call, demand or accusation holds the words
                    owner = self.noun_owner(doc, cur, mark, after)
                    if owner:
                        return owner, self.surface(doc, owner, cur.idx)
                if "Inf" in cur.morph.get("VerbForm") and cur.dep_ == "xcomp":
                    continue  # "a appelé ses partisans à poursuivre la mobilisation « ... »": the caller's words
                if (cur.pos_ in ("VERB", "AUX") or att.reflexive_participle(cur)) and att.is_speech_verb(cur):
                    passed_speech = True  # the words are this verb's, not those of a noun above it
                    agent = next((c for c in cur.children if c.dep_ == "obl:agent" and not mark <= c.idx < after), None)
                    # "une décision dénoncée par l'opposition comme une « atteinte grave »": the agent says it
                    aid = self.agent_actor(doc, agent) if agent is not None else None
                    aid = aid or att.subject_actor(doc, cur)
                    if aid is None and "Part" in cur.morph.get("VerbForm") and "Pres" in cur.morph.get("Tense"):
                        # ", a rapporté une source policière, évoquant « ... »": the participle
                        # goes on with the speaker of the incise before it
                        aid = self.incise_speaker(doc, sent, cur)
                    if aid is None and cur.dep_ in ("advcl", "acl", "conj", "xcomp") and cur.head.i != cur.i:
                        aid = att.subject_actor(doc, cur.head)
                    if aid:
                        return aid, self.surface(doc, aid, cur.idx)
        # 3. an earlier quote of the same sentence has a speaker: the same one
        for q0, q1, aid in reversed(doc._.speakers or []):
            if sent.start_char <= q0 < mark:
                return aid, self.surface(doc, aid, q0)
        # 4. before it: "X a déclaré : «…»", or the nearest verb governing it
        # (not the verbs inside an earlier quotation: those are the speaker's own words)
        quoted = doc._.quote_spans or []
        verbs = [t for t in sent if t.idx < mark and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "aux:pass")
                 and not any(q0 <= t.idx < q1 for q0, q1 in quoted)]
        speech = [v for v in reversed(verbs) if att.is_speech_verb(v)]
        for v in speech:
            aid = att.subject_actor(doc, v)
            if aid:
                return aid, self.surface(doc, aid, v.idx)
        # 4a. "X prévoit d'envoyer un émissaire afin de «…», selon la même source": a source the
        #     sentence credits speaks before the subject of a verb that does not say
        acc = att.according_to(doc, sent) if not speech else []
        if not acc and not speech and any(p in text_of(doc)[sent.start_char:sent.end_char].lower()
                                          for p in att.same_source):
            # "selon la même source": the source a sentence before credits
            k = sent.start
            for _ in range(4):
                if k <= 0:
                    break
                prev_sent = doc[k - 1].sent
                src = att.sentence_source(doc, prev_sent)
                if src:
                    acc = [(mark, src)]
                    break
                k = prev_sent.start
        if acc:
            return acc[0][1], self.surface(doc, acc[0][1], mark)
        # the subject of a clause reported by a verb of saying ("X a affirmé que l'armée avait
        # mené une « opération »") is what is spoken about, not who speaks
        for v in [v for v in reversed(verbs) if v not in speech and not any(
                a.pos_ in ("VERB", "AUX") and att.is_speech_verb(a) for a in v.ancestors)]:
            agent = next((c for c in v.children if c.dep_ == "obl:agent" and c.idx < mark), None)
            # "une décision dénoncée par l'opposition comme une « atteinte grave »": the agent's words
            aid = self.agent_actor(doc, agent) if agent is not None else None
            if aid:
                return aid, self.surface(doc, aid, agent.idx)
            aid = att.subject_actor(doc, v)
            if aid:
                return aid, self.surface(doc, aid, v.idx)
        # 4b. "Un habitant, joint au téléphone, raconte : «…»": the parse lost the subject; the
        #     phrase that opens the sentence, up to its first comma, speaks
        intro = text_of(doc)[sent.start_char:mark].rstrip()
        if intro.endswith(":") and any(att.is_speech_verb(t, incise=True) for t in sent if t.idx < mark):
            j = next((t.i for t in sent if t.text in att.punct_stop), sent.end)
            if j > sent.start:
                aid = att.actor_for_phrase(doc, sent.start, j, mark)
                if aid:
                    return aid, self.surface(doc, aid, mark)
        # 5. "selon X" in the sentence
        acc = att.according_to(doc, sent)
        if acc:
            return acc[0][1], self.surface(doc, acc[0][1], mark)
        # 5b. "Pour X, coordinatrice de ..., «…»": the actor the sentence opens on
        aid = self.topic_speaker(doc, sent, mark)
        if aid:
            return aid, self.surface(doc, aid, mark)
        # 5c. the quotation holds the verb and its subject stands before it: "l'ONU «condamne
        #     fermement» cette attaque"
        if inner is not None:
            for t in inner:
                # (the parse may call the subject passive: 'Bruxelles a « rejeté catégoriquement »')
                if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubj:pass") and c.idx < mark for c in t.children) \
                        and not any(c.dep_ == "aux:pass" for c in t.children):
                    aid = att.subject_actor(doc, t)
                    if aid:
                        return aid, self.surface(doc, aid, mark)
                    break
        # 6. a quote standing alone right after another: the same speaker goes on; right
        #    after a sentence that names a source, that source speaks
        last = (doc._.speakers[-1][0], doc._.speakers[-1][2]) if doc._.speakers else None
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        # a source named in the same paragraph just before speaks, rather than the speaker
        # of an earlier paragraph ("Powell said it is a good plan. But he acknowledged
        # concerns. '...'")
        if kind == "direct" and prev is not None and "\n\n" not in text_of(doc)[prev.start_char:mark] and \
                (last is None or "\n\n" in text_of(doc)[last[0]:prev.start_char]):
            aid = att.sentence_source(doc, prev) or next(
                (a for v in att.speech_verbs(prev) for a in [att.subject_actor(doc, v)] if a), None) \
                or self.speech_event_subject(doc, prev)
            if aid:
                return aid, self.surface(doc, aid, mark)
        if kind == "direct" and last is not None:
            gap = text_of(doc)[last[0]:mark]
            if gap.count("\n\n") <= 1 and len(gap) < 600:
                return last[1], self.surface(doc, last[1], mark)
        if kind == "direct" and prev is not None:
            if text_of(doc)[prev.end_char:mark].count("\n\n") <= 1:
                aid = att.sentence_source(doc, prev)
                # "X a réagi dans un discours télévisé." then the quotation: the one who spoke
                for v in ([] if aid else att.speech_verbs(prev)):
                    aid = att.subject_actor(doc, v)
                    if aid:
                        break
                if aid:
                    return aid, self.surface(doc, aid, mark)
        # 7. "Ali Baraka, sur Twitter : «…»": an introduction with no verb names the speaker
        intro = text_of(doc)[sent.start_char:mark].rstrip()
        if kind == "direct" and intro.endswith(":") and not any(
                t.pos_ in ("VERB", "AUX") for t in sent if t.idx < mark):
            hits = actors_in(doc, sent.start_char, mark)
            if hits:
                aid = att.best_actor(doc, hits)
                return aid, self.surface(doc, aid, mark)
        # 7b. "Le ministre Ali Touré a été très clair : «…»", "Sa voisine est plus dure : «…»": a
        #     clause that ends on a colon before the words, whose subject is an actor, introduces
        #     that actor's words
        if kind == "direct" and intro.endswith(":"):
            root = next((t for t in sent if t.idx < mark and t.head.i == t.i), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None) \
                if root is not None else None
            if subj is not None:
                hits = actors_in(doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
                if hits:
                    aid = att.best_actor(doc, hits)
                    return aid, self.surface(doc, aid, mark)
        # 8. a whole sentence quoted, and the next sentence of the paragraph says who spoke:
        #    "« ... » C'est par ces mots que le ministre a conclu son discours."
        text = text_of(doc)
        if kind == "direct" and not text[sent.start_char:mark].strip() and sent.end < len(doc) and \
                not text[after:sent.end_char].strip(" .!?…»”\"\n") and "\n\n" not in text[after:doc[sent.end].idx]:
            nxt = doc[sent.end].sent
            for v in att.speech_verbs(nxt):
                aid = att.subject_actor(doc, v) or att.inverted_actor(doc, v, nxt.end)
                if aid:
                    return aid, self.surface(doc, aid, mark)
        # 9. "Le risque était qualifié de « marqué » par X. Ce risque était « ... »": words quoted
        #    in a sentence that names no one, right after a sentence of the same paragraph
        #    quoting someone, go on in that voice
        if kind == "partial" and prev is not None and "\n\n" not in text[prev.start_char:mark] and \
                not actors_in(doc, sent.start_char, mark):
            said = [aid for q0, _, aid in doc._.speakers or [] if prev.start_char <= q0 < prev.end_char]
            if said:
                return said[-1], self.surface(doc, said[-1], mark)
        return None

    def agent_actor(self, doc: Doc, agent) -> str | None:
        """The actor an agent phrase ("par l'opposition") names, without its preposition."""
        first = next(x.i for x in agent.subtree if x.dep_ != "case")
        return self.attributor.actor_for_phrase(doc, first, self.attributor.clip(doc, first, agent.right_edge.i + 1),
                                                agent.idx)

    def noun_owner(self, doc: Doc, noun, mark: int, after: int) -> str | None:
        """The actor in the "de" complement of a noun of saying ("l'appel de la Cedeao")."""
        for c in noun.children:
            if c.dep_ not in ("nmod", "nmod:poss") or c.i < noun.i or mark <= c.idx < after:
                continue
            if not any(x.lower_ in self.attributor.of_tokens for x in doc[noun.i + 1:c.i]):
                continue
            hits = [x for x in actors_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                    if not (mark <= x[0] < after)]
            if hits:
                return self.attributor.best_actor(doc, hits)
        return None

    def speech_event_subject(self, doc: Doc, sent) -> str | None:
        """"La préfète X a tenu une conférence de presse." then a quotation: a sentence that
        names an occasion of speaking (not a verb of saying) gives the actor it opens on."""
        if not self.rx_speech_nouns:
            return None
        if not self.rx_speech_nouns.search(text_of(doc)[sent.start_char:sent.end_char]):
            return None
        finite = next((t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if finite is None:
            return None
        hits = actors_in(doc, sent.start_char, finite.idx)
        return self.attributor.best_actor(doc, hits) if hits else None

    def voice_of(self, doc: Doc, sent, speaker: tuple[str, str]) -> tuple[str, str] | None:
        """"L'ONG a dénoncé, par la voix de sa directrice X, « ... »": the person through whom a
        body speaks, named in its sentence."""
        actor = actor_by_id(doc, speaker[0])
        if actor is None or actor.kind == "person":
            return None
        text = text_of(doc)
        low = text[sent.start_char:sent.end_char].lower()
        for phrase in self.voice_phrases:
            k = low.find(phrase)
            if k < 0:
                continue
            start = sent.start_char + k + len(phrase)
            hits = [x for x in actors_in(doc, start, min(sent.end_char, start + 80))
                    if actor_by_id(doc, x[2]) is not None and actor_by_id(doc, x[2]).kind == "person"]
            if hits:
                return hits[0][2], self.surface(doc, hits[0][2], start)
        return None

    def agent_head(self, doc: Doc, i: int, end: int) -> bool:
        """Whether the phrase at token ``i`` is headed by someone who can speak: a named actor, a
        person's or a body's noun ("par le chef de la police"), not a thing whose owner is named
        inside it ("« préoccupée » par l'avancée des rebelles": the advance is no speaker)."""
        att = self.attributor
        head = next((t for t in doc[i:end] if t.pos_ in ("NOUN", "PROPN") or t.text in att.punct_stop), None)
        if head is None or head.text in att.punct_stop or head.pos_ == "PROPN":
            return head is not None and head.pos_ == "PROPN"
        if actors_in(doc, head.idx, head.idx + len(head.text)):
            return True
        word = head.lower_
        return word in att.anonymous or word in att.person_roles or word in att.institutions or \
            word in att.kin or word in att.addressees or word in att.sub_bodies

    def contacted_speaker(self, doc: Doc, sent, mark: int) -> str | None:
        """The actor named between the first and the second comma of a sentence that opens on
        "Joint par", "Interrogé par", "Contacté par" ... (the quotation after it)."""
        if not self.attributor.contact_openers:
            return None
        text = text_of(doc)
        head = text[sent.start_char:mark]
        first = head.split(None, 1)[0].lower() if head.strip() else ""
        if first not in self.attributor.contact_openers:
            return None
        c1 = head.find(",")
        if c1 < 0:
            return None
        c2 = head.find(",", c1 + 1)
        c2 = len(head) if c2 < 0 else c2
        hits = actors_in(doc, sent.start_char + c1 + 1, sent.start_char + c2)
        if not hits:
            return None
        aid = self.attributor.best_actor(doc, hits)
        if actor_by_id(doc, aid) is not None and actor_by_id(doc, aid).kind != "person":
            # "Interrogé par l'AFP, le maire de Gao, Moussa Traoré, ...": a person in apposition
            tok = doc.char_span(sent.start_char + c2, sent.start_char + c2 + 1, alignment_mode="expand")
            person = self.attributor.apposition_person(doc, tok.start, sent.end) if tok is not None else None
            aid = person or aid
        return aid

    def topic_speaker(self, doc: Doc, sent, mark: int) -> str | None:
        """The actor named between a sentence-opening "Pour"/"Selon" and the first comma, when
        the quotation comes after that comma."""
        if not self.topic_openers:
            return None
        text = text_of(doc)
        head = text[sent.start_char:mark]
        low = head.lower()
        opener = next((o for o in self.topic_openers if low.startswith(o + " ") or low.startswith(o + " ")), None)
        comma = head.find(",")
        if opener is None or comma < 0:
            return None
        hits = actors_in(doc, sent.start_char + len(opener), sent.start_char + comma)
        if hits and not any(actor_by_id(doc, x[2]) is not None and actor_by_id(doc, x[2]).kind == "person"
                            for x in hits):
            # "Pour le porte-parole de la mission, Paul Dupont, «...»": the person in apposition
            tok = doc.char_span(sent.start_char + comma, sent.start_char + comma + 1, alignment_mode="expand")
            person = self.attributor.apposition_person(doc, tok.start, sent.end) if tok is not None else None
            if person:
                return person
        return self.attributor.best_actor(doc, hits) if hits else None

    def surface(self, doc: Doc, aid: str, near: int) -> str:
        """The words naming the speaker closest to the quote."""
        actor = actor_by_id(doc, aid)
        if actor is None or not actor.mentions:
            return actor.name if actor else ""
        s, e = min(actor.mentions, key=lambda m: abs(m[0] - near))
        if actor.kind != "person":
            s, e = self.office_phrase(doc, s, e)
        return text_of(doc)[s:e]

    def office_phrase(self, doc: Doc, s: int, e: int) -> tuple[int, int]:
        """"le secrétaire général de l'ONU", "le représentant de l'Unicef au Soudan": the body named
        in the complement of an office noun speaks through the office holder; the words that say
        so are the office's whole phrase."""
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None:
            return s, e
        cur, office = span[0], None
        for _ in range(3):
            head = cur.head
            # (the complement after the noun, "le secrétaire général de l'ONU", or a modifier
            # before it, "the U.N. human rights chief", "the army's spokesman")
            after = head.i < cur.i and cur.dep_.startswith("nmod")
            before = head.i > cur.i and cur.dep_ in ("compound", "poss", "nmod:poss", "nmod")
            if head.i == cur.i or head.pos_ != "NOUN" or not (after or before) or \
                    any(t.text in self.attributor.punct_stop for t in doc[min(head.i, cur.i):max(head.i, cur.i)]):
                break
            if head.lower_ in self.attributor.person_roles or head.lemma_.lower() in self.attributor.person_roles:
                office = head
            cur = head
        if office is None:
            return s, e
        end = self.attributor.clip(doc, office.left_edge.i, office.right_edge.i + 1)
        return doc[office.left_edge.i].idx, max(e, doc[end - 1].idx + len(doc[end - 1].text))


# a speaker the actor finder missed ("un responsable local") becomes an actor here
@Language.factory("veille_quotes", requires=["doc._.actors", "doc._.actor_spans", "doc._.dateline", "doc._.timexes"],
                  assigns=["doc._.quotes", "doc._.quote_spans", "doc._.speakers", "doc._.actors", "doc._.actor_spans",
                           "doc._.actor_keys"], default_config={"lang": LANG_CONFIG})
def make_quotes(nlp: Language, name: str, lang):
    finder = QuoteFinder(lang)

    def set_quotes(doc: Doc) -> Doc:
        doc._.quotes = finder(doc)
        return doc

    return set_quotes
