# Shortcuts for developers who have make; the README's commands are scripts/run.sh and scripts/test.sh
# (a fresh machine may not have make). Each bootstraps everything it needs.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots lint bootstrap clean package bundle deb package-test

$(STAMP): pyproject.toml constraints.txt scripts/bootstrap.sh
	bash scripts/bootstrap.sh

bootstrap: $(STAMP)

run:
	./scripts/run.sh $(ARGS)

test:
	./scripts/test.sh $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk ui tests bench

bench: $(STAMP)
	$(PY) -m bench $(ARGS)

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m ui.screenshots docs/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m ui.hub.screenshots docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) -m ui.keyboard_check --shots docs/screenshots

# The bundle (PyInstaller, runs without Python) and the .deb that installs it: see packaging/README.md.
# Heavy (a few minutes on 2 cores): build when you need it.
PYINSTALLER := $(VENV)/bin/pyinstaller

$(PYINSTALLER): $(STAMP)
	$(VENV)/bin/python -m pip install -q -c constraints.txt -e ".[package]"

bundle: $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/poe-kiosk.spec
	du -sh dist/poe-kiosk

deb:
	bash packaging/deb/build-deb.sh

package: bundle deb

package-test: $(STAMP)
	$(PY) -m pytest -q -m package tests/packaging

clean:
	rm -rf $(VENV) .pytest_cache build dist
