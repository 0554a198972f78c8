"""documents (see the issue that builds it)."""
