"""Language knowledge lives in data files, one folder per language (``lang/<code>/``), in the
manner of spaCy's ``spacy/lang/<code>/``: lexicons, closed-class words, the date grammar,
number words, quote marks, event triggers and, in ``config.toml``, the spaCy model(s) to
parse it with. Adding a language means adding a folder; no component holds words of its own.

Components get a :class:`Lang` through their factory config (``{"@misc": "veille.lang.v1",
"code": "fr"}``) and ask it for what they need::

    fr = get_lang("fr")
    fr.models                      # ('fr_core_news_md', 'fr_core_news_sm')
    fr.toml("time")["months"]      # {'janvier': 1, ...}
    fr.words("grammar", "articles")

Each file is read once per folder (``get_lang`` is cached), so every component of every
pipeline shares one copy.
"""
from __future__ import annotations

import csv
import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

HOME = Path(__file__).resolve().parent
# the language of an article that does not say (the API, the CLI and the readers default to it)
DEFAULT = "fr"


class LanguageNotSupported(ValueError):
    pass


def _discover(home: Path = HOME) -> tuple[str, ...]:
    """The languages with a folder of their own: a ``lang/<code>/config.toml`` names them."""
    return tuple(sorted(p.parent.name for p in home.glob("*/config.toml")))


SUPPORTED: tuple[str, ...] = _discover()


@dataclass(frozen=True, eq=False)
class Lang:
    """One language's knowledge, read from one folder."""
    code: str
    path: Path
    config: dict = field(repr=False)

    @property
    def models(self) -> tuple[str, ...]:
        """spaCy model names to try, best first."""
        return tuple(self.config["model"]["names"])

    @functools.cached_property
    def entity_labels(self) -> dict[str, str]:
        """The model's entity labels -> veille's classes PER, ORG, LOC, MISC
        (``config.toml`` [entities]; a label not listed is its own class)."""
        classes = self.config.get("entities", {})
        return {label: cls.upper() for cls, labels in classes.items() for label in labels}

    def entity_class(self, label: str) -> str:
        """PER, ORG, LOC or MISC for a model's entity label ("PERSON" -> "PER", "GPE" -> "LOC")."""
        return self.entity_labels.get(label, label)

    @property
    def name(self) -> str:
        return self.config.get("language", {}).get("name", self.code)

    @functools.cache
    def toml(self, name: str) -> dict:
        file = self.path / f"{name}.toml"
        if not file.is_file():
            raise LanguageNotSupported(f"{file}: missing (language {self.code!r} has no {name!r} lexicon)")
        with file.open("rb") as fh:
            return tomllib.load(fh)

    @functools.cache
    def tsv(self, name: str) -> tuple[dict, ...]:
        file = self.path / f"{name}.tsv"
        if not file.is_file():
            raise LanguageNotSupported(f"{file}: missing (language {self.code!r} has no {name!r} table)")
        with file.open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in rows)

    def section(self, file: str, *keys: str):
        """``lang.section("grammar", "articles")``: a table or value inside a lexicon."""
        node = self.toml(file)
        for k in keys:
            node = node[k]
        return node

    def words(self, file: str, *keys: str) -> list[str]:
        """A word list: the value at ``keys``, or its ``words`` entry when it is a table."""
        node = self.section(file, *keys)
        return list(node["words"] if isinstance(node, dict) else node)

    def rx(self, file: str, *keys: str, **slots: str) -> str:
        """A regular-expression template from a lexicon with its ``{slot}`` holes filled:
        every slot named in the call, else the alternation of the grammar word list of that
        name (``{articles}`` -> ``les|l'|la|le``), or the ``[regex]`` fragment of that name
        (``{of_then}``). Quantifiers such as ``{1,3}`` are left alone; an unknown slot is an
        error naming the file."""
        template = self.section(file, *keys)
        return self.fill(template, **slots)

    def fill(self, template: str, **slots: str) -> str:
        grammar = self.toml("grammar")
        closed, fragments = grammar.get("closed", {}), grammar.get("regex", {})

        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name in slots:
                return slots[name]
            if name in fragments:
                return fragments[name]
            if name in closed:
                return alternation(closed[name])
            raise LanguageNotSupported(f"{self.path}: no slot {{{name}}} for the pattern {template[:60]!r}")
        return re.sub(r"\{([A-Za-z_]\w*)\}", sub, template)

    def closed(self, name: str) -> list[str]:
        """A closed class of words from ``grammar.toml`` (articles, prepositions...)."""
        return list(self.toml("grammar")["closed"][name])


def alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """A regex alternation of phrases, longest first, each space matching any run of spaces."""
    out = []
    for w in sorted(dict.fromkeys(words), key=len, reverse=True):
        e = re.escape(w)
        out.append(e.replace(r"\ ", r"\s+") if spaces else e)
    return "|".join(out)


@functools.cache
def _load(code: str, path: str | None) -> Lang:
    folder = Path(path) if path else HOME / code
    config_file = folder / "config.toml"
    if not config_file.is_file():
        known = ", ".join(_discover()) or "none"
        raise LanguageNotSupported(f"language {code!r} is not supported (no {config_file}; supported: {known})")
    with config_file.open("rb") as fh:
        config = tomllib.load(fh)
    if not config.get("model", {}).get("names"):
        raise LanguageNotSupported(f"{config_file}: [model] names is missing or empty")
    return Lang(code=code, path=folder, config=config)


def get_lang(lang: "str | Lang", path: "str | Path | None" = None) -> Lang:
    """The language object for a code (from ``lang/<code>/``) or for a folder of data."""
    if isinstance(lang, Lang):
        return lang
    return _load(str(lang), str(path) if path else None)


def register_lang_function() -> None:
    """``{"@misc": "veille.lang.v1", "code": "fr", "path": null}`` in a component's config."""
    from spacy import registry

    if "veille.lang.v1" not in registry.misc:
        registry.misc.register("veille.lang.v1", func=_lang_from_config)


def _lang_from_config(code: str = DEFAULT, path: str | None = None) -> Lang:
    return get_lang(code, path)


def lang_config(lang: "str | Lang", path: "str | Path | None" = None) -> dict:
    """The factory-config value that hands ``lang`` to a component."""
    if isinstance(lang, Lang):
        code, path = lang.code, (None if lang.path == HOME / lang.code else str(lang.path))
    else:
        code = lang
    return {"@misc": "veille.lang.v1", "code": code, "path": str(path) if path else None}


def every_folder_toml(name: str) -> list[dict]:
    """``lang/<code>/<name>.toml`` of every language folder that has one, by code: for the
    resources shared by all languages (the gazetteer's generic words, name keys)."""
    out = []
    for file in sorted(HOME.glob(f"*/{name}.toml")):
        with file.open("rb") as fh:
            out.append(tomllib.load(fh))
    return out


# Older helpers, kept for callers that name a language by its code.
def load_toml(lang: "str | Lang", name: str) -> dict:
    return get_lang(lang).toml(name)


def load_tsv(lang: "str | Lang", name: str) -> tuple[dict, ...]:
    return get_lang(lang).tsv(name)
