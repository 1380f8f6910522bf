#!/usr/bin/env bash
# Masterclass registrations under load (issue 18): 500 visitors register for one free class of 400 seats within one
# minute (50 at a time, paced over 60 s) through the public API. Exactly 400 must get a seat and 100 answers 409 sold
# out, counted in the database; prints p50/p95/p99 of the answers. The per-address rate limit of the spam layers is
# raised for the run, since every simulated visitor comes from 127.0.0.1.
# Usage: bench/masterclasses/run.sh   (rebuild the jar first: ./mvnw -q -B -o -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18099
name=masterclasses
app_options="-XX:+UseSerialGC -Dgrowthhub.forms.per-ip-per-minute=100000 -Dgrowthhub.forms.per-form-per-minute=100000"
. bench/app.sh
run_bench bench/masterclasses/RegistrationsBench.java "$superpassword"
