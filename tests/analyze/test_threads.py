"""Embedding threads: every core when threads sleep while waiting; the idle cores when they spin (issue 12)."""

from __future__ import annotations

from workbench.analyze.threads import choose_threads, cpu_count


def test_spinning_threads_on_an_idle_machine_use_every_core():
    assert choose_threads(cores=2, load=0.1, spinning=True) == 2
    assert choose_threads(cores=16, load=0.0, spinning=True) == 16


def test_spinning_threads_on_a_busy_machine_use_the_idle_cores_and_at_least_one():
    assert choose_threads(cores=2, load=1.2, spinning=True) == 1
    assert choose_threads(cores=2, load=7.5, spinning=True) == 1
    assert choose_threads(cores=16, load=6.0, spinning=True) == 10


def test_sleeping_threads_use_every_core_whatever_the_load():
    assert choose_threads(cores=2, load=7.5, spinning=False) == 2
    assert choose_threads(cores=16, load=0.0, spinning=False) == 16


def test_default_reads_this_machine():
    assert 1 <= choose_threads() <= cpu_count()


def test_onnx_session_gets_the_chosen_threads(onnx_embedder):
    chosen = onnx_embedder.model.threads
    assert chosen >= 1
    options = onnx_embedder.model.session.get_session_options()
    assert options.intra_op_num_threads == chosen
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
