"""ClaimReview export: schema.org structure, reviewed claims only, authors, rating scale, urls."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from tests.export.fixtures import Sample, build_sample
from workbench.cli import main
from workbench.export import ExportError, ExportFilters, write_export
from workbench.export.claimreview import DEFAULT_ORGANIZATION, RATING_SCALE, RELATIONS_KEY, write_claimreview
from workbench.export.rows import iter_rows
from workbench.store import record_verdict


@pytest.fixture
def sample(tmp_path) -> Sample:
    s = build_sample(tmp_path / "claims.db")
    record_verdict(s.db, s.a, "disputed", "alice", "internal: ask the desk")
    record_verdict(s.db, s.b, "unattributed", "alice")
    record_verdict(s.db, s.c, "verified", "bob")
    record_verdict(s.db, s.d, "verified", "bob")
    record_verdict(s.db, s.d, "clear", "bob")  # cleared: not published
    return s


def reviews(db, **kwargs) -> list[dict]:
    buf = io.StringIO()
    write_export(db, buf, "claimreview", **kwargs)
    return json.loads(buf.getvalue())


def by_claim(items: list[dict]) -> dict[str, dict]:
    return {r["identifier"]: r for r in items}


def test_structure_uses_schema_org_names(sample):
    r = by_claim(reviews(sample.db))[sample.a]
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert set(r) >= {"claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"}
    assert r["claimReviewed"] == "Five Russians die for every Ukrainian, Pavlo Kyrylenko said."
    rating = r["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 3,
        "worstRating": 1,
        "alternateName": "disputed",
    }
    item = r["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2023-02-07"
    assert item["author"] == {"@type": "Person", "name": "Pavlo Kyrylenko"}
    assert item["appearance"] == {
        "@type": "NewsArticle",
        "url": "https://meridian.example/bakhmut",
        "headline": "Bakhmut holds, for now",
        "datePublished": "2023-02-07",
        "publisher": {"@type": "Organization", "name": "Meridian Wire"},
    }
    assert r["author"] == {"@type": "Organization", "name": "workbench reviewers"}
    decided = sample.db.execute("SELECT created_at FROM verdict_events WHERE claim_id = ?", [sample.a]).fetchone()[0]
    assert r["datePublished"] == decided
    assert "internal" not in json.dumps(r)  # reviewer notes are not published


def test_only_reviewed_claims(sample):
    assert set(by_claim(reviews(sample.db))) == {sample.a, sample.b, sample.c}
    assert set(by_claim(reviews(sample.db, filters=ExportFilters(verdicts=("verified",))))) == {sample.c}
    assert reviews(sample.db, filters=ExportFilters(verdicts=("unreviewed",))) == []


def test_author_omitted_when_unattributed_and_typed_otherwise(sample):
    got = by_claim(reviews(sample.db))
    assert "author" not in got[sample.b]["itemReviewed"]
    assert got[sample.c]["itemReviewed"]["author"] == {"@type": "Organization", "name": "the Ukrainian military"}


def test_rating_scale_mapping(sample):
    got = by_claim(reviews(sample.db))
    assert {k: got[k]["reviewRating"]["ratingValue"] for k in got} == {
        sample.a: RATING_SCALE["disputed"],
        sample.b: RATING_SCALE["unattributed"],
        sample.c: RATING_SCALE["verified"],
    }
    assert RATING_SCALE == {"disputed": 1, "unattributed": 2, "verified": 3}


def test_urls_and_organization(sample, monkeypatch, tmp_path):
    got = by_claim(reviews(sample.db))
    assert got[sample.a]["url"] == f"https://meridian.example/bakhmut#claim-{sample.a}"
    assert "url" not in got[sample.c]  # no article url and no --org-url
    assert "appearance" in got[sample.c]["itemReviewed"]  # headline and publisher still known
    org = by_claim(reviews(sample.db, organization="Example Desk", org_url="https://checks.example/"))
    assert org[sample.c]["url"] == f"https://checks.example/claims/{sample.c}"
    assert org[sample.c]["author"] == {
        "@type": "Organization",
        "name": "Example Desk",
        "url": "https://checks.example/",
    }
    # $WORKBENCH_ORGANIZATION is read once by the CLI's Settings and passed down (the library reads no environment)
    monkeypatch.setenv("WORKBENCH_ORGANIZATION", "Env Desk")
    assert by_claim(reviews(sample.db))[sample.a]["author"]["name"] == DEFAULT_ORGANIZATION
    out = tmp_path / "env.json"
    result = CliRunner().invoke(main, ["export", "--db", str(sample.path), "--format", "claimreview", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert by_claim(json.loads(out.read_text(encoding="utf-8")))[sample.a]["author"]["name"] == "Env Desk"


def test_relations_extension_field(sample):
    got = by_claim(reviews(sample.db))
    assert got[sample.a][RELATIONS_KEY] == [
        {"claim_id": sample.c, "relation": "conflict", "reason": "5:1 vs 7:1 Russian-to-Ukrainian deaths"}
    ]
    assert RELATIONS_KEY == "x-workbench-relations"


def test_empty_export_is_a_valid_array(tmp_path):
    s = build_sample(tmp_path / "empty.db")
    assert reviews(s.db) == []


def test_writes_the_array_element_by_element(sample):
    buf = io.StringIO()
    written_before: list[int] = []

    def rows():
        for row in iter_rows(sample.db, filters=ExportFilters(verdicts=("verified", "disputed", "unattributed"))):
            written_before.append(buf.getvalue().count('"ClaimReview"'))
            yield row

    assert write_claimreview(rows(), buf) == 3
    assert written_before == [0, 1, 2]


def test_per_reviewer_is_rejected(sample):
    with pytest.raises(ExportError, match="per-reviewer"):
        write_export(sample.db, io.StringIO(), "claimreview", per_reviewer=True)


def test_cli_claimreview(sample, tmp_path):
    out = tmp_path / "reviews.json"
    args = ["export", "--db", str(sample.path), "--format", "claimreview", "-o", str(out), "--organization", "Desk"]
    result = CliRunner().invoke(main, [*args, "--org-url", "https://desk.example"])
    assert result.exit_code == 0, result.output
    assert "wrote 3 reviews" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {r["author"]["name"] for r in data} == {"Desk"}
    assert all(r["url"].startswith("https://desk.example/claims/") for r in data)


def _row(**over) -> dict:
    row = {"claim_id": "c1", "claim": "x", "verdict": "disputed", "speaker_kind": "none", "outlet": "O",
           "title": "T", "url": "https://news.example/a", "published": "2026-01-02", "decided_at": "2026-01-03"}
    row.update(over)
    return row


def test_output_cannot_break_out_of_a_script_element():
    """ClaimReview is embedded in <script type="application/ld+json">: no raw < > & in the text."""
    hostile = "</script><script>alert(1)</script> & <!-- \u2028"
    buf = io.StringIO()
    write_claimreview([_row(claim=hostile, title=hostile, outlet=hostile)], buf)
    text = buf.getvalue()
    for raw in ("<", ">", "&", "\u2028"):
        assert raw not in text
    assert json.loads(text)[0]["claimReviewed"] == hostile  # still the same JSON value


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "  JAVASCRIPT:x", "ftp://x.example/"])
def test_only_http_urls_are_published(url):
    buf = io.StringIO()
    write_claimreview([_row(url=url)], buf, org_url=url)
    got = json.loads(buf.getvalue())[0]
    scheme = url.strip().lower().split(":", 1)[0] + ":"
    assert scheme not in json.dumps(got).lower()
    assert "url" not in got and "url" not in got["author"]
    assert "url" not in got["itemReviewed"].get("appearance", {})
