"""Boilerplate removal for scraped plain text: line based and conservative.

Copy-pasted or scraped ``.txt`` articles carry the page around them: a masthead, a
dateline split over several lines, sponsor banners, navigation words, a byline, related
story headlines in capitals, "click here" links and a comment form. Left in, each becomes
a bogus "claim". trafilatura cannot help here (there is no markup left), so these rules
are ours. They are deliberately narrow: a line is dropped only when it matches a known
shape, and real sentences (lowercase words ending in sentence punctuation) are never
touched by the header rules. Where a dropped line carries metadata (masthead -> outlet,
byline -> author, dateline -> published, ``NextImg:`` -> title) it is kept as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.extract.sentences import dateline_end
from workbench.ingest.meta import OUTLET_WORDS, to_iso_date

HEAD_MAX_LINES = 25
MASTHEAD_MAX_WORDS = 8
ROLE_WORDS = re.compile(
    r"\b(reporter|correspondent|editor|writer|staff|contributor|columnist|analyst|producer|journalist|"
    r"bureau|chief|desk)\b",
    re.I,
)
NAME = r"[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|de|van|von|al|bin|da|del|la|le)){1,4}"
BYLINE_BY = re.compile(rf"^(?i:by)\s+(?P<name>{NAME})(?:\s*(?:,|\||-|–|—)\s*(?P<role>.*))?$")
BYLINE_ROLE = re.compile(rf"^(?P<name>{NAME})\s*(?:,|\||–|—)\s*(?P<role>[^.!?]{{2,60}})$")
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_PATTERNS = (
    rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}",
    r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?",
    r"\d{1,2}/\d{1,2}/\d{4}",
)
DATE_RE = re.compile("|".join(f"(?:{p})" for p in DATE_PATTERNS), re.I)
DATE_PREFIX = re.compile(r"^(?P<kind>published|updated|posted|last updated|date)\s*:?\s*", re.I)
# Which date wins when a page shows several: the story's own (published/posted, or the wire
# dateline of its first sentence) before an update, before a bare date in the page header,
# which is often the day the page was scraped ("Feb 22, 2025 |" on a site banner).
DATE_RANK = {"published": 0, "posted": 0, "date": 0, "dateline": 0, "updated": 1, "last updated": 1, "": 2}
LONE_NUMBER = re.compile(r"^[\W_]*\d{1,6}[\W_]*$")
COUNTER = re.compile(r"^\d[\d,.]*\s*(comments?|shares?|views?|likes?|min read|minutes? read)$", re.I)
NEXTIMG = re.compile(r"^nextimg\s*:\s*(?P<title>.+)$", re.I)
SPONSOR = re.compile(r"^(sponsor(ed)?( by| content)?\s*:|advertisement\b|story continues below advertisement)", re.I)
# Whole lines that are navigation, never prose (compared lowercased, trailing ":" and "." ignored).
NAV_WORDS = frozenset(
    (
        "back|topic|topics|menu|home|search|share|next|previous|prev|subscribe|sign in|log in|login|"
        "skip to content|skip to main content|close|more|print|email|tweet|share this|share this article|"
        "related|related stories|trending|latest|advertisement|ad|comments|top|back to top|newsletter"
    ).split("|")
)
# Calls to action: never article text, whatever their punctuation.
PROMO_PREFIX = re.compile(
    r"^(click here|tap here|read more\b.*:|sign up (for|to)|subscribe (to|for|now)|follow us|share (on|this)|"
    r"don't miss|download our app)",
    re.I,
)
# Link labels that could also open a sentence: dropped only when they do not read as one.
LINK_PREFIX = re.compile(r"^(read more|see also|related|also read|watch|listen|must read)\b", re.I)
# Copyright lines and wire credits ("(Reporting by ...; editing by ...)").
FOOTER = re.compile(
    r"^(copyright\b|©|\(c\)\s*\d{4}|all rights reserved|\((additional )?(reporting|writing|editing) by\b)", re.I
)
COMMENT_FORM = re.compile(
    r"^(leave a (comment|reply)|post a comment|add a comment|join the conversation|comments are closed|"
    r"your email address will not be published|required fields are marked|\d+\s+comments?)\b",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass
class Cleaned:
    text: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    title: str | None = None
    dropped: list[str] = field(default_factory=list)  # reasons, for debugging and tests
    date_rank: int = 99  # DATE_RANK of the date kept in ``published``

    def offer_date(self, iso: str | None, kind: str) -> None:
        """Keep ``iso`` when it outranks the date already found (story date over scrape date)."""
        rank = DATE_RANK.get(kind.lower(), 2)
        if iso and rank < self.date_rank:
            self.published, self.date_rank = iso, rank


def _words(line: str) -> list[str]:
    return line.split()


_ASCII_LOWER = re.compile("[a-z]")


def _is_all_caps(line: str) -> bool:
    # Speed (every paragraph passes here, twice per line before): ASCII a-z are letters that are not upper
    # case, so more of them in the line's head than a tenth of the whole line's length (itself at least the
    # letter count) already rules out 90% capitals -- the usual answer for prose, decided on a sixth of it.
    if len(_ASCII_LOWER.findall(line, 0, max(80, len(line) // 6))) * 10 > len(line):
        return False
    # map/filter with str methods: the same count as a per-character generator, at C speed
    letters = sum(map(str.isalpha, line))
    return letters >= 6 and sum(map(str.isupper, filter(str.isalpha, line))) / letters >= 0.9


def _has_lower(line: str) -> bool:
    """Any lower-case character (an ASCII one, found by a C scan, is the usual answer)."""
    return _ASCII_LOWER.search(line) is not None or any(c.islower() for c in line)


def _is_prose(line: str) -> bool:
    """A real sentence: several words, lowercase present, sentence punctuation or long."""
    words = _words(line)
    if len(words) < 4 or _is_all_caps(line) or not _has_lower(line):
        return False
    return bool(SENTENCE_END.search(line)) or len(words) >= 12


def _short(line: str, max_words: int) -> bool:
    return len(_words(line)) <= max_words


def _dateline(line: str) -> tuple[str, str] | None:
    """(ISO date, kind) of a date line ("Feb 22, 2025 |" -> kind "", "Published: 2023-02-07"), else None."""
    if _is_prose(line) or not _short(line, 12):
        return None
    bare = line.strip(" |·•-–—")
    prefix = DATE_PREFIX.match(bare)
    stripped = bare[prefix.end() :] if prefix else bare
    match = DATE_RE.search(stripped)
    if not match:
        return None
    rest = (stripped[: match.start()] + stripped[match.end() :]).strip(" |,·•-–—")
    if len(_words(rest)) > 5:
        return None
    iso = to_iso_date(match.group(0))
    return (iso, prefix.group("kind") if prefix else "") if iso else None


def _is_fragment(line: str) -> bool:
    """A header scrap: pipe-separated fields ("| Remer,MN"), no sentence in it."""
    s = line.strip()
    return ("|" in s or "•" in s) and _short(s, 10) and not _is_prose(s)


def _byline(line: str) -> str | None:
    s = line.strip()
    if _is_prose(s) or not _short(s, 12):
        return None
    m = BYLINE_BY.match(s)
    if m:
        return m.group("name").strip()
    m = BYLINE_ROLE.match(s)
    if m and ROLE_WORDS.search(m.group("role")):
        return m.group("name").strip()
    return None


def _masthead(line: str) -> str | None:
    s = line.strip()
    if not s or not _short(s, MASTHEAD_MAX_WORDS) or SENTENCE_END.search(s) or ":" in s:
        return None
    if _is_all_caps(s) or OUTLET_WORDS.search(s.split()[-1]):
        if _is_all_caps(s) and not OUTLET_WORDS.search(s):
            return None  # a capitalised headline, not a masthead
        return s.title() if _is_all_caps(s) else s
    return None


def _anywhere(line: str, cleaned: Cleaned) -> str | None:
    """Rules that hold anywhere in the text; return the reason a line goes, or None."""
    s = line.strip()
    low = s.lower().rstrip(" .:!»>")
    m = NEXTIMG.match(s)
    if m:
        cleaned.title = cleaned.title or m.group("title").strip()
        return "nextimg"
    if SPONSOR.match(s):
        return "sponsor"
    if low in NAV_WORDS:
        return "nav"
    if PROMO_PREFIX.match(s) and _short(s, 25):
        return "promo"
    if LINK_PREFIX.match(s) and _short(s, 20) and (not SENTENCE_END.search(s) or ":" in s[:20]):
        return "link"
    if FOOTER.match(s) and _short(s, 15):
        return "footer"
    if _is_all_caps(s) and len(_words(s)) >= 2 and not _is_prose(s):
        return "caps-headline"
    return None


def _masthead_rule(line: str, cleaned: Cleaned) -> str | None:
    """The first line only: a short capitalised outlet name ("THE HARBOR POST")."""
    outlet = _masthead(line)
    if outlet:
        cleaned.outlet = outlet
        return "masthead"
    return None


def _head(line: str, cleaned: Cleaned) -> str | None:
    """Rules that only hold before the first real sentence (dateline, header scraps, byline)."""
    s = line.strip()
    author = _byline(s)
    if author:
        cleaned.author = cleaned.author or (author.title() if author.isupper() else author)
        return "byline"
    dated = _dateline(s)
    if dated:
        cleaned.offer_date(*dated)
        return "dateline"
    if LONE_NUMBER.match(s) or COUNTER.match(s):
        return "number"
    if _is_fragment(s):
        return "fragment"
    return None


def _headline_rule(line: str, following: list[str], cleaned: Cleaned) -> str | None:
    """The first kept line, set apart by a blank line and not a sentence: the headline -> title."""
    s = line.strip()
    if cleaned.title or (following and following[0].strip()) or SENTENCE_END.search(s) or s.endswith((":", ",")):
        return None
    if not (s[:1].isupper() or s[:1].isdigit()) or not 2 <= len(_words(s)) <= 15:
        return None
    cleaned.title = s
    return "headline"


def _strip_wire_dateline(line: str, cleaned: Cleaned) -> str:
    """Drop a wire lead-in ("LIMA, Feb 24, 2023 (Meridian Wire) - ") that has a date or an agency in it.

    The pattern is the one the claim extractor uses (:func:`workbench.extract.sentences.dateline_end`).
    A full date in it is the story's own date and outranks a page-header date.
    """
    end = dateline_end(line.lstrip())
    lead = line[: len(line) - len(line.lstrip()) + end]
    if not end or not ("(" in lead or "," in lead):
        return line
    cleaned.dropped.append("wire-dateline")
    found = DATE_RE.search(lead)
    if found:
        cleaned.offer_date(to_iso_date(found.group(0)), "dateline")
    return line[len(lead) :]


def _comment_form_start(lines: list[str], body_start: int) -> int | None:
    """Index of a comment-form line after the article began; everything from it is footer."""
    for i in range(body_start, len(lines)):
        s = lines[i].strip()
        if COMMENT_FORM.match(s) and _short(s, 15):
            return i
    return None


def strip_boilerplate(text: str, find_title: bool = True) -> Cleaned:
    """Drop page furniture from plain text and lift what metadata it carries.

    ``find_title=False`` leaves a leading headline-like line alone (the caller has a title
    already, so the line is more likely a sub-heading).
    """
    cleaned = Cleaned(text="")
    keep: list[str] = []
    body_start: int | None = None  # index in ``keep`` of the first real sentence
    nonblank = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            keep.append("")
            continue
        reason = None
        if body_start is None:
            reason = (_masthead_rule(line, cleaned) if nonblank == 0 else None) or _head(line, cleaned)
        reason = reason or _anywhere(line, cleaned)
        if reason is None and body_start is None and find_title and not any(keep):
            reason = _headline_rule(line, lines[i + 1 : i + 2], cleaned)
        nonblank += 1
        if reason:
            cleaned.dropped.append(reason)
            continue
        if body_start is None and (_is_prose(line) or nonblank > HEAD_MAX_LINES):
            body_start = len(keep)
            line = _strip_wire_dateline(line, cleaned)
        keep.append(line)
    cut = _comment_form_start(keep, len(keep) if body_start is None else body_start + 1)
    if cut is not None:
        cleaned.dropped.append("comment-form")
        keep = keep[:cut]
    cleaned.text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in keep)).strip("\n")
    return cleaned
