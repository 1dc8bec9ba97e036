"""Adapters that put repair inside other tools' pipelines (datatrove for corpora)."""
