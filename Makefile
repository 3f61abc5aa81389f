# The two commands of the README:
#   make        install everything, then synthesize the example app and print its template
#   make test   install everything, then run every test (what CI runs, see .ci/run)
SHELL := /bin/bash
VENV := .venv
# jsii warns on every run that Node 20 is past its end of life; the machine has Node 20.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 1
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1

.PHONY: all setup example test bench

all: example

setup: node_modules/.installed $(VENV)/.installed

# `npm install` with the committed lock, not `npm ci`: the registry here serves no builds of
# unrs-resolver's optional bindings for other platforms, so the lock cannot list them and
# `npm ci` would refuse it. With the lock present, `npm install` installs exactly its versions.
node_modules/.installed: package-lock.json
	npm install --no-audit --no-fund
	touch $@

$(VENV)/.installed: requirements-dev.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

example: setup
	npx projen example

test: setup
	npx projen compile
	npx projen docgen
	@git diff --quiet -- API.md 2>/dev/null || { echo "API.md is stale: commit the file jsii-docgen regenerated" >&2; exit 1; }
	npx projen test
	npx projen test:python

bench: setup
	npx projen bench
