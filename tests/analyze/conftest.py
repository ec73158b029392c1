"""Fixtures of the analysis tests.

The session-wide embedders (``embed_cache_dir``, ``onnx_embedder``, ``torch_embedder``:
``fixtures_embed.py``) and the analysed samples (``analyzed_samples``, ``sample_db_copy``:
``fixtures_analyze.py``) live in this folder but are registered by the root ``tests/conftest.py``:
the store, CLI, review UI and ingest tests use them too, and pytest shares a folder's conftest
fixtures only with that folder. The gold files are in ``tests/gold``.
"""
