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
from veille.nlp import figure_scope as _figure_scope  # noqa: F401
from veille.nlp import labels as _labels  # noqa: F401
from veille.nlp import parse_repair as _parse_repair  # noqa: F401
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
VEILLE_COMPONENTS = ["veille_sentences", "veille_parse_repair", "veille_kb_ruler", "veille_timexes", "veille_places", "veille_actors",
                     "veille_quotes", "veille_figures", "veille_figure_scope", "veille_events"]


class ModelMissing(RuntimeError):
    pass


def model_names(lang: "str | Lang") -> list[str]:
    """The spaCy models to try for a language, best first (``lang/<code>/config.toml``)."""
    return list(get_lang(lang).models)


def model_lang(name: str) -> str | None:
    """The language of an installed model package, read from its meta.json (no load)."""
    try:
        return spacy.util.get_model_meta(spacy.util.get_package_path(name)).get("lang")
    except Exception:  # noqa: BLE001 - not a package (a path, a typo): the load will say
        return None


def load_model(lang: "str | Lang", model: str | None = None) -> Language:
    """``model`` (or $VEILLE_MODEL) if given, else the language's models in turn. A model
    chosen by name serves its own language only: in a batch that mixes languages the other
    articles get their language's default model."""
    code = get_lang(lang).code
    model = model or os.environ.get("VEILLE_MODEL") or None
    if model and model_lang(model) not in (None, code):
        model = None
    names = [model] if model else model_names(lang)
    lang = code
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if model and nlp.lang != lang:   # the language's own list is trusted (a toy borrows one)
            raise ModelMissing(f"model {name!r} is for language {nlp.lang!r}, not {lang!r}")
        return nlp
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
    if _labels.label_map(language):
        # a model whose parser does not speak Universal Dependencies: renamed right after it
        nlp.add_pipe("veille_dep_labels", after="parser", config={"lang": lang_config(language)})
    # (after the model's own lemmatizer: the repair reads lemmas)
    nlp.add_pipe("veille_parse_repair", config={"lang": lang_config(language)})
    nlp.add_pipe("veille_kb_ruler", config={"lang": lang_config(language)})
    for name in VEILLE_COMPONENTS[3:]:
        nlp.add_pipe(name, config={"lang": lang_config(language)})
    return nlp
