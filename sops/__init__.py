"""Screening SOPs as data (YAML + JSON Schema)."""
