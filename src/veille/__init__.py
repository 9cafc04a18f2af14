"""veille: conflict and crisis news turned into structured, sourced event data.

>>> import veille
>>> rec = veille.extract("Au moins 12 civils ont été tués lundi à Goma, selon l'ONU.", published="2024-06-11")
>>> rec.figures[0].best
12
"""
from veille.extract import ExtractionError, extract, extract_many
from veille.read.validate import as_article
from veille.record import Record

__all__ = ["extract", "extract_many", "as_article", "Record", "ExtractionError"]
__version__ = "0.1.0"
