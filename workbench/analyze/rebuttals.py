"""A source's rebuttal ("Y, not X"; "S is not P"; "denied that X") set against another source's claim that X.

Why: the disagreeing side often states the disagreement itself, in words of its own, and the side it answers
words the rejected thing otherwise ("not from a valve" / "a faulty valve was to blame"; "none of its planes had
flown through ash" / "a plane flew through the edge of the cloud"; "denied that the review had been postponed" /
"the review had been put off"). The two share one or two content words, read far apart as whole sentences, and
land in different facts, so neither a wording rule nor a slot rule sees them. Extraction stores what a claim
rejects as a positive proposition (``Frame.rebuts``, ``extract.rebuttals``); here, within one event, the
proposition is compared with the act of each claim of the OTHER reports:

* the claim names at least half of the rejected phrase's content words, not only the event's topic (``TOPIC``),
  and no more of what the rebuttal asserts in its place than of what it rejects; a rejected place ("not in Y")
  must be filled ("a garage in Y"), not only named;
* the rejected proposition and the claim's act phrase (``Frame.act_text``) or the claim embed close
  (``SIMILARITY``; ``DENIED_SIMILARITY`` for a denial whose act the claim words otherwise), with the bundled MiniLM
  through ``analyze.act_identity``: the claim asserts the rejected thing;
* the claim asserts plainly (no negation of its own, no figure or level: those the figure rules compare) and is
  attributed to a named source that is not the rebutting party; a contrast inside a quote is rhetoric.

The verdict, for the closest such claim of each other report, is a conflict between sources whose reason names
both and the rejected thing. The outlet's own unattributed report, or the party's own words, are left as they
were (a dispute inside the story is not a disagreement between outlets; ``analyze.denial_scope``); a pair some
rule already calls a conflict keeps its reason. Cost: rebuttals x event size stem tests, and at most two phrase
embeddings per pair that passes them (each phrase embedded once, ``act_identity``'s bounded cache).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.denied_claims import about_denier, asserted_stems, who_denies
from workbench.analyze.described_sources import named_source, officer_of, referents, same_party
from workbench.analyze.questions import asked_only
from workbench.analyze.relate import Relation
from workbench.extract.words import content_stems, same_stem, snippet
from workbench.store.analysis import ClaimRow

# the rejected proposition and the other claim's act read at least this close (chosen on dev D1-D56 as a whole:
# see docs/evaluation.md, the ninth stop of rel9w)
SIMILARITY = 0.5
COVERAGE = 0.5  # the claim names at least half of the rejected phrase's content words
# a denial whose act the claim does not word alike ("had been cancelled" / "has ended") needs closer phrases: most
# such pairs that share a noun report another act of one thing ("none of the escaped animals had been killed" /
# "23 baboons escaped": 0.64; "its planes had flown through ash" / "a plane flew through the cloud": 0.84)
DENIED_SIMILARITY = 0.7
# prepositions (closed class): a rejected phrase holding one is more than one noun phrase
_PREPOSITIONS = frozenset("in on at by from for of with to into onto through over under about after before during "
                          "since than as off out without".split())
TOPIC = 0.2  # a stem in more than this share of the event's claims is its topic ("the baboons" of an escape)
# ... and the whole claims at least this close: one matter of the event, not another act that shares a word
CLAIM_SIMILARITY = 0.2


def _rebuts(r: ClaimRow) -> dict | None:
    rb = r.frame.rebuts if r.frame is not None else None
    return rb if rb and rb.get("how") != "figure" else None  # a rejected figure: ``analyze.rejected_figures``


def _rejects(r: ClaimRow) -> bool:
    """The claim rejects or denies something itself: two rebuttals are compared by ``denied_claims``."""
    f = r.frame
    return f is not None and (bool(f.rebuts) or f.modality == "denied" or bool((f.polarity or {}).get("denial")))


def _shared(wanted: list[str], stems: tuple[str, ...]) -> list[str]:
    return [w for w in dict.fromkeys(wanted) if any(same_stem(w, s) for s in stems)]


def _counted_part(r: ClaimRow) -> bool:
    """"Twenty of them had a placebo rather than the drug": a contrast inside a counted part of a group describes
    that part (the figures are compared by their own rules), it answers no one."""
    f = r.frame
    return f is not None and f.rebuts.get("how") == "contrast" and any(m.get("kind") == "count" for m in f.measures)


def _party(r: ClaimRow) -> str | None:
    f = r.frame
    if f is None or (f.speaker_kind == "none" and not f.denier):
        return None
    return who_denies(r)


def _target(d: ClaimRow, t: ClaimRow, who: str, stems: tuple[str, ...], cos: float,
            topic: set[str], referent: str | None = None) -> tuple[float, list[str]] | None:
    """(similarity, shared stems) where ``t`` asserts what ``d`` rejects, else None; ``topic``: the stems most
    claims of the event share (naming only those names the story, not the rejected thing); ``referent``: the body
    a claimant described by its kind stands for in its report (``described_sources``)."""
    rb = d.frame.rebuts  # type: ignore[union-attr]
    claimant = named_source(t) if t.frame is not None and t.frame.speaker_kind != "anonymous" else None
    if claimant is None or any(same_party(x, y) for x in (who, d.speaker) for y in (claimant, referent)) or _rejects(t) \
            or officer_of(who, t) or t.frame is None or t.frame.polarity and t.frame.polarity.get("neg"):
        return None  # the outlet's own report, the party's own words (its officer's), or a claim negating something
    if rb.get("how") != "denied" and (d.frame.quote or d.frame.modality == "quoted"  # type: ignore[union-attr]
                                      or d.text.lstrip()[:1] in "\"“'‘"):
        return None  # "about reopening the government, not impeachment," she said: rhetoric, not a stated fact
    if not about_denier(d, t, who):
        return None  # "denied that he had met X": answered only by a claim that names him, not X meeting anyone
    if _ruled_out_cause(d) and not _explains(t):
        return None  # "the cause was C, not X": answered by a claim that says how it came about, not by one naming X
    if rb.get("how") == "contrast" and _modifier_only(t, rb["stems"]):
        return None  # "Y, not X": its account names X only as a modifier of another thing ("its wind alarm had
        # sounded"); a denied clause's thing is often named so ("alarms had been turned off" / "part of the alarm
        # system"), and is left to the similarity
    if rb.get("how") != "denied" and (any(m.get("role") != "duration" for m in t.frame.measures)
                                      or _shared(t.frame.moved, tuple(rb["stems"]))):
        return None  # a figure or a level ("oxygen had fallen to 1.8 mg") is compared by the figure rules
    shared = _shared(rb["stems"], stems)
    if len(shared) < COVERAGE * len(set(rb["stems"])) or cos < CLAIM_SIMILARITY or asked_only(t.text, shared):
        return None  # names too little of what is rejected, or only asks about it ("wants to hear what X planned")
    if rb.get("how") != "denied" and _head_only(d.text[rb["rejected"][0]:rb["rejected"][1]], shared):
        return None  # "not a software failure" / "the failure began on Friday": both accept a failure
    instead = _shared([s for s in rb.get("instead") or [] if s not in rb["stems"]], stems)
    if len(instead) > len(shared):
        return None  # it says more of what the rebuttal asserts than of what it rejects: it may agree with it
    placed = bool(rb.get("place"))
    if placed and not _placed(t.text, rb["place"], shared):
        return None  # "landed outside X, not in Y": the other claim must put something in Y, not only name it
    if not placed and all(s in topic for s in shared):
        return None  # it names only the story's topic (a place the claim fills is the rejected place, topic or not)
    sims = [phrase_similarity(rb["prop"], x) for x in {t.frame.act_text or t.text, t.text}]  # type: ignore[union-attr]
    sim = max((x for x in sims if x is not None), default=None)
    acted = any(same_stem(a, x) for a in rb.get("acts") or [] for x in stems)
    cut = DENIED_SIMILARITY if rb.get("how") == "denied" and not acted else SIMILARITY
    return (sim, shared) if sim is not None and sim >= cut else None


def _ruled_out_cause(d: ClaimRow) -> bool:
    """Whether the rejected thing is a cause the claim rules out ("the real cause was C, not a software failure")."""
    ruled = ((d.frame.blame or {}).get("not") or {}).get("stems", []) if d.frame is not None else []
    return bool(_shared(ruled, tuple((d.frame.rebuts or {}).get("stems") or ()))) if ruled else False  # type: ignore[union-attr]


def _explains(t: ClaimRow) -> bool:
    """Whether the claim states a cause or tells how something came about (a reported earlier deed alone, "said it
    had opened an inquiry", is neither)."""
    blame = (t.frame.blame or {}) if t.frame is not None else {}
    return bool(blame.get("how") or blame.get("cause") and not blame.get("account"))


def _modifier_only(t: ClaimRow, rejected: list[str]) -> bool:
    """The claim's account names the rejected thing only before the head of its subject or object ("its wind alarm
    had sounded": the alarm acted, not the wind): what the account says acted or was acted on is another thing.
    Read for a contrast ("Y, not X"), whose X is the thing the rebuttal rules out itself, not for a denied clause."""
    how = ((t.frame.blame or {}).get("how") or {}) if t.frame is not None else {}
    named = [part for part in (how.get("subj") or [], how.get("obj") or [])
             if any(same_stem(r, s) for r in rejected for s in part)]
    return bool(named) and all(not any(same_stem(r, part[-1]) for r in rejected) for part in named)


def _head_only(rejected: str, shared: list[str]) -> bool:
    """The rejected thing is one noun phrase with words before its head ("a software failure") and the claim shares
    only the head: what the rebuttal rejects is the kind its modifiers name, and the head is the happening both sides
    accept ("the failure began on Friday" takes no side on its cause). A phrase with a preposition or several
    clauses ("knocked loose by a freak wave", "in a cable duct") is no such noun phrase."""
    words = re.findall(r"[\w'’-]+", rejected.casefold())
    stems = content_stems(rejected)
    if len(stems) < 2 or any(w in _PREPOSITIONS for w in words):
        return False
    return all(same_stem(s, stems[-1]) for s in shared)


def _placed(text: str, preposition: str, shared: list[str]) -> bool:
    """The claim has the rejected place after the same preposition ("a garage in Y" for "not in Y")."""
    words = re.findall(r"[\w'’-]+", text.casefold())
    return any(w == preposition and any(same_stem(s, x) for s in shared for x in content_stems(" ".join(words[i + 1:i + 4])))
               for i, w in enumerate(words))


def rebuttal_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                       relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with each rebuttal's conflict against the closest claim of every other report that asserts
    what it rejects; a pair related already keeps its place with the new verdict, a new pair is appended."""
    rebutters = [m for m in members if _rebuts(rows[m])]
    if not rebutters:
        return relations
    stems = {m: asserted_stems(rows[m]) for m in members}
    share = Counter(s for m in members for s in set(stems[m]))  # in how many of the event's claims a stem is
    topic = {s for s, n in share.items() if n > max(TOPIC * len(members), 2)}  # two claims sharing it: no topic
    described = referents([rows[m] for m in members])
    found: dict[tuple[int, int], Relation] = {}
    for d in rebutters:
        who = _party(rows[d])
        if who is None or _counted_part(rows[d]):
            continue
        best: dict[str, tuple[float, int, list[str]]] = {}
        for m in members:
            if rows[m].document_id == rows[d].document_id:
                continue
            hit = _target(rows[d], rows[m], who, stems[m], float(vectors[d] @ vectors[m]), topic,
                          described.get(rows[m].id))
            if hit is not None and hit[0] > best.get(rows[m].document_id, (0.0,))[0]:
                best[rows[m].document_id] = (hit[0], m, hit[1])
        for sim, m, shared in best.values():
            found[(d, m) if rows[d].id <= rows[m].id else (m, d)] = _verdict(rows[d], rows[m], who, sim, shared)
    if not found:
        return relations
    out = []
    for i, j, rel in relations:
        key = (i, j) if (i, j) in found else (j, i) if (j, i) in found else None
        new = found.pop(key) if key is not None else None
        out.append((i, j, new if new is not None and rel.relation != "conflict" else rel))
    out.extend((i, j, rel) for (i, j), rel in found.items())
    return out


def _verdict(d: ClaimRow, t: ClaimRow, who: str, sim: float, shared: list[str]) -> Relation:
    rb = d.frame.rebuts  # type: ignore[union-attr]
    lo, hi = rb["rejected"]
    rejected = " ".join(d.text[lo:hi].split()) or ", ".join(rb["stems"])
    said = snippet(t.text, 0, 70)
    return Relation("conflict", f'source vs source: {who}: not "{rejected}"; {named_source(t)}: "{said}" '
                    f"(rejected thing: {', '.join(shared[:3])}; similarity {sim:.2f})", method="frames")

