"""Bad input never crashes: one-line problems naming the file (and line); the rest still lands."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from workbench.ingest import read_inputs, read_stream
from workbench.ingest.encoding import DEFAULT_MAX_INPUT_MB, input_limit
from workbench.models import Article, IngestProblem
from workbench.settings import Settings

GOOD = "The ministry said on Tuesday that the convoy reached the city safely."


def read_all(*paths: Path | str) -> tuple[list[Article], list[IngestProblem]]:
    items = list(read_inputs([str(p) for p in paths], {}))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, IngestProblem)]
    assert len(articles) + len(problems) == len(items)
    for p in problems:
        assert "\n" not in str(p), "problems are one line"
    return articles, problems


def one_problem(path: Path) -> IngestProblem:
    articles, problems = read_all(path)
    assert articles == [] and len(problems) == 1, (articles, problems)
    assert problems[0].source == str(path)
    return problems[0]


def test_binary_file_is_skipped(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert one_problem(path).message == "binary file, skipped"


def test_binary_jsonl_is_skipped(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 100)
    assert one_problem(path).message == "binary file, skipped"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert one_problem(path).message == "empty"


@pytest.mark.parametrize(
    ("encoding", "sentence"),
    [
        ("cp1252", "The café owner said the “naïve” plan would cost €5,000 – more than expected."),
        ("latin-1", "The mayor of Köln said the naïve plan for Zürich was a façade."),
        ("utf-16", "The mayor of Köln said the naïve plan for Zürich was a façade."),
        ("cp1251", "Пригожин заявил, что его бойцы взяли восточные районы Бахмута."),
    ],
)
def test_non_utf8_text_is_decoded(tmp_path, encoding, sentence):
    path = tmp_path / "legacy.txt"
    path.write_bytes(sentence.encode(encoding))
    articles, problems = read_all(path)
    assert problems == []
    assert articles[0].text == sentence


def test_cp1252_html_is_decoded(tmp_path):
    path = tmp_path / "old.html"
    body = "<html><body><p>The café reopened on Monday, the owner said, after a “difficult” winter.</p></body></html>"
    path.write_bytes(body.encode("cp1252"))
    articles, problems = read_all(path)
    assert problems == []
    assert "café" in articles[0].text and "“difficult”" in articles[0].text


def test_truncated_html_keeps_what_it_has(tmp_path):
    html = (
        "<html><head><title>Storm update</title></head><body><article>"
        f"<p>{GOOD}</p><p>Officials said a second convoy would leave on Wednesday if the road stayed open and"
    )
    path = tmp_path / "cut.html"
    path.write_text(html)
    articles, problems = read_all(path)
    assert problems == []
    assert articles[0].text.startswith(GOOD)
    assert "second convoy" in articles[0].text


@pytest.mark.parametrize(
    "html",
    [
        f"<html><body><div><p>{GOOD}<p><b>unclosed <i>tags</b></i></div></span></table><p>More",
        f"<<html>><body <p>>{GOOD}</p></bdy></html",
        f"<p>{GOOD}",
        f"<!-- unterminated comment <p>{GOOD}</p>",
    ],
)
def test_malformed_html_never_crashes(tmp_path, html):
    path = tmp_path / "broken.html"
    path.write_text(html)
    articles, problems = read_all(path)
    assert len(articles) + len(problems) == 1
    if articles:
        assert "<p>" not in articles[0].text


def test_html_with_no_article_text_is_a_problem(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><nav>Home | News</nav></body></html>")
    assert "no article text" in one_problem(path).message


def test_broken_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": GOOD, "outlet": "A"}),
        '{"text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"outlet": "B"}),
        "",
        json.dumps({"text": "Officials said the second convoy left on time.", "outlet": "C"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, problems = read_all(path)
    assert [a.outlet for a in articles] == ["A", "C"]
    assert [a.source_path for a in articles] == [f"{path.resolve()}:1", f"{path.resolve()}:6"]
    assert [p.source for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert problems[0].message.startswith("invalid JSON")
    assert "JSON object" in problems[1].message
    assert '"text"' in problems[2].message


def test_jsonl_with_only_blank_lines_is_empty(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n  \n")
    assert one_problem(path).message == "empty"


def test_large_file_is_refused_with_the_limit_in_the_message(tmp_path):
    path = tmp_path / "dump.txt"
    line = (GOOD + "\n").encode()
    with path.open("wb") as fh:
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    message = one_problem(path).message
    assert f"over the {DEFAULT_MAX_INPUT_MB} MB limit" in message and "WORKBENCH_MAX_INPUT_MB" in message


def test_size_limit_can_be_raised_or_lowered(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(GOOD * 40)
    with input_limit(Settings.load({"WORKBENCH_MAX_INPUT_MB": "0.001", "WORKBENCH_CONFIG": str(tmp_path / "none.toml")}).max_input_bytes):
        assert "limit" in one_problem(path).message
    with input_limit(Settings.load({"WORKBENCH_MAX_INPUT_MB": "1", "WORKBENCH_CONFIG": str(tmp_path / "none.toml")}).max_input_bytes):
        articles, problems = read_all(path)
    assert problems == [] and len(articles) == 1


def test_oversized_stdin_is_refused():
    with input_limit(1024):  # 0.001 MB
        items = list(read_stream(io.StringIO(GOOD * 100), {}))
    assert len(items) == 1 and isinstance(items[0], IngestProblem)
    assert items[0].source == "<stdin>" and "limit" in items[0].message


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"\x00\x01\x02\x03binary", "binary file, skipped")])
def test_bad_stdin(data, message):
    items = list(read_stream(io.TextIOWrapper(io.BytesIO(data)), {}))
    assert items == [IngestProblem("<stdin>", message)]


def test_missing_path_and_empty_folder(tmp_path):
    empty = tmp_path / "nothing_here"
    empty.mkdir()
    missing = tmp_path / "nope.txt"
    articles, problems = read_all(missing, empty)
    assert articles == []
    assert problems == [
        IngestProblem(str(missing), "no such file or directory"),
        IngestProblem(str(empty), "no .txt, .md, .html or .jsonl files in this folder"),
    ]


def test_bad_front_matter_names_the_line(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: ok\noutlet: [unclosed\n---\n" + GOOD + "\n")
    message = one_problem(path).message
    assert message.startswith("line ") and "front matter" in message


def test_only_furniture_is_a_problem(tmp_path):
    path = tmp_path / "scrap.txt"
    path.write_text("Sponsor: Shiny Things\nback\ntopic\n\nLeave a comment\n")
    assert "no article text" in one_problem(path).message


def test_bad_files_do_not_stop_the_good_ones(tmp_path):
    (tmp_path / "a_bad.txt").write_bytes(b"\x00" * 64)
    (tmp_path / "b_empty.md").write_text("")
    (tmp_path / "c_good.txt").write_text(GOOD)
    articles, problems = read_all(tmp_path)
    assert [a.text for a in articles] == [GOOD]
    assert [Path(p.source).name for p in problems] == ["a_bad.txt", "b_empty.md"]


def test_unreadable_file_is_a_problem(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: file permissions are not enforced")
        assert one_problem(path).message.startswith("cannot read")
    finally:
        path.chmod(0o644)


def test_impossible_front_matter_date_is_a_problem(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\npublished: 2023-02-30\n---\n" + GOOD + "\n")
    assert "front matter" in one_problem(path).message
