"""Speeds and lengths as each report's only figure of one dimension (``analyze.sole_figures``), and the slash rate
stored at extraction ("55 km/h": per hour, ``extract.holders``). Fictional reports written for these tests, not the
dev corpus."""

from __future__ import annotations

from workbench.extract.holders import act_of
from workbench.extract.quantities import extract_quantities

HAULIER = "The tanker was travelling at 55 km/h when it left the road, the haulier said."
POLICE = "Traffic police put the tanker's speed at about 95 kilometres an hour."


def test_a_slash_rate_after_a_unit_is_stored_per_hour():
    """"55 km/h" is 55 km per hour: the rate is stored with the figure, as "95 kilometres an hour" is."""
    q = [q for q in extract_quantities(HAULIER) if q.value == 55][0]
    assert act_of(HAULIER, q).get("per") == "hour"
