"""Fixtures of the export tests.

The sample database (four claims, one cluster, one conflict, one agreement) is built by
``tests.export.fixtures.build_sample`` through the store's document and analysis writers; each
test module records its own verdicts on it (its ``sample`` fixture). The CLI and store tests
import the same builder.
"""
