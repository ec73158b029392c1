"""The review UI (Textual): claims side by side, one column per outlet, one key per verdict.

``workbench.tui.app.WorkbenchApp(db_path, reviewer)`` is the entry point. The UI reads through
``workbench.store`` read functions, called by plain loaders (``loaders``) in thread workers;
the loaders, the keymap loader and the export bridge import no Textual, so they are tested and
reused without a terminal. Nothing here imports a model library.
"""
