"""Dependency labels in one scheme for every language.

The components read the parse with Universal Dependencies labels ("nsubj:pass", "obj",
"aux:pass"), as the French models give them. A model trained on another scheme (the English
models' ClearNLP labels: "nsubjpass", "dobj", "auxpass") gets its labels renamed once,
right after its parser, from the language's ``config.toml`` [dependencies]; a language
whose model already speaks UD has no table and no such component.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import get_lang
from veille.nlp.extensions import LANG_CONFIG


def label_map(lang) -> dict[str, str]:
    return dict(get_lang(lang).config.get("dependencies", {}).get("rename", {}))


class LabelMapper:
    def __init__(self, lang):
        self.rename = label_map(lang)

    def __call__(self, doc: Doc) -> Doc:
        rename = self.rename
        for tok in doc:
            new = rename.get(tok.dep_)
            if new is not None:
                tok.dep_ = new
        return doc


@Language.factory("veille_dep_labels", requires=["token.dep"], assigns=["token.dep"],
                  default_config={"lang": LANG_CONFIG})
def make_dep_labels(nlp: Language, name: str, lang):
    return LabelMapper(lang)
