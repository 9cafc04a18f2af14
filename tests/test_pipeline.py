"""The pipeline: registered components in order, each declaring what it needs and sets."""
from spacy.language import Language

from veille.nlp.pipeline import VEILLE_COMPONENTS


def test_components_in_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("veille_")]
    assert names == VEILLE_COMPONENTS


def test_components_declare_requires_and_assigns(nlp):
    for name in VEILLE_COMPONENTS[2:]:
        meta = Language.get_factory_meta(name)
        assert meta.assigns, name
    assert "doc._.figures" in Language.get_factory_meta("veille_events").requires


def test_record_round_trip_and_spans(extract):
    from veille.record import Record
    text = ("Au moins 14 civils ont été tués lundi dans une frappe sur Jilib, selon un responsable local. "
            "«C'est un massacre», a déclaré Abdi Warsame, un habitant.")
    rec = extract(text, published="2024-06-11", id="t1")
    data = rec.to_dict()
    assert Record.from_dict(data).to_dict() == data
    for f in rec.figures:
        assert str(f.best) in text[f.span[0]:f.span[1]] or "quatorze" in text[f.span[0]:f.span[1]]
    for q in rec.quotes:
        assert text[q.span[0]:q.span[1]] == q.text
    ids = {a.id for a in rec.actors}
    assert all(f.reported_by in ids for f in rec.figures if f.reported_by)
    assert all(e.source in ids for e in rec.events if e.source)


def test_parallel_extraction_gives_the_same_records():
    import pathlib

    import veille
    texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(__file__).parent.glob("data/articles/*.txt"))][:4]
    serial = [r.to_dict() for r in veille.extract_many(texts, n_process=1)]
    parallel = [r.to_dict() for r in veille.extract_many(texts, n_process=2, batch_size=2)]
    assert serial == parallel


def test_long_article_stays_linear(extract):
    # a 60-paragraph article must not blow up (Doc.text is cached, sentences listed once)
    text = "\n\n".join(f"Au moins {i + 2} civils ont été tués lundi à Goma, selon l'ONU." for i in range(60))
    rec = extract(text, published="2024-06-11")
    assert len(rec.figures) == 60
