"""Time expressions: resolved against the publication date, weekday direction from tense."""
import pytest


def values(extract, text, published="2024-06-13"):  # a Thursday
    return {t.text: t.value for t in extract(text, published=published).timexes}


@pytest.mark.parametrize("text,expr,value", [
    ("Trois civils ont été tués mardi près de Goma.", "mardi", "2024-06-11"),
    ("Les pourparlers doivent reprendre samedi à Luanda.", "samedi", "2024-06-15"),
    ("Des discussions se tiendraient lundi à Nairobi.", "lundi", "2024-06-17"),
    ("La réunion aura lieu vendredi à Addis-Abeba.", "vendredi", "2024-06-14"),
    ("Le bilan a été publié jeudi soir.", "jeudi soir", "2024-06-13"),
    ("Une frappe a visé la ville dans la nuit de mardi à mercredi.", "dans la nuit de mardi à mercredi",
     "2024-06-11/2024-06-12"),
    ("L'envoyé prévoit de se rendre à Kigali la semaine prochaine.", "la semaine prochaine", "2024-W25"),
    ("Les combats avaient repris le 15 mai.", "le 15 mai", "2024-05-15"),
    ("La guerre a éclaté en avril 2023.", "en avril 2023", "2023-04"),
    ("Le conflit dure depuis mars 2011.", "depuis mars 2011", "2011-03/2024-06-13"),
    ("Les rebelles contrôlent la ville depuis 2021.", "depuis 2021", "2021"),
    ("Hier, deux obus sont tombés sur le marché.", "Hier", "2024-06-12"),
])
def test_resolution(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_numbers_and_percentages_are_not_years(extract):
    found = values(extract, "Une colonne de 8000 personnes doit partir; l'armée contrôle 85% de la ville.")
    assert found == {}


def test_without_publication_date_relative_stays_null(extract):
    found = values(extract, "Deux soldats ont été tués mardi; la guerre a commencé en 2012.", published=None)
    assert found["mardi"] is None and found["en 2012"] == "2012"


def test_spans_point_at_the_words(extract):
    text = "Les secours ont fouillé les décombres mercredi matin."
    rec = extract(text, published="2024-06-13")
    (t,) = rec.timexes
    assert text[t.span[0]:t.span[1]] == t.text == "mercredi matin" and t.value == "2024-06-12"


@pytest.mark.parametrize("text,expr,value", [
    ("Les frappes ont repris ce week-end dans la région.", "ce week-end", "2024-06-08/2024-06-09"),
    ("Une nouvelle réunion se tiendra ce week-end à Doha.", "ce week-end", "2024-06-15/2024-06-16"),
    ("Les pluies avaient commencé fin octobre.", "fin octobre", "2023-10"),
    ("Les élections sont prévues mi-mars.", "mi-mars", "2025-03"),
    ("Avant-hier, un convoi a été attaqué.", "Avant-hier", "2024-06-11"),
    ("Onze civils ont été tués au cours des dernières 24 heures.", "au cours des dernières 24 heures",
     "2024-06-12/2024-06-13"),
    ("La ville était assiégée depuis le 15 novembre.", "depuis le 15 novembre", "2023-11-15/2024-06-13"),
    ("L'armée avait lancé une offensive le 2 mai. Depuis le début de l'offensive, 80 soldats ont été tués.",
     "Depuis le début de l'offensive", "2024-05-02/2024-06-13"),
    ("Le bilan de la semaine dernière était plus lourd.", "la semaine dernière", "2024-W23"),
    # a range of two years is one interval, not a year and a stray one
    ("Il a dirigé le pays de 1996 à 2001.", "de 1996 à 2001", "1996/2001"),
    ("Les registres tenus entre 1979 et 2004 ont été analysés.", "entre 1979 et 2004", "1979/2004"),
    ("Il fut ministre de 1996 à 2001 puis de 2006 à 2011.", "de 2006 à 2011", "2006/2011"),
    # the time expressions of agency copy
    ("Une frappe a visé la ville dans la nuit de samedi à dimanche.", "dans la nuit de samedi à dimanche",
     "2024-06-08/2024-06-09"),
    ("Les combats ont repris en début de semaine.", "en début de semaine", "2024-W24"),
    ("L'offensive a commencé il y a trois jours.", "il y a trois jours", "2024-06-10"),
    ("La ville a été reprise le 3 juin dernier.", "le 3 juin dernier", "2024-06-03"),
    ("Les tirs ont cessé mercredi en fin de journée.", "mercredi en fin de journée", "2024-06-12"),
    ("Douze civils ont été tués ces dernières 48 heures.", "ces dernières 48 heures", "2024-06-11/2024-06-13"),
    ("Les troupes sont entrées dans la ville mardi à l'aube.", "mardi à l'aube", "2024-06-11"),
    ("Plus de 8 000 personnes ont fui depuis le début de la semaine.", "depuis le début de la semaine", "2024-W24"),
    ("Douze civils ont été tués au cours de la semaine dernière.", "au cours de la semaine dernière", "2024-W23"),
    ("Les combats se poursuivent depuis le mois dernier.", "depuis le mois dernier", "2024-05"),
    ("Douze civils ont été tués en l'espace de 24 heures.", "en l'espace de 24 heures", "2024-06-12/2024-06-13"),
    ("Douze civils ont été tués en 48 heures.", "en 48 heures", "2024-06-11/2024-06-13"),
])
def test_more_expressions(extract, text, expr, value):
    assert values(extract, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("Des villages ont été attaqués dans la nuit du 10 au 11 juin.", "dans la nuit du 10 au 11 juin",
     "2024-06-10/2024-06-11"),
    ("Plus de 3 000 personnes ont fui entre le 2 et le 5 juin.", "entre le 2 et le 5 juin", "2024-06-02/2024-06-05"),
    ("Les combats ont duré du 28 mai au 3 juin.", "du 28 mai au 3 juin", "2024-05-28/2024-06-03"),
    ("Publié le : 12/06/2024 - 18:40", "12/06/2024", "2024-06-12"),
    # a future verb does not push an exact day a few weeks back into next year...
    ("Les délégations doivent se retrouver à Genève, après les pourparlers du 2 mai.", "du 2 mai", "2024-05-02"),
    # ...but a month alone, or a day long past, is the coming one
    ("Le scrutin doit se tenir en février.", "en février", "2025-02"),
    ("Le sommet doit se tenir le 3 mars.", "le 3 mars", "2025-03-03"),
])
def test_ranges_numeric_dates_and_future_slack(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_typeset_apostrophes_and_spaces_keep_offsets(extract):
    """Typeset copy (’ and no-break spaces) reads like plain copy, and spans still point
    into the text as written."""
    plain = "L'armée a indiqué qu'au moins 26 000 personnes ont fui mardi, selon l'ONU."
    typeset = plain.replace("'", "\u2019").replace("26 000", "26\u00a0000")
    a, b = extract(plain, published="2024-06-13"), extract(typeset, published="2024-06-13")
    assert [(f.kind, f.best, f.span) for f in a.figures] == [(f.kind, f.best, f.span) for f in b.figures]
    assert [f.best for f in b.figures] == [26000]
    assert [(t.value, t.span) for t in a.timexes] == [(t.value, t.span) for t in b.timexes]
    for t in b.timexes:
        assert typeset[t.span[0]:t.span[1]] == t.text
    assert b.article.sha256 == __import__("veille").record.sha256_text(typeset)


def test_expected_and_planned_point_ahead_without_a_finite_verb(extract):
    # a headline has no tense: "attendue" says the Monday is the coming one
    assert values(extract, "Gaza : 47 morts, une délégation attendue lundi à Doha")["lundi"] == "2024-06-17"
    assert values(extract, "Les familles ont attendu lundi des heures devant l'hôpital.")["lundi"] == "2024-06-10"


@pytest.mark.parametrize("text,expr,value", [
    # two days of one month are one interval; two full dates stay two dates
    ("Les combats ont fait rage les 3 et 4 juin à Kembo.", "les 3 et 4 juin", "2024-06-03/2024-06-04"),
    ("Le scrutin se tiendra les 28 et 29 juin prochains.", "les 28 et 29 juin prochains", "2024-06-28/2024-06-29"),
    ("Le même mode opératoire, les 14 juillet et 19 décembre derniers.", "19 décembre derniers", "2023-12-19"),
    # the day word and the date it names are one expression
    ("Hier, mercredi 12 juin, deux obus sont tombés sur Kembo.", "Hier, mercredi 12 juin", "2024-06-12"),
    ("Hier 12 juin, deux obus sont tombés sur Kembo.", "Hier 12 juin", "2024-06-12"),
    # a season of a year is that year; "l'année 2016" too
    ("La ville était tombée à l'été 2014.", "à l'été 2014", "2014"),
    ("Les raids avaient repris au printemps 2015.", "au printemps 2015", "2015"),
    ("L'année 2016 a été la plus meurtrière.", "L'année 2016", "2016"),
    ("Les rebelles ont attaqué Kembo la nuit dernière.", "la nuit dernière", "2024-06-12/2024-06-13"),
])
def test_ranges_days_and_seasons(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_a_body_dateline_dates_the_relative_words(extract):
    # the page was updated the next day: "aujourd'hui" is the dateline's day
    text = ("Au moins 12 personnes ont été tuées aujourd'hui à Kembo.\n\n"
            "12 juin 2024. – Les explosions se sont produites à l'aube.")
    assert values(extract, text, published="2024-06-13")["aujourd'hui"] == "2024-06-12"
    # a dateline far from the publication date is a date in the story, not the text's date
    far = "Hier, un obus est tombé sur Kembo.\n\n3 mars 2020 – Le siège avait commencé."
    assert values(extract, far, published="2024-06-13")["Hier"] == "2024-06-12"


def test_a_year_counted_from_the_last_one_named(extract):
    found = values(extract, "Le groupe est apparu en 2012. L'année suivante, il a pris Kembo.")
    assert found["L'année suivante"] == "2013"
    # with no year before it, nothing is guessed
    assert "L'année suivante" not in values(extract, "L'année suivante, il a pris Kembo.")


def test_a_past_conditional_is_a_past(extract):
    # "auraient été tués": a past reported with caution; "auraient lieu": still ahead
    found = values(extract, "Plus de 2 700 civils auraient été tués, dont plus de 1 000 en mars.", published="2017-03-30")
    assert found["en mars"] == "2017-03"
    assert values(extract, "Les élections auraient lieu en mars.", published="2017-03-30")["en mars"] == "2018-03"


@pytest.mark.parametrize("text,expr,value", [
    # days counted from the last day the story named, not from the publication date
    ("Le 20 mai, les miliciens ont pris Kembo. Le lendemain, l'armée a contre-attaqué.", "Le lendemain", "2024-05-21"),
    ("Le 20 mai, les miliciens ont pris Kembo. Cinq jours plus tard, l'armée a repris le camp.",
     "Cinq jours plus tard", "2024-05-25"),
    ("Le 20 mai, un convoi a été attaqué. Trois jours auparavant, un pont avait sauté.",
     "Trois jours auparavant", "2024-05-17"),
    ("Le 20 mai, un convoi a été attaqué. À peine deux jours plus tard, un pont a sauté.",
     "À peine deux jours plus tard", "2024-05-22"),
    ("Samedi, Kembo est tombée. La veille, deux obus avaient frappé le marché.", "La veille", "2024-06-07"),
    # no day named: "la veille" is the day before publication
    ("La veille, deux obus avaient frappé le marché.", "La veille", "2024-06-12"),
    # "dans les jours suivants": from that day to the publication date
    ("L'offensive a été lancée le 2 juin; l'armée a avancé dans les jours suivants.", "dans les jours suivants",
     "2024-06-02/2024-06-13"),
])
def test_days_counted_from_the_story(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_days_counted_from_an_event_are_not_dates(extract):
    # "la veille du scrutin", "trois jours après l'attaque": the event fixes the day
    found = values(extract, "Le 20 mai, le camp a été pillé. Trois jours après l'attaque, la veille du scrutin, "
                            "au lendemain d'une nuit de raids, rien n'avait changé.")
    assert set(found) == {"Le 20 mai"}
    # no day named before: nothing to count from
    assert values(extract, "Le lendemain, l'armée a contre-attaqué.") == {}


@pytest.mark.parametrize("text,expr,value", [
    ("Il y a six ans, la guerre éclatait à Kembo.", "Il y a six ans", "2018"),
    ("Il y a deux semaines, un convoi a été attaqué.", "Il y a deux semaines", "2024-W22"),
    ("Il y a trois mois, la trêve a été rompue.", "Il y a trois mois", "2024-03"),
    ("Il y a 4 jours, un pont a sauté.", "Il y a 4 jours", "2024-06-09"),
    # durations from the publication date back: the unit gives the precision (optional in the gold)
    ("Le siège dure depuis deux ans.", "depuis deux ans", "2022/2024-06-13"),
    ("La ville est encerclée depuis plus d'un an et demi.", "depuis plus d'un an et demi", "2022-12/2024-06-13"),
    ("Les civils fuient depuis trois jours.", "depuis trois jours", "2024-06-10/2024-06-13"),
])
def test_counted_back_from_publication(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_vague_counts_back_are_not_dates(extract):
    assert values(extract, "Il y a quelques jours, un convoi a été attaqué.") == {}


@pytest.mark.parametrize("text,expr,value", [
    # a direction word after a date or a month fixes the year whatever the distance
    ("Le 20 juillet dernier, un convoi a été attaqué.", "Le 20 juillet dernier", "2023-07-20"),
    ("En août dernier, la trêve a été rompue.", "En août dernier", "2023-08"),
    ("Le sommet se tiendra en mai prochain.", "en mai prochain", "2025-05"),
    ("Le mois de décembre dernier a été le plus meurtrier.", "Le mois de décembre dernier", "2023-12"),
    ("Les combats ont repris depuis mai dernier.", "depuis mai dernier", "2024-05/2024-06-13"),
    ("Les combats ont repris depuis juillet dernier.", "depuis juillet dernier", "2023-07/2024-06-13"),
    # feasts
    ("Le jour de Noël, un attentat a frappé une église de Kembo.", "Le jour de Noël", "2023-12-25"),
    ("La Saint-Sylvestre 2022 avait été calme.", "La Saint-Sylvestre 2022", "2022-12-31"),
    # weeks, months and years of the publication date
    ("En début de semaine, les combats ont repris.", "En début de semaine", "2024-W24"),
    ("Les pluies ont commencé en début de mois.", "en début de mois", "2024-06"),
    # years of other centuries, unless a noun follows ("1500 ans")
    ("La forteresse a été construite en 1648.", "en 1648", "1648"),
    ("Le traité du 24 octobre 1648 a mis fin à la guerre.", "du 24 octobre 1648", "1648-10-24"),
])
def test_direction_words_feasts_and_old_years(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_counts_are_not_old_years(extract):
    assert values(extract, "Entre 1000 et 1500 personnes ont fui; la ville est habitée depuis 1200 ans.") == \
        {"depuis 1200 ans": "0824/2024-06-13"}


@pytest.mark.parametrize("text,expr,value", [
    # a night with its dates, weekdays between
    ("Kembo a été bombardée dans la nuit du samedi 8 au dimanche 9 juin.",
     "dans la nuit du samedi 8 au dimanche 9 juin", "2024-06-08/2024-06-09"),
    ("La rivière a débordé dans la nuit de dimanche 9 à lundi 10 juin.",
     "dans la nuit de dimanche 9 à lundi 10 juin", "2024-06-09/2024-06-10"),
    ("Des émeutes ont éclaté dans la nuit du vendredi 31 mai et du samedi 1er juin.",
     "dans la nuit du vendredi 31 mai et du samedi 1er juin", "2024-05-31/2024-06-01"),
    # a night named by one weekday is the night that starts that day, in the verb's direction
    ("Des tirs ont été entendus dans la nuit de samedi.", "dans la nuit de samedi", "2024-06-08/2024-06-09"),
    ("Les rebelles attaqueront dans la nuit de samedi.", "dans la nuit de samedi", "2024-06-15/2024-06-16"),
    # a range across two months takes its year from its start
    ("Du 20 mai au 20 juillet, les écoles resteront fermées.", "Du 20 mai au 20 juillet", "2024-05-20/2024-07-20"),
])
def test_nights_and_ranges_with_weekdays(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_verbs_of_intent_point_ahead_only_over_an_infinitive(extract):
    # "entendre", "compter" with a noun are past events; over an infinitive they point ahead
    assert values(extract, "Samedi, des tirs ont été entendus.")["Samedi"] == "2024-06-08"
    assert values(extract, "Les rebelles entendent négocier samedi.")["samedi"] == "2024-06-15"
    assert values(extract, "On comptait samedi douze morts.")["samedi"] == "2024-06-08"


def test_a_past_causative_is_a_past(extract):
    # "a fait savoir mercredi": past, even after a sentence about a meeting to come
    found = values(extract, "Les chefs d'état-major doivent se réunir mardi prochain à Kembo, a fait savoir "
                            "mercredi le secrétariat de l'organisation.")
    assert found["mercredi"] == "2024-06-12" and found["mardi prochain"] == "2024-06-18"


@pytest.mark.parametrize("text,expr,value", [
    ("Cette nuit, des tirs ont visé Kembo.", "Cette nuit", "2024-06-12/2024-06-13"),
    ("Pendant le week-end, les combats ont repris.", "Pendant le week-end", "2024-06-08/2024-06-09"),
    ("Depuis le début du mois, 30 civils ont été tués.", "Depuis le début du mois", "2024-06"),
    ("Depuis le début de l'année, 300 civils ont été tués.", "Depuis le début de l'année", "2024"),
])
def test_nights_weekends_and_running_periods(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_the_body_dateline_gives_way_to_the_story_s_own_time(extract):
    # the dateline dates the report; the sentence's "mardi soir" dates the attack and its toll
    rec = extract("12 juin 2024. – Un attentat a fait au moins trois morts mardi soir à Kembo.", published="2024-06-12")
    assert [f.date for f in rec.figures] == ["2024-06-11"]
    assert {e.date for e in rec.events} == {"2024-06-11"}
    # alone in its sentence, the dateline still dates it
    rec = extract("12 juin 2024. – Un attentat a fait au moins trois morts à Kembo.", published="2024-06-12")
    assert [f.date for f in rec.figures] == ["2024-06-12"]


def test_a_date_of_birth_dates_no_count(extract):
    rec = extract("Mardi, l'assaillant, Marc Dubreuil (né le 3 mars 1985), a blessé deux policiers à Kembo.",
                  published="2024-06-13")
    assert "le 3 mars 1985" in {t.text for t in rec.timexes}
    assert [f.date for f in rec.figures] == ["2024-06-11"]


def test_an_hour_dates_its_clause_with_the_last_day_named(extract):
    # hours are not reported (optional in the gold) but date what happens at them
    rec = extract("Ce lundi 10 juin, un policier a été attaqué à Kembo.\n\nL'assaut a été donné aux alentours "
                  "de minuit par les forces spéciales.", published="2024-06-13")
    assert [t.text for t in rec.timexes] == ["Ce lundi 10 juin"]
    assert {e.date for e in rec.events} == {"2024-06-10"}


def test_an_hour_dates_with_a_recent_day_or_night(extract):
    # the night named before the hour dates the count, as annotators date counts of a night raid
    text = ("Dans la nuit de samedi à dimanche, des hommes armés ont attaqué Kembo.\n\nSelon la police, "
            "trois civils ont été tués vers 2 heures du matin.")
    assert [f.date for f in extract(text, published="2024-06-13").figures] == ["2024-06-08/2024-06-09"]
    # a background date ("le 18 mars") is not the day of the hour: the recent day is
    text = ("Samedi 8 juin, des hommes armés ont attaqué Kembo, comme le 18 mars.\n\nSelon la police, "
            "trois civils ont été tués vers 22 heures.")
    assert [f.date for f in extract(text, published="2024-06-13").figures] == ["2024-06-08"]


def test_relative_days_in_a_quotation_count_from_the_day_it_was_said(extract):
    # published on Saturday; the words were said on Friday
    found = values(extract, "«Les secours ne sont arrivés qu'hier soir», a raconté vendredi un habitant de Kembo.",
                   published="2024-06-15")
    assert found["hier soir"] == "2024-06-13"
    text = ("Dans un communiqué publié vendredi, l'armée a reconnu des pertes.\n\n«Hier, une unité a été "
            "prise à partie près de Kembo», indique le texte.")
    assert values(extract, text, published="2024-06-15")["Hier"] == "2024-06-13"
    # no day of saying: the publication date, as before
    assert values(extract, "«Hier, une unité a été attaquée», a dit un officier.", published="2024-06-15")["Hier"] \
        == "2024-06-14"


def test_counts_back_without_publication_date_stay_null(extract):
    assert values(extract, "Il y a six ans, la guerre éclatait à Kembo.", published=None) == {"Il y a six ans": None}


# ---- session 6: shapes of real copy the grammar lacked (sentences written for the tests)
@pytest.mark.parametrize("text,expr,value", [
    # a feast written as a name, after any article
    ("L'attentat du 14-Juillet avait fait onze morts à Kembo.", "14-Juillet", "2023-07-14"),
    # months and years after a noun or a preposition
    ("Le complot du mois dernier visait la préfecture.", "du mois dernier", "2024-05"),
    ("Les suspects ont été arrêtés à la fin du mois dernier.", "à la fin du mois dernier", "2024-05"),
    ("Les émeutes de l'an dernier avaient fait dix morts.", "de l'an dernier", "2023"),
    # the weekend of Canadian French
    ("Les crues ont menacé Kembo durant la fin de semaine.", "durant la fin de semaine", "2024-06-08/2024-06-09"),
    # a weekday, its part of the day, a comma, then the date: one expression
    ("Ce mardi matin, 11 juin, une crue a emporté le pont.", "Ce mardi matin, 11 juin", "2024-06-11"),
    ("Un convoi a été attaqué lundi dernier, 10 juin.", "lundi dernier, 10 juin", "2024-06-10"),
    # "au soir", "au matin" after a date or a weekday belong to it; the middle of the week
    ("Le 10 juin au soir, un convoi a été attaqué.", "Le 10 juin au soir", "2024-06-10"),
    ("Mardi au matin, deux obus sont tombés.", "Mardi au matin", "2024-06-11"),
    ("Un convoi a été attaqué en milieu de semaine.", "en milieu de semaine", "2024-W24"),
    # "depuis respectivement 2016 et 2015": each year its own
    ("Les deux hommes étaient surveillés depuis respectivement 2019 et 2021.", "2021", "2021"),
    # the day after the story's own event: the first day the story named, plus one
    ("Un homme a été tué le 3 juin à Kembo. Au lendemain du drame, la ville reste sous le choc.",
     "Au lendemain du drame", "2024-06-04"),
    # an event the story dated: from that date
    ("Le scrutin du 9 juin s'est tenu dans le calme. La veille du scrutin, deux hommes avaient été arrêtés.",
     "La veille du scrutin", "2024-06-08"),
])
def test_session6_shapes_of_real_copy(extract, text, expr, value):
    assert values(extract, text)[expr] == value


def test_a_weekday_and_its_date_after_a_comma_are_one_expression(extract):
    found = values(extract, "Ce lundi, 10 juin, deux obus sont tombés sur le marché.")
    assert found == {"Ce lundi, 10 juin": "2024-06-10"}


def test_an_anchored_day_told_after_its_date_or_of_another_event_is_no_new_date(extract):
    # the date is told already; "l'attaque du Front" is not the story's own event
    found = values(extract, "Un homme a été tué le 3 juin à Kembo. Le front s'est ouvert le 8 octobre 2023, au "
                            "lendemain de l'attaque du Front national.")
    assert set(found) == {"le 3 juin", "le 8 octobre 2023"}


def test_the_end_of_a_year_range_is_no_year_of_its_own(extract):
    found = values(extract, "Il a dirigé le pays de 1996 à 2001, puis de 2006 à 2011.")
    assert found == {"de 1996 à 2001": "1996/2001", "de 2006 à 2011": "2006/2011"}


def test_earlier_today_is_the_publication_day(extract):
    rec = extract("Two drones struck Kharkiv earlier today, the governor said.", published="2025-03-05", lang="en")
    assert [(t.text, t.value) for t in rec.timexes] == [("earlier today", "2025-03-05")]
