#!/usr/bin/env bash
# Publish the artifacts of `npx projen release` (dist/) to an npm registry and a Python package index.
#
#   NPM_REGISTRY=<url> PYPI_REPOSITORY_URL=<upload url> PYPI_INDEX_URL=<simple index url> scripts/publish.sh [dist]
#
# npm authenticates from the npm user config (NPM_CONFIG_USERCONFIG or ~/.npmrc), twine from
# TWINE_USERNAME / TWINE_PASSWORD. Everything is checked before anything is published: the artifacts
# are all there and carry one version, and that version is on neither registry (registries refuse to
# overwrite a version, and a half-published release is worse than none). Any doubt stops it.
set -euo pipefail
dist=${1:-dist}
name=cdk-cognito-app-client
module=cdk_cognito_app_client
fail() { echo "publish: refused: $*. Nothing was published." >&2; exit 1; }

: "${NPM_REGISTRY:?publish: set NPM_REGISTRY, e.g. https://registry.npmjs.org/}"
: "${PYPI_REPOSITORY_URL:?publish: set PYPI_REPOSITORY_URL, e.g. https://upload.pypi.org/legacy/}"
: "${PYPI_INDEX_URL:?publish: set PYPI_INDEX_URL, e.g. https://pypi.org/simple/}"

[ -s "$dist/version.txt" ] || fail "$dist/version.txt is missing: run \`npx projen release\` first"
version=$(cat "$dist/version.txt")
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "$dist/version.txt holds '$version', not a version x.y.z"
[ "$version" != 0.0.0 ] || fail "version 0.0.0 is the unreleased placeholder"

tgz="$dist/js/$name@$version.jsii.tgz"
wheel="$dist/python/$module-$version-py3-none-any.whl"
sdist="$dist/python/$module-$version.tar.gz"
for artifact in "$tgz" "$wheel" "$sdist"; do
  [ -f "$artifact" ] || fail "$artifact is missing (found: $(ls "$dist/js" "$dist/python" 2>/dev/null | tr '\n' ' '))"
done
packed=$(tar -xzOf "$tgz" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0)).version')
[ "$packed" = "$version" ] || fail "$tgz holds version $packed, $dist/version.txt says $version"

# Is the version on the npm registry? 404 means no; any other failure means we cannot tell.
if npm_out=$(npm view "$name@$version" version --registry "$NPM_REGISTRY" 2>&1); then
  [ -z "$npm_out" ] || fail "$name@$version already exists on $NPM_REGISTRY"
elif ! grep -q E404 <<<"$npm_out"; then
  fail "cannot tell whether $name@$version exists on $NPM_REGISTRY: $npm_out"
fi
# Is it on the Python index? The simple index lists every file of the project.
index_page=$(python3 - "$PYPI_INDEX_URL" "$name" <<'PY'
import sys, urllib.error, urllib.request
url = sys.argv[1].rstrip("/") + "/" + sys.argv[2] + "/"
try:
    print(urllib.request.urlopen(url, timeout=30).read().decode())
except urllib.error.HTTPError as e:
    if e.code != 404:
        sys.exit(f"HTTP {e.code} from {url}")
PY
) || fail "cannot tell whether $module $version exists on $PYPI_INDEX_URL"
if grep -Eq "(${module}|${name})-${version//./\\.}(-|\.tar)" <<<"$index_page"; then
  fail "$module $version already exists on $PYPI_INDEX_URL"
fi

npm publish "$tgz" --registry "$NPM_REGISTRY" --access public
python3 -m twine upload --non-interactive --disable-progress-bar --repository-url "$PYPI_REPOSITORY_URL" "$wheel" "$sdist"
echo "publish: $name $version is on $NPM_REGISTRY and $PYPI_REPOSITORY_URL"
