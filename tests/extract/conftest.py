"""Fixtures of the extraction tests: none shared; the gold files are in ``tests/gold``.

Extraction is pure functions over text, so its tests build their input inline; the per-file
fixtures (``sample_texts``, ``seed_texts``) read the bundled samples and ``../shared/seeds``.
"""
