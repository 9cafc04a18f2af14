"""Figure scope: one event, a running total from a start, or a period (nlp/figure_scope.py)."""
from veille.record import Record


def scopes(extract, text, published="2024-06-11"):
    rec = extract(text, published=published, id="scope", source="AFP")
    return [(f.best, f.scope, f.scope_start, f.scope_end,
             text[f.scope_span[0]:f.scope_span[1]] if f.scope_span else None)
            for f in rec.figures if f.kind != "other"]


def test_an_event_toll(extract):
    assert scopes(extract, "Douze civils ont été tués dimanche à Goma, a indiqué l'armée.") == [
        (12, "event", None, None, None)]


def test_a_running_total_since_a_date(extract):
    assert scopes(extract, "Le bilan s'élève à 15 899 morts depuis le 7 octobre, selon le ministère de la Santé.") == [
        (15899, "cumulative", "2023-10-07", "2024-06-11", "depuis")]


def test_a_running_total_since_the_start_of_the_year(extract):
    out = scopes(extract, "Plus de 600.000 personnes ont fui les combats vers Goma depuis le début de l'année.")
    assert out == [(600000, "cumulative", "2024-01-01", "2024-06-11", "depuis le début de")]


def test_an_event_toll_and_the_total_it_brings_in_one_sentence(extract):
    out = scopes(extract, "Sept civils ont été tués mardi, ce qui porte le bilan à 150 morts depuis janvier.")
    assert out == [(7, "event", None, None, None), (150, "cumulative", "2024-01-01", "2024-06-11", "depuis")]


def test_a_period_of_a_given_length(extract):
    out = scopes(extract, "Au moins 200 civils ont été tués en une semaine dans la région de Tillabéri, selon l'ONU.")
    assert out == [(200, "period", "2024-06-05", "2024-06-11", "en une semaine")]


def test_since_a_place_is_no_total(extract):
    # "tirés depuis le Liban": a place, not a start
    out = scopes(extract, "Trois roquettes tirées depuis le Liban ont tué deux civils mardi à Kiryat Shmona.")
    assert [(best, scope) for best, scope, *_ in out] == [(2, "event")]


def test_a_total_dated_to_one_day_is_that_days_event(extract):
    out = scopes(extract, "Au total, 12 personnes ont été tuées dimanche dans l'attaque, selon la police.")
    assert out == [(12, "event", None, None, None)]


def test_a_part_takes_the_scope_of_its_whole(extract):
    out = scopes(extract, "Au moins 30 morts ont été recensés ces derniers jours dans la région, dont 12 enfants.")
    assert [(best, scope, end) for best, scope, _, end, _ in out] == [(30, "period", "2024-06-11"),
                                                                       (12, "period", "2024-06-11")]


def test_scope_keys_survive_the_json_round_trip(extract):
    rec = extract("Le bilan s'élève à 120 morts depuis le 7 octobre.", published="2024-06-11", id="rt")
    again = Record.from_dict(rec.to_dict())
    assert again.to_dict() == rec.to_dict()
    fig = rec.to_dict()["figures"][0]
    assert fig["scope"] == "cumulative" and fig["scope_span"] == list(rec.figures[0].scope_span)


def test_since_a_length_is_a_running_total_dated_from_its_start(extract):
    # session 5: "depuis un an et demi": from that long before the report, for every count of the list
    rec = extract("Selon l'ONU, depuis un an et demi, 120 civils (en majorité des bergers), 40 soldats et deux "
                  "Canadiens ont perdu la vie.", published="2024-06-13", lang="fr")
    # (counted back from the report; the time finder may give it as a month)
    got = [(f.best, f.scope, f.scope_start[:7], f.date.split("/")[0][:7], f.date.split("/")[1]) for f in rec.figures]
    assert got == [(120, "cumulative", "2022-12", "2022-12", "2024-06-13"),
                   (40, "cumulative", "2022-12", "2022-12", "2024-06-13"),
                   (2, "cumulative", "2022-12", "2022-12", "2024-06-13")]
    rec = extract("Depuis trois mois, 40 000 personnes ont fui la région.", published="2024-06-13", lang="fr")
    assert rec.figures[0].scope == "cumulative" and rec.figures[0].scope_start[:7] == "2024-03"
