"""Screens of the review UI: the main review screen, help, and small input prompts."""
