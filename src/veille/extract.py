"""Article -> record: the library entry points behind ``veille.extract`` and the CLI."""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Iterable, Iterator

from spacy.tokens import Doc

from veille.lang import SUPPORTED
from veille.lang.detect import detect_language
from veille.nlp.links import cache_of, text_of
from veille.nlp.pipeline import get_pipeline
from veille.read.article import Article, ReadFailure
from veille.read.validate import as_article
from veille.record import ArticleMeta, Record, sha256_text

log = logging.getLogger(__name__)


class ExtractionError(ValueError):
    pass


def _lang(lang: str | None) -> str | None:
    """The language asked for, checked; None (or "auto") means: detect it per article."""
    if lang is None or lang.lower() in ("", "auto"):
        return None
    lang = lang.lower()
    if lang not in SUPPORTED:
        raise ExtractionError(f"language {lang!r} is not supported yet (supported: {', '.join(SUPPORTED)})")
    return lang


def article_lang(article: Article, forced: str | None = None) -> str:
    """The language an article is extracted in: the one asked for, else the article's own
    (a JSON Lines ``lang``) when supported, else the one its text is detected in."""
    if forced:
        return forced
    own = (article.lang or "").lower()
    if own in ("", "auto"):
        return detect_language(article.text)
    if own not in SUPPORTED:
        raise ExtractionError(f"language {own!r} is not supported yet (supported: {', '.join(SUPPORTED)})")
    return own


# Characters that typeset copy uses where the lexicons, the tokenizer and the model expect
# plain ones: each is replaced by one character, so offsets into the parsed text are offsets
# into the article.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                        "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ", "\u2010": "-",
                        "\u2011": "-"})


def parse_text(text: str) -> str:
    """The text the pipeline parses: the article with typographic apostrophes and spaces
    made plain, character for character (same length, same offsets)."""
    return text.translate(_PLAIN)


def make_doc(nlp, article: Article) -> Doc:
    parsed = parse_text(article.text)
    doc = nlp.make_doc(parsed)
    # the tokenizer keeps every character, so the doc's text is the string it was given:
    # cached now, ``Doc.text`` (a join over every token, ~10 ms on a long article) is never built
    cache_of(doc)["text"] = parsed
    doc._.meta = {"id": article.id, "published": article.published, "lang": article.lang or "fr",
                  "title": article.title, "source": article.source, "url": article.url,
                  "extracted": article.extracted, "text": article.text, "decoding": article.decoding}
    return doc


def to_record(doc: Doc) -> Record:
    meta = doc._.meta
    parsed = text_of(doc)  # Doc.text joins every token at each access
    text = meta.get("text", parsed)
    art = ArticleMeta(id=meta["id"], title=meta.get("title"), lang=meta.get("lang") or "fr",
                      published=meta.get("published"), source=meta.get("source"), url=meta.get("url"),
                      sha256=sha256_text(text), text=text if meta.get("extracted") else None,
                      decoding=meta.get("decoding"))
    # an unnamed generic mention ("des photographies", "les secouristes") that nothing in the record
    # points at is no actor of the story (the analyst's gold leaves such mentions out)
    used = {x for e in doc._.events or [] for x in (e.source, e.target, e.reported_by)} | \
        {f.reported_by for f in doc._.figures or []} | {q.speaker for q in doc._.quotes or []}
    actors = [a for a in doc._.actors or [] if a.kind != "other" or a.id in used]
    rec = Record(article=art, actors=actors, places=list(doc._.places or []),
                 timexes=list(doc._.timexes or []), figures=list(doc._.figures or []),
                 quotes=list(doc._.quotes or []), events=list(doc._.events or []))
    if text != parsed:
        # words read off the text are given as the article wrote them
        for item in (*rec.timexes, *rec.quotes):
            s, e = item.span
            if item.text == parsed[s:e]:
                item.text = text[s:e]
    return rec


def extract(text: str, *, published: str | None = None, lang: str | None = None, id: str | None = None,
            title: str | None = None, source: str | None = None, url: str | None = None,
            model: str | None = None) -> Record:
    """Extract one article's record. ``published`` (YYYY-MM-DD) anchors relative dates;
    without it they stay unresolved (``value: null``)."""
    asked = None if lang is None or lang.strip().lower() in ("", "auto") else lang
    art = as_article({"id": id, "text": text, "published": published, "title": title, "url": url,
                      "source": source, "lang": asked}, origin=id or "<text>")
    if isinstance(art, ReadFailure):     # the verdict every door gives (an unsupported lang too)
        raise ExtractionError(art.reason)
    art.lang = art.lang or detect_language(art.text)
    nlp = get_pipeline(art.lang, model)
    return to_record(nlp(make_doc(nlp, art)))


def extract_many(items: Iterable[Article | dict | str], *, n_process: int = 1, batch_size: int = 32,
                 lang: str | None = None, model: str | None = None) -> Iterator[Record | ReadFailure]:
    """Stream records for many articles through ``nlp.pipe``, in input order. Items are
    Articles, dicts with the JSON Lines keys, or bare texts. An article that cannot be
    read or makes the extractor fail yields a ReadFailure and the stream goes on.
    Without ``lang`` each article is extracted in its own language (its ``lang``, else
    detected), so a batch may mix French and English."""
    forced = _lang(lang)
    batch: list[Article | ReadFailure] = []
    for item in items:
        batch.append(as_article(item))
        # with several processes each pipe() call starts a pool: give it long chunks
        if len(batch) >= batch_size * (1 if n_process <= 1 else 16 * n_process):
            yield from _run_batch(batch, n_process, forced, model)
            batch = []
    if batch:
        yield from _run_batch(batch, n_process, forced, model)


def _run_batch(batch, n_process: int, forced: str | None, model: str | None) -> Iterator[Record | ReadFailure]:
    # each article with its language settled (a copy: the caller's Article is left as given)
    arts: dict[int, Article | ReadFailure] = {}
    for a in batch:
        if isinstance(a, Article):
            try:
                arts[id(a)] = replace(a, lang=article_lang(a, forced))
            except ExtractionError as exc:
                arts[id(a)] = ReadFailure(a.origin, str(exc), id=a.id)
    done: dict[int, Doc | ReadFailure] = {}
    # one pipeline per language, each over its articles; the output keeps the input order
    ready = [a for a in arts.values() if isinstance(a, Article)]
    for lang in dict.fromkeys(a.lang for a in ready):
        done.update(_run_lang(get_pipeline(lang, model), [a for a in ready if a.lang == lang], n_process))
    for a in batch:
        out = arts.get(id(a), a)
        if isinstance(out, Article):
            out = done[id(out)]
        yield out if isinstance(out, ReadFailure) else to_record(out)


def _run_lang(nlp, arts: list[Article], n_process: int) -> dict:
    try:
        docs = list(nlp.pipe((make_doc(nlp, a) for a in arts), n_process=n_process if len(arts) > 1 else 1))
        done = {id(a): d for a, d in zip(arts, docs)}
    except Exception:  # one bad article must not sink the batch: redo it one by one
        log.debug("batch failed; retrying its articles one at a time", exc_info=True)
        done = {}
        for a in arts:
            try:
                done[id(a)] = nlp(make_doc(nlp, a))
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                log.debug("%s: extractor error", a.origin, exc_info=True)
                done[id(a)] = ReadFailure(a.origin, f"extractor error: {type(exc).__name__}: {exc}", id=a.id)
    return done
