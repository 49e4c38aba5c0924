"""``python -m newsevents``: the ``newsevents`` command (see :mod:`newsevents.cli`)."""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command line and exit with its status."""
    from newsevents.cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
