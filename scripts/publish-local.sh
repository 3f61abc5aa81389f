#!/usr/bin/env bash
# `make publish-local`: cut a release of the current commit and prove it end to end, offline.
#
#  1. refuse a dirty working tree (the release is built from the commit);
#  2. in a clone of HEAD, `npx projen release`: version from the commit history, CHANGELOG, build,
#     tests, README samples through jsii-rosetta (strict), dist/js/*.tgz, dist/python/*.whl and the
#     sdist, dist/java (a Maven repository) and dist/go (the Go module);
#  3. start Verdaccio (npm registry), pypiserver (Python index) and a web server for a Maven repository
#     and a Go module proxy (folders) on 127.0.0.1, all empty;
#  4. publish with scripts/publish.sh (npm publish, twine, maven-deploy-plugin, the proxy's layout);
#  5. four fresh CDK apps (consumer-apps/: TypeScript, Python, Java with Maven, Go) install
#     cdk-cognito-app-client by name and version from those registries (aws-cdk-lib from the public
#     ones), synthesize with the real cdk CLI (a bad client must fail synth naming UPC11) and run their
#     own tests (a snapshot test, a bad-client test); the four templates must be byte for byte equal;
#     the package's command line (npx, and the Python console script) checks their cloud assemblies
#     and fails a SAM template with a bad client;
#  6. bad input: publishing the same version again, and releasing from a dirty tree, must fail with a
#     clear message and publish nothing.
# Everything it starts it stops (trap), and it writes only under a temporary directory, except with
# UPDATE_SNAPSHOTS=1: then the apps' snapshots are rewritten into consumer-apps/ (review the diff).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export PATH="$repo/.venv/bin:$PATH" # pypiserver, twine, and setuptools/wheel for jsii-pacmak
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
name=cdk-cognito-app-client
# The Maven group and the Go module, as .projenrc.ts writes them into package.json (jsii targets).
read -r group go_module < <(node -p 'const { java, go } = require("./package.json").jsii.targets; `${java.maven.groupId} ${go.moduleName}/${go.packageName}`')
step() { printf '\n== publish-local: %s\n' "$*"; }
fail() { echo "publish-local: FAIL: $*" >&2; exit 1; }

bash scripts/require-clean-tree.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/publish-local.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
# Everything the release, the registries, the apps and their tools write to the temp folder stays
# under $work, which the trap removes.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"
# Java ignores TMPDIR: its temp folder is java.io.tmpdir (where jsii's Java runtime unpacks itself and
# stays), and every JVM keeps its performance counters in /tmp/hsperfdata_<user>. Every JVM of this
# run (Maven in the release and the apps, exec:java, surefire's fork) uses the run's root, no counters.
export JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$TMPDIR -XX:-UsePerfData"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # wait_for <url> <what>
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done
  fail "$2 did not answer at $1"
}

step "release the commit $(git rev-parse --short HEAD) in a clone"
git clone --quiet "$repo" "$work/release"
# The installed dependencies and test tools of this checkout (the same locks), as symlinks that the
# clone's git ignores (its patterns for them match directories only).
for installed in node_modules .venv; do
  ln -s "$repo/$installed" "$work/release/$installed"
  echo "/$installed" >>"$work/release/.git/info/exclude"
done
(cd "$work/release" && git config user.name "publish-local" && git config user.email "publish-local@localhost" &&
  npx projen release >"$work/release.log" 2>&1) || { tail -40 "$work/release.log"; fail "npx projen release failed"; }
dist="$work/release/dist"
version=$(cat "$dist/version.txt")
echo "version $version (tag $(git -C "$work/release" describe --tags --abbrev=0)); artifacts:"
(cd "$dist" && ls js/* python/*)
grep -q "^## .*$version" "$work/release/CHANGELOG.md" || fail "CHANGELOG.md has no entry for $version"

step "start Verdaccio, pypiserver and a Maven repository / Go module proxy on 127.0.0.1"
npm_port=$(free_port)
mkdir -p "$work/verdaccio"
cat >"$work/verdaccio/config.yaml" <<YAML
storage: $work/verdaccio/storage
auth:
  htpasswd:
    file: $work/verdaccio/htpasswd
    max_users: 1
uplinks:
  upstream:
    url: $(npm config get registry)
    timeout: 120s
packages:
  '$name':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    publish: \$authenticated
    proxy: upstream
listen: 127.0.0.1:$npm_port
log: { type: stdout, format: pretty, level: warn }
YAML
"$repo/tools/registry/node_modules/.bin/verdaccio" --config "$work/verdaccio/config.yaml" >"$work/verdaccio.log" 2>&1 &
pids+=($!)
export NPM_REGISTRY="http://127.0.0.1:$npm_port/"
pypi_port=$(free_port)
mkdir -p "$work/pypi"
pypi-server run --host 127.0.0.1 --port "$pypi_port" --authenticate . --passwords . --disable-fallback "$work/pypi" >"$work/pypi.log" 2>&1 &
pids+=($!)
export PYPI_REPOSITORY_URL="http://127.0.0.1:$pypi_port/" PYPI_INDEX_URL="http://127.0.0.1:$pypi_port/simple/"
# The Maven repository and the Go module proxy are folders in their protocols' layouts, served as
# static files (what both protocols need), published into by scripts/publish.sh.
registries="$work/registries"
mkdir -p "$registries/maven" "$registries/go"
files_port=$(free_port)
python3 -m http.server --bind 127.0.0.1 --directory "$registries" "$files_port" >"$work/files.log" 2>&1 &
pids+=($!)
export MAVEN_REPOSITORY="$registries/maven" GO_PROXY_DIR="$registries/go"
export MAVEN_LOCAL_REPOSITORY="$work/release/.tmp/maven-repository" # Maven's plugins, as the release fetched them
maven_url="http://127.0.0.1:$files_port/maven" go_proxy_url="http://127.0.0.1:$files_port/go"
wait_for "${NPM_REGISTRY}-/ping" Verdaccio
wait_for "$PYPI_INDEX_URL" pypiserver
wait_for "$maven_url/" "the Maven repository"

# A publisher account on the fresh registry; its token goes into a user config of this run only.
token=$(curl -fsS -X PUT -H 'content-type: application/json' \
  -d '{"name":"publisher","password":"publish-local"}' "${NPM_REGISTRY}-/user/org.couchdb.user:publisher" |
  node -p 'JSON.parse(require("fs").readFileSync(0)).token')
echo "//127.0.0.1:$npm_port/:_authToken=$token" >"$work/npmrc"
export NPM_CONFIG_USERCONFIG="$work/npmrc" TWINE_USERNAME=publisher TWINE_PASSWORD=publish-local

step "publish $name $version"
bash scripts/publish.sh "$dist"
[ "$(npm view "$name@$version" version --registry "$NPM_REGISTRY")" = "$version" ] || fail "npm registry does not list $version"

step "a fresh TypeScript CDK app installs $name@$version from the npm registry"
ts="$work/typescript-app"
cp -r consumer-apps/typescript "$ts"
(cd "$ts" && npm install --registry "$NPM_REGISTRY" --no-audit --no-fund --loglevel=error &&
  npm install --registry "$NPM_REGISTRY" --save-exact --no-audit --no-fund --loglevel=error "$name@$version")
[ "$(node -p "require('$ts/node_modules/$name/package.json').version")" = "$version" ] || fail "the TypeScript app did not get $version"
synth_ok() { # synth_ok <dir> -> cdk.out/Orders.template.json
  (cd "$1" && "$repo/node_modules/.bin/cdk" synth --quiet --no-notices --no-version-reporting >/dev/null)
}
synth_bad() { # synth_bad <dir>: a bad client must fail `cdk synth` and name its rule
  if (cd "$1" && "$repo/node_modules/.bin/cdk" synth -c withBadClient=true --quiet --no-notices --no-version-reporting >"$work/bad.log" 2>&1); then
    fail "cdk synth of a bad client succeeded in $1"
  fi
  grep -q UPC11 "$work/bad.log" || { cat "$work/bad.log"; fail "cdk synth of a bad client failed without naming UPC11"; }
  echo "cdk synth -c withBadClient=true failed as it must: $(grep -m1 UPC11 "$work/bad.log" | sed 's/^ *//' | cut -c1-140)"
}
# The bad client first: a failed synth leaves its templates in cdk.out, the good one replaces them.
synth_bad "$ts"
synth_ok "$ts"
if [ "${UPDATE_SNAPSHOTS:-}" = 1 ]; then
  (cd "$ts" && npx jest --ci=false -u) && rm -rf consumer-apps/typescript/test/__snapshots__ &&
    cp -r "$ts/test/__snapshots__" consumer-apps/typescript/test/
fi
(cd "$ts" && CI=true npm test --silent)

step "a fresh Python CDK app installs $name==$version from the Python index"
py="$work/python-app"
cp -r consumer-apps/python "$py"
python3 -m venv "$py/.venv"
"$py/.venv/bin/pip" install --quiet -r "$py/requirements.txt" -c requirements-python.txt
# Only the local index: the package comes from there or not at all (its dependencies are installed above).
env -u PIP_FIND_LINKS "$py/.venv/bin/pip" install --quiet --no-cache-dir --index-url "$PYPI_INDEX_URL" "$name==$version"
[ "$("$py/.venv/bin/pip" show "$name" | sed -n 's/^Version: //p')" = "$version" ] || fail "the Python app did not get $version"
export PATH="$py/.venv/bin:$PATH"
synth_bad "$py"
synth_ok "$py"
if [ "${UPDATE_SNAPSHOTS:-}" = 1 ]; then
  (cd "$py" && python -c 'import json; from aws_cdk import App; from aws_cdk.assertions import Template; from orders_stack import OrdersStack
print(json.dumps(Template.from_stack(OrdersStack(App(), "Orders")).to_json(), indent=2))') >consumer-apps/python/tests/snapshots/orders.template.json
  cp consumer-apps/python/tests/snapshots/orders.template.json "$py/tests/snapshots/"
fi
(cd "$py" && python -m pytest -q -p no:cacheprovider tests)
# The Java and Go apps' snapshots are the Python app's, byte for byte (one template, four languages).
if [ "${UPDATE_SNAPSHOTS:-}" = 1 ]; then
  cp consumer-apps/python/tests/snapshots/orders.template.json consumer-apps/java/src/test/resources/orders.template.json
  cp consumer-apps/python/tests/snapshots/orders.template.json consumer-apps/go/testdata/orders.template.json
fi

step "a fresh Java CDK app installs $group:$name:$version from the Maven repository"
java="$work/java-app"
cp -r consumer-apps/java "$java"
# As a team points Maven at its repository manager: a settings file with the repository, and a Maven
# repository of this app's own (so the package comes from the repository, not from a cache).
cat >"$work/maven-settings.xml" <<XML
<settings>
  <profiles>
    <profile>
      <id>local-release</id>
      <repositories><repository><id>local-release</id><url>$maven_url</url></repository></repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>local-release</activeProfile></activeProfiles>
</settings>
XML
mkdir -p "$java/.mvn"
printf '%s\n' --batch-mode --no-transfer-progress -Dstyle.color=never -s "$work/maven-settings.xml" "-Dmaven.repo.local=$work/java-app-repository" \
  "-D$name.version=$version" >"$java/.mvn/maven.config"
(cd "$java" && mvn -q compile) || fail "the Java app could not resolve its dependencies or compile"
installed="$work/java-app-repository/${group//.//}/$name/$version"
[ -f "$installed/$name-$version.jar" ] && grep -q "^$name-$version.jar>local-release=" "$installed/_remote.repositories" ||
  fail "the Java app did not get $version from the local Maven repository"
synth_bad "$java"
synth_ok "$java"
(cd "$java" && mvn -q test) || fail "the Java app's tests failed"
echo "the Java app's tests passed: $(grep -ho 'tests="[0-9]*"' "$java"/target/surefire-reports/*.xml | tr '\n' ' ')"

step "a fresh Go CDK app installs $go_module@v$version from the Go module proxy"
go_app="$work/go-app"
cp -r consumer-apps/go "$go_app"
# The local proxy first, then the ones this machine uses; the checksum database cannot know a module
# published here; the module cache is this run's (writable, so that the trap can remove it).
export GOPROXY="$go_proxy_url,$(go env GOPROXY)" GONOSUMDB=github.com/cdk-cognito-app-client GOMODCACHE="$work/go-modules" GOFLAGS=-modcacherw
(cd "$go_app" && go get "$go_module@v$version" && go mod tidy) || fail "the Go app could not install $go_module@v$version"
[ "$(cd "$go_app" && go list -m -f '{{.Version}}' "$go_module")" = "v$version" ] || fail "the Go app did not get v$version"
[ -f "$GOMODCACHE/cache/download/$go_module/@v/v$version.zip" ] || fail "the Go app did not download v$version through the module proxy"
synth_bad "$go_app"
synth_ok "$go_app"
(cd "$go_app" && go test ./...) || fail "the Go app's tests failed"
unset GOPROXY GONOSUMDB GOMODCACHE GOFLAGS

for app in "$py" "$java" "$go_app"; do
  cmp "$ts/cdk.out/Orders.template.json" "$app/cdk.out/Orders.template.json" || fail "the template of $app differs from the TypeScript app's"
done
for snapshot in consumer-apps/java/src/test/resources/orders.template.json consumer-apps/go/testdata/orders.template.json; do
  cmp consumer-apps/python/tests/snapshots/orders.template.json "$snapshot" || fail "$snapshot is not the Python app's snapshot"
done
echo "the TypeScript, Python, Java and Go apps synthesize the same template, byte for byte"

step "the package's command line checks cloud assemblies and templates"
# As a CI gate runs it: npx in the TypeScript app, on its own assembly and on the Python app's.
(cd "$ts" && npx --no cdk-cognito-app-client check cdk.out) >"$work/check.log" || { cat "$work/check.log"; fail "the command failed on the TypeScript app's assembly"; }
tail -1 "$work/check.log"
(cd "$ts" && npx --no cdk-cognito-app-client check "$py/cdk.out" --format sarif) >"$work/check.sarif" || fail "the command failed on the Python app's assembly"
node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (s.version !== "2.1.0" || s.runs[0].tool.driver.version !== process.argv[2]) process.exit(1)' "$work/check.sarif" "$version" ||
  fail "the SARIF report is not SARIF 2.1.0 from version $version"
status=0
(cd "$ts" && npx --no cdk-cognito-app-client check "$repo/test/fixtures/cli/sam-app.yaml") >"$work/check-bad.log" || status=$?
[ "$status" = 1 ] && grep -q '^error UPC11 ' "$work/check-bad.log" || { cat "$work/check-bad.log"; fail "the command did not fail a SAM template with a bad client (exit $status)"; }
echo "a SAM template with a bad client fails: $(head -1 "$work/check-bad.log")"
# The same command, as the Python package's console script.
"$py/.venv/bin/cdk-cognito-app-client" check "$ts/cdk.out" >"$work/check-py.log" 2>/dev/null || { cat "$work/check-py.log"; fail "the Python package's command failed"; }
echo "the Python package's command: $(tail -1 "$work/check-py.log")"

step "the installed command reads a live pool (moto on 127.0.0.1), from npm and from Python"
moto_port=$(free_port)
"$repo/.venv/bin/moto_server" -H 127.0.0.1 -p "$moto_port" >"$work/moto.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$moto_port/moto-api/" "moto"
# A pool with a client that Cognito would refuse (a 48-hour access token), made through the API.
export AWS_ACCESS_KEY_ID=publish-local AWS_SECRET_ACCESS_KEY=publish-local AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE="$work/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-aws-credentials"
export AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER="http://127.0.0.1:$moto_port"
pool_id=$("$repo/.venv/bin/python" - <<'PY'
import os, boto3
cognito = boto3.client("cognito-idp", region_name="eu-west-1", endpoint_url=os.environ["AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"])
pool = cognito.create_user_pool(PoolName="publish-local")["UserPool"]["Id"]
cognito.create_user_pool_client(UserPoolId=pool, ClientName="reporter", AccessTokenValidity=48, PreventUserExistenceErrors="ENABLED")
print(pool)
PY
)
for cli in "npx --no cdk-cognito-app-client" "$py/.venv/bin/cdk-cognito-app-client"; do
  status=0
  (cd "$ts" && $cli check --user-pool-id "$pool_id") >"$work/check-live.log" 2>&1 || status=$?
  [ "$status" = 1 ] && grep -q "^error UPC11 cognito-idp:eu-west-1:$pool_id $pool_id/reporter " "$work/check-live.log" ||
    { cat "$work/check-live.log"; fail "$cli check --user-pool-id did not report the live client's UPC11 (exit $status)"; }
  echo "$cli check --user-pool-id: $(tail -1 "$work/check-live.log")"
done
unset AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY

step "bad input: publish $version again"
registry_files() { find "$registries" -type f -exec sha256sum {} + | sort | sha256sum; }
files_before=$(registry_files)
if bash scripts/publish.sh "$dist" 2>"$work/again.log"; then fail "publishing $version a second time succeeded"; fi
cat "$work/again.log"
for place in "on $NPM_REGISTRY" "on $PYPI_INDEX_URL" "in the Maven repository" "in the Go module proxy"; do
  grep -q "already exists $place" "$work/again.log" || fail "the second publish did not say the version exists $place"
done
npm_versions() { npm view "$name" versions --json --registry "$NPM_REGISTRY" | node -p '[].concat(JSON.parse(require("fs").readFileSync(0))).join(" ")'; }
[ "$(npm_versions)" = "$version" ] || fail "the npm registry changed: $(npm_versions)"
[ "$(ls "$work/pypi" | wc -l)" = 2 ] || fail "the Python index changed: $(ls "$work/pypi")"
[ "$(registry_files)" = "$files_before" ] || fail "the Maven repository or the Go module proxy changed"

step "bad input: release from a dirty tree"
echo "uncommitted" >>"$work/release/README.md"
if (cd "$work/release" && npx projen release >"$work/dirty.log" 2>&1); then fail "a release from a dirty tree succeeded"; fi
grep -q "uncommitted changes" "$work/dirty.log" || { cat "$work/dirty.log"; fail "the dirty-tree release failed without saying why"; }
grep "release: refused" "$work/dirty.log"
[ "$(npm_versions)" = "$version" ] || fail "the npm registry changed: $(npm_versions)"

step "passed: $name $version published, installed by name and version, synthesized and tested from TypeScript, Python, Java and Go"
