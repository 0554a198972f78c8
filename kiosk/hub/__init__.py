"""hub (see the issue that builds it)."""
