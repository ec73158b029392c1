"""Hostile inputs (issue 11): each is one line naming the file (and line), and the rest lands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ingest.test_ingest_bad_input import GOOD, read_all

OTHER = "The mayor said on Monday that 12 buildings were damaged in the storm."


def _workbench(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from workbench.cli import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def test_jsonl_line_with_an_unparsable_url_is_one_problem_and_the_rest_lands(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"url": "http://[::1", "text": GOOD},
        {"url": "https://ok.example/a", "text": OTHER},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    articles, problems = read_all(path)
    assert [a.url for a in articles] == ["https://ok.example/a"]
    assert len(problems) == 1
    assert problems[0].source == f"{path}:1"
    assert "url" in problems[0].message


def test_markdown_with_an_unparsable_url_is_one_problem(tmp_path):
    bad = tmp_path / "a.md"
    bad.write_text(f"---\nurl: 'http://[::1'\n---\n{GOOD}\n", encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(OTHER, encoding="utf-8")
    articles, problems = read_all(bad, good)
    assert len(articles) == 1 and len(problems) == 1
    assert problems[0].source == str(bad)


def test_symlink_loop_in_a_folder_is_one_problem_and_the_rest_lands(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    (folder / "x.txt").symlink_to("y.txt")
    (folder / "y.txt").symlink_to("x.txt")
    articles, problems = read_all(folder)
    assert len(articles) == 1
    assert sorted(p.source for p in problems) == [str(folder / "x.txt"), str(folder / "y.txt")]
    assert all("symlink" in p.message for p in problems)


def test_cli_ingest_survives_a_bad_url_and_a_symlink_loop(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"url": "http://[::1", "text": GOOD}) + "\n" + json.dumps({"text": OTHER}) + "\n", encoding="utf-8"
    )
    (folder / "x.txt").symlink_to("x.txt")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = _workbench("ingest", "--db", str(tmp_path / "c.db"), str(folder), cwd=tmp_path)
    assert "2 added" in result.stdout + result.stderr, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
title: *e
---
"""


def test_yaml_alias_bomb_in_front_matter_is_refused_in_one_line(tmp_path):
    bomb = tmp_path / "bomb.md"
    bomb.write_text(ALIAS_BOMB + GOOD + "\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text(f"---\ntitle: Storm\n---\n{OTHER}\n", encoding="utf-8")
    articles, problems = read_all(bomb, good)
    assert [a.title for a in articles] == ["Storm"]
    assert len(problems) == 1 and problems[0].source == str(bomb)
    assert "alias" in problems[0].message


def test_oversized_front_matter_is_refused(tmp_path):
    path = tmp_path / "huge.md"
    path.write_text("---\ntitle: '" + "x" * 300_000 + "'\n---\n" + GOOD + "\n", encoding="utf-8")
    articles, problems = read_all(path)
    assert articles == [] and len(problems) == 1
    assert "front matter" in problems[0].message


def test_plain_front_matter_still_reads(tmp_path):
    path = tmp_path / "ok.md"
    path.write_text(f"---\ntitle: Storm\noutlet: Daily\ntags: [a, b]\n---\n{GOOD}\n", encoding="utf-8")
    articles, problems = read_all(path)
    assert problems == [] and articles[0].title == "Storm" and articles[0].outlet == "Daily"


def test_mixed_utf8_and_latin1_lines_are_each_decoded(tmp_path):
    path = tmp_path / "mixed.txt"
    data = (
        "The café owner in Zürich said the plan would cost 5,000 francs.\n\n".encode()
        + "The naïve mayor of Köln said 12 buildings were damaged.\n".encode("latin-1")
    )
    path.write_bytes(data)
    articles, problems = read_all(path)
    assert problems == []
    text = articles[0].text
    assert "café" in text and "Zürich" in text and "naïve" in text and "Köln" in text


def test_mixed_encodings_inside_one_jsonl_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "The caf\xc3\xa9 owner said the na\xefve plan would cost 5,000 francs."}\n')
    articles, problems = read_all(path)
    assert problems == []
    assert "café" in articles[0].text and "naïve" in articles[0].text


def test_reingest_with_metadata_options_corrects_an_unchanged_document(tmp_path):
    """Re-ingesting with --outlet/--title/--published used to report "unchanged" and ignore them."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.store import open_db

    article = tmp_path / "000_scrape.txt"
    article.write_text(GOOD + "\n\n" + OTHER + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    assert "1 added" in runner.invoke(main, ["ingest", "--db", db, str(article)]).output
    fixed = runner.invoke(
        main,
        [
            "ingest",
            "--db",
            db,
            str(article),
            "--outlet",
            "Steppe Times",
            "--title",
            "Storm",
            "--published",
            "2026-03-03",
        ],
    )
    assert fixed.exit_code == 0 and "1 updated" in fixed.output, fixed.output
    again = runner.invoke(main, ["ingest", "--db", db, str(article)])
    assert "1 unchanged" in again.output  # a plain re-ingest keeps the correction
    row = open_db(db, create=False).execute("SELECT outlet, title, published, count(*) FROM documents").fetchone()
    assert row == ("Steppe Times", "Storm", "2026-03-03", 1)


def test_deeply_nested_json_line_and_front_matter_are_one_line_each(tmp_path):
    feed = tmp_path / "deep.jsonl"
    feed.write_text("[" * 200_000 + "]" * 200_000 + "\n" + json.dumps({"text": OTHER}) + "\n", encoding="utf-8")
    md = tmp_path / "deep.md"
    md.write_text("---\ntitle: " + "[" * 30_000 + "]" * 30_000 + "\n---\n" + GOOD + "\n", encoding="utf-8")
    articles, problems = read_all(feed, md)
    assert len(articles) == 1
    assert {(p.source, p.message) for p in problems} == {
        (f"{feed}:1", "invalid JSON (nested too deeply)"),
        (str(md), "front matter is nested too deeply"),
    }


def test_a_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = read_all(folder)
    assert len(articles) == 1
    assert [(p.source, p.message) for p in problems] == [(str(folder / "pipe.txt"), "not a regular file, skipped")]


def test_an_oversized_jsonl_line_is_refused_without_reading_it_whole(tmp_path):
    from workbench.ingest.encoding import input_limit
    from workbench.ingest.jsonl import bounded_lines

    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 5_000_000 + b'"}\n' + json.dumps({"text": OTHER}).encode() + b"\n")
    with path.open("rb") as fh:
        assert [len(line) for line in bounded_lines(fh, 1000)][0] == 1001  # cut, never held whole
    with input_limit(1024 * 1024):  # the run's cap (Settings.max_input_mb = 1)
        articles, problems = read_all(path)
    assert len(articles) == 1
    assert [p.source for p in problems] == [f"{path}:1"] and "over the 1 MB limit" in problems[0].message
