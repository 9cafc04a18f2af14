"""Features of one found event, for the learned event filter (see event_filter.py).

Language-neutral: they read the parse (part of speech, dependency, morphology), the event's
own fields and where it sits in the story, never words of a language."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.nlp.links import text_of
from veille.nlp.registry import actor_by_id
from veille.record import Event


def trigger_token(doc: Doc, ev: Event) -> Token | None:
    """The token the event's trigger starts on: the trigger's words inside its evidence span."""
    text = text_of(doc)
    s, e = ev.span
    at = text.find(ev.trigger, s, e) if ev.trigger else -1
    at = at if at >= 0 else s
    span = doc.char_span(at, at + max(1, len(ev.trigger or "x")), alignment_mode="expand")
    if span is None or not len(span):
        return None
    # the head of the trigger's words ("frappes aériennes" -> frappes)
    return span.root


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def features(doc: Doc, ev: Event) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0, f"type={ev.type}": 1.0, f"status={ev.status}": 1.0,
                           f"type|status={ev.type}|{ev.status}": 1.0}
    for name in ("source", "target", "place", "date", "reported_by"):
        if getattr(ev, name):
            f[f"has_{name}"] = 1.0
            f[f"type|has_{name}={ev.type}"] = 1.0
    if ev.figures:
        f["has_figures"] = 1.0
    src = actor_by_id(doc, ev.source) if ev.source else None
    if src is not None:
        f[f"source_kind={src.kind}"] = 1.0
    tok = trigger_token(doc, ev)
    if tok is None:
        f["no_token"] = 1.0
        return f
    f[f"pos={tok.pos_}"] = 1.0
    f[f"type|pos={ev.type}|{tok.pos_}"] = 1.0
    f[f"dep={tok.dep_.split(':')[0]}"] = 1.0
    f[f"head_pos={tok.head.pos_ if tok.head.i != tok.i else 'ROOT'}"] = 1.0
    for key in ("VerbForm", "Tense", "Mood", "Number"):
        for v in tok.morph.get(key):
            f[f"{key}={v}"] = 1.0
    if any(c.morph.get("Polarity") == ["Neg"] or c.dep_ == "neg" for c in tok.children):
        f["negated"] = 1.0
    if any(c.dep_ == "det" for c in tok.children):
        f["has_det"] = 1.0
    if tok.pos_ == "NOUN" and any(c.dep_.startswith("nmod") or c.dep_ == "prep" for c in tok.children):
        f["noun_complement"] = 1.0
    sent = tok.sent
    sents = list(doc.sents) if "sent_index" not in doc.user_data else None
    index = doc.user_data.setdefault("sent_index", {s.start: i for i, s in enumerate(sents)}) if sents else \
        doc.user_data["sent_index"]
    i = index.get(sent.start, 99)
    f[f"sent={_bucket(i, (0, 1, 3, 8))}"] = 1.0
    f["rel_pos"] = tok.idx / max(1, len(text_of(doc)))
    text = text_of(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if line_start == sent.start_char:
        f["starts_line"] = 1.0
    if any(s <= tok.idx < e for s, e in doc._.quote_spans or ()):
        f["in_quote"] = 1.0
    same = sum(1 for o in doc._.events or () if o is not ev and sent.start_char <= o.span[0] < sent.end_char)
    f[f"others_in_sent={_bucket(same, (0, 1, 2))}"] = 1.0
    if any(t.like_num or t.pos_ == "NUM" for t in sent):
        f["sent_has_number"] = 1.0
    if any(s >= sent.start_char and e <= sent.end_char for s, e, _ in doc._.speakers or ()):
        f["sent_has_speaker"] = 1.0
    f[f"sent_len={_bucket(len(sent), (10, 20, 35, 60))}"] = 1.0
    return f
