-- The hub database schema before quarantine, enrolment and worker health (SQLite, as SQLAlchemy made it
-- from kiosk/hub/models.py of that version): tests/unit/hub/test_ingest_rules.py upgrades it in place.
CREATE TABLE hub_alerts (
	id INTEGER NOT NULL, 
	sender VARCHAR(120) NOT NULL, 
	identifier VARCHAR(120) NOT NULL, 
	sent DATETIME NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	msg_type VARCHAR(10) NOT NULL, 
	exercise_id VARCHAR(60), 
	country VARCHAR(8) NOT NULL, 
	poe VARCHAR(60) NOT NULL, 
	kiosk_id VARCHAR(120) NOT NULL, 
	topic VARCHAR(300) NOT NULL, 
	event VARCHAR(300) NOT NULL, 
	urgency VARCHAR(12) NOT NULL, 
	severity VARCHAR(12) NOT NULL, 
	certainty VARCHAR(12) NOT NULL, 
	protocol VARCHAR(40) NOT NULL, 
	risk VARCHAR(40) NOT NULL, 
	disposition VARCHAR(20) NOT NULL, 
	payload TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_hub_alerts_sender_identifier UNIQUE (sender, identifier)
);
CREATE INDEX ix_hub_alerts_status ON hub_alerts (status);
CREATE INDEX ix_hub_alerts_received ON hub_alerts (received_at);
CREATE TABLE hub_kiosks (
	kiosk_id VARCHAR(120) NOT NULL, 
	country VARCHAR(8) NOT NULL, 
	poe VARCHAR(60) NOT NULL, 
	state VARCHAR(10) NOT NULL, 
	mode VARCHAR(10) NOT NULL, 
	situation_version VARCHAR(60), 
	seen_at DATETIME NOT NULL, 
	changed_at DATETIME NOT NULL, 
	PRIMARY KEY (kiosk_id)
);
CREATE TABLE hub_rejected (
	id INTEGER NOT NULL, 
	topic VARCHAR(300) NOT NULL, 
	error TEXT NOT NULL, 
	size INTEGER NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE hub_triage (
	id INTEGER NOT NULL, 
	alert_id INTEGER NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	outcome VARCHAR(40) NOT NULL, 
	note TEXT NOT NULL, 
	officer VARCHAR(120) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(alert_id) REFERENCES hub_alerts (id)
);
CREATE INDEX ix_hub_triage_alert ON hub_triage (alert_id, id);
