"""Widgets of the review UI: clusters pane, comparison pane, context pane, status line."""
