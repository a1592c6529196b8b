# shellcheck shell=bash
# Azurite, the Azure Storage emulator, for the tests of the Azure document store: installed with npm into the
# git-ignored .tools/azurite, run for blob storage only, on loopback, on a port the system picks, keeping nothing
# on disk. start_azurite exports CONSORTIUM_TEST_AZURITE; stop_azurite (safe to call at any time) ends it.

AZURITE_VERSION=3.37.0
AZURITE_PREFIX=.tools/azurite
# Azurite's well-known development account; it is public and only ever works against the emulator.
AZURITE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

_azurite_pid=""

ensure_azurite() {
  local manifest=$AZURITE_PREFIX/node_modules/azurite/package.json installed=""
  if [ -f "$manifest" ]; then
    installed=$(node -p 'require(process.argv[1]).version' "$PWD/$manifest")
  fi
  if [ "$installed" = "$AZURITE_VERSION" ] && [ -x "$AZURITE_PREFIX/node_modules/.bin/azurite-blob" ]; then return 0; fi
  echo "==> installing azurite $AZURITE_VERSION"
  npm install --prefix "$AZURITE_PREFIX" "azurite@$AZURITE_VERSION" --save-exact --no-audit --no-fund --loglevel=error >/dev/null
}

start_azurite() {
  local log=artifacts/azurite.log port="" i
  ensure_azurite
  mkdir -p artifacts
  : >"$log"
  "$AZURITE_PREFIX/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence \
    --extentMemoryLimit 512 --skipApiVersionCheck --disableTelemetry --silent >"$log" 2>&1 &
  _azurite_pid=$!

  for ((i = 0; i < 300; i++)); do
    port=$(sed -n 's|.*successfully listens on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' "$log")
    if [ -n "$port" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    port=""
    if ! kill -0 "$_azurite_pid" 2>/dev/null; then
      _azurite_pid=""
      echo "error: azurite stopped while starting:" >&2; cat "$log" >&2; return 1
    fi
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "error: azurite did not answer within 30 seconds:" >&2; cat "$log" >&2; stop_azurite; return 1
  fi

  export CONSORTIUM_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_ACCOUNT_KEY;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
  echo "==> azurite $AZURITE_VERSION (blob) on 127.0.0.1:$port"
}

stop_azurite() {
  if [ -z "$_azurite_pid" ]; then return 0; fi
  kill "$_azurite_pid" 2>/dev/null || true
  wait "$_azurite_pid" 2>/dev/null || true
  _azurite_pid=""
}
