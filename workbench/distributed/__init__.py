"""Distributed engines: the same per-document and per-claim steps, spread over a Ray cluster.

Only the parts that are independent per item go out: reading + extraction (one document in,
its rows out: ``workbench.ingest.process.process_document``) and embedding (one claim text
in, its vector out, in an actor that loads the ONNX export once). Workers write Parquet
shards; the driver merges them into ``claims.db`` by id. Clustering and relations need every
vector at once and stay with ``workbench analyze`` on one machine. ``ray`` and ``pyarrow``
are imported inside the functions only (optional extra ``distributed``).
"""
