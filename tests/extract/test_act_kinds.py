"""The verb of a dated clause and whether its act recurs (extract.act_kinds). Fictional wording."""

from __future__ import annotations

import pytest

from workbench.extract.act_kinds import act_verb


@pytest.mark.parametrize(
    ("clause", "verb", "recurs"),
    [
        ("the Osk ferry captain refused to dock at the pier", "refused", True),
        ("Minister Hale denied the report late Friday", "denied", True),
        ("Lund slammed the plan before the vote", "slammed", True),
        ("the Osk ferry captain resigned over the pier lease", "resigned", False),
        ("the council voted 31-4 on a bill that renamed the harbour", "voted", False),
        # a participle after a determiner is no finite verb: the first verb is the act's
        ("the revised lease was signed by the captain", "signed", False),
    ],
)
def test_the_first_verb_and_whether_it_recurs(clause: str, verb: str, recurs: bool) -> None:
    assert act_verb(clause) == (verb, recurs)


def test_a_clause_without_a_past_verb_names_none() -> None:
    assert act_verb("calls to quit from the harbour board") is None
