"""`python -m hearth` is the same as the `hearth` command."""

import sys

from hearth.cli import main

sys.exit(main())
