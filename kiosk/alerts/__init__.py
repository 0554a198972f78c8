"""alerts (see the issue that builds it)."""
