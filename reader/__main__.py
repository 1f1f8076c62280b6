"""``python -m reader`` opens the reader, like the ``reader`` command."""

from reader.app import main

raise SystemExit(main())
