"""repair: find and fix the damage that machine translation, scraping and encodings do to news articles.

The Python API (see repair/api.py): ``repair.fix_text``, ``repair.check_text``,
``repair.score_text`` and ``repair.Engine``. They are imported on first use, so
``import repair`` stays cheap for the CLI.
"""

__version__ = "0.1.0"

_API = ("Engine", "check_text", "fix_text", "score_text")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from repair import api

        return getattr(api, name)
    raise AttributeError(f"module 'repair' has no attribute {name!r}")
