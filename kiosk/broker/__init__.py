"""Broker identities: who may log in to the site and national Mosquitto brokers, under which client id,
and what each login may publish and subscribe to (Mosquitto's dynamic-security plugin)."""
