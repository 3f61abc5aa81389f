# The two commands of the README:
#   make        install everything, then synthesize the example app and print its template
#   make test   install everything, then run every test (what CI runs, see .ci/run)
# and the targets they are made of:
#   make test-node24    the Jest suites (floor and newest aws-cdk-lib) on Node 24, the other supported LTS
#   make publish-local  release the commit and prove it end to end through local registries (npm, PyPI, Maven, Go)
SHELL := /bin/bash
VENV := .venv
# Build and test on a supported Node LTS (22), installed from the npm registry's `node` package
# with the lock in tools/node; the machine's Node 20 only bootstraps it.
NODE_RUNTIME := tools/node/node_modules/.bin
NODE24_RUNTIME := tools/node24/node_modules/.bin
REGISTRY := tools/registry/node_modules
SARIF_SCHEMA := tools/sarif/sarif-schema-2.1.0.json
GOSEC := github.com/securego/gosec/v2@v2.30.0
export PATH := $(CURDIR)/$(NODE_RUNTIME):$(PATH)

.PHONY: all setup example test test-all test-node22 test-node24 publish-local bench model-drift

all: example

setup: $(NODE_RUNTIME)/.installed node_modules/.installed $(VENV)/.installed $(SARIF_SCHEMA)

$(NODE_RUNTIME)/.installed: tools/node/package-lock.json
	npm install --prefix tools/node --no-audit --no-fund
	@node --version | grep -q '^v22\.' || { echo "expected Node 22 from tools/node, got $$(node --version)" >&2; exit 1; }
	touch $@

# `npm install` with the committed lock, not `npm ci`: the registry here serves no builds of
# unrs-resolver's optional bindings for other platforms, so the lock cannot list them and
# `npm ci` would refuse it. With the lock present, `npm install` installs exactly its versions.
node_modules/.installed: package-lock.json $(NODE_RUNTIME)/.installed
	npm install --no-audit --no-fund
	touch $@

$(NODE24_RUNTIME)/.installed: tools/node24/package-lock.json
	npm install --prefix tools/node24 --no-audit --no-fund
	@$(NODE24_RUNTIME)/node --version | grep -q '^v24\.' || { echo "expected Node 24 from tools/node24" >&2; exit 1; }
	touch $@

$(REGISTRY)/.installed: tools/registry/package-lock.json
	npm install --prefix tools/registry --no-audit --no-fund
	touch $@

# The OASIS SARIF 2.1.0 JSON schema, against which a test validates the command's SARIF report. No
# registry here serves it alone; gosec's Go module (pinned) carries it as test data. The module cache
# is the run's own folder, removed once the file is copied and its hash checked.
$(SARIF_SCHEMA):
	mkdir -p tools/sarif
	GOMODCACHE=$(CURDIR)/tools/sarif/gomod GOFLAGS=-modcacherw go mod download $(GOSEC)
	cp tools/sarif/gomod/$(GOSEC)/report/sarif/testdata/sarif-schema-2.1.0.json $@.download
	rm -rf tools/sarif/gomod
	echo "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e  $@.download" | sha256sum --check --quiet
	mv $@.download $@

$(VENV)/.installed: requirements-dev.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

example: setup
	npx projen example

# Every suite, then the release: it prints at the end how long it took and its peak memory.
test:
	@bash scripts/measured.sh "make test" $(MAKE) --no-print-directory test-all

# The release in publish-local builds the commit these tests just passed on, so it skips them
# (RELEASE_TESTED_COMMIT; a dirty tree is refused by publish-local before anything is built).
test-all: test-node22 test-node24
	RELEASE_TESTED_COMMIT=$$(git rev-parse HEAD) $(MAKE) --no-print-directory publish-local
	@$(MAKE) --no-print-directory model-drift | tail -n 1

# What the newest botocore on PyPI adds to or removes from the Cognito fields the checks read: a
# notice, never a failure (README, "Cognito's API model" says how to follow it).
model-drift: setup
	@$(VENV)/bin/python scripts/cognito-model.py drift

test-node22: setup
	npx projen compile
	npx projen docgen
	@git diff --quiet -- API.md 2>/dev/null || { echo "API.md is stale: commit the file jsii-docgen regenerated" >&2; exit 1; }
	npx projen test
	npx projen test:newest
	npx projen test:python

# The same Jest suites on Node 24 (tests that start the cdk CLI or ts-node start them on Node 24 too).
test-node24: setup $(NODE24_RUNTIME)/.installed
	PATH="$(CURDIR)/$(NODE24_RUNTIME):$$PATH" npx projen test
	PATH="$(CURDIR)/$(NODE24_RUNTIME):$$PATH" npx projen test:newest

# The Java and Go packages are built and consumed with the machine's JDK, Maven and Go.
publish-local: setup $(REGISTRY)/.installed
	@for tool in java mvn go; do command -v $$tool >/dev/null || { echo "publish-local needs $$tool (Java 17 with Maven, Go 1.26: see README, Develop)" >&2; exit 1; }; done
	bash scripts/publish-local.sh

bench: setup
	npx projen bench
