"""Runtime hook of the bundle: pyzbar finds the libzbar.so.0 shipped inside the bundle.

pyzbar looks for zbar with ``ctypes.util.find_library``, which searches only the system's library
folders; the bundle carries its own copy (``_internal/libzbar.so.0``), so the bundle runs on a terminal
without ``libzbar0`` installed.
"""

import ctypes.util
import os
import sys

_bundled = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "libzbar.so.0")
_find_library = ctypes.util.find_library


def _find_bundled_first(name):
    if name == "zbar" and os.path.exists(_bundled):
        return _bundled
    return _find_library(name)


ctypes.util.find_library = _find_bundled_first
