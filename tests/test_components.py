"""Each veille component writes only the ``Doc._`` attributes its factory declares in
``assigns`` and reads only those in ``requires`` (or its own); nothing else passes between
components through ``doc.user_data``."""
from __future__ import annotations

import copy
import json

import pytest
from spacy.language import Language
from spacy.tokens.underscore import Underscore

from conftest import OWN_DATA, SHARED_EVAL
from veille.nlp.extensions import DOC_ATTRIBUTES
from veille.nlp.links import CACHE
from veille.nlp.pipeline import VEILLE_COMPONENTS

# A fictional dispatch with a dateline, a quote, counts, places, dates and events.
DISPATCH = (
    "KORVALA (Nérovie), 12 mars 2025 (AFP) - Au moins douze civils ont été tués et 30 blessés "
    "lundi dans une frappe de drone sur le marché de Tessin, dans le nord du Mali, selon "
    "l'ONU.\n\n"
    "« Nous avons entendu deux explosions », a déclaré à l'AFP Amadou Kelita, un habitant. "
    "Le ministère malien de la Défense a démenti toute implication et a appelé à un cessez-le-feu.\n\n"
    "De même source, 2 000 personnes ont fui vers Mopti depuis samedi."
)


def _texts() -> list[tuple[str, str | None]]:
    out = [(DISPATCH, "2025-03-12")]
    for gold_dir, art_dir in ((SHARED_EVAL / "gold", SHARED_EVAL / "articles"),
                              (OWN_DATA / "gold", OWN_DATA / "articles")):
        for g in sorted(gold_dir.glob("*.json"))[:2] if gold_dir.is_dir() else []:
            meta = json.loads(g.read_text(encoding="utf-8"))["article"]
            out.append(((art_dir / meta.get("file", g.stem + ".txt")).read_text(encoding="utf-8"),
                        meta.get("published")))
    return out


def _declared(nlp: Language, name: str) -> tuple[set[str], set[str]]:
    meta = nlp.get_pipe_meta(name)
    doc_attrs = lambda xs: {x[len("doc._."):] for x in xs if x.startswith("doc._.")}  # noqa: E731
    return doc_attrs(meta.assigns), doc_attrs(meta.requires)


def _snapshot(doc) -> dict:
    return {name: copy.deepcopy(getattr(doc._, name)) for name in DOC_ATTRIBUTES}


class _ReadLog:
    """Records the doc-level ``Doc._`` attributes read while it is active."""

    def __init__(self):
        self.names: set[str] = set()
        self._original = Underscore.__getattr__

    def __enter__(self):
        log, original = self, self._original

        def traced(underscore, name):
            if underscore._start is None and underscore._end is None and name in DOC_ATTRIBUTES:
                log.names.add(name)
            return original(underscore, name)

        Underscore.__getattr__ = traced
        return self

    def __exit__(self, *exc):
        Underscore.__getattr__ = self._original


def _run_traced(nlp: Language, text: str, published: str | None):
    """(doc, {component: (written, read)}) running the pipeline one component at a time."""
    from veille.extract import make_doc
    from veille.read.article import Article

    doc = make_doc(nlp, Article(text=text, id="t", published=published))
    trace = {}
    for name, proc in nlp.pipeline:
        before = _snapshot(doc)
        with _ReadLog() as reads:
            doc = proc(doc)
        after = _snapshot(doc)
        written = {k for k in DOC_ATTRIBUTES if before[k] != after[k]}
        trace[name] = (written, reads.names)
    return doc, trace


@pytest.mark.parametrize("case", range(len(_texts())))
def test_components_write_and_read_only_what_they_declare(nlp, case):
    text, published = _texts()[case]
    doc, trace = _run_traced(nlp, text, published)
    for name in VEILLE_COMPONENTS:
        assigns, requires = _declared(nlp, name)
        written, read = trace[name]
        assert written <= assigns, f"{name} writes {sorted(written - assigns)} without declaring them in assigns"
        assert read <= assigns | requires | {"meta"}, \
            f"{name} reads {sorted(read - assigns - requires - {'meta'})} without declaring them in requires"
    # what the components wrote is all in declared attributes: the only other entry veille
    # keeps in user_data is a cache of values derived from the doc itself
    extension_keys = {("._.", name, None, None) for name in DOC_ATTRIBUTES}
    assert set(doc.user_data) <= extension_keys | {CACHE}, set(doc.user_data) - extension_keys - {CACHE}


def test_the_check_catches_an_undeclared_write(nlp):
    """The tracer is not blind: a component that writes an attribute is seen writing it."""
    from veille.extract import make_doc
    from veille.read.article import Article

    doc = make_doc(nlp, Article(text=DISPATCH, id="t", published="2025-03-12"))
    before = _snapshot(doc)
    doc._.events = ["an event nobody declared"]
    after = _snapshot(doc)
    assert {k for k in DOC_ATTRIBUTES if before[k] != after[k]} == {"events"}


def test_every_declared_requirement_is_assigned_upstream(nlp):
    """What a component requires, an earlier component (or the reader: meta) assigns."""
    assigned = {"meta"}
    for name in VEILLE_COMPONENTS:
        assigns, requires = _declared(nlp, name)
        assert requires <= assigned, f"{name} requires {sorted(requires - assigned)} that nothing before it assigns"
        assigned |= assigns
