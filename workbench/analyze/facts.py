"""Facts inside one event: which claims state the same measure or assertion, and how pairs relate.

Why per event: within one event, "the toll" means one toll, so claims can be grouped by
what they measure and compared; across events the same wording names different facts.
A fact cluster is built by ``analyze.cluster`` over the event's claims only (average link,
same-measure bonus from the stored frames), then every cross-document pair of close claims
in the event is related. Pairs in one cluster keep whatever relation they get; pairs across
clusters are kept only when the frames decided them (update, narrower/broader, different
measure, a figure or date that agrees or conflicts) or they agree, never as plain "related" noise.
Clusters that a verdict then merges into one fact (``analyze.fact_merge``) have their new pairs related as one
fact's: a fact is shown side by side, so each pair in it carries a relation and its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import numpy as np

from workbench.analyze import cluster as clustering
from workbench.analyze.bounded_acts import bound_relations
from workbench.analyze.central_acts import central_relations
from workbench.analyze.claim_memo import claim_scope
from workbench.analyze.clock_acts import clock_relations
from workbench.analyze.count_groups import known_groups
from workbench.analyze.denied_claims import denial_relations
from workbench.analyze.effective_dates import effective_relations
from workbench.analyze.event_names import place_key
from workbench.analyze.fact_merge import merge_facts
from workbench.analyze.fact_slots import Signature, groups_apart, signature
from workbench.analyze.met_figures import met_figure_relations
from workbench.analyze.onsets import onset_relations
from workbench.analyze.own_denials import own_version_relations
from workbench.analyze.pending_votes import vote_relations
from workbench.analyze.place_parts import part_relations
from workbench.analyze.rebuttals import rebuttal_relations
from workbench.analyze.recoveries import recovery_relations
from workbench.analyze.rejected_figures import rejected_figure_relations
from workbench.analyze.relate import RelateInput, Relation, relate, relate_across
from workbench.analyze.sole_figures import event_figures
from workbench.analyze.sole_shares import event_shares
from workbench.analyze.thing_times import thing_time_relations
from workbench.extract.assessment import assess
from workbench.extract.measure_keys import measure_keys
from workbench.extract.words import entities
from workbench.models import Frame
from workbench.store.analysis import ClaimRow

MAX_PARTNERS = 30  # each claim is compared with its 30 closest claims of other documents in its event


def measure_keys_of(r: ClaimRow) -> list[str]:
    """What the claim measures, as stored in its frame at extraction (equal keys = same measure).

    A frame stored before keys existed (``keys is None``) gets them computed once here.
    """
    if r.frame is not None and r.frame.keys is not None:
        return list(r.frame.keys)
    keys = measure_keys(r.text, r.quantities)
    return keys + (["assessment:importance"] if assess(r.text) is not None else [])


def claim_names(text: str, speaker: str | None) -> set[str]:
    """The names a claim uses: its entities and its speaker's last name."""
    return set(entities(text)) | set(speaker.lower().split()[-1:] if speaker else [])


def common_names(claims: Iterable[tuple[str, str | None]], total: int) -> set[str]:
    """Names used by more than a fifth of all ``total`` claims ((text, speaker) pairs, streamed once).

    Why a separate pass: the frequency is over *all* claims, while features are built one
    event at a time, so only the counts are kept, never the claims.
    """
    return _frequent((claim_names(text, speaker) for text, speaker in claims), total)


def _frequent(name_sets: Iterable[set[str]], total: int) -> set[str]:
    df: Counter[str] = Counter()
    for n in name_sets:
        df.update(n)
    return {w for w, c in df.items() if c > max(2, total // 5)}


def claim_features(rows: list[ClaimRow], common: set[str] | None = None) -> list[clustering.ClaimFeatures]:
    """Document codes, quantity kinds, measure keys and distinctive names per claim.

    A name used by more than a fifth of all claims tells nothing apart, so it is left out
    of the entity signature. ``common`` gives those names counted over the whole corpus
    (:func:`common_names`, when ``rows`` are one event's); without it they are counted over ``rows``.
    Document codes only tell documents apart (equal code = same document).
    """
    docs: dict[str, int] = {}
    names = [claim_names(r.text, r.speaker) for r in rows]
    if common is None:
        common = _frequent(names, len(rows))
    out = []
    for r, n in zip(rows, names, strict=True):
        out.append(
            clustering.ClaimFeatures(
                group=docs.setdefault(r.document_id, len(docs)),
                kind_mask=clustering.kind_mask([q.kind for q in r.quantities]),
                measures=tuple(sorted({clustering.measure_id(k) for k in measure_keys_of(r)})),
                entity_sig=clustering.entity_signature(sorted(n - common)),
            )
        )
    return out


def _pairs(members: list[int], rows: list[ClaimRow], vectors: np.ndarray, cap: int) -> list[tuple[int, int, float]]:
    """Pairs of members from different documents (in a big set, each member's ``cap`` closest partners)."""
    m = len(members)
    if m < 2:
        return []
    sub = vectors[members]
    sims = sub @ sub.T
    codes: dict[str, int] = {}
    docs = np.fromiter((codes.setdefault(rows[x].document_id, len(codes)) for x in members), dtype=np.int64, count=m)
    allowed = docs[:, None] != docs[None, :]
    if m > cap + 1:
        masked = np.where(allowed, sims, -np.inf)
        top = np.argpartition(-masked, cap - 1, axis=1)[:, :cap]
        pick = np.zeros_like(allowed)
        np.put_along_axis(pick, top, True, axis=1)
        allowed &= pick | pick.T
    xs, ys = np.nonzero(np.triu(allowed, 1))
    rows_of = np.asarray(members)  # gathered at once: indexing numpy per pair cost more than relating some pairs
    return list(zip(rows_of[xs].tolist(), rows_of[ys].tolist(), sims[xs, ys].tolist(), strict=True))


def _view_of(r: ClaimRow) -> RelateInput:
    return RelateInput(r.id, r.text, r.quantities, r.document_id, r.speaker, r.frame)


def relate_event(
    members: list[int], rows: list[ClaimRow], vectors: np.ndarray, feats: list[clustering.ClaimFeatures], threshold: float
) -> tuple[list[list[int]], list[tuple[int, int, Relation]]]:
    """(fact clusters as row lists, relations (i, j, relation)) for the claims of one event."""
    if len(members) < 2:
        return [], []
    sig = {m: signature(rows[m].frame) for m in members}
    local = clustering.cluster(vectors[members], [feats[m] for m in members], threshold=threshold, use_torch=False,
                               signatures=[sig[m] for m in members], apart=groups_apart)
    groups = [[members[x] for x in g] for g in local]
    codes = np.fromiter((feats[m].group for m in members), dtype=np.int64, count=len(members))
    lone = [[members[x] for x in g] for g in clustering.lone_pairs(
        local, *clustering.mutual_pairs(vectors[members], codes), (members, lambda x, y: _lone_apart(
            rows, sig, next(iter(x)), next(iter(y)))))]
    group_of = {m: k for k, g in enumerate(groups + lone) for m in g}
    candidates = [p for g in groups + lone for p in _pairs(g, rows, vectors, MAX_PARTNERS)]
    candidates += _pairs(members, rows, vectors, MAX_PARTNERS)
    # per-claim values (figures, stems, polarity) derived once per claim, not per pair; groups of one counted noun
    # that a report of the event keeps apart (``analyze.count_groups``)
    with _event_scope(members, rows):  # each report's figures by dimension (``analyze.sole_figures``)
        out = _relate_pairs(candidates, rows, group_of)
        out = met_figure_relations(members, rows, vectors, out, lambda k: _view_of(rows[k]))  # one figure, two facts
    out = denial_relations(members, rows, vectors, out)  # a denial against its target in each other report
    out = own_version_relations(members, rows, out)  # a denial and its party's own version of the thing
    out = rebuttal_relations(members, rows, vectors, out)  # "Y, not X" against another source's X
    out = rejected_figure_relations(members, rows, vectors, out)  # "71, not the 84 given by X" against X's 84
    out = onset_relations(members, rows, vectors, out)  # when the event's central happening began, told in other words
    out = central_relations(members, rows, vectors, out)  # its time told alike, its place told apart, in other verbs
    out = thing_time_relations(members, rows, vectors, out)  # when the event's thing changed state, in other nouns
    out = clock_relations(members, rows, vectors, out)  # one act timed apart by two sources, no central time known
    out = part_relations(members, rows, vectors, out)  # one happening on two floors or sides of a place
    out = bound_relations(members, rows, vectors, out)
    out = vote_relations(members, rows, vectors, out)  # a body's decision taken vs its vote still pending
    out = recovery_relations(members, rows, vectors, out)  # one thing given up freely vs taken by force
    out = effective_relations(members, rows, vectors, out)  # one measure applying from two dates, by two sources  # "not before Thursday" against another source's earlier time
    facts = merge_facts(groups, out, sig)
    joined = _joined_pairs(facts, group_of, rows, vectors, {(min(i, j), max(i, j)) for i, j, _ in out})
    if joined:  # pairs a verdict brought into one fact from two clusters: compared as one fact now
        with _event_scope(members, rows):
            out += _relate_pairs(joined, rows, {m: k for k, f in enumerate(facts) for m in f})
    taken = {m for f in facts for m in f}
    return facts + [g for g in lone if taken.isdisjoint(g)], out  # a pair of lone claims joins nothing bigger


@contextmanager
def _event_scope(members: list[int], rows: list[ClaimRow]) -> Iterator[None]:
    """Per-claim caches and what the event's reports state (count groups, figures, shares), for relating its pairs."""
    with claim_scope(), known_groups((rows[m].document_id, rows[m].frame) for m in members), \
            event_figures((rows[m].document_id, rows[m].frame, rows[m].text, rows[m].quantities) for m in members), \
            event_shares((rows[m].document_id, rows[m].frame, rows[m].quantities) for m in members):
        yield


def _joined_pairs(facts: list[list[int]], group_of: dict[int, int], rows: list[ClaimRow], vectors: np.ndarray,
                  related: set[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """Candidate pairs of each merged fact that no rule has related yet and that sat in two clusters.

    Why: across clusters only slot verdicts are kept (:func:`_relate_pairs`), so two claims that a verdict
    with a third joined into one fact ("Nine miners were cut off" / "put the number of trapped men at nine")
    were shown side by side with no relation between them: the wording rules never compared them."""
    out = []
    for f in facts:
        groups = {group_of.get(m) for m in f}
        if len(groups) == 1 and None not in groups:
            continue  # one cluster as it was: its pairs were all candidates already
        for i, j, sim in _pairs(f, rows, vectors, MAX_PARTNERS):
            apart = group_of.get(i) is None or group_of.get(i) != group_of.get(j)
            if apart and (min(i, j), max(i, j)) not in related:
                out.append((i, j, sim))
    return out


def _lone_apart(rows: list[ClaimRow], sig: dict[int, Signature], a: int, b: int) -> bool:
    """Whether lone claims ``a`` and ``b`` cannot be one fact: their slots are apart (``fact_slots.groups_apart``),
    or they tell two happenings (:func:`told_apart`). A lone pair rests on rank alone, so two events of one story
    (the same kind of happening elsewhere, or in another year) read alike."""
    return groups_apart({sig[a]}, {sig[b]}) or told_apart(rows[a].frame, rows[b].frame)


def told_apart(a: Frame | None, b: Frame | None) -> bool:
    """Two frames that state different places (no stem in common) or deeds done in different years
    (a year of the statement itself, "said in 2024", does not count; plans and forecasts may move)."""
    if a is None or b is None:
        return False
    if a.place and b.place and not set(place_key(a.place).split()) & set(place_key(b.place).split()):
        return True
    done = a.modality == b.modality == "done" and not (a.time_said or b.time_said)
    return done and bool(a.time and b.time) and a.time[:4] != b.time[:4]


def _relate_pairs(candidates: list[tuple[int, int, float]], rows: list[ClaimRow],
                  group_of: dict[int, int]) -> list[tuple[int, int, Relation]]:
    """Relation of each distinct candidate pair worth keeping (see the module docstring)."""
    views: dict[int, RelateInput] = {}

    def _view(k: int) -> RelateInput:  # one view per claim, so per-claim caches see the same objects
        v = views.get(k)
        if v is None:
            v = views[k] = _view_of(rows[k])
        return v

    seen: set[tuple[int, int]] = set()
    out: list[tuple[int, int, Relation]] = []
    for i, j, sim in candidates:
        key = (min(i, j), max(i, j))
        if key in seen:
            continue
        seen.add(key)
        a, b = (i, j) if rows[i].id <= rows[j].id else (j, i)  # = sorted((i, j), key=id), stable
        same = group_of.get(i) is not None and group_of.get(i) == group_of.get(j)
        # across fact clusters only slot-compared verdicts count: a wording rule (denial,
        # negation, judgement, paraphrase) needs two claims already known to be about one fact
        if same:
            out.append((a, b, relate(_view(a), _view(b), similarity=sim)))
        else:
            rel = relate_across(_view(a), _view(b), sim)  # slots; wording only for one fact split apart
            if rel is not None:
                out.append((a, b, rel))
    return out
