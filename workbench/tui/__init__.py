"""The review UI (Textual): claims side by side, one column per outlet, one key per verdict.

``workbench.tui.app.WorkbenchApp(db_path, reviewer)`` is the entry point. The read-side SQL
(``queries``, ``claim_data``), the keymap loader and the export bridge import no Textual, so
they are tested and reused without a terminal. Nothing here imports a model library.
"""
