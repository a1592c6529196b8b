#!/usr/bin/env bash
# Deploys one environment from infra/bicep/parameters/{env}.bicepparam into rg-consortium-{env}.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/deploy-environment.sh <dev|test|prod> [--what-if] [--image-tag TAG] [--yes]

  --what-if        only show what the deployment would change (az deployment group what-if)
  --image-tag TAG  the consortium image tag in the shared registry (default: $CONSORTIUM_IMAGE_TAG or latest)
  --yes            do not ask before deploying

The first deployment of an environment runs twice: once without the apps (Key Vault, SQL, storage, network...),
then, once the broker password exists and every authority's identity-provider secret is in Key Vault, with
them. The app's identity is added to the SQL administrators group so that it can create and migrate databases.
Needs: az (2.62 or later, with the containerapp extension), jq, and an az login with Owner on the resource group.
USAGE
}

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

environment="" what_if="" assume_yes=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --what-if) what_if=1 ;;
    --yes) assume_yes=1 ;;
    --image-tag) [ $# -ge 2 ] || die "--image-tag needs a value"; export CONSORTIUM_IMAGE_TAG=$2; shift ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [ -z "$environment" ] || die "one environment at a time"; environment=$1 ;;
  esac
  shift
done
[ -n "$environment" ] || { usage >&2; exit 2; }
check_environment "$environment"
require az jq
export CONSORTIUM_IMAGE_TAG=${CONSORTIUM_IMAGE_TAG:-latest}

compiled=$(az bicep build-params --file "$PARAMETERS" --stdout)
registry=$(jq -r '.parametersJson | fromjson | .parameters.registry.value.name' <<<"$compiled")
broker_image=$(jq -r '.parametersJson | fromjson | .parameters.brokerImage.value' <<<"$compiled")
sql_group=$(jq -r '.parametersJson | fromjson | .parameters.sqlAdministrators.value.objectId' <<<"$compiled")
mapfile -t idp_slugs < <(jq -r '.[] | select(.identityProvider != null) | .slug' "$AUTHORITIES_FILE")

deploy() { # deploy what-if|create [extra parameters...]
  local verb=$1; shift
  az deployment group "$verb" --resource-group "$RESOURCE_GROUP" --name "$DEPLOYMENT_NAME" \
    --parameters "$PARAMETERS" --parameters imageTag="$CONSORTIUM_IMAGE_TAG" "$@"
}

if [ -n "$what_if" ]; then
  step "what-if: $ENVIRONMENT ($RESOURCE_GROUP), image tag $CONSORTIUM_IMAGE_TAG"
  deploy what-if --result-format FullResourcePayloads
  exit 0
fi

if [ -z "$assume_yes" ]; then
  read -r -p "Deploy $ENVIRONMENT to $RESOURCE_GROUP with image tag $CONSORTIUM_IMAGE_TAG? [y/N] " answer
  [ "$answer" = y ] || [ "$answer" = Y ] || die "not deployed"
fi

step "broker image $broker_image in $registry"
if ! az acr repository show --name "$registry" --image "$broker_image" >/dev/null 2>&1; then
  az acr import --name "$registry" --source "docker.io/library/${broker_image#mirror/}" --image "$broker_image"
fi

vault=$(deployment_output vaultName)
if [ -z "$vault" ] || ! az keyvault secret show --vault-name "$vault" --name broker-password >/dev/null 2>&1; then
  step "first deployment of $ENVIRONMENT: everything but the apps"
  deploy create --parameters deployApps=false --output none
  vault=$(deployment_output vaultName)
  if ! az keyvault secret show --vault-name "$vault" --name broker-password >/dev/null 2>&1; then
    step "broker password: a new random one in $vault"
    password_file=$(mktemp)
    trap 'rm -f "$password_file"' EXIT
    openssl rand -base64 32 | tr -d '\n' >"$password_file"
    az keyvault secret set --vault-name "$vault" --name broker-password --file "$password_file" --encoding utf-8 --output none
  fi
fi

missing=()
for slug in "${idp_slugs[@]}"; do
  az keyvault secret show --vault-name "$vault" --name "idp-$slug-client-secret" >/dev/null 2>&1 || missing+=("$slug")
done
if [ ${#missing[@]} -gt 0 ]; then
  die "no client secret in $vault for: ${missing[*]}. Run deploy/rotate-client-secret.sh $ENVIRONMENT <slug> for each, then deploy again."
fi

principal=$(deployment_output identityPrincipalId)
if [ "$(az ad group member check --group "$sql_group" --member-id "$principal" --query value --output tsv)" != true ]; then
  step "adding the app's identity to the SQL administrators group"
  az ad group member add --group "$sql_group" --member-id "$principal"
fi

step "deploying $ENVIRONMENT ($RESOURCE_GROUP), image tag $CONSORTIUM_IMAGE_TAG"
deploy create --output none
step "deployed. Apps: $(deployment_output tenantAppName), $(deployment_output hubAppName); next: deploy/migrate-databases.sh $ENVIRONMENT"
