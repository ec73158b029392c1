"""A source's denial set against what another named source asserts, wherever fact clustering put the two.

Why: "The inspectors said the valves had not been tested since May" / "The operator denied that the valves had
gone untested" embed far apart (an assertion and a reported rejection), so they land in different facts, and the
wording rules, which only see pairs of one fact, never compare them. Extraction stores what a claim denies
(``Frame.polarity["denied_stems"]``, ``extract.denied``); here each denial is compared with the claims of its own
event only (cost: denials x event size), and in each other report the claim that states most of the denied
content is its target. The issue's rules for reported speech decide what that pair is:

- the target is asserted by a named source other than the denier -> conflict, "source vs source: the inspectors
  say ..., the operator denies it";
- the target is the outlet's own unattributed report, or the denier's own words -> left as it was (a dispute
  inside the story is not a disagreement between outlets; real news showed seven such false flags);
- the target denies the same content (two reports of one denial) -> agree, "same denial".
"""

from __future__ import annotations

import re

import numpy as np

from workbench.analyze.accused import accused
from workbench.analyze.act_identity import SUBJECT_PHRASE_SIMILARITY, phrase_similarity
from workbench.analyze.akin import akin
from workbench.analyze.denied_heads import names_head
from workbench.analyze.described_sources import DESCRIPTION as _DESCRIPTION
from workbench.analyze.described_sources import named_source, names_party, officer_of, referents, same_party
from workbench.analyze.none_counted import none_counted
from workbench.analyze.party_role import holds, in_role
from workbench.analyze.relate import Relation
from workbench.analyze.told_party import by_role, told_party
from workbench.extract.words import content_stems, same_stem, snippet
from workbench.store.analysis import ClaimRow

_CLAUSE_CUT = re.compile(r"[,;]|\bbut\b", re.IGNORECASE)
# what may stand between a denial's subject and its verb ("The firm on Monday again flatly denied")
_ADVERBS = re.compile(r"(?:\s+(?:\w+ly|again|also|still|on \w+day|today|yesterday))+\s*$", re.IGNORECASE)
MIN_SHARED = 2  # the denied clause and its target share at least its act or object and one more content word
COVERAGE = 0.5  # ... and at least half of the denied clause's content words: the target states what is denied
PARAPHRASE = 0.40  # a target that words the denied act otherwise ("put off" / "postponed") reads this close
# ... and the clause is short: most of a long clause ("Democrats feel betrayed by his deal with Republicans on the
# tax cuts") is the event's topic, which any sentence of it shares
PARAPHRASE_WORDS = 6
# two denials by one party whose denied clauses embed at least this close deny one thing in other words (chosen on
# dev D1-D64 as a whole: the three such pairs gold calls one denial read 0.34-0.45, the one pair of two different
# denials 0.23; see docs/evaluation.md, the tenth stop of deny10)
SAME_DENIAL = 0.3


def _denied(r: ClaimRow) -> list[str]:
    p = r.frame.polarity if r.frame is not None else None
    return list(p.get("denied_stems") or []) if p else []


def asserted_stems(r: ClaimRow) -> tuple[str, ...]:
    """A claim's content stems less its source's name: "according to the weather service" asserts nothing about
    the weather service, so a denial that names the service is not matched by the attribution."""
    source = set(content_stems(r.frame.speaker)) if r.frame is not None and r.frame.speaker else set()
    return tuple(s for s in content_stems(r.text) if s not in source)


def _act_shared(denial: ClaimRow, stems: tuple[str, ...]) -> bool:
    p = denial.frame.polarity if denial.frame is not None else None
    return any(akin(a, s) for a in (p or {}).get("denied_acts") or [] for s in stems)  # "paying" / "payment"


def _act_reworded(denial: ClaimRow, target: ClaimRow) -> bool:
    """Where the denial names its act ("that its sensors had been faulty") and the target states it in no word of its
    own, the target's act must word it otherwise: the denied clause and the target's act phrase embed as one act done
    to one thing (``act_identity.SUBJECT_PHRASE_SIMILARITY``). Sharing the denied clause's subject and place ("calls
    for speed limits on the stretch ... when the sensors detect fog") is talk of the same thing, not its deed."""
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    if not p.get("denied_acts") or not span or target.frame is None:
        return True  # no act named: the wording tests above decide
    sim = phrase_similarity(denial.text[span[0]:span[1]], target.frame.act_text or target.text)
    return sim is None or sim >= SUBJECT_PHRASE_SIMILARITY


def _verb_denies(r: ClaimRow) -> bool:
    """A verb of denial governs the clause ("denied that ...", or "insisted that no one had told X ..."): it answers an
    assertion someone made, where a negated universal ("none of the X were Y") may state another fact of the event."""
    p = r.frame.polarity if r.frame is not None else None
    # "insisted that no one had told them ...": only where the clause's act is no content word (a verb of saying);
    # a known act the target does not state is another act of one thing ("none of the escaped X had been killed" /
    # "23 X escaped")
    return bool(p and (p.get("denial") or p.get("insisted") and not p.get("denied_acts")))


def _denies(r: ClaimRow) -> bool:
    return bool(_denied(r)) or (r.frame is not None and r.frame.modality == "denied")


def _shared(denied: list[str], stems: tuple[str, ...]) -> list[str]:
    return [d for d in dict.fromkeys(denied) if any(akin(d, s) for s in stems)]


def who_denies(r: ClaimRow) -> str | None:
    """The denying party: the speaker in full when the stored denier is part of it ("Elin" of "Elin Voss"), else
    the stored denier, else the short subject before the denying verb ("The shipping line (again) denied")."""
    f = r.frame
    speaker = (f.speaker if f is not None else None) or r.speaker
    party = (f.polarity or {}).get("party") if f is not None else None
    if party:  # a party's own deed denied by its spokesman ("The port has paid no X, its chief executive said")
        return party
    denier = f.denier if f is not None else None
    if denier:
        return speaker if speaker and denier in speaker else denier
    if speaker:
        return speaker
    span = (f.polarity or {}).get("denial") if f is not None else None
    subject = _ADVERBS.sub("", r.text[: span[0]]).strip(" ,") if span else ""
    return subject if 0 < len(subject.split()) <= 6 else None


def denial_parties(denials: list[ClaimRow]):
    """Who denies, with a party described by its kind ("the company", "a company spokesman") read as the event's
    one named denier when the event's denials name exactly one party by a proper name: within one event the
    reports' "the company" is the company they name (no gazetteer; the description's kind is not checked)."""
    names: list[str] = []
    for r in denials:
        who = who_denies(r)
        if who and not _DESCRIPTION.fullmatch(who) and who[:1].isupper() and \
                not any(same_party(who, n) for n in names):
            names.append(who)

    def party(r: ClaimRow) -> str | None:
        who = who_denies(r)
        return names[0] if who and len(names) == 1 and _DESCRIPTION.fullmatch(who) else who
    return party


def _self(denial: ClaimRow) -> bool:
    p = denial.frame.polarity if denial.frame is not None else None
    return bool(p and p.get("denied_self"))


def about_denier(denial: ClaimRow, target: ClaimRow, who: str) -> bool:
    """A denial of the denier's own deed ("the mayor denied that he had met the developer") is answered only by a
    target that names the denier ("the mayor met the developer"), not by anyone's deed that shares the words."""
    if not _self(denial):
        return True
    named = content_stems(target.text)
    return any(same_stem(w, s) for w in content_stems(who) for s in named)


def _about_subject(denial: ClaimRow, stems: tuple[str, ...]) -> bool:
    """The target speaks of what the denied clause is about: its stored subject ("no box was ever left open" ->
    box), where it has one that is no pronoun, shares a stem with the target."""
    p = denial.frame.polarity if denial.frame is not None else None
    subject = (p or {}).get("denied_subject") or []
    return not subject or bool(_shared(subject, stems))


def _about_party(denial: ClaimRow, target: ClaimRow, party: str | None) -> bool:
    """``about_denier`` by the denier as worded ("the company") or as the event's denials name it ("Corbell")."""
    who = who_denies(denial) or ""
    return about_denier(denial, target, who) or bool(party and party != who and about_denier(denial, target, party))


def _target_negated(denial: ClaimRow, target: ClaimRow, shared: list[str]) -> bool:
    """The target negates what is denied itself ("had no objection to his searching"): the word its negation
    governs is shared, or the denied act stands in the negation's clause; there it does not assert the act."""
    p = target.frame.polarity if target.frame is not None else None
    if not p or not p.get("neg") or _act_before(denial, target.text, p["neg"][0]):
        return False
    if p.get("negated") and any(akin(p["negated"], s) for s in shared):
        return True
    acts = ((denial.frame.polarity or {}).get("denied_acts") or []) if denial.frame is not None else []
    cut = _CLAUSE_CUT.search(target.text, p["neg"][1])
    clause = content_stems(target.text[p["neg"][1] : cut.start() if cut else len(target.text)])
    return any(akin(a, s) for a in acts for s in clause)  # "denied paying" / "nobody ... will be paid"


def _act_before(denial: ClaimRow, text: str, neg: int) -> bool:
    """The denied act is stated in an earlier clause than the target's negation ("had cancelled the cover ...,
    leaving them with no insurance"): the negation is a consequence, the act is asserted."""
    acts = ((denial.frame.polarity or {}).get("denied_acts") or []) if denial.frame is not None else []
    for m in re.finditer(r"[A-Za-z]+", text[:neg]):
        if any(same_stem(a, s) for a in acts for s in content_stems(m.group(0))):
            return _CLAUSE_CUT.search(text, m.end(), neg) is not None
    return False


def denial_relations(members: list[int], rows: list[ClaimRow], vectors: np.ndarray,
                     relations: list[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """``relations`` with each denial's verdict against its target in every other report of the event.

    A pair already related keeps its place in the list with the new verdict; a new pair is appended, ordered as
    ``analyze.facts`` orders pairs (by claim id).
    """
    deniers = [m for m in members if _denied(rows[m])]
    if not deniers:
        return relations
    relations = [(i, j, _two_denials(rows[i], rows[j]) or rel) if rel.relation == "agree" else (i, j, rel)
                 for i, j, rel in relations]
    stems = {m: asserted_stems(rows[m]) for m in members}
    parties = denial_parties([rows[m] for m in deniers])
    described = referents([rows[m] for m in members])
    found: dict[tuple[int, int], Relation] = {}
    for d in deniers:
        denied = _denied(rows[d])
        best: dict[str, tuple[float, float, int, list[str], bool]] = {}  # per other report: its closest statement
        for m in members:
            if rows[m].document_id == rows[d].document_id:
                continue
            shared = _shared(denied, stems[m])
            cos = float(vectors[d] @ vectors[m])
            # a denial whose clause extraction did not store ("has denied using X"): a word of the clause, and close
            if _denies(rows[m]) and same_party(parties(rows[d]), parties(rows[m])) and (
                    (shared or _one_thing(rows[d], rows[m])) if _denied(rows[m]) else (shared and cos >= PARAPHRASE)):
                found[(d, m) if rows[d].id <= rows[m].id else (m, d)] = Relation(
                    "agree", f"same denial: {parties(rows[d])} denies it in both reports", method="frames")
                continue  # one party's two denials of one thing: one denial told twice
            if not _about_subject(rows[d], stems[m]):
                continue  # "denied that hospitals had been included in the cuts" / "users agreed to cut": not about it
            act = _act_shared(rows[d], stems[m])
            who = parties(rows[d])
            # "denied that he had been drinking": the act, and the party the pronoun stands for named in the target
            named = int(act and _self(rows[d]) and _about_party(rows[d], rows[m], who))
            coverage = (len(shared) + named) / (len(set(denied)) + named)
            charged = accused(rows[d], rows[m], shared, cos) or in_role(rows[d], rows[m], shared, cos, who) \
                or holds(rows[d], rows[m], shared, cos, who) or told_party(rows[d], rows[m], cos, who) \
                or none_counted(rows[d], rows[m])
            if (len(shared) + named < MIN_SHARED or coverage < COVERAGE) and not charged:
                continue
            if not act and (_self(rows[d]) or coverage <= COVERAGE or cos < PARAPHRASE or not _verb_denies(rows[d])
                            or len(set(denied)) > PARAPHRASE_WORDS) and not charged:
                continue  # the act worded otherwise: a denying verb, most of a short clause and close wording; a
                # party's own deed must be named ("denied colluding with X" is not answered by "met X")
            if not act and not charged and not (_act_reworded(rows[d], rows[m]) and names_head(rows[d], stems[m])):
                continue  # what the denied thing is said to be ("faulty") is in no act of the target's own, or the
                # target does not speak of the thing itself, only of its modifiers or place (``denied_heads``)
            if not _denies(rows[m]) and _target_negated(rows[d], rows[m], shared):
                continue  # it negates the act itself ("nobody will be paid"): no statement of it, whoever says it
            score = (coverage, cos, m, shared, by_role(rows[d], rows[m], cos, who))
            key = f"{rows[m].document_id}:{_denies(rows[m])}"  # a report's own denial is another target than its claim
            if score[:2] > best.get(key, (0.0, -2.0))[:2]:
                best[key] = score
        for _, _, m, shared, role in best.values():
            rel = _verdict(rows[d], rows[m], shared, role, described.get(rows[m].id), parties(rows[d]))
            if rel is not None:
                found[(d, m) if rows[d].id <= rows[m].id else (m, d)] = rel
    if not found:
        return relations
    out = []
    for i, j, rel in relations:
        key = (i, j) if (i, j) in found else (j, i) if (j, i) in found else None
        out.append((i, j, found.pop(key)) if key is not None else (i, j, rel))
    out.extend((i, j, rel) for (i, j), rel in found.items())
    return out


def _two_denials(a: ClaimRow, b: ClaimRow) -> Relation | None:
    """Two denials whose stored clauses share no content word deny two things ("denied that a cyber attack caused
    the failure" / "denied that maintenance had been put off"), whoever denies both: not one denial reported twice."""
    da, db = _denied(a), _denied(b)
    if not da or not db or _shared(da, tuple(db)) or _one_thing(a, b):
        return None
    return Relation("related", f"two denials of different things by {who_denies(a) or 'one party'}: "
                    f"{', '.join(da[:3])} vs {', '.join(db[:3])}")


def _one_thing(a: ClaimRow, b: ClaimRow) -> bool:
    """The two denied clauses read as one thing in other words ("checks had lapsed" / "inspections had been
    skipped"): their embeddings at least ``SAME_DENIAL`` close."""
    sa, sb = a.frame.polarity["denied"], b.frame.polarity["denied"]  # type: ignore[union-attr]
    sim = phrase_similarity(a.text[sa[0]:sa[1]], b.text[sb[0]:sb[1]])
    return sim is not None and sim >= SAME_DENIAL


def _verdict(denial: ClaimRow, target: ClaimRow, shared: list[str], role: bool = False,
             referent: str | None = None, party: str | None = None) -> Relation | None:
    """The relation of a denial and the claim of another report that states most of what it denies; ``role``: the
    target names the denier only as the telling's recipient (``told_party.by_role``); ``referent``: the named source
    the target's described claimant stands for in its report (``described_sources``); ``party``: the denier as the
    event names it."""
    who = who_denies(denial) or "a party"
    if _denies(target):
        if same_party(who, who_denies(target)):
            return Relation("agree", f"same denial: {who} denies it in both reports (shared: {', '.join(shared[:4])})",
                            method="frames")
        return None
    source = named_source(target)
    if source is None or any(same_party(x, y) for x in (who, denial.speaker) for y in (source, referent)) \
            or names_party(source, party) or any(officer_of(x, target) for x in (who, party) if x) \
            or _target_negated(denial, target, shared) or not (role or _about_party(denial, target, party)):
        return None  # the outlet's own report, the denier's own words (its officer's too), a target that negates it or
        # that is not about the denier's deed the denial is about
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    lo, hi = p.get("denial") or p.get("denied") or [0, 0]
    said = snippet(denial.text, lo, 80) if hi else denial.text
    return Relation("conflict", f'source vs source: {source} says "{snippet(target.text, 0, 70)}"; {who} denies it, '
                    f'denial: "{said}" (shared: {", ".join(shared[:4])})', method="frames")
