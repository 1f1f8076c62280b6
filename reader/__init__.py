"""An offline reader for French health articles.

Kept free of Qt imports so that the Qt-free core can be used (and tested) without PySide6.
"""

__version__ = "0.1.0"
