"""Persistence: SQLAlchemy models, the store (engine + sessions) and Alembic migrations."""

from kiosk.store.db import Store, default_database_url, open_store

__all__ = ["Store", "default_database_url", "open_store"]
