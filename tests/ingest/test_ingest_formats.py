"""Each input format becomes an Article with clean text and the right metadata."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.ingest import read_inputs, read_stream
from workbench.ingest.meta import outlet_from_filename, to_iso_date
from workbench.models import Article, IngestProblem

SAMPLES = Path(__file__).resolve().parents[2] / "workbench" / "samples"

MARKDOWN = """---
title: Reservoir levels fall below seasonal average
source: The Valley Gazette
link: https://valley.example/2023/03/reservoir
date: 7 March 2023
author: [Mira Sol, Teo Park]
---

# Reservoir levels fall below seasonal average

The regional water board said on **Monday** that the main reservoir was at *61%* of capacity,
well below the average for early March.

## What the board said

- Rationing is [not yet planned](https://valley.example/rationing), a spokesperson said.
- Farmers were asked to cut use by `10%` voluntarily.

![chart](chart.png)

```
code fences are not prose
```
"""

HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Ferry service resumes after storm | The Island Courier</title>
<meta property="og:site_name" content="The Island Courier">
<meta property="og:title" content="Ferry service resumes after storm">
<meta name="author" content="Rosa Quint">
<meta property="article:published_time" content="2023-01-15T08:00:00Z">
<link rel="canonical" href="https://island.example/ferry-resumes">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/subscribe">Subscribe today</a></nav>
<div class="ad">ADVERTISEMENT - Discount kayaks this weekend only</div>
<article>
<h1>Ferry service resumes after storm</h1>
<p class="dateline">January 15, 2023</p>
<p>The ferry operator said the first crossing since the storm left the harbour at seven in the morning with 140 passengers aboard.</p>
<p>Harbour officials said the damaged pier would be repaired by the end of the month, although engineers had not yet inspected the pilings.</p>
</article>
<aside><h3>Most read</h3><p>Ten gardening tips for a very windy island.</p></aside>
<footer><p>Copyright 2023 The Island Courier. All rights reserved.</p></footer>
</body></html>"""


def only_article(items: list) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def read_one(path: Path, overrides=None) -> Article:
    return only_article(list(read_inputs([str(path)], overrides or {})))


def test_txt_plain_article(tmp_path):
    path = tmp_path / "harbor_post_analysis.txt"
    path.write_text("The bridge reopened on Friday, the transport ministry said.\r\n\r\nTraffic was light.  \r\n")
    article = read_one(path)
    assert article.text == "The bridge reopened on Friday, the transport ministry said.\n\nTraffic was light."
    assert article.fmt == "txt"
    assert article.outlet == "Harbor Post"
    assert article.source_path == str(path.resolve())
    assert article.title is None and article.published is None


def test_markdown_front_matter_and_markup(tmp_path):
    path = tmp_path / "reservoir.md"
    path.write_text(MARKDOWN)
    article = read_one(path)
    assert article.fmt == "md"
    assert article.title == "Reservoir levels fall below seasonal average"
    assert article.outlet == "The Valley Gazette"
    assert article.url == "https://valley.example/2023/03/reservoir"
    assert article.published == "2023-03-07"
    assert article.author == "Mira Sol, Teo Park"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "The regional water board said on Monday that the main reservoir was at 61% of capacity, "
        "well below the average for early March."
    )
    assert "Rationing is not yet planned, a spokesperson said." in paragraphs
    assert "Farmers were asked to cut use by 10% voluntarily." in paragraphs
    for markup in ("**", "*", "`", "](", "![", "#", "code fences", "---"):
        assert markup not in article.text
    # the H1 repeats the title: it is metadata, not body text
    assert "Reservoir levels fall" not in article.text


def test_markdown_without_front_matter_takes_title_from_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Flood barrier finished early\n\nThe barrier was completed two weeks early, engineers said.\n")
    article = read_one(path)
    assert article.title == "Flood barrier finished early"
    assert article.text == "The barrier was completed two weeks early, engineers said."
    assert article.outlet == "Notes"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "ferry.html"
    path.write_text(HTML)
    article = read_one(path)
    assert article.fmt == "html"
    assert article.outlet == "The Island Courier"
    assert article.title == "Ferry service resumes after storm"
    assert article.author == "Rosa Quint"
    assert article.published == "2023-01-15"
    assert article.url == "https://island.example/ferry-resumes"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The ferry operator said the first crossing")
    assert paragraphs[1].startswith("Harbour officials said the damaged pier")
    for furniture in ("Home", "Subscribe", "ADVERTISEMENT", "gardening", "Copyright", "January 15, 2023"):
        assert furniture not in article.text


def test_htm_extension_is_html(tmp_path):
    path = tmp_path / "ferry.htm"
    path.write_text(HTML)
    assert read_one(path).fmt == "html"


def test_jsonl_one_article_per_line(tmp_path):
    path = tmp_path / "coastal_wire_feed.jsonl"
    rows = [
        {
            "text": "Port workers ended their strike on Sunday, the union said.",
            "outlet": "Coastal Wire",
            "title": "Port strike ends",
            "url": "https://coastal.example/strike",
            "published": "2023-02-26T10:00:00+00:00",
            "author": "Desk",
        },
        {"text": "A second ship docked on Monday, officials said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    items = list(read_inputs([str(path)], {}))
    assert all(isinstance(i, Article) for i in items) and len(items) == 2
    first, second = items
    assert (first.outlet, first.title, first.url, first.published, first.author) == (
        "Coastal Wire",
        "Port strike ends",
        "https://coastal.example/strike",
        "2023-02-26",
        "Desk",
    )
    assert first.text == rows[0]["text"]
    assert first.source_path == f"{path.resolve()}:1"
    assert second.source_path == f"{path.resolve()}:2"
    assert second.outlet == "Coastal Wire"  # from the file name
    assert {first.fmt, second.fmt} == {"jsonl"}


def test_overrides_replace_file_metadata(tmp_path):
    path = tmp_path / "reservoir.md"
    path.write_text(MARKDOWN)
    article = read_one(
        path,
        {"outlet": "Hill Times", "url": "https://hill.example/x", "published": "March 9, 2023", "title": None},
    )
    assert article.outlet == "Hill Times"
    assert article.url == "https://hill.example/x"
    assert article.published == "2023-03-09"
    assert article.title == "Reservoir levels fall below seasonal average"  # None keeps the file's


@pytest.mark.parametrize(
    ("content", "fmt_seen"),
    [
        ("The dam held overnight, the mayor said.\n", "txt"),
        ("---\ntitle: Dam holds\noutlet: River Post\n---\nThe dam held overnight, the mayor said.\n", "md"),
        ("<html><body><p>The dam held overnight, the mayor said.</p></body></html>", "html"),
        ('{"text": "The dam held overnight, the mayor said.", "outlet": "River Post"}\n', "jsonl"),
    ],
)
def test_stdin_text_stream_any_format(content, fmt_seen):
    stream = io.TextIOWrapper(io.BytesIO(content.encode("utf-8")), encoding="utf-8")
    article = only_article(list(read_stream(stream, {})))
    assert article.text == "The dam held overnight, the mayor said."
    assert article.fmt == "stdin"
    assert article.source_path == "<stdin>"
    assert article.outlet == ("River Post" if fmt_seen in ("md", "jsonl") else "(stdin)")


def test_stdin_via_dash_in_paths():
    stream = io.StringIO("Officials confirmed the bridge is open again.")
    article = only_article(list(read_inputs(["-"], {"outlet": "Desk Notes"}, stdin=stream)))
    assert article.outlet == "Desk Notes" and article.source_path == "<stdin>"


def test_folder_walk_skips_hidden_unknown_and_notes(tmp_path):
    (tmp_path / "a.txt").write_text("The first report said the road was closed.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("The second report said it had reopened.")
    (tmp_path / ".hidden.txt").write_text("Hidden files are skipped.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("Hidden folders are skipped.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "README.md").write_text("# About this folder")
    items = list(read_inputs([str(tmp_path)], {}))
    assert [i.source_path for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


def test_explicit_unknown_extension_is_read_as_text(tmp_path):
    path = tmp_path / "wire.story"
    path.write_text("The council approved the budget on Thursday.")
    article = read_one(path)
    assert article.fmt == "txt" and article.text == "The council approved the budget on Thursday."


def test_same_file_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The council approved the budget on Thursday.")
    assert len(list(read_inputs([str(path), str(tmp_path)], {}))) == 1


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-02-07", "2023-02-07"),
        ("2023-02-07T10:30:00Z", "2023-02-07"),
        ("7 February 2023", "2023-02-07"),
        ("Feb 22, 2025", "2025-02-22"),
        ("February 2023", "2023-02"),
        ("2023", "2023"),
        ("last Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_to_iso(raw, iso):
    assert to_iso_date(raw) == iso


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("harbor_post_analysis.txt", "Harbor Post"),
        ("steppe-times-raw-scrape.txt", "Steppe Times"),
        ("field_notes.txt", "Field Notes"),
        ("daily_mail_story.html", "Daily Mail"),
    ],
)
def test_outlet_from_file_name(name, outlet):
    assert outlet_from_filename(name) == outlet


@pytest.mark.skipif(not (SAMPLES / "README.md").exists(), reason="sample articles not complete yet")
def test_bundled_samples_all_read_with_metadata():
    items = list(read_inputs([str(SAMPLES)], {}))
    problems = [i for i in items if isinstance(i, IngestProblem)]
    assert problems == []
    assert len(items) >= 7
    assert all(a.outlet and a.text for a in items)
    assert len({a.outlet for a in items}) >= 4
    assert {"txt", "md", "html", "jsonl"} <= {a.fmt for a in items}
    assert not any("README" in (a.source_path or "") for a in items)


def test_html_date_after_the_machines_clock_is_kept(tmp_path):
    """A page dated ahead of the machine's clock keeps its own date (htmldate's default bound is today's date, and
    dropped it for the month in the page's URL)."""
    path = tmp_path / "later.html"
    path.write_text(HTML.replace("2023-01-15", "2029-03-18"))
    assert read_one(path).published == "2029-03-18"
