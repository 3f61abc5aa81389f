#!/usr/bin/env bash
# The condition of the `test` task: succeeds (run the tests) unless RELEASE_TESTED_COMMIT names the
# commit checked out, which `make test` sets for the release it builds right after testing it.
if [ -n "${RELEASE_TESTED_COMMIT:-}" ] && [ "$RELEASE_TESTED_COMMIT" = "$(git rev-parse HEAD 2>/dev/null)" ]; then
  echo "the Jest suites and eslint passed on $RELEASE_TESTED_COMMIT in this make test; not run again" >&2
  exit 1
fi
