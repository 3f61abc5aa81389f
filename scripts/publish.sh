#!/usr/bin/env bash
# Publish the artifacts of `npx projen release` (dist/) to an npm registry, a Python package index, a
# Maven repository and a Go module proxy.
#
#   NPM_REGISTRY=<url> PYPI_REPOSITORY_URL=<upload url> PYPI_INDEX_URL=<simple index url> \
#   MAVEN_REPOSITORY=<folder> GO_PROXY_DIR=<folder> scripts/publish.sh [dist]
#
# npm authenticates from the npm user config (NPM_CONFIG_USERCONFIG or ~/.npmrc), twine from
# TWINE_USERNAME / TWINE_PASSWORD. The Maven repository is a folder in Maven's repository layout (what
# a file:// URL or any static web server serves), written with maven-deploy-plugin; the Go module proxy
# is a folder in the GOPROXY protocol's layout (<module>/@v/list, .info, .mod, .zip). Maven Central
# (signed bundles through Sonatype) and a Go module's own repository (a tag that the public proxy then
# serves) need credentials and hosts that our machines do not have: this script does not reach them.
# Everything is checked before anything is published: the artifacts are all there and carry one
# version, and that version is in none of the four places (registries refuse to overwrite a version, and
# a half-published release is worse than none). Any doubt stops it.
set -euo pipefail
dist=${1:-dist}
name=cdk-cognito-app-client
module=cdk_cognito_app_client
fail() { echo "publish: refused: $*. Nothing was published." >&2; exit 1; }
# A version that is already somewhere: every place that has it is named, then the script stops.
existing=()
exists() { existing+=("$*"); }

: "${NPM_REGISTRY:?publish: set NPM_REGISTRY, e.g. https://registry.npmjs.org/}"
: "${PYPI_REPOSITORY_URL:?publish: set PYPI_REPOSITORY_URL, e.g. https://upload.pypi.org/legacy/}"
: "${PYPI_INDEX_URL:?publish: set PYPI_INDEX_URL, e.g. https://pypi.org/simple/}"
: "${MAVEN_REPOSITORY:?publish: set MAVEN_REPOSITORY, the folder of a Maven repository}"
: "${GO_PROXY_DIR:?publish: set GO_PROXY_DIR, the folder of a Go module proxy}"

[ -s "$dist/version.txt" ] || fail "$dist/version.txt is missing: run \`npx projen release\` first"
version=$(cat "$dist/version.txt")
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "$dist/version.txt holds '$version', not a version x.y.z"
[ "$version" != 0.0.0 ] || fail "version 0.0.0 is the unreleased placeholder"

tgz="$dist/js/$name@$version.jsii.tgz"
wheel="$dist/python/$module-$version-py3-none-any.whl"
sdist="$dist/python/$module-$version.tar.gz"
[ -f "$tgz" ] || fail "$tgz is missing (found: $(ls "$dist/js" 2>/dev/null | tr '\n' ' '))"
# The version and the Java and Go names as the release's own package.json gives them (jsii targets).
read -r packed group artifact go_package go_module < <(tar -xzOf "$tgz" package/package.json | node -p '
  const p = JSON.parse(require("fs").readFileSync(0)), { java, go } = p.jsii.targets;
  [p.version, java.maven.groupId, java.maven.artifactId, go.packageName, `${go.moduleName}/${go.packageName}`].join(" ")') || true
[ -n "${go_module:-}" ] || fail "cannot read the version and the jsii targets of $tgz"
[ "$packed" = "$version" ] || fail "$tgz holds version $packed, $dist/version.txt says $version"
maven_path=${group//.//}/$artifact/$version # group id as folders, artifact id, version
maven_base=$dist/java/$maven_path/$artifact-$version
go_dir=$dist/go/$go_package
for file in "$wheel" "$sdist" "$maven_base.jar" "$maven_base.pom" "$maven_base-sources.jar" "$maven_base-javadoc.jar" "$go_dir/go.mod"; do
  [ -f "$file" ] || fail "$file is missing (found: $(cd "$dist" && find js python java go -maxdepth 1 2>/dev/null | tr '\n' ' '))"
done
[ "$(cat "$go_dir/version")" = "$version" ] || fail "$go_dir/version holds $(cat "$go_dir/version"), $dist/version.txt says $version"
[ "$(sed -n 's/^module //p' "$go_dir/go.mod")" = "$go_module" ] || fail "$go_dir/go.mod is not the module $go_module"

# Is the version on the npm registry? 404 means no; any other failure means we cannot tell.
if npm_out=$(npm view "$name@$version" version --registry "$NPM_REGISTRY" 2>&1); then
  [ -z "$npm_out" ] || exists "$name@$version already exists on $NPM_REGISTRY"
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
  exists "$module $version already exists on $PYPI_INDEX_URL"
fi

# In the Maven repository, a version is a folder; in the Go module proxy, a .info file.
[ ! -e "$MAVEN_REPOSITORY/$maven_path" ] || exists "$group:$artifact $version already exists in the Maven repository $MAVEN_REPOSITORY"
go_info=$GO_PROXY_DIR/$go_module/@v/v$version.info
[ ! -e "$go_info" ] || exists "$go_module v$version already exists in the Go module proxy $GO_PROXY_DIR"
[ -d "$MAVEN_REPOSITORY" ] || fail "the Maven repository $MAVEN_REPOSITORY is not a folder"
[ -d "$GO_PROXY_DIR" ] || fail "the Go module proxy $GO_PROXY_DIR is not a folder"
if [ "${#existing[@]}" -gt 0 ]; then
  printf 'publish: refused: %s.\n' "${existing[@]}" >&2
  fail "a published version is never overwritten; release a new version"
fi

npm publish "$tgz" --registry "$NPM_REGISTRY" --access public
python3 -m twine upload --non-interactive --disable-progress-bar --repository-url "$PYPI_REPOSITORY_URL" "$wheel" "$sdist"
# maven-deploy-plugin writes the files, their checksums and the artifact's maven-metadata.xml (which
# lists every version). Maven's own downloads go to the release's repository (see .projenrc.ts).
mvn --batch-mode --quiet --no-transfer-progress -Dstyle.color=never -Dmaven.repo.local="${MAVEN_LOCAL_REPOSITORY:-.tmp/maven-repository}" \
  org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy-file -DrepositoryId=publish \
  -Durl="file://$(cd "$MAVEN_REPOSITORY" && pwd)" -Dfile="$maven_base.jar" -DpomFile="$maven_base.pom" \
  -Dsources="$maven_base-sources.jar" -Djavadoc="$maven_base-javadoc.jar"
python3 "$(dirname "$0")/go-proxy-publish.py" "$GO_PROXY_DIR" "$go_module" "v$version" "$go_dir"
echo "publish: $name $version is on $NPM_REGISTRY, $PYPI_REPOSITORY_URL, in the Maven repository $MAVEN_REPOSITORY and the Go module proxy $GO_PROXY_DIR"
