"""Two reviewers on one database file, in two processes: neither loses a verdict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbench.models import Article, Attribution, ExtractedClaim
from workbench.store import history, open_db, reviewer_verdicts, save_document, undo_last

ROOT = Path(__file__).resolve().parents[2]

REVIEWER_SCRIPT = """
import sys
from workbench.store import open_db, record_verdict, undo_last
db = open_db(sys.argv[1], create=False)
claims = [r[0] for r in db.execute("SELECT id FROM claims ORDER BY id")]
reviewer = sys.argv[2]
for i in range(int(sys.argv[3])):
    record_verdict(db, claims[i % len(claims)], ("verified", "disputed", "unattributed")[i % 3], reviewer)
    if i % 10 == 9:
        undo_last(db, reviewer)   # read-then-write: the case a deferred transaction gets wrong
print("done")
"""


def test_two_processes_record_verdicts_concurrently(tmp_path):
    path = tmp_path / "claims.db"
    db = open_db(path)
    sentences = [f"Officials said {n} shells hit the town on day {n}." for n in range(1, 21)]
    text = " ".join(sentences)
    claims, cursor = [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, cursor)
        cursor = start + len(sentence)
        claims.append(ExtractedClaim(i, start, cursor, sentence, Attribution("Officials", "anonymous", "said"), 0.6, []))
    save_document(db, Article(text=text, outlet="Wire", source_path="/wire/a.txt"), claims)
    db.close()

    n = 150
    procs = [
        subprocess.Popen([sys.executable, "-c", REVIEWER_SCRIPT, str(path), who, str(n)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who in ("ann", "bob")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip() == "done"

    db = open_db(path)
    per_reviewer = dict(db.execute("SELECT reviewer, count(*) FROM verdict_events GROUP BY reviewer").fetchall())
    undos = n // 10
    assert per_reviewer == {"ann": n + undos, "bob": n + undos}
    ids = [r[0] for r in db.execute("SELECT id FROM verdict_events ORDER BY id")]
    assert ids == list(range(1, len(ids) + 1))  # one ledger, no gaps
    # every undo reverted an event of its own reviewer
    for reviewer, undone_by in db.execute(
        "SELECT e.reviewer, u.reviewer FROM verdict_events u JOIN verdict_events e ON e.id = u.undoes"
    ):
        assert reviewer == undone_by
    assert set(reviewer_verdicts(db)) == {"ann", "bob"}
    first_claim = db.execute("SELECT id FROM claims ORDER BY id LIMIT 1").fetchone()[0]
    assert len(history(db, first_claim)) >= 2 * n // 20
    assert undo_last(db, "ann") is not None
