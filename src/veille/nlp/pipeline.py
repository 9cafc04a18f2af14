"""The spaCy pipeline for a language: the model's own components, then veille's, each a
registered factory that declares what it requires and assigns on the shared Doc."""
from __future__ import annotations

import functools
import logging
import os

import spacy
from spacy.language import Language

from veille.nlp import actors as _actors  # noqa: F401  (registers the factories)
from veille.nlp import events as _events  # noqa: F401
from veille.nlp import kb_ruler as _kb_ruler  # noqa: F401
from veille.nlp import figures as _figures  # noqa: F401
from veille.nlp import places as _places  # noqa: F401
from veille.nlp import quotes as _quotes  # noqa: F401
from veille.nlp import segment as _segment  # noqa: F401
from veille.nlp import timexes as _timexes  # noqa: F401
from veille.lang import DEFAULT, Lang, get_lang, lang_config, register_lang_function
from veille.nlp.extensions import register
from veille.nlp.tokenizer import keep_compounds_whole

log = logging.getLogger(__name__)

# veille's components in pipeline order; tests pin this list.
VEILLE_COMPONENTS = ["veille_sentences", "veille_kb_ruler", "veille_timexes", "veille_places", "veille_actors",
                     "veille_quotes", "veille_figures", "veille_events"]


class ModelMissing(RuntimeError):
    pass


def model_names(lang: "str | Lang") -> list[str]:
    """The spaCy models to try for a language, best first (``lang/<code>/config.toml``)."""
    return list(get_lang(lang).models)


def load_model(lang: "str | Lang", model: str | None = None) -> Language:
    model = model or os.environ.get("VEILLE_MODEL") or None
    names = [model] if model else model_names(lang)
    lang = get_lang(lang).code
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(f"no spaCy model for {lang!r} installed (tried {', '.join(names)}); "
                       f"pip install {names[0].replace('_', '-') if names else 'a model'}")


@functools.cache
def get_pipeline(lang: str = DEFAULT, model: str | None = None) -> Language:
    return build_pipeline(lang, model)


def build_pipeline(lang: "str | Lang" = DEFAULT, model: str | None = None, lang_path: str | None = None) -> Language:
    """The model for ``lang`` with veille's components; ``lang_path`` reads the language's
    data from another folder than ``veille/lang/<code>/`` (a language being written)."""
    register()
    register_lang_function()
    language = get_lang(lang, lang_path)
    nlp = load_model(language, model)
    keep_compounds_whole(nlp, language)
    nlp.add_pipe("veille_sentences", before="parser", config={"lang": lang_config(language)})
    nlp.add_pipe("veille_kb_ruler", config={"lang": lang_config(language)})
    for name in VEILLE_COMPONENTS[2:]:
        nlp.add_pipe(name, config={"lang": lang_config(language)})
    return nlp
