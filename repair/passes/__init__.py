"""Passes read a Document and return Proposals; none of them edits text itself."""
