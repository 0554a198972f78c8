"""Provisioning a terminal: ``poe-kiosk provision --site FILE --kiosk-id ID --broker URL [--ca FILE]``.

A *site file* (:mod:`kiosk.provisioning.site_file`, schema ``site.schema.json``, example
``packaging/site.example.yaml``) holds what every kiosk of a point of entry shares; the kiosk id, the
broker URL and its CA are given per terminal. :func:`kiosk.provisioning.provision.provision` writes the
kiosk's configuration, its slip-signing key and an empty database, and the files the other parties need:
the broker's dynamic-security commands (the kiosk's login and ACL) and the kiosk's public key for the
hub's registry.
"""
