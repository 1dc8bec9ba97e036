"""The Textual review app (`repair review`): see app.ReviewApp."""

from repair.tui.app import ReviewApp, ReviewItem

__all__ = ["ReviewApp", "ReviewItem"]
