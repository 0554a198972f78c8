"""Simulation-exercise scenarios as data (YAML + JSON Schema): objectives, the exercise's own situation,
timed injects (synthetic travellers with their expected outcome) and events."""
