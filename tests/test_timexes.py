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
])
def test_more_expressions(extract, text, expr, value):
    assert values(extract, text)[expr] == value
