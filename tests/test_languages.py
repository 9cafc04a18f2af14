"""A language is a folder: ``lang/<code>/`` holds every word the components use and, in
``config.toml``, the spaCy model to parse it with. These tests build a pipeline for a toy
language from a folder written in a temporary directory, and check that no component keeps
a word list of its own."""
from __future__ import annotations

import ast
import pathlib
import re
import shutil

import pytest

from veille.lang import HOME, SUPPORTED, LanguageNotSupported, get_lang, lang_config

SRC = pathlib.Path(__file__).resolve().parent.parent / "src" / "veille"


def _toy_language(tmp_path: pathlib.Path) -> pathlib.Path:
    """"xx": French grammar (it borrows the French model), but its own words for an attack
    and for the days of the week, and a trigger list that knows only "zorglub"."""
    folder = tmp_path / "xx"
    shutil.copytree(HOME / "fr", folder)
    events = (folder / "events.toml").read_text(encoding="utf-8")
    rest = events[events.index("[moved_participles]"):]
    (folder / "events.toml").write_text(
        '[[trigger]]\nwords = ["zorglub*"]\ntype = "ASSAULT"\nmode = "airstrike"\n'
        'acled = ["Explosions/Remote violence", "Air/drone strike"]\n\n' + rest, encoding="utf-8")
    time = (folder / "time.toml").read_text(encoding="utf-8")
    time = time.replace("lundi = 0", "blorday = 0")
    (folder / "time.toml").write_text(time, encoding="utf-8")
    (folder / "config.toml").write_text('[language]\nname = "Toy"\n\n[model]\nnames = ["fr_core_news_sm", '
                                        '"fr_core_news_md"]\n', encoding="utf-8")
    return folder


def test_a_language_folder_is_all_a_pipeline_needs(tmp_path):
    from veille.extract import make_doc, to_record
    from veille.nlp.pipeline import VEILLE_COMPONENTS, build_pipeline
    from veille.read.article import Article

    folder = _toy_language(tmp_path)
    nlp = build_pipeline("xx", lang_path=str(folder))
    assert [n for n in nlp.pipe_names if n.startswith("veille_")] == VEILLE_COMPONENTS
    # every component got the toy language through its factory config
    for name in VEILLE_COMPONENTS:
        assert nlp.get_pipe_config(name)["lang"] == lang_config("xx", folder)
    text = ("Un zorglub a frappé blorday le marché de Goma, tuant six civils, selon la police. "
            "Un bombardement a suivi.")
    rec = to_record(nlp(make_doc(nlp, Article(text=text, id="toy", published="2025-03-12"))))
    triggers = [e.trigger for e in rec.events]
    assert triggers and all(t.lower().startswith("zorglub") for t in triggers), triggers
    assert "bombardement" not in " ".join(triggers)   # a French trigger the toy lexicon lacks
    assert [t.value for t in rec.timexes if t.text == "blorday"] == ["2025-03-10"]
    assert not [t for t in rec.timexes if t.text == "lundi"]


def test_the_language_object_is_read_once_and_names_its_models(tmp_path):
    fr = get_lang("fr")
    assert get_lang("fr") is fr and fr.toml("time") is fr.toml("time")
    assert "fr" in SUPPORTED and fr.models[0].startswith("fr_core_news")
    folder = _toy_language(tmp_path)
    toy = get_lang("xx", folder)
    assert toy.name == "Toy" and toy.models == ("fr_core_news_sm", "fr_core_news_md")
    assert "blorday" in toy.toml("time")["weekdays"] and "blorday" not in fr.toml("time")["weekdays"]


def test_a_folder_without_config_or_a_lexicon_is_a_clear_error(tmp_path):
    with pytest.raises(LanguageNotSupported, match=r"'zz' is not supported .*config\.toml"):
        get_lang("zz", tmp_path / "zz")
    folder = tmp_path / "yy"
    folder.mkdir()
    (folder / "config.toml").write_text('[model]\nnames = ["fr_core_news_sm"]\n', encoding="utf-8")
    with pytest.raises(LanguageNotSupported, match=r"yy/time\.toml: missing"):
        get_lang("yy", folder).toml("time")
    (folder / "grammar.toml").write_text("[closed]\nof = ['de']\n", encoding="utf-8")
    with pytest.raises(LanguageNotSupported, match=r"no slot \{nowhere\}"):
        get_lang("yy", folder).fill("(?:{of}) {nowhere}")
    assert get_lang("yy", folder).fill(r"(?:{of})\s{1,3}") == r"(?:de)\s{1,3}"


# Function words of the supported languages: a string literal in component code that holds
# one of them is a word list (or a pattern) that belongs in lang/<code>/.
def _function_words() -> set[str]:
    words = set()
    for code in SUPPORTED:
        closed = get_lang(code).toml("grammar")["closed"]
        for ws in closed.values():
            words |= {w.strip().lower() for w in ws if w.strip().isalpha() and len(w.strip()) > 1}
    return words


def _code_strings(path: pathlib.Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("package", ["nlp", "resolve"])
def test_no_language_words_in_component_code(package):
    words = _function_words()
    assert {"de", "qui", "que"} <= words
    found = []
    for path in sorted((SRC / package).glob("*.py")):
        for line, s in _code_strings(path):
            hits = {w for w in re.findall(r"[^\W\d_]+", s.lower()) if w in words}
            if hits:
                found.append(f"{path.name}:{line}: {sorted(hits)} in {s[:60]!r}")
    assert not found, "\n".join(found)
