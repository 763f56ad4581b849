"""What the PyInstaller bundle runs: the ``illdesk`` command (window and subcommands)."""

import sys

from illdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
