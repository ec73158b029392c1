"""Fixtures of the benchmark-harness tests: none shared (each test generates its small corpus).

The development corpus and its gold are in ``tests/gold/devcorpus``.
"""
