"""A denial against another source's clause about a deed done to the party's thing ("sealed the bakery of the
baker, Name"), not by the party: no charge the denial answers (issue 9, false conflicts). Invented wording;
vectors from the real embedder."""

from __future__ import annotations

import numpy as np
import pytest

from tests.analyze.test_denied_claims import _between, _relations, _rows


@pytest.fixture(scope="module")
def embed(onnx_embedder):
    return lambda rows: np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)


def _got(embed, *texts: str):
    rows = _rows(*texts)
    return _between(_relations(rows, embed(rows)), rows[0].text, rows[1].text)


def test_a_deed_done_to_the_partys_thing_is_no_charge(embed):
    got = _got(embed, "Inspectors sealed the bakery of the baker, Hask Breads, on Monday afternoon, the council said.",
               "The baker, Tor Hask, denied that the oven in his bakery had overheated before the fire.")
    assert got is None or got.relation != "conflict", got

