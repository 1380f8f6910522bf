#!/usr/bin/env bash
# HubSpot import at the documented rate limit: a stub HubSpot (HubSpotStub.java) serves N generated contacts in
# real-shaped pages of 100 and answers 429 past 110 requests per rolling 10 s; the app imports them through the real
# HubSpot connector. Prints the import's time against the floor the limit allows (requests / 11 per s) as a ratio,
# and the app's heap after a full GC before the import, at every tenth of the records read, and after it.
# Usage: bench/integrations/run.sh [contacts]   (default 10000; the issue's figure is 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
contacts=${1:-10000}
port=18091
stubport=18191
name=integrations
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
"$java" bench/integrations/HubSpotStub.java "$stubport" "$contacts" &
stub=$!
trap 'kill $stub 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$stubport/stats" >/dev/null 2>&1; do sleep 0.2; done
export GROWTHHUB_INTEGRATIONS_HUBSPOT_BASE_URL="http://127.0.0.1:$stubport"
. bench/app.sh
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; kill $stub 2>/dev/null || true; [ $keep = 1 ] || rm -rf "$data"' EXIT
jcmd=$(dirname "$java")/jcmd
# Young plus old generation in use after a full collection (the app runs with the serial collector).
heap() {
  "$jcmd" "$app" GC.run >/dev/null
  "$jcmd" "$app" GC.heap_info | grep -E '^(DefNew|Tenured|.*generation)' | grep -Eo 'used [0-9]+K' | grep -Eo '[0-9]+' | awk '{s+=$1} END {printf "%.1f MB\n", s/1024}'
}
echo "heap before: $(heap)"
"$java" -cp "$pgjdbc" bench/integrations/ImportBench.java "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$pgport/growthhub" growthhub "$password" "$contacts" "http://127.0.0.1:$stubport" \
  "$jcmd" "$app"
echo "heap after: $(heap)"
