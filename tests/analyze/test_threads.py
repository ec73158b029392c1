"""Embedding threads follow the machine's load (issue 12: one thread beat two by 1.4x on a busy machine)."""

from __future__ import annotations

from workbench.analyze.threads import choose_threads, cpu_count


def test_idle_machine_uses_every_core():
    assert choose_threads(cores=2, load=0.1) == 2
    assert choose_threads(cores=16, load=0.0) == 16


def test_busy_machine_uses_the_idle_cores_and_at_least_one():
    assert choose_threads(cores=2, load=1.2) == 1
    assert choose_threads(cores=2, load=7.5) == 1
    assert choose_threads(cores=16, load=6.0) == 10


def test_default_reads_this_machine():
    assert 1 <= choose_threads() <= cpu_count()


def test_onnx_session_gets_the_chosen_threads(onnx_embedder):
    chosen = onnx_embedder.model.threads
    assert chosen >= 1
    assert onnx_embedder.model.session.get_session_options().intra_op_num_threads == chosen
