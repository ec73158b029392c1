"""Optional NLI cross-encoder that may add or overrule rule-based relations.

The rules are the default and need no download. A user who has an NLI cross-encoder on disk
(or in the Hugging Face cache) names it with ``--nli-model``; it is loaded offline only, and
a missing model is a one-line :class:`NliError`, never a download or a traceback.

Policy: a relation that rests on compared numbers is kept (it is checkable); otherwise an
NLI label predicted with probability >= ``MIN_CONFIDENCE`` in both directions replaces the
rules' relation ("entailment" -> agree, "contradiction" -> conflict).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from workbench.analyze.relate import Relation
from workbench.errors import WorkbenchError

MIN_CONFIDENCE = 0.80
LABELS = {"entailment": "agree", "contradiction": "conflict", "neutral": "related"}


class NliError(WorkbenchError):
    """The NLI model cannot be used; the message is one line for the user."""


class NliJudge:
    """Wraps a sentence-transformers CrossEncoder with its label names."""

    def __init__(self, name_or_path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        path = Path(name_or_path).expanduser()
        if not path.exists() and name_or_path.startswith((".", "/", "~")):
            raise NliError(f"NLI model {name_or_path!r}: no such directory")
        try:
            from sentence_transformers import CrossEncoder

            target = str(path) if path.exists() else name_or_path
            self.model = CrossEncoder(target, local_files_only=True, device="cpu")
        except Exception as exc:  # noqa: BLE001 - any load failure is a user-facing one-liner
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise NliError(
                f"NLI model {name_or_path!r} is not available offline ({first[:160]}); "
                "give a local directory or a model already in the Hugging Face cache"
            ) from None
        config = getattr(getattr(self.model, "model", None), "config", None)
        id2label = getattr(config, "id2label", None) or {}
        self.labels = [LABELS.get(str(id2label.get(i, "")).lower()) for i in range(len(id2label))]
        if sorted(x for x in self.labels if x) != ["agree", "conflict", "related"]:
            raise NliError(f"NLI model {name_or_path!r} does not predict entailment/neutral/contradiction labels")
        self.name = name_or_path

    def judge(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[tuple[str, float]]:
        """(relation, probability) per pair; the weaker of both directions, so the relation is symmetric."""
        if not pairs:
            return []
        both = list(pairs) + [(b, a) for a, b in pairs]
        probs = self.model.predict(both, batch_size=batch_size, apply_softmax=True, show_progress_bar=False)
        n = len(pairs)
        out = []
        for k in range(n):
            fwd, back = probs[k], probs[n + k]
            best = int(fwd.argmax())
            agreeing = int(back.argmax()) == best
            conf = float(min(fwd[best], back[best])) if agreeing else 0.0
            out.append((self.labels[best] or "related", conf))
        return out


def apply_nli(judge: NliJudge, texts: Sequence[tuple[str, str]], rules: Sequence[Relation]) -> list[Relation]:
    """Rule relations, with confident NLI verdicts added or overruling where numbers do not decide."""
    verdicts = judge.judge(texts)
    out = []
    for rule, (label, conf) in zip(rules, verdicts, strict=True):
        if rule.numeric or conf < MIN_CONFIDENCE or label == rule.relation:
            out.append(rule)
        else:
            out.append(Relation(label, f"NLI {label} ({conf:.2f}, {judge.name}); rules said: {rule.reason}", "nli"))
    return out
