#!/usr/bin/env bash
# measured.sh LABEL COMMAND...: runs COMMAND and, when it ends, prints its wall time and the peak of
# the resident memory of all its processes together (sampled every second from /proc), so that
# `make test` reports what it costs on this machine. Exits with COMMAND's status.
set -uo pipefail
label=$1
shift
start=$SECONDS
"$@" &
pid=$!
tree() { # the process and its descendants
  echo "$1"
  local child
  for child in $(pgrep -P "$1"); do tree "$child"; done
}
peak=0
while kill -0 "$pid" 2>/dev/null; do
  total=0
  for p in $(tree "$pid"); do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null)
    total=$((total + ${kb:-0}))
  done
  ((total > peak)) && peak=$total
  sleep 1
done
wait "$pid"
status=$?
elapsed=$((SECONDS - start))
printf '\n%s: %d min %02d s, peak memory of all its processes together %.1f GB; exit status %d\n' \
  "$label" $((elapsed / 60)) $((elapsed % 60)) "$(awk -v kb="$peak" 'BEGIN { print kb / 1048576 }')" "$status"
exit "$status"
