"""Where a claim says a thing will be kept or moved to (extract.sites).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from workbench.extract.sites import site_of


def test_a_thing_kept_in_or_moved_to_a_named_place() -> None:
    got = site_of("The merged bank will keep its main archive in Ostrava, the chairman said.")
    assert got == {"kind": "keep", "thing": ["main", "archive"], "place": "Ostrava", "at": ["ostrava"]}, got
    got = site_of("The main archive of the new bank will move to the coastal city of Varna, an adviser said.")
    assert got is not None and got["kind"] == "move" and got["thing"] == ["main", "archive"], got
    assert got["at"] == ["varna"], got
    got = site_of("The training centre will stay in Brno, the union said.")
    assert got is not None and got["kind"] == "keep" and got["at"] == ["brno"], got


def test_no_named_place_or_no_thing_is_no_site() -> None:
    assert site_of("The bank will keep its promise in full, the chairman said.") is None
    assert site_of("She will move to a new role in the spring.") is None
