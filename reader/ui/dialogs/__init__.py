"""Dialogs: « À propos », the keyboard shortcuts page, the print scope question."""
