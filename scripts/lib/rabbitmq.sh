# shellcheck shell=bash
# Debian's RabbitMQ for the messaging tests: one node of our own, run as the current user from a temporary folder,
# every listener on loopback, on ports the system picks. start_rabbitmq exports CONSORTIUM_TEST_RABBITMQ (the
# broker's address) and CONSORTIUM_TEST_RABBITMQ_CTL (a script that runs rabbitmqctl against this node, so a test
# can stop and start the broker); stop_rabbitmq (safe to call at any time) ends the node and its epmd.

RABBITMQ_BIN=/usr/lib/rabbitmq/bin
_rabbitmq_home=""

ensure_rabbitmq() {
  if [ -x "$RABBITMQ_BIN/rabbitmq-server" ]; then return 0; fi
  ensure_command "$RABBITMQ_BIN/rabbitmq-server" rabbitmq-server
  # Debian starts a system node on install where it can; the tests use their own.
  as_root sh -c 'command -v invoke-rc.d >/dev/null && invoke-rc.d rabbitmq-server stop' >/dev/null 2>&1 || true
}

_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

start_rabbitmq() {
  local port dist epmd ctl i
  ensure_rabbitmq
  _rabbitmq_home=$(mktemp -d /tmp/consortium-rabbitmq.XXXXXX)
  port=$(_free_port); dist=$(_free_port); epmd=$(_free_port)
  mkdir -p "$_rabbitmq_home/mnesia" "$_rabbitmq_home/log"
  echo '[].' >"$_rabbitmq_home/enabled_plugins"
  cat >"$_rabbitmq_home/env" <<ENV
export HOME=$_rabbitmq_home
export RABBITMQ_NODENAME=consortium-test@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$dist
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$epmd
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_MNESIA_BASE=$_rabbitmq_home/mnesia
export RABBITMQ_LOG_BASE=$_rabbitmq_home/log
export RABBITMQ_ENABLED_PLUGINS_FILE=$_rabbitmq_home/enabled_plugins
export RABBITMQ_FEATURE_FLAGS_FILE=$_rabbitmq_home/feature_flags
export RABBITMQ_PID_FILE=$_rabbitmq_home/pid
ENV
  ctl=$_rabbitmq_home/ctl
  printf '#!/usr/bin/env bash\n. %q\nexec %q -n consortium-test@localhost "$@"\n' "$_rabbitmq_home/env" "$RABBITMQ_BIN/rabbitmqctl" >"$ctl"
  chmod +x "$ctl"

  # shellcheck disable=SC1091 # written just above
  (. "$_rabbitmq_home/env" && exec "$RABBITMQ_BIN/rabbitmq-server" >"$_rabbitmq_home/log/server.out" 2>&1) &
  _rabbitmq_pid=$!
  for ((i = 0; ; i++)); do
    if "$ctl" await_startup --timeout 5 >/dev/null 2>&1; then break; fi
    if ((i >= 45)); then
      echo "error: rabbitmq did not start within 90 seconds:" >&2
      tail -n 30 "$_rabbitmq_home/log/server.out" >&2
      stop_rabbitmq; return 1
    fi
    sleep 2
  done

  export CONSORTIUM_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$port/"
  export CONSORTIUM_TEST_RABBITMQ_CTL=$ctl
  echo "==> rabbitmq $("$ctl" version 2>/dev/null || echo '?') on 127.0.0.1:$port"
}

stop_rabbitmq() {
  if [ -z "$_rabbitmq_home" ]; then return 0; fi
  "$_rabbitmq_home/ctl" stop >/dev/null 2>&1 || true
  # If the node never answered, rabbitmqctl cannot stop it: end the server process the script started.
  if [ -n "${_rabbitmq_pid:-}" ] && kill -0 "$_rabbitmq_pid" 2>/dev/null; then
    pkill -TERM -P "$_rabbitmq_pid" 2>/dev/null || true
    kill -TERM "$_rabbitmq_pid" 2>/dev/null || true
  fi
  _rabbitmq_pid=""
  # shellcheck disable=SC1091 # written by start_rabbitmq
  (. "$_rabbitmq_home/env" && epmd -kill >/dev/null 2>&1) || true
  rm -rf "$_rabbitmq_home"
  _rabbitmq_home=""
}
