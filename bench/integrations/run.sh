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
stub=(bench/integrations/HubSpotStub.java "$stubport" "$contacts")
export GROWTHHUB_INTEGRATIONS_HUBSPOT_BASE_URL="http://127.0.0.1:$stubport"
. bench/app.sh
jcmd=$(dirname "$java")/jcmd
# Young plus old generation in use after a full collection (the app runs with the serial collector).
heap() {
  "$jcmd" "$app" GC.run >/dev/null
  "$jcmd" "$app" GC.heap_info | grep -E '^(DefNew|Tenured|.*generation)' | grep -Eo 'used [0-9]+K' | grep -Eo '[0-9]+' | awk '{s+=$1} END {printf "%.1f MB\n", s/1024}'
}
echo "heap before: $(heap)"
run_bench bench/integrations/ImportBench.java "$contacts" "http://127.0.0.1:$stubport" "$jcmd" "$app"
echo "heap after: $(heap)"
