#!/usr/bin/env bash
# `npx projen package:go`: the Go module of the release, in dist/go/<package name>.
#
# jsii-pacmak generates it; its own build check (`go mod tidy` and `go build` against the peer floor,
# aws-cdk-go v2.262.0) cannot run here: that release requires cloud-assembly-schema-go v54, which the Go
# module proxy of our machines refuses. So the generated module is compiled against the aws-cdk-go that
# the Go consumer app pins (consumer-apps/go/go.mod, the newest the proxy serves), in a module file of
# its own (local.go.mod), and published unchanged: its go.mod keeps the floor, as the npm package does.
# Go's caches are the user's usual ones (GOMODCACHE, GOCACHE): only public modules are downloaded here.
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
module_dir=dist/go/$(node -p 'require("./package.json").jsii.targets.go.packageName')
cdk_go=github.com/aws/aws-cdk-go/awscdk/v2

rm -rf dist/go
npx jsii-pacmak -v --target go --code-only
newest=$(sed -n "s|^[[:space:]]*$cdk_go \(v[0-9.]*\)\$|\1|p" consumer-apps/go/go.mod)
[ -n "$newest" ] || { echo "package:go: consumer-apps/go/go.mod does not require $cdk_go" >&2; exit 1; }

cd "$module_dir"
trap 'rm -f local.go.mod local.go.sum' EXIT
# The floor's indirect requirements go; the newest aws-cdk-go brings its own.
grep -v '// indirect' go.mod >local.go.mod
go mod edit -modfile=local.go.mod -require="$cdk_go@$newest"
go mod tidy -modfile=local.go.mod
go build -modfile=local.go.mod ./...
echo "package:go: $(sed -n 's/^module //p' go.mod) $(cat version) compiles against $cdk_go $newest"
