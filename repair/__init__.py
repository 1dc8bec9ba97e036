"""repair: find and fix the damage that machine translation, scraping and encodings do to news articles."""

__version__ = "0.1.0"
