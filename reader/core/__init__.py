"""The Qt-free core: content loading, Markdown to sections, search, glossary, settings values.

Nothing in this package may import PySide6 (a test checks it).
"""
