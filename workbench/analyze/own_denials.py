"""A party's denial and the same party's own assertion of the contrary, told in two reports: one position, agree.

Why: a party that denies a thing usually also states its own version ("The agency denied that the gauges had been
faulty" / "the agency said every gauge had read correctly"; "denied that it had known of the fault before May" /
"said it learned of the fault only on June 2"). Reported in different outlets, the two are one party's one
position, which gold calls agree (issue 9, dev D53, D76, D103, D107, D111, D113, D117). Until now such a pair was
either a "dispute inside the story" (related; ``denial_scope``) or left out when the clustering put the two apart.
Structure only, no word lists:

* who: the target's source is the denying party itself (its name, its spokesperson or office, the named body its
  described source stands for in its report: ``described_sources``, or a person the target introduces as the
  party's officer, "the agency's director, <Name>, said"); a denial against ANOTHER source's claim
  stays with ``denied_claims`` (source vs source);
* what: the target is no "denied ..." of its own (``denied_claims``' "same denial"; its own negation, "repeated
  that no one had been told", is the party's version in other words), a statement of what is
  or was (modality "done": a plan or forecast about the thing is another matter), and it speaks of the thing the
  denied clause is about (a stem of the clause's stored noun subject; a pronoun subject names no thing);
* which matter: the target also states a word of the clause beyond its subject ("failed a safety inspection" /
  "passed its last inspection"), or its telling marks a reassertion ("said again", "repeated", "insisted": the
  party's answer to the charge). The thing alone, told plainly, is another fact about it: on dev, "denied that
  any of the animals had been shot" / "the animals escaped at dawn, the zoo said" read as close as a true pair;
* how close: the denied clause and the target's act phrase embed as one matter (``RESTATED``).
"""

from __future__ import annotations

import re

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.akin import akin
from workbench.analyze.denied_claims import asserted_stems, denial_parties, who_denies  # one party, one reading
from workbench.analyze.described_sources import named_source, officer_of, referents, same_party
from workbench.analyze.findings import merge_findings
from workbench.analyze.relate import Relation
from workbench.extract.words import snippet
from workbench.store.analysis import ClaimRow

# the denied clause and the party's own version read at least this close; chosen on dev D89-D118 as a whole: the
# party's own contrary statements read 0.50-0.86 (one at 0.499, "a pump had broken down" / "dosing worked
# normally"), its statements of other matters of the story (a plan, a cause, who was suspended) 0.20-0.44
RESTATED = 0.45
# the telling marks a reassertion, the party's answer to a charge ("the city said again", "the firm repeated that",
# "has insisted"; closed class): with it, the thing alone ("the sprinklers were working") is the matter
_REASSERTED = re.compile(r"\b(?:again|repeated|repeats|reiterated|reiterates|insisted|insists|maintained|maintains)\b",
                         re.IGNORECASE)


def _polarity(r: ClaimRow) -> dict:
    return (r.frame.polarity if r.frame is not None else None) or {}


def _about(denial: ClaimRow, stems: tuple[str, ...]) -> tuple[bool, bool]:
    """(the target speaks of the denied clause's subject: its head or a word of its subject phrase, "its chlorine
    dosing" of "a chlorine dosing pump"; it also states a word of the clause beyond its subject, the thing's
    matter: "failed a safety inspection" / "passed its last inspection"). A clause with no noun subject (a pronoun:
    the party itself, "it had paid") is no thing to restate: (False, False)."""
    p = _polarity(denial)
    subject = list(p.get("denied_subject") or []) + ([p["denied_head"]] if p.get("denied_head") else [])
    if not subject:
        return False, False
    about = any(akin(w, s) for w in subject for s in stems)
    rest = [w for w in p.get("denied_stems") or [] if not any(akin(w, x) for x in subject)]
    return about, about and any(akin(w, s) for w in rest for s in stems)


def _same_source(parties: tuple[str | None, ...], target: ClaimRow, referent: str | None) -> bool:
    source = named_source(target)
    return any(same_party(x, y) for x in parties for y in (source, referent) if x and y) or \
        any(officer_of(x, target) for x in parties if x)


def own_version(denial: ClaimRow, target: ClaimRow, stems: tuple[str, ...], parties: tuple[str | None, ...],
                referent: str | None) -> Relation | None:
    """Agree where ``target`` (another report's claim; ``stems`` its asserted stems; ``referent`` the named body its
    described source stands for) is the denying party's own version of what ``denial`` denies (module docstring);
    ``parties``: the denier as worded, as the event names it, and the denial's speaker."""
    p = _polarity(denial)
    span = p.get("denied")
    f = target.frame
    if not span or f is None or f.modality != "done":
        return None  # a denial of its own ("denied ...") is ``denied_claims``' to match; a plan is another matter
    about, matter = _about(denial, stems)
    if not _same_source(parties, target, referent) or not about or not (matter or _REASSERTED.search(target.text)):
        return None
    clause = denial.text[span[0]:span[1]]
    sim = phrase_similarity(clause, f.act_text or target.text)
    if sim is None or sim < RESTATED:
        return None
    who = next((x for x in parties if x), "the party")
    return Relation("agree", f'one position: {who} denies "{snippet(clause, 0, 60)}" and says '
                    f'"{snippet(f.act_text or target.text, 0, 60)}"', method="frames")


def own_version_relations(members: list[int], rows: list[ClaimRow],
                          relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with each denial set against its party's own version in every other report of the event: a
    pair left unrelated or related becomes agree (``own_version``); a verdict of another kind (a conflict of
    figures, an update) stands. A new pair is appended, ordered as ``analyze.facts`` orders pairs (by claim id)."""
    deniers = [m for m in members if _polarity(rows[m]).get("denied") and rows[m].frame.modality == "denied"]  # type: ignore[union-attr]
    if not deniers:
        return relations
    parties = denial_parties([rows[m] for m in deniers])
    described = referents([rows[m] for m in members])
    stems = {m: asserted_stems(rows[m]) for m in members}  # once per claim, as ``denied_claims`` reads them
    found: dict[tuple[int, int], Relation] = {}
    for d in deniers:
        who = (who_denies(rows[d]), parties(rows[d]), rows[d].speaker)
        for m in members:
            if rows[m].document_id == rows[d].document_id:
                continue
            rel = own_version(rows[d], rows[m], stems[m], who, described.get(rows[m].id))
            if rel is not None:
                found[(d, m) if rows[d].id <= rows[m].id else (m, d)] = rel
    return merge_findings(relations, found) if found else relations
