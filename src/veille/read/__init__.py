"""Inputs -> articles: ``(id, text, metadata)`` from text, HTML, JSON Lines and feed files.

Every reader yields :class:`Article` items or :class:`ReadFailure` items, never raises
for bad input, so one broken file never stops a batch.
"""
from veille.read.article import Article, ReadFailure, MAX_CHARS
from veille.read.dispatch import read_path, read_paths, read_stdin
from veille.read.validate import as_article

__all__ = ["Article", "ReadFailure", "MAX_CHARS", "as_article", "read_path", "read_paths", "read_stdin"]
