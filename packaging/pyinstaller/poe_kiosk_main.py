"""Entry point of the bundled ``poe-kiosk`` executable: the same console script as the source checkout."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
