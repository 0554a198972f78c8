"""Entry point of the bundled ``poe-kiosk`` executable: the same console script as the source checkout.

``freeze_support()`` first: the window renders slips in a spawned process (``ui.printing.SlipRenderer``)
and multiprocessing starts a resource tracker; in a frozen app both re-run this executable, which must
then become that child instead of parsing its arguments as a ``poe-kiosk`` command.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
