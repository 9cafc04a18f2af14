"""Which supported language an article is written in, when the caller does not say.

py3langid (langid.py's n-gram model, shipped inside the wheel: nothing is downloaded) is
restricted to the languages veille has a folder for, so a short French flash is never
"identified" as Catalan or Walloon; docs/english.md compares it with langdetect and lingua.
"""
from __future__ import annotations

import functools

# the opening of an article is enough and keeps long live pages cheap
_SAMPLE_CHARS = 2000


@functools.cache
def _identifier(langs: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(langs))
    return ident


def detect_language(text: str, default: str = "fr") -> str:
    """The code of the supported language ``text`` is most likely written in; ``default``
    for a text with no letters to go on."""
    from veille.lang import SUPPORTED
    sample = (text or "")[:_SAMPLE_CHARS]
    if len(SUPPORTED) < 2 or not any(c.isalpha() for c in sample):
        return default if default in SUPPORTED else SUPPORTED[0]
    return _identifier(tuple(SUPPORTED)).classify(sample)[0]
