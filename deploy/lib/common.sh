# shellcheck shell=bash
# Shared by the deploy/ scripts: where an environment lives and what its last deployment produced.
# Every environment is one resource group, rg-consortium-{env} (override with CONSORTIUM_RESOURCE_GROUP),
# deployed as the deployment named "main" from infra/bicep/parameters/{env}.bicepparam.

DEPLOY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEPLOYMENT_NAME=main

die() { echo "error: $*" >&2; exit 1; }
step() { echo "==> $*"; }

require() {
  local command
  for command in "$@"; do
    command -v "$command" >/dev/null 2>&1 || die "$command is required (Azure CLI: az; JSON: jq)"
  done
}

# check_environment ENV: sets ENVIRONMENT, RESOURCE_GROUP, PARAMETERS and AUTHORITIES_FILE.
check_environment() {
  case "${1:-}" in
    dev | test | prod) ;;
    *) die "the environment must be dev, test or prod (got '${1:-}')" ;;
  esac
  # shellcheck disable=SC2034 # used by the scripts that source this file
  ENVIRONMENT=$1
  RESOURCE_GROUP=${CONSORTIUM_RESOURCE_GROUP:-rg-consortium-$ENVIRONMENT}
  PARAMETERS=$DEPLOY_ROOT/infra/bicep/parameters/$ENVIRONMENT.bicepparam
  # shellcheck disable=SC2034
  AUTHORITIES_FILE=$DEPLOY_ROOT/infra/bicep/parameters/$ENVIRONMENT.authorities.json
  [ -f "$PARAMETERS" ] || die "no parameter file $PARAMETERS"
}

# deployment_output NAME: an output of the environment's last deployment ("" when there is none yet).
deployment_output() {
  az deployment group show --resource-group "$RESOURCE_GROUP" --name "$DEPLOYMENT_NAME" \
    --query "properties.outputs.$1.value" --output tsv 2>/dev/null || true
}

# read_secret_into VARIABLE FILE: the secret from FILE, or typed without echo when FILE is empty.
# Secrets never go on a command line, where other users of the machine could see them.
read_secret_into() {
  local -n target=$1
  if [ -n "${2:-}" ]; then
    [ -r "$2" ] || die "cannot read $2"
    target=$(<"$2")
  else
    read -r -s -p "Secret value (not shown): " target
    echo
  fi
  [ -n "$target" ] || die "the secret is empty"
}

# run_operator_job ARG...: runs the image's operator command line (e.g. `migrate`, `tenants add ...`) as the
# environment's job and waits for it. The execution is the job's own container (image, settings, secrets) with
# ARG... as its arguments, passed as an execution template file: options such as --slug would otherwise be
# taken by az itself.
run_operator_job() {
  local job execution status i template args='[]' arg
  [ $# -gt 0 ] || die "run_operator_job needs the operator command"
  for arg in "$@"; do args=$(jq -c --arg arg "$arg" '. + [$arg]' <<<"$args"); done
  job=$(deployment_output operatorJobName)
  [ -n "$job" ] || die "no operator job in $RESOURCE_GROUP: deploy the environment first (deploy-environment.sh $ENVIRONMENT)"
  template=$(mktemp --suffix .yaml)
  az containerapp job show --resource-group "$RESOURCE_GROUP" --name "$job" --query 'properties.template.containers[0]' --output json \
    | jq --argjson args "$args" '{ containers: [ . + { args: $args } ] }' >"$template"
  execution=$(az containerapp job start --resource-group "$RESOURCE_GROUP" --name "$job" --yaml "$template" --query name --output tsv)
  rm -f "$template"
  step "job $job: execution $execution ($1)"
  for ((i = 0; i < 240; i++)); do
    status=$(az containerapp job execution show --resource-group "$RESOURCE_GROUP" --name "$job" \
      --job-execution-name "$execution" --query properties.status --output tsv)
    case "$status" in
      Succeeded) step "execution $execution succeeded"; return 0 ;;
      Failed | Stopped | Degraded)
        echo "execution $execution ended: $status. Its output, in Log Analytics:" >&2
        echo "  ContainerAppConsoleLogs_CL | where ContainerGroupName_s startswith '$execution' | order by TimeGenerated asc" >&2
        return 1 ;;
    esac
    sleep 15
  done
  die "execution $execution did not finish within an hour"
}
