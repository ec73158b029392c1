"""What a claim rejects, and what it asserts in its place: read once at extraction, stored as ``Frame.rebuts``.

Why: many disagreements are stated by the disagreeing side itself ("the leak came from a pipe, not from a valve";
"the sum is not a record"; "none of its planes had flown through ash"; "denied that the review had been put
off"), while the other side asserts the rejected thing in its own words ("a faulty valve was to blame"; "the price
is a world record"; "a plane flew through the cloud"; "the inspection was postponed"). The two sentences share few
words, so neither clustering nor a wording rule pairs them. Here the rejected thing is located once, as a positive
proposition that can be set against other claims (``analyze.rebuttals`` embeds it and compares it with the act of
each other source's claims):

* a contrastive negation, "Y, not X" / "Y rather than X" / "Y instead of X" / "not X but Y": X is rejected, Y
  asserted (a rejected phrase opening with a locative preposition marks a place slot, ``"place"``); the
  proposition is Y's clause with X in Y's place ("The leak came | from a pipe, not from a valve" -> "The leak came
  from a valve"), the place found by X's first word (a preposition or a participle: closed class);
* a negated classification, "S is not a P" (a copula, "not", an indefinite noun phrase): the clause without its
  negator; a negation of saying, knowing, timing or rank ("did not say", "not yet", "not the first") is about
  something else and rejects nothing;
* a denial (``extract.denied``: "denied that X", "insisted that none of the X had Y"): the denied clause without
  its negative determiner.

Words: closed-class only (negators, auxiliaries, prepositions, reporting and knowing verbs, rank and time words).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.verbs import ONE_WORD_FORMS
from workbench.extract.words import content_stems

# "Y, not X" / "Y rather than X" / "Y instead of X" / "Y and not X": X runs to the next clause boundary
_CONTRAST = re.compile(r"(?:,\s*(?:and\s+|but\s+)?not|\brather\s+than|\binstead\s+of)\s+(?P<x>[^,;:.!?\"“”]+)",
                       re.IGNORECASE)
# "not X but Y": X rejected, Y asserted in its place (X within one clause)
_NOT_BUT = re.compile(r"(?<!\bor )\bnot\s+(?P<x>(?:[^\s,;:.!?\"“”]+\s+){0,5}?[^\s,;:.!?\"“”]+)\s*,?\s+but\s+(?!also\b)",
                      re.IGNORECASE)  # "whether or not": no rejection; X a phrase of at most six words
# what "not" may open that is no rejection of a thing: degree, time, rank, focus (closed class)
_NOT_A_THING = re.compile(r"(?:only|just|least|yet|even|necessarily|always|quite|so|too|all|much|many|far|long|"
                          r"enough|exactly|once|again|to\s|for\s+long|the\s+(?:first|last|only)|a\s+(?:single|lot)|"
                          r"any\s+more|anymore|before|until|since|as\b|in\s+(?:time|years?|decades?))\b", re.IGNORECASE)
# a negated classification: a copula, "not" and an indefinite noun phrase ("is not a record", "was not an accident");
# other negated predicates ("did not affect his work", "has not changed its position") are, in real news, mostly a
# party's stance inside the story, and set against other reports they flagged nothing but false conflicts (BASIL)
_AUX_NOT = re.compile(r"\b(?:is|was|are|were)\s*(?:not|n['’]t)\s+(?=an?\s)", re.IGNORECASE)
# a negated verb of saying, knowing, disclosing or judging: the claim says what is unknown, not what is false
_UNSAID = re.compile(r"(?:say|said|tell|told|give|given|disclose|disclosed|name|named|identify|identified|know|known|"
                     r"clear|confirm|confirmed|comment|commented|respond|responded|return|returned|reveal|revealed|"
                     r"specify|specified|explain|explained|immediately|yet|expect|expected|believe|believed|think|"
                     r"want|wanted|ask|asked|answer|answered|available|sure|certain|the\s+(?:first|last|only)|"
                     r"a\s+(?:first|single)|first|the\s+case|likely|possible|able|allowed|permitted)\b", re.IGNORECASE)
# the clause boundary after a rejected phrase: punctuation, a conjunction, an attribution
_END = re.compile(r"[,;:.!?\"“”]|\s(?:and|but|while|as|because|since|when|which|who|saying|according)\s", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\s+$", re.IGNORECASE)
_LEAD_PREP = re.compile(r"(?:from|by|in|at|on|to|for|with|of|into|over|through|under|after|before|during)\b",
                        re.IGNORECASE)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on", "into", "onto"})
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en|t)\b")
# an infinitive the contrast's head ends in ("urged them to write rather than call"): a choice between two courses
_CHOICE = re.compile(r"\bto\s+[a-z]+\b[^,;:]*$")
_NEGATIVE_DET = re.compile(r"\b(?:none\s+of|no|nobody|nothing|never|not|neither)\s+", re.IGNORECASE)
_NOBODY = re.compile(r"(?:no\s+one|nobody|nothing|none)\s+(?:was|were|is|are|had|has|have|did)\b", re.IGNORECASE)
MIN_STEMS = 1  # a rejected phrase names at least one content word ("not from a valve")
MIN_PREDICATE_STEMS = 2  # a negated predicate, two ("is not a record for an instrument"): one is often an aside


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last ';', ':' or a ", and" before it, else 0."""
    cut = max(text.rfind(";", 0, at), text.rfind(":", 0, at))
    return cut + 1 if cut >= 0 else 0


def _clip(text: str, start: int) -> int:
    end = _END.search(text, start)
    return end.start() if end else len(text)


def _not_but(text: str) -> dict[str, Any] | None:
    """"The leak came not from a valve but from a pipe": X stands where Y would, right after the clause's head."""
    m = _NOT_BUT.search(text)
    if m is None or _NOT_A_THING.match(m.group("x")):
        return None
    rejected = m.group("x").strip()
    stems = content_stems(rejected)
    head = text[_clause_start(text, m.start()) : m.start()].strip()
    if len(stems) < MIN_STEMS or not head:
        return None
    instead = content_stems(text[m.end() : _clip(text, m.end())])
    out = {"how": "contrast", "rejected": [m.start("x"), m.start("x") + len(rejected)], "stems": stems,
           "prop": f"{head} {rejected}", "instead": [s for s in instead if s not in stems]}
    if rejected.split()[0].lower() in _LOCATIVE:
        out["place"] = rejected.split()[0].lower()
    return out


def _contrast(text: str) -> dict[str, Any] | None:
    found = _not_but(text)
    if found is not None:
        return found
    for m in _CONTRAST.finditer(text):
        x = m.group("x")
        if _NOT_A_THING.match(x):
            continue
        stop = _clip(text, m.start("x"))
        rejected = text[m.start("x") : stop].strip()
        stems = content_stems(rejected)
        if len(stems) < MIN_STEMS:
            continue
        head = text[_clause_start(text, m.start()) : m.start()].strip()
        first = rejected.split()[0]
        if _CHOICE.search(head) and not _LEAD_PREP.fullmatch(first) and first.lower() not in ("the", "a", "an"):
            continue  # "asked people to give money rather than turn up": one course preferred to another, no fact
        where = -1
        if _LEAD_PREP.fullmatch(first):  # "came from a pipe, not from a valve": X takes the place of "from a pipe"
            found = re.search(rf"\b{re.escape(first)}\b", head, re.IGNORECASE)
            where = found.start() if found else -1
        elif _PARTICIPLE.fullmatch(first.lower()):  # "were poisoned by effluent, not starved": after the auxiliary
            aux = re.search(r"\b(?:is|was|are|were|be|been|had|has|have)\s+", head, re.IGNORECASE)
            where = aux.end() if aux else -1
        base = head[:where].rstrip() if where > 0 else " ".join(head.split()[:4])
        instead = content_stems(head[where:] if where > 0 else head)
        out = {"how": "contrast", "rejected": [m.start("x"), m.start("x") + len(rejected)], "stems": stems,
               "prop": f"{base} {rejected}", "instead": [s for s in instead if s not in stems]}
        if first.lower() in _LOCATIVE:  # "not in Y": a place slot, which the other side must fill with Y
            out["place"] = first.lower()
        return out
    return None


def _predicate(text: str, polar: dict[str, Any]) -> dict[str, Any] | None:
    neg = polar.get("neg")
    if not neg or polar.get("denied") and not polar.get("own"):
        return None
    m = _AUX_NOT.search(text, max(0, neg[0] - 8))
    if m is None or not m.start() <= neg[0] < m.end() or _UNSAID.match(text, m.end()) \
            or _RELATIVE.search(text, 0, m.start()):
        return None  # a negation of saying or knowing, or inside a relative clause ("amounts that did not match")
    stop = _clip(text, m.end())
    stems = content_stems(text[m.end() : stop])
    if len(stems) < MIN_PREDICATE_STEMS:
        return None
    start = _clause_start(text, m.start())
    said = [w for w in re.finditer(r"[A-Za-z]+", text[start : m.start()]) if w.group(0).lower() in ONE_WORD_FORMS]
    if said:  # "X said it had not bought ...": the proposition is what is said
        start += said[-1].end()
        start += len(re.match(r"\s*(?:that\s+)?", text[start:]).group(0))
    if re.search(r"\s(?:and|but)\s", text[start : m.start()]):  # "falls short of ... and is not a record": the
        start = m.start()  # second predicate of the subject, read alone
    aux = text[m.start() : m.end()]
    plain = re.sub(r"\s*(?:not|never|n['’]t)\s*", " ", aux, count=1, flags=re.IGNORECASE)
    prop = f"{text[start : m.start()].strip()} {plain.strip()} {text[m.end() : stop].strip()}"
    return {"how": "predicate", "rejected": [m.end(), stop], "stems": stems, "prop": " ".join(prop.split()),
            "instead": []}


def _denied(text: str, polar: dict[str, Any]) -> dict[str, Any] | None:
    span = polar.get("denied")
    if not span or not polar.get("denied_stems"):
        return None
    clause = text[span[0] : span[1]]
    if _NOBODY.match(clause):
        return None  # "no one was hurt": a zero of a role, compared as a figure (``Frame.zero``), not a thing
    prop = " ".join(_NEGATIVE_DET.sub("", clause).split())
    return {"how": "denied", "rejected": list(span), "stems": list(polar["denied_stems"]), "prop": prop,
            "instead": [], "acts": list(polar.get("denied_acts") or [])}


# a personal pronoun or possessive opening the proposition: the rebutting party's own deed or thing
_OWN = re.compile(r"^(?:(?P<subject>it|he|she|they|we)|(?P<owner>its|his|her|their|our))\b", re.IGNORECASE)


def _named(found: dict[str, Any] | None, party: str | None) -> dict[str, Any] | None:
    """The proposition with the party in place of its opening pronoun ("its contract had been cancelled" ->
    "Tollbright's contract ..."): the other side names the party, and so must what is compared with it."""
    if found is None or not party:
        return found
    m = _OWN.match(found["prop"])
    if m is not None:
        name = party if m.group("subject") else f"{party}'s"
        found["prop"] = name + found["prop"][m.end() :]
    return found


def rebuttal_of(text: str, polar: dict[str, Any], party: str | None = None) -> dict[str, Any] | None:
    """``{"how", "rejected": [start, end], "stems", "prop", "instead"}``: what the claim rejects (its offsets and
    content stems), the rejected thing as a positive proposition (``prop``, for embedding) and the stems of what
    it asserts in its place (``instead``); None for a claim that rejects nothing. ``polar``: its
    ``extract.polarity`` fields (the negation and the denied clause are read there, not parsed twice); ``party``:
    who speaks, named in place of a pronoun that opens the proposition."""
    if polar.get("denied") and not polar.get("own"):  # a party's own negated deed (``extract.own_denials``) is
        return _named(_denied(text, polar), party)  # compared by ``analyze.denied_claims`` only: as a rebuttal, a
    # stance ("has not changed its position") was read against every report of the position on real news
    if "not" in text.casefold() or "rather" in text.casefold() or "instead" in text.casefold():
        found = _contrast(text)
        if found:
            return found
    return _named(_predicate(text, polar), party)
