#!/usr/bin/env bash
# projen's `nextVersionCommand` (see .projenrc.ts). The first release is 0.1.0; after it, print nothing so
# that the commit history decides (conventional commits: `fix:` a patch, `feat:` a minor version,
# `feat!:` or `BREAKING CHANGE:` a major one).
if [ -z "${LATEST_TAG:-}" ] || ! git rev-parse --verify --quiet "refs/tags/$LATEST_TAG" >/dev/null; then
  echo 0.1.0
fi
