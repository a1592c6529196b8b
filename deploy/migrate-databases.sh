#!/usr/bin/env bash
# Creates or upgrades the catalog and every authority's database: runs the image's `migrate` operator command
# as the environment's Container Apps job (inside the environment's network, as the app's identity).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/migrate-databases.sh <dev|test|prod>

Starts the operator job (args: migrate) of the environment's last deployment and waits for it to finish.
The job runs the same image and settings as the apps. Migrations are idempotent: running it twice is safe.
USAGE
}

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

case "${1:-}" in -h | --help) usage; exit 0 ;; "") usage >&2; exit 2 ;; esac
[ $# -eq 1 ] || { usage >&2; exit 2; }
check_environment "$1"
require az jq

step "migrating every database of $ENVIRONMENT"
run_operator_job migrate
