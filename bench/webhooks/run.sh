#!/usr/bin/env bash
# Outgoing webhooks at volume: a subscription to contact.created on a local receiver (in the bench's JVM), then
# 10,000 contacts created through the API by 8 clients; each creation is an event that is queued, signed and
# delivered. Prints deliveries per second (first to last arrival) and p50/p95/max delay from the event
# (the payload's timestamp) to its arrival at the receiver, and checks every signature. Then the dispatcher alone:
# as many deliveries queued at once in SQL (a receiver back after an outage), and how fast they drain.
# Usage: bench/webhooks/run.sh [events]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-10000}
port=18090
name=webhooks
# The receiver listens on loopback, which the SSRF guard refuses unless the installation allows it.
app_options="-XX:+UseSerialGC -Dgrowthhub.integrations.webhooks.allow-private-targets=true"
. bench/app.sh
run_bench bench/webhooks/WebhooksBench.java "$events"
