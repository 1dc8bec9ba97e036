"""The Textual review app (`repair review`): see app.ReviewApp.

Nothing is imported here, so the review command can start Harper's worker before it pays
for importing Textual (the app's modules load while the worker builds its Linter)."""

from __future__ import annotations

__all__ = ["ReviewApp", "ReviewItem"]


def __getattr__(name: str):
    if name in __all__:
        from repair.tui import app

        return getattr(app, name)
    raise AttributeError(name)
