#!/usr/bin/env bash
# Runs every test on a fresh Debian machine with the .NET SDK: installs what the tests need from Debian
# (chromium, rabbitmq-server), npm (azurite) and NuGet, starts it on loopback only, runs the checks and the suites, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/packages.sh
. scripts/lib/migrations.sh
. scripts/lib/results.sh
. scripts/lib/azurite.sh
. scripts/lib/rabbitmq.sh
. scripts/lib/infra.sh

trap 'stop_azurite; stop_rabbitmq' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=artifacts/test.log
mkdir -p artifacts

echo "==> tools"
ensure_command npm nodejs npm
ensure_browser
ensure_azurite
ensure_rabbitmq
ensure_command shellcheck shellcheck
dotnet tool restore >/dev/null

echo "==> build"
dotnet build Consortium.sln --nologo -v quiet

echo "==> database migrations"
check_migrations

echo "==> infrastructure and scripts"
check_infrastructure
check_scripts

echo "==> tests"
start_azurite
start_rabbitmq
status=0
# One test assembly at a time: on two cores, the browser suite and the in-process hosts starve each other.
dotnet test Consortium.sln --no-build --nologo -m:1 2>&1 | tee "$log" || status=$?
summarise_results "$log"
exit $status
