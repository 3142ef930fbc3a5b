"""Allows ``python -m duodesk``."""

from duodesk.cli import main

raise SystemExit(main())
