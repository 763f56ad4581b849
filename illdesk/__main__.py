import sys

from illdesk.cli import main

sys.exit(main())
