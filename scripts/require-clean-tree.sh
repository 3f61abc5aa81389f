#!/usr/bin/env bash
# The first step of `npx projen release`: a release is built from a commit, so refuse a working tree
# with changes that the commit does not hold (they would be built but not tagged).
set -euo pipefail
changes=$(git status --porcelain --untracked-files=normal)
if [ -n "$changes" ]; then
  {
    echo "release: refused, the working tree has uncommitted changes:"
    echo "$changes" | head -20 | sed 's/^/  /'
    echo "A release is built from a commit. Commit or stash these changes and run it again. Nothing was built or published."
  } >&2
  exit 1
fi
