"""schema.org ClaimReview (JSON-LD) export: what partners and search engines ingest.

One ``ClaimReview`` per reviewed claim (claims with no verdict, or cleared, are skipped),
written as a JSON array element by element so a large export streams.

Choices (documented here because partners will ask):

- ``reviewRating``: ``alternateName`` is our verdict word; the numeric scale is
  ``worstRating`` 1 .. ``bestRating`` 3 with disputed = 1, unattributed = 2 (no source to
  check: neither confirmed nor refuted), verified = 3 (:data:`RATING_SCALE`).
- ``itemReviewed`` is a ``Claim``: ``author`` is the speaker (``Person`` for named and
  anonymous sources -- the name is the article's wording, e.g. "a senior official" --
  ``Organization`` for organizations) and is omitted for unattributed claims (speaker
  kind ``none``); ``appearance`` is the article as a ``NewsArticle`` (url, headline,
  datePublished, publisher = outlet); ``datePublished`` is the article date.
- ``author`` of the review is the reviewing organisation (``--organization``, else
  ``$WORKBENCH_ORGANIZATION``, else :data:`DEFAULT_ORGANIZATION`), with ``url`` when
  ``--org-url`` is given. ``datePublished`` is when the verdict was recorded.
- ``url``: with ``--org-url``, ``{org-url}/claims/{claim_id}`` (a permalink on the
  organisation's site); otherwise the article url with ``#claim-{claim_id}``; omitted when
  neither exists. ``identifier`` is the workbench claim id.
- Agree/conflict links go in the plain key ``x-workbench-relations`` (list of
  ``{claim_id, relation, reason}``), omitted when empty. It is deliberately not a
  schema.org term: JSON-LD processors drop unknown keys, so it never pollutes the graph,
  while our partners can read it as JSON.
- Reviewer notes are internal and are not published.
- A claim whose reviewers split (``review_state`` "split": their standing verdicts differ
  and no adjudicator has decided) is not published: publishing whichever verdict came
  last would present a dispute as settled. An adjudication, when recorded, is the
  verdict published.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

RATING_SCALE: dict[str, int] = {"disputed": 1, "unattributed": 2, "verified": 3}
WORST_RATING = 1
BEST_RATING = 3
DEFAULT_ORGANIZATION = "workbench reviewers"
RELATIONS_KEY = "x-workbench-relations"
_AUTHOR_TYPES = {"organization": "Organization", "named": "Person", "anonymous": "Person"}


def organization_name(explicit: str | None = None) -> str:
    """``explicit``, else the default.

    ``$WORKBENCH_ORGANIZATION`` and the config file are read once by :mod:`workbench.settings`;
    the CLI passes ``Settings.organization`` as ``explicit``.
    """
    return explicit or DEFAULT_ORGANIZATION


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in (None, "", [], {})}


# JSON-LD is embedded in <script type="application/ld+json">: these must never appear raw, or
# the text could close the element ("</script>") or start a comment; \u escapes are still JSON.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def http_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: ``javascript:`` and the like are never published."""
    if not url:
        return None
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def review_url(row: dict[str, Any], org_url: str | None) -> str | None:
    org_url = http_url(org_url)
    if org_url:
        return f"{org_url.rstrip('/')}/claims/{row['claim_id']}"
    if http_url(row.get("url")):
        return f"{http_url(row['url']).split('#', 1)[0]}#claim-{row['claim_id']}"
    return None


def claim_review(row: dict[str, Any], organization: str, org_url: str | None = None) -> dict[str, Any] | None:
    """The ClaimReview object for a row, or None when the row has no verdict or its reviewers split."""
    verdict = row.get("verdict")
    if verdict not in RATING_SCALE or row.get("review_state") == "split":
        return None
    kind = row.get("speaker_kind") or "none"
    speaker_author = None
    if kind != "none" and row.get("speaker"):
        speaker_author = {"@type": _AUTHOR_TYPES.get(kind, "Person"), "name": row["speaker"]}
    publisher = {"@type": "Organization", "name": row["outlet"]} if row.get("outlet") else None
    appearance = _compact(
        {
            "@type": "NewsArticle",
            "url": http_url(row.get("url")),
            "headline": row.get("title"),
            "datePublished": row.get("published"),
            "publisher": publisher,
        }
    )
    item = _compact(
        {
            "@type": "Claim",
            "author": speaker_author,
            "appearance": appearance if len(appearance) > 1 else None,
            "datePublished": row.get("published"),
        }
    )
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": row["claim_id"],
        "url": review_url(row, org_url),
        "claimReviewed": row["claim"],
        "itemReviewed": item,
        "author": _compact({"@type": "Organization", "name": organization, "url": http_url(org_url)}),
        "datePublished": row.get("decided_at"),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_SCALE[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": verdict,
        },
        RELATIONS_KEY: [
            {"claim_id": r["claim_id"], "relation": r["relation"], "reason": r["reason"]}
            for r in row.get("relations") or []
        ],
    }
    return _compact(review)


def write_claimreview(
    rows: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    organization: str | None = None,
    org_url: str | None = None,
    on_row: Callable[[int], None] | None = None,
) -> int:
    """Write a JSON array of ClaimReview objects, one element at a time; return the count."""
    org = organization_name(organization)
    out.write("[")
    n = 0
    for row in rows:
        review = claim_review(row, org, org_url)
        if review is None:
            continue
        out.write("\n" if n == 0 else ",\n")
        out.write(json.dumps(review, ensure_ascii=False, indent=None).translate(_SCRIPT_SAFE))
        n += 1
        if on_row:
            on_row(n)
    out.write("\n]\n" if n else "]\n")
    return n
