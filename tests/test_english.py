"""English dispatches: language detection, English tense and counts, attribution, quotes,
mixed batches, and a French and an English report of one event merged in the store."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

import veille
from veille import store
from veille.extract import ExtractionError
from veille.lang.detect import detect_language
from veille.read.article import ReadFailure
from veille.store import schema as t

from conftest import OWN_DATA, SHARED_EVAL
from evaluate import blind_stems

PUB = "2024-06-12"   # a Wednesday


def en(text: str, published: str = PUB):
    return veille.extract(text, published=published)


def names(rec) -> dict[str, str]:
    return {a.id: a.name for a in rec.actors}


def test_english_without_lang_is_detected_and_gives_its_toll():
    rec = en("KHARTOUM, June 12 (Reuters) - At least 14 people were killed on Tuesday when shells hit a "
             "displacement camp near El Fasher, health officials said.")
    assert rec.article.lang == "en"
    [fig] = [f for f in rec.figures if f.kind == "killed"]
    assert (fig.best, fig.low, fig.qualifier, fig.group) == (14, 14, "at_least", "people")
    assert fig.date == "2024-06-11"
    assert names(rec)[fig.reported_by] == "health officials"
    assert {"June 12": "2024-06-12", "Tuesday": "2024-06-11"}.items() <= {t.text: t.value for t in rec.timexes}.items()


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Twelve people were killed on Tuesday in the raid, police said.", "Tuesday", "2024-06-11"),
    ("Parliament will vote on Friday on the ceasefire deal, the speaker said.", "Friday", "2024-06-14"),
    ("The army said it would launch a counter-offensive on Saturday.", "Saturday", "2024-06-15"),
    ("The envoy arrived last Monday and is due to meet rebel leaders next Tuesday.", "next Tuesday", "2024-06-18"),
    ("The envoy arrived last Monday and is due to meet rebel leaders next Tuesday.", "last Monday", "2024-06-10"),
    ("More than 200 people have fled since last week, the UN said.", "last week", "2024-W23"),
    ("Fighting flared earlier this month in the east, residents said.", "earlier this month", "2024-06"),
    ("Twelve soldiers were killed on March 3, 2024 in an ambush, the army said.", "March 3, 2024", "2024-03-03"),
    ("Rebels attacked the town on 5 June, local officials said.", "5 June", "2024-06-05"),
    ("The talks, held from May 30 to June 2, ended without a deal.", "from May 30 to June 2", "2024-05-30/2024-06-02"),
    ("A ceasefire has held since early May, the mediators said.", "since early May", "2024-05/2024-06-12"),
    # "last Tuesday" written on a Wednesday is not yesterday: a week back
    ("The mayor was detained last Tuesday and freed on Friday, his lawyer said.", "last Tuesday", "2024-06-04"),
    ("Talks collapsed last Monday, the mediators said.", "last Monday", "2024-06-10"),
    # "... ago": so many days, weeks, months or years before the report
    ("The envoy visited the camp two days ago, aid workers said.", "two days ago", "2024-06-10"),
    ("Troops shelled the village three weeks ago, killing 11 people.", "three weeks ago", "2024-W21"),
    ("The militia took the port a month ago, residents said.", "a month ago", "2024-05"),
    ("Rebels seized the town a year ago and have held it since.", "a year ago", "2023"),
])
def test_english_dates_and_the_tense_of_weekdays(sentence, phrase, value):
    found = {t.text: t.value for t in en(sentence).timexes}
    assert found.get(phrase) == value, found


def test_a_month_before_a_day_is_the_day_not_the_month():
    found = {t.text: t.value for t in en("Voting was postponed until April 8, officials said.").timexes}
    assert found == {"April 8": "2024-04-08"}


@pytest.mark.parametrize("sentence, kind, best, qualifier, group", [
    ("More than 1,200 people have fled the town since last week, the IOM said.", "displaced", 1200, "more_than", "people"),
    ("The death toll rose to 25 on Monday, according to the UN.", "killed", 25, "exact", None),
    ("Some 25,000 people were displaced by the fighting, OCHA said.", "displaced", 25000, "approximate", "people"),
    ("Nine Palestinian civilians were killed in the strike, medics said.", "killed", 9, "exact", "civilians"),
    ("Two soldiers were wounded and 1.5 million people remain displaced, the ministry said.", "displaced", 1500000,
     "exact", "people"),
    # the group is the text's own noun
    ("At least 12 militants were killed in the raid, the army said.", "killed", 12, "at_least", "militants"),
    ("Four girls were abducted from the school on Sunday.", "detained", 4, "exact", "girls"),
    ("Two Americans were killed in the ambush, officials said.", "killed", 2, "exact", "Americans"),
    ("Police said 40 policemen had deserted their posts.", "other", 40, "exact", "policemen"),
    ("Some 5,000 campaigners marched through the capital on Saturday.", "other", 5000, "approximate", "campaigners"),
    ("Around 300 troops landed at the port on Tuesday.", "other", 300, "approximate", "troops"),
])
def test_english_counts(sentence, kind, best, qualifier, group):
    figs = [f for f in en(sentence).figures if f.kind == kind]
    assert figs, [(f.kind, f.best) for f in en(sentence).figures]
    assert (figs[-1].best, figs[-1].qualifier) == (best, qualifier)
    if group:
        assert figs[-1].group == group


def test_dozens_is_a_vague_count_with_bounds():
    [fig] = en("Dozens of civilians were wounded in the attack, witnesses told Reuters.").figures
    assert (fig.kind, fig.group, fig.best, fig.low, fig.high, fig.qualifier) == ("injured", "civilians", 20, 20, 99,
                                                                                 "approximate")


def test_english_sources_according_to_and_said():
    rec = en("At least 30 people were killed in the raid, according to the Syrian Observatory for Human Rights. "
             "Another 12 were wounded, the health ministry said in a statement.")
    by = {f.best: names(rec).get(f.reported_by) for f in rec.figures}
    assert by[30] == "Syrian Observatory for Human Rights"
    assert by[12] and "ministry" in by[12].lower()


@pytest.mark.parametrize("text, quote, speaker", [
    ("\u201cWe have nothing left,\u201d said Amina Yusuf, a resident of the camp.", "We have nothing left,", "Amina Yusuf"),
    ('"The shells fell on the shelters," said Mariam Haroun, a nurse. "Six of the dead were children."',
     "Six of the dead were children.", "Mariam Haroun"),
    ('The president said: "I have ordered the army to restore order in Anjouan."',
     "I have ordered the army to restore order in Anjouan.", "president"),
])
def test_english_quotes_and_their_speakers(text, quote, speaker):
    rec = en(text)
    got = {q.text: names(rec).get(q.speaker) for q in rec.quotes}
    assert quote in got, got
    assert speaker.lower() in (got[quote] or "").lower()


@pytest.mark.parametrize("text, quote, kind", [
    # a whole sentence quoted right after a verb of saying is direct speech, a phrase is partial
    ('A spokesman for the ministry said "the convoy will leave on Monday."', "the convoy will leave on Monday.",
     "direct"),
    ('The governor said, "We have asked the army for help."', "We have asked the army for help.", "direct"),
    ('The envoy said the talks were "a step forward" for the region.', "a step forward", "partial"),
    ('The minister called the attack "an act of terror."', "an act of terror.", "partial"),
])
def test_a_sentence_quoted_after_a_verb_of_saying_is_direct(text, quote, kind):
    got = {q.text: q.kind for q in en(text).quotes}
    assert got.get(quote) == kind, got


def test_an_english_event_is_typed_with_its_source_and_status():
    rec = en("Russian drones struck residential buildings in Kharkiv overnight, killing three people, "
             "Ukrainian officials said on Wednesday. Negotiators are expected to meet in Istanbul next week.")
    types = {(e.type, e.status) for e in rec.events}
    assert ("ASSAULT", "occurred") in types
    assert ("CONSULT", "planned") in types
    strike = next(e for e in rec.events if e.type == "ASSAULT")
    assert names(rec).get(strike.source) in ("Russia", "Russian Armed Forces")
    assert strike.acled["event_type"] == "Explosions/Remote violence"


def test_a_mixed_batch_keeps_its_order_and_each_language():
    rows = ["Au moins 12 civils ont été tués jeudi dans une frappe sur Goma, selon l'ONU.",
            {"id": "en-1", "text": "At least 12 civilians were killed on Thursday in a strike on Goma, the UN said."},
            {"id": "de-1", "lang": "de", "text": "Mindestens zwölf Zivilisten wurden am Donnerstag getötet."},
            {"id": "en-2", "lang": "en", "text": "Three soldiers were wounded near Gao, the army said."}]
    out = list(veille.extract_many(rows))
    assert [getattr(r, "article", None) and r.article.lang for r in out] == ["fr", "en", None, "en"]
    assert isinstance(out[2], ReadFailure) and "'de' is not supported" in out[2].reason
    assert [f.best for f in out[0].figures] == [12] and [f.best for f in out[1].figures] == [12]
    assert rows[1].get("lang") is None   # the caller's item is left as given


def test_forced_language_wins_and_unknown_language_is_refused():
    rec = veille.extract("At least 12 civilians were killed, the UN said.", lang="en")
    assert rec.article.lang == "en"
    with pytest.raises(ExtractionError, match="'xx' is not supported"):
        veille.extract("At least 12 civilians were killed.", lang="xx")


def test_a_model_named_for_one_language_leaves_the_other_its_own():
    out = list(veille.extract_many(["Au moins 5 civils ont été tués mardi à Goma, selon l'ONU.",
                                    "At least 5 civilians were killed on Tuesday in Goma, the UN said."],
                                   model="fr_core_news_sm"))
    assert [r.article.lang for r in out] == ["fr", "en"]
    assert all(r.figures and r.figures[0].best == 5 for r in out)


def _dev_texts():
    """(expected language, text) of every development article on this machine (no blind one)."""
    out = []
    for folder, gold in ((OWN_DATA / "articles", OWN_DATA / "gold"), (SHARED_EVAL / "articles", SHARED_EVAL / "gold")):
        for g in sorted(gold.glob("*.json")) if gold.is_dir() else []:
            meta = json.loads(g.read_text(encoding="utf-8"))["article"]
            out.append((meta.get("lang") or "fr", (folder / meta.get("file", g.stem + ".txt")).read_text(encoding="utf-8")))
    real = SHARED_EVAL / "real"
    for lang in ("fr", "en"):
        for f in sorted((real / lang).glob("*.txt")) if (real / lang).is_dir() else []:
            if f.stem not in blind_stems("en"):
                out.append((lang, f.read_text(encoding="utf-8")))
    return out


def test_detection_finds_the_language_of_every_development_article():
    texts = _dev_texts()
    assert sum(lang == "en" for lang, _ in texts) >= 5
    wrong = [(lang, text[:60]) for lang, text in texts if detect_language(text) != lang]
    assert not wrong
    # a dispatch's first sentence is enough
    wrong = [(lang, text[:60]) for lang, text in texts if detect_language(text[:120]) != lang]
    assert not wrong


def test_a_french_and_an_english_report_of_one_event_merge_each_toll_kept(new_store):
    fr = {"id": "afp-fr-gao", "source": "AFP", "published": "2024-09-09",
          "text": "BAMAKO, 9 septembre 2024 (AFP) - Au moins sept soldats maliens ont été tués dimanche dans une "
                  "embuscade tendue par des jihadistes de l'Etat islamique au Sahel près de Gao, dans le nord du "
                  "Mali, a annoncé lundi l'armée malienne dans un communiqué."}
    en_ = {"id": "reuters-en-gao", "source": "Reuters", "published": "2024-09-09",
           "text": "BAMAKO, Sept 9 (Reuters) - Islamic State Sahel Province fighters ambushed an army convoy near "
                   "Gao in northern Mali on Sunday, killing nine soldiers, the Malian army said in a statement on "
                   "Monday."}
    with store.open(new_store("fren")) as db:
        res = store.ingest([fr, en_], db)
        assert res.added == 2 and not res.failures
        with db.connect() as conn:
            langs = dict(conn.execute(sa.select(t.articles.c.id, t.articles.c.lang)).all())
            [merged] = conn.execute(sa.select(t.merged_events)).mappings().all()
            links = conn.execute(sa.select(t.merged_event_reports.c.source, t.merged_event_reports.c.fatalities)
                                 ).all()
        assert langs == {"afp-fr-gao": "fr", "reuters-en-gao": "en"}
        assert (merged["type"], merged["location"], str(merged["date_start"])) == ("ASSAULT", "Gao", "2024-09-08")
        assert (merged["n_sources"], merged["sources"]) == (2, "AFP; Reuters")
        assert dict(links) == {"AFP": 7, "Reuters": 9}
        assert (merged["fatalities_low"], merged["fatalities_high"]) == (7, 9)
        # ingesting both again changes nothing: each report keeps its language's extractor version
        again = store.ingest([fr, en_], db)
        assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)


def test_the_english_parse_is_read_with_universal_dependency_labels():
    from veille.nlp.pipeline import get_pipeline
    from veille.extract import make_doc
    from veille.read.article import Article

    en_nlp, fr_nlp = get_pipeline("en"), get_pipeline("fr")
    assert "veille_dep_labels" in en_nlp.pipe_names and "veille_dep_labels" not in fr_nlp.pipe_names
    doc = en_nlp(make_doc(en_nlp, Article(id="x", text="Nine people were killed by the militia.", lang="en")))
    deps = {t.text: t.dep_ for t in doc}
    assert (deps["people"], deps["were"], deps["by"]) == ("nsubj:pass", "aux:pass", "obl:agent")
    # the components read entity labels by class: OntoNotes GPE is a place, PERSON a person
    from veille.lang import get_lang
    assert get_lang("en").entity_class("GPE") == "LOC" and get_lang("en").entity_class("PERSON") == "PER"
    assert get_lang("fr").entity_class("LOC") == "LOC"


def test_cli_detects_english_and_takes_lang(tmp_path, capsys):
    from veille.cli import main

    f = tmp_path / "2024-06-12--Reuters--gao.txt"
    f.write_text("Jihadist fighters ambushed an army convoy near Gao on Tuesday, killing at least seven "
                 "soldiers, the army said.", encoding="utf-8")
    assert main(["extract", str(f), "--compact"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["article"]["lang"] == "en" and rec["article"]["source"] == "Reuters"
    assert [(x["kind"], x["best"], x["date"]) for x in rec["figures"]] == [("killed", 7, "2024-06-11")]
    assert main(["extract", str(f), "--lang", "fr", "--compact"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["lang"] == "fr"
    assert main(["extract", str(f), "--lang", "de"]) == 2
    assert "'de' is not supported" in capsys.readouterr().err
