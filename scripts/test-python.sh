#!/usr/bin/env bash
# The Python package is real: build the jsii wheel, install it with aws-cdk-lib from PyPI into a
# fresh venv, synthesize the example app from Python and from TypeScript with the cdk CLI, and
# require byte-identical templates; then run the Python tests (python/).
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/.venv/bin:$PATH" # setuptools and wheel for jsii-pacmak
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
# What the apps, jsii's kernels and the cdk CLI write to the temp folder goes into a root of this
# run, removed when it ends.
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/cdk-cognito-python.XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
out=.tmp/parity
rm -rf "$out" dist/python .venv-python
npx jsii-pacmak --target python >/dev/null

python3 -m venv .venv-python
.venv-python/bin/pip install --quiet --disable-pip-version-check -r requirements-python.txt dist/python/cdk_cognito_app_client-*.whl

synth() { # synth <name> <app command>
  npx cdk synth --app "$2" --output "$out/$1" --quiet --no-notices --no-version-reporting >/dev/null
}
# The TypeScript side on the newest aws-cdk-lib from npm, as the Python side is on PyPI's newest.
synth typescript "npx ts-node -r ./test/integ/newest-cdk.js --prefer-ts-exts examples/app.ts"
synth python ".venv-python/bin/python examples/app.py"

template=CognitoAppClientExample.template.json
if ! cmp "$out/typescript/$template" "$out/python/$template"; then
  diff <(python3 -m json.tool "$out/typescript/$template") <(python3 -m json.tool "$out/python/$template") | head -40
  echo "FAIL: the Python template differs from the TypeScript one" >&2
  exit 1
fi
echo "parity: the Python and TypeScript templates are byte for byte equal ($(wc -c <"$out/python/$template") bytes)"

.venv-python/bin/python -m pytest -q python
