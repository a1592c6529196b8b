#!/usr/bin/env bash
# Puts a new version of an authority's (or the hub's) identity-provider client secret in Key Vault and restarts
# the app that uses it, so that it reads the new version now rather than at its next secret refresh.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/rotate-client-secret.sh <dev|test|prod> <slug|hub> [--secret-file FILE] [--no-restart]

  <slug>              the authority (its secret is idp-{slug}-client-secret); "hub" for the hub's provider
  --secret-file FILE  read the new secret from FILE (e.g. a process substitution); otherwise it is typed, unseen
  --no-restart        only write the secret (before the first deployment of the apps, or when onboarding)

Rotation without downtime: create a second client secret at the provider (in Entra: Certificates & secrets),
run this script with it, check sign-in, then delete the old secret at the provider.
Needs: az and the Key Vault Secrets Officer role (the platform operators group has it).
USAGE
}

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

environment="" realm="" secret_file="" restart=1
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --secret-file) [ $# -ge 2 ] || die "--secret-file needs a file"; secret_file=$2; shift ;;
    --no-restart) restart="" ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) if [ -z "$environment" ]; then environment=$1; elif [ -z "$realm" ]; then realm=$1; else die "unexpected $1"; fi ;;
  esac
  shift
done
if [ -z "$environment" ] || [ -z "$realm" ]; then usage >&2; exit 2; fi
check_environment "$environment"
[[ "$realm" =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || die "'$realm' is not a slug"
require az

vault=$(deployment_output vaultName)
[ -n "$vault" ] || die "no Key Vault in $RESOURCE_GROUP yet: run deploy/deploy-environment.sh $ENVIRONMENT first"
name="idp-$realm-client-secret"

secret=""
read_secret_into secret "$secret_file"
file=$(mktemp)
trap 'rm -f "$file"' EXIT
printf '%s' "$secret" >"$file"
unset secret

step "new version of $name in $vault"
az keyvault secret set --vault-name "$vault" --name "$name" --file "$file" --encoding utf-8 \
  --content-type "OpenID Connect client secret ($realm)" --query id --output tsv

if [ -n "$restart" ]; then
  if [ "$realm" = hub ]; then app=$(deployment_output hubAppName); else app=$(deployment_output tenantAppName); fi
  [ -n "$app" ] || die "no app deployed yet in $RESOURCE_GROUP; the secret is stored and will be read when it is"
  revision=$(az containerapp show --resource-group "$RESOURCE_GROUP" --name "$app" --query properties.latestRevisionName --output tsv)
  step "restarting $app revision $revision (it reads the latest version of every Key Vault secret as it starts)"
  az containerapp revision restart --resource-group "$RESOURCE_GROUP" --name "$app" --revision "$revision" --output none
fi
step "done. Check sign-in, then delete the old secret at the provider."
