"""``python -m benchmarks.wb_cli ARGS`` runs the ``workbench`` console script in this interpreter.

The real-pipeline benchmark starts every stage through it as a child (wrapped by
``common.python_child`` so the child reports its own peak RSS): exactly what a user's
``workbench ingest`` / ``workbench analyze`` runs, minus the console-script shim. With
``$WB_PROFILE=FILE`` the command runs under cProfile and the stats land in FILE, so the
benchmark can say where the time of a real run went.
"""

import os

from workbench.cli import main

if __name__ == "__main__":
    out = os.environ.pop("WB_PROFILE", "")
    if not out:
        main()
    else:
        import cProfile

        profiler = cProfile.Profile()
        try:
            profiler.runcall(main, standalone_mode=False)
        finally:
            profiler.dump_stats(out)
