"""Plain-text boilerplate removal: every furniture line goes, every real sentence stays.

The two seed articles under ../shared/seeds are real scrapes. Their expected prose
paragraphs are kept here only as hashes (never their sentences), so the test checks that
exactly those paragraphs survive, in order, and nothing else does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workbench.ingest.meta import outlet_from_filename
from workbench.ingest.plaintext import strip_boilerplate
from workbench.ingest.readers import read_inputs
from workbench.models import Article

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SCRAPE_SEED = "003_efa5ca277fb82a80.txt"
CLEAN_SEED = "000_badd188a384b6117.txt"

# sha256 (first 16 hex) of each whitespace-folded prose paragraph, in reading order.
SCRAPE_PARAGRAPHS = [
    "e9f4cfd66a68a981", "1268284092c2b958", "b23948f51dfda305", "9cf45ec072606f6f",
    "c2d0afe49543a0ff", "3fa29920261d7a8c", "e51839f0d4eb1421", "899e7a7a7a0d1d8d",
    "7309c99ccd216d91", "5546f34864c840bc", "381390b70ff81347", "5c6c9fcef496e552",
]  # fmt: skip
CLEAN_PARAGRAPHS = [
    "6d2b847f7f8a5cc0", "2fde7df2c5c5a343", "a955e0a697d1d2e9", "cc55ddf1330d9466",
    "1d0e01dc13f73bfe", "bcf5310917c32224", "3bb40927196b2f71", "2060221a3e9ed38b",
    "772cb1f667901acc", "5f17e33e73c71ccf", "68a8ece90aff6cc7", "44eeb3b411f052c7",
]  # fmt: skip
SCRAPE_TITLE = "a2f9ea8f837995a1"
FURNITURE_MARKERS = ["Sponsor:", "NextImg", "QWIKET", "CLICK HERE", "Leave a comment", "Required fields", "Remer"]

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS}")


def short_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def paragraph_hashes(text: str) -> list[str]:
    return [short_hash(p) for p in text.split("\n\n") if p.strip()]


def read_seed(name: str) -> Article:
    items = list(read_inputs([str(SEEDS / name)]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@needs_seeds
def test_scraped_seed_keeps_every_prose_paragraph_and_nothing_else():
    article = read_seed(SCRAPE_SEED)
    assert paragraph_hashes(article.text) == SCRAPE_PARAGRAPHS
    for marker in FURNITURE_MARKERS:
        assert marker not in article.text
    lines = article.text.split("\n")
    assert "0" not in lines and "back" not in lines and "topic" not in lines
    assert not any(line.isupper() for line in lines if line), "capitals headline left in"


@needs_seeds
def test_scraped_seed_metadata_is_lifted_from_the_furniture():
    article = read_seed(SCRAPE_SEED)
    assert article.outlet == "The America One News"
    assert article.author == "Mike Brest"
    assert article.published == "2025-02-22"
    assert article.title is not None and short_hash(article.title) == SCRAPE_TITLE
    assert article.fmt == "txt"
    assert article.source_path == str((SEEDS / SCRAPE_SEED).resolve())


@needs_seeds
def test_clean_seed_loses_only_the_comment_form():
    article = read_seed(CLEAN_SEED)
    assert paragraph_hashes(article.text) == CLEAN_PARAGRAPHS
    assert "Leave a comment" not in article.text
    assert "Your email address" not in article.text
    # no metadata in the file and a name of ids only: a readable "unknown", never the hash
    assert article.outlet == "Unknown outlet (Seeds)"
    assert article.author is None and article.published is None


SCRAPE = """THE LAKESIDE HERALD
Mar 3, 2023  |
12
 | Duluth, MN
Sponsor:  GADGETCO Deals
Advertisement
menu
By Ana Lopez, Senior Correspondent

NextImg:Council votes to widen the harbour road

The city council voted on Tuesday to widen the harbour road, the mayor's office said.

Two members opposed the plan, saying it would cost more than the town could afford.

MAYOR UNVEILS NEW PARK PLAN FOR THE WATERFRONT

Work is expected to begin in the spring and last about eight months.

CLICK HERE TO READ MORE FROM THE LAKESIDE HERALD
Share this article: Facebook | X
(Reporting by Ana Lopez; editing by Sam Reed)

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
"""


def test_synthetic_scrape_every_rule():
    cleaned = strip_boilerplate(SCRAPE)
    assert set(cleaned.dropped) == {
        "masthead", "dateline", "number", "fragment", "sponsor", "nav", "byline", "nextimg",
        "caps-headline", "promo", "footer", "comment-form",
    }  # fmt: skip
    assert cleaned.outlet == "The Lakeside Herald"
    assert cleaned.author == "Ana Lopez"
    assert cleaned.published == "2023-03-03"
    assert cleaned.title == "Council votes to widen the harbour road"
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The city council voted on Tuesday")
    assert paragraphs[1].startswith("Two members opposed")
    assert paragraphs[2].startswith("Work is expected")
    for gone in (
        "GADGETCO",
        "Advertisement",
        "menu",
        "PARK PLAN",
        "CLICK HERE",
        "Share this",
        "Reporting by",
        "Comment *",
    ):
        assert gone not in cleaned.text


def test_real_sentences_that_look_like_furniture_survive():
    text = "\n\n".join(
        [
            "Back in January, officials said the road would stay open for at least another month.",
            "Related talks in Geneva ended without agreement, according to two diplomats.",
            "Watch commanders said the front was quiet overnight, a rare pause in the fighting.",
            "By the end of the week, more than 3,000 residents had left the town.",
            'The NATO official said the figure was "NOT CONFIRMED" by any independent source.',
            "Topic of the day: the river crossing, which both sides say they control.",
        ]
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == text
    assert cleaned.author is None and cleaned.outlet is None


def test_short_first_line_becomes_title_only_when_set_apart():
    assert (
        strip_boilerplate("Why the river matters\n\nThe river is the front line now.").title == "Why the river matters"
    )
    kept = strip_boilerplate("The river matters.\n\nIt is the front line now, officials said.")
    assert kept.title is None and kept.text.startswith("The river matters.")
    assert strip_boilerplate("Title text here\n\nBody.", find_title=False).text.startswith("Title text here")


def test_capitalised_first_line_without_outlet_word_is_not_a_masthead():
    cleaned = strip_boilerplate("RUSSIA CLAIMS GAINS NEAR THE RIVER\n\nOfficials in Kyiv denied the claim on Friday.")
    assert cleaned.outlet is None
    assert cleaned.text == "Officials in Kyiv denied the claim on Friday."


def test_wire_lead_in_is_removed_from_the_first_sentence_only():
    text = "KYIV, Feb 24 (Coastal Wire) - Officials said the bridge was repaired.\n\nPARIS - a later line stays."
    cleaned = strip_boilerplate(text)
    assert cleaned.text.startswith("Officials said the bridge was repaired.")
    assert "PARIS - a later line stays." in cleaned.text


def test_comment_form_in_the_header_does_not_cut_the_article():
    text = "3 comments\n\n4 min read\n\nThe ministry said on Monday that the convoy had arrived safely in the city."
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "The ministry said on Monday that the convoy had arrived safely in the city."
    assert cleaned.title is None


@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        ("By Jane Roe, Staff Writer", "Jane Roe", None),
        ("BY JANE ROE", "Jane Roe", None),
        ("by Jane Roe | Staff", "Jane Roe", None),
        ("Published: 2023-02-07 10:30", None, "2023-02-07"),
        ("Updated 7 February 2023 | 4 min read", None, "2023-02-07"),
        ("Tue, Feb 7, 2023 |", None, "2023-02-07"),
    ],
)
def test_header_lines_become_metadata(header, author, published):
    cleaned = strip_boilerplate(f"{header}\n\nThe town was quiet on Monday, residents said.")
    assert cleaned.text == "The town was quiet on Monday, residents said."
    assert (cleaned.author, cleaned.published) == (author, published)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("/data/seeds/000_badd188a384b6117.txt", "Unknown outlet (Seeds)"),
        ("/data/7f3a9c1e2b/0042.txt", "Unknown outlet"),
        ("2023-02-07_harbor_post_dam_story.txt", "Harbor Post"),
        ("field_notes.txt", "Field Notes"),
    ],
)
def test_outlet_from_a_file_name_is_readable(name: str, outlet: str) -> None:
    assert outlet_from_filename(name) == outlet


def test_story_date_beats_the_page_header_date() -> None:
    page = "THE HARBOR POST\nFeb 22, 2025 |\n\nLIMA, Feb 20, 2023 (Meridian Wire) - The mayor said the dam held.\n"
    assert strip_boilerplate(page).published == "2023-02-20"
    page = (
        "THE HARBOR POST\nFeb 22, 2025 |\nUpdated: 2023-02-21\nPublished: 2023-02-19\n\nThe mayor said the dam held.\n"
    )
    assert strip_boilerplate(page).published == "2023-02-19"
    page = "THE HARBOR POST\nFeb 22, 2025 |\n\nThe mayor said the dam held on Monday.\n"
    assert strip_boilerplate(page).published == "2025-02-22"


def test_all_caps_shortcut_answers_as_the_full_count():
    """The head-of-line shortcut in ``_is_all_caps`` never changes its answer (speed only, issue 12)."""
    from workbench.ingest.plaintext import _has_lower, _is_all_caps

    def reference(line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) >= 0.9

    lines = ["THE HARBOR POST", "BREAKING NEWS: MAYOR RESIGNS", "Mayor resigns after vote", "ÉTÉ CHAUD À PARIS",
             "ΑΘΗΝΑ ΣΗΜΕΡΑ", "abc", "ABCDEFGHIJ k", "ABCDEFGHI jk", "12345 67890", "ǅ ǅ ǅ ǅ ǅ ǅ", "ß" * 12,
             "A" * 90 + "b" * 9, "A" * 90 + "b" * 11, "b" * 30 + "A" * 400, "The mayor said " * 40,
             "x" + "Y" * 200 + " lower tail words here", ""]
    for line in lines:
        assert _is_all_caps(line) == reference(line), line
        assert _has_lower(line) == any(c.islower() for c in line), line
