"""``veille serve``: the store over HTTP, a JSON API under /api and the dashboard at /.

>>> from veille.serve import create_app
>>> app = create_app("corpus.db")                 # read-only; writes need a token
>>> app = create_app("corpus.db", token="s3cret") # POST /api/articles with Bearer s3cret

See docs/api.md for the endpoints; ``veille.serve.app`` builds the app, ``routes`` and
``writes`` answer, ``queries`` holds the SQL, ``params`` checks the parameters.
"""
from veille.serve.app import create_app

__all__ = ["create_app"]
