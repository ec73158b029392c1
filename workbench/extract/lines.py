"""Lines of a paragraph: which are headings, which are sentences that lost their full stop.

Split from :mod:`sentences` (the segmenter and its repair layer) because deciding what a *line*
is happens before any segmenter runs: a blank line ends a paragraph, a line without final
punctuation is a headline or masthead (its own unit, flagged ``heading``), and every other line
is wrapping inside prose. One exception reads the line's words: a line that closes with a speech
tag ("“...,” the mayor said", "..., Ana Ruiz said") is a sentence whose stop was lost in the
scrape, not a headline; headlines put the verb in title case ("Ruiz Says Dam Will Close").
"""

from __future__ import annotations

import re

PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# Characters that end a sentence line, ignoring closing quotes/brackets and emphasis marks (an opening
# curly quote too: "were “Mostly False.“" is a closing quote typed the wrong way round).
LINE_END_TRAILERS = "\"'”’“‘»)]*_ \t\u00a0"
TERMINAL = ".!?:;…"
# A line ending in one of these is a hard-wrapped sentence, not a headline.
CONTINUATION_WORDS = frozenset(
    "a an the of to in on at by for with and or but from as that which who than into over under about "
    "his her its their our your this these those".split()
)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
# A quote or clause closed by a short subject and a lower-case verb of saying (closed class):
# "“We will rebuild,” the mayor said", "The dam cost $4 million, Ana Ruiz said"; the verb may come first
# or be followed by a short adjunct or audience ("..., said Ana Ruiz, the mayor", "..., Ruiz said on Monday",
# "..., Ruiz told reporters"; no quote after the verb: "X apologizes, says she 'went too far'" is a headline).
# A headline capitalises its verb ("Ruiz Says"), so it never matches.
SPEECH_TAG_END = re.compile(
    r"[,\"”’'](?:\s+[^\s,.!?;:]+){0,6}?\s+(?:said|says|told|added|adds|wrote|writes|asked|explained|noted|"
    r"insisted|argued|replied|recalled|continued|tweeted|stated|warned|declared|concluded)(?:,?\s+[^\s,.!?;:\"“”‘’']+){0,8}$"
)


def _is_heading_line(line: str, next_line: str | None) -> bool:
    """A line that cannot be part of a longer sentence: heading, headline, masthead, byline."""
    stripped = line.strip()
    if not stripped:
        return False
    if MARKDOWN_HEADING.match(line) or BULLET.match(line):
        return True
    core = stripped.rstrip(LINE_END_TRAILERS)
    if not core or core[-1] in TERMINAL or core[-1] == ",":
        return False
    words = core.split()
    if words[-1].lower() in CONTINUATION_WORDS:
        return False
    if next_line is None or len(words) <= 3:
        return True
    nxt = next_line.strip()
    return not nxt or not nxt[0].islower()


def _lost_stop(line: str) -> bool:
    """A sentence whose full stop was lost after its speech tag: its own unit, but prose."""
    return bool(SPEECH_TAG_END.search(line.strip()))


def units(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, paragraph, heading) spans that no sentence may cross."""
    out: list[tuple[int, int, int, bool]] = []
    pos = 0
    para = 0
    blocks: list[tuple[int, int]] = []
    for brk in PARAGRAPH_BREAK.finditer(text):
        blocks.append((pos, brk.start()))
        pos = brk.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        block = text[b_start:b_end]
        if not block.strip():
            continue
        lines = block.split("\n")
        offset = b_start
        run_start: int | None = None
        for i, line in enumerate(lines):
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if _is_heading_line(line, nxt):
                lost = _lost_stop(line)
                if lost and run_start is not None:  # the wrapped start of this sentence, if any
                    out.append((run_start, line_end, para, False))
                else:
                    if run_start is not None:
                        out.append((run_start, line_start, para, False))
                    out.append((line_start, line_end, para, not lost))
                run_start = None
            elif run_start is None:
                run_start = line_start
        if run_start is not None:
            out.append((run_start, b_end, para, False))
        para += 1
    return out
