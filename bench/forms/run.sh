#!/usr/bin/env bash
# Form submissions at volume: one published form (proof of work off, so the clients measure the server, not their
# hashing), then 20,000 JSON submissions by 50 concurrent clients, 10% of them people who already submitted.
# Prints the acceptance latency (p50/p95/p99/max of the 202), the time until every submission is processed, the
# processing rate, and the contacts API's create rate measured right after in the same run; checks that every
# accepted submission is processed once and that no contact is duplicated.
# Usage: bench/forms/run.sh [submissions] [clients] [accept] [rate]   (default 20000 50; "accept" stops after the
# acceptance figures, for comparing changes of the intake back to back without waiting for the processing; a rate,
# e.g. 300, sends that many submissions per second whatever the answers take (open model) instead of 50 clients
# each waiting for its answer, and times each from the moment it was due)
set -euo pipefail
cd "$(dirname "$0")/../.."
submissions=${1:-20000}
clients=${2:-50}
phases=${3:-all}
rate=${4:-0}
port=18094
name=forms
# One address sends everything here: the per-address and per-form limits are raised for the run.
app_options="${extra_options:-} -XX:+UseSerialGC -Dgrowthhub.forms.per-ip-per-minute=1000000 -Dgrowthhub.forms.per-form-per-minute=1000000"
. bench/app.sh
run_bench bench/forms/FormsBench.java "$submissions" "$clients" "$phases" "$rate"
