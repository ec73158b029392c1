"""Screens of the review UI: the main review screen, the article view, help, and small input prompts."""
