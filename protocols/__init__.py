"""Public-health protocols and situations as data (YAML + JSON Schema)."""
