"""Simulation exercises for trainers: scenarios as data, scenario documents, the headless run, scoring and
the after-action report. Exercise data is kept apart by the kiosk's exercise mode (:mod:`kiosk.exercises`)."""
