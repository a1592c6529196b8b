#!/usr/bin/env bash
# Onboards a new authority end to end: adds it to the environment's parameters, stores its identity-provider
# secret, redeploys (its database in the pool, its document container, its secret reference), adds it to the
# catalog with the `tenants add` operator command, and migrates.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/onboard-authority.sh <dev|test|prod> --slug SLUG --name NAME --old-code NNN --new-code ONS
         --region-code E12... --region-name REGION --children N [--la-type TYPE] [--model-name NAME]
         [--entra-tenant-id ID | --authority URL] [--client-id ID] [--secret-file FILE] [--yes]

  --slug             URL-safe short name: {slug}.<domain>, database consortium-{slug}
  --old-code         the Department's 3-digit LA code       --new-code  the ONS 9-character LA code
  --entra-tenant-id  the council's Microsoft Entra tenant (or --authority: any OpenID Connect issuer URL)
  --client-id        the application (client) id the council registered for Consortium
  --secret-file      file holding that application's client secret (otherwise typed, unseen)

Afterwards: commit infra/bicep/parameters/<env>.authorities.json, and point <slug>.<domain> at the deployment
if the wildcard record does not cover it (deploy/README.md, "Onboarding an authority").
USAGE
}

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

environment="" slug="" name="" old_code="" new_code="" region_code="" region_name="" children="" la_type="" model_name=""
entra_tenant="" authority="" client_id="" secret_file="" assume_yes=""
need() { [ "$2" -ge 2 ] || die "$1 needs a value"; }
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --slug) need "$1" $#; slug=$2; shift ;;
    --name) need "$1" $#; name=$2; shift ;;
    --old-code) need "$1" $#; old_code=$2; shift ;;
    --new-code) need "$1" $#; new_code=$2; shift ;;
    --region-code) need "$1" $#; region_code=$2; shift ;;
    --region-name) need "$1" $#; region_name=$2; shift ;;
    --children) need "$1" $#; children=$2; shift ;;
    --la-type) need "$1" $#; la_type=$2; shift ;;
    --model-name) need "$1" $#; model_name=$2; shift ;;
    --entra-tenant-id) need "$1" $#; entra_tenant=$2; shift ;;
    --authority) need "$1" $#; authority=$2; shift ;;
    --client-id) need "$1" $#; client_id=$2; shift ;;
    --secret-file) need "$1" $#; secret_file=$2; shift ;;
    --yes) assume_yes=1 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [ -z "$environment" ] || die "unexpected $1"; environment=$1 ;;
  esac
  shift
done
[ -n "$environment" ] || { usage >&2; exit 2; }
check_environment "$environment"
for required in slug name old_code new_code region_code region_name children; do
  [ -n "${!required}" ] || die "--${required//_/-} is required"
done
[[ "$slug" =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || die "--slug must be lowercase letters, digits and single hyphens"
[[ "$new_code" =~ ^E(06|08|09|10)[0-9]{6}$ ]] || die "--new-code must be an ONS code E06/E08/E09/E10 followed by 6 digits"
[ -z "$entra_tenant" ] || [ -z "$authority" ] || die "give --entra-tenant-id or --authority, not both"
has_provider=""
if [ -n "$entra_tenant$authority" ]; then
  [ -n "$client_id" ] || die "--client-id is required with an identity provider"
  has_provider=1
fi
require az jq

if jq -e --arg slug "$slug" --arg code "$new_code" 'any(.[]; .slug == $slug or .onsCode == $code)' "$AUTHORITIES_FILE" >/dev/null; then
  die "$AUTHORITIES_FILE already has $slug or $new_code"
fi

step "[1/5] adding $slug to $(basename "$AUTHORITIES_FILE")"
updated=$(mktemp)
trap 'rm -f "$updated"' EXIT
jq --arg slug "$slug" --arg code "$new_code" --arg name "$name" \
   --arg tenant "$entra_tenant" --arg authority "$authority" --arg client "$client_id" '
  . + [{ slug: $slug, onsCode: $code, name: $name }
       + (if $client == "" then {} else { identityProvider: ({ clientId: $client }
            + (if $tenant != "" then { entraTenantId: $tenant } else { authority: $authority } end)) } end)]
' "$AUTHORITIES_FILE" >"$updated"
cp "$updated" "$AUTHORITIES_FILE"

idp_args=()
if [ -n "$has_provider" ]; then
  step "[2/5] storing the client secret of $slug"
  rotate_args=("$ENVIRONMENT" "$slug" --no-restart)
  if [ -n "$secret_file" ]; then rotate_args+=(--secret-file "$secret_file"); fi
  "$(dirname "$0")/rotate-client-secret.sh" "${rotate_args[@]}"
  issuer=${authority:-https://login.microsoftonline.com/$entra_tenant/v2.0}
  idp_args=(--idp-authority "$issuer" --idp-client-id "$client_id" --idp-secret-name "IdentityProviders:$slug:ClientSecret")
else
  step "[2/5] no identity provider given: $slug cannot sign in until one is set (deploy/README.md)"
fi

step "[3/5] redeploying $ENVIRONMENT: database consortium-$slug, container documents-$slug"
deploy_args=("$ENVIRONMENT")
if [ -n "$assume_yes" ]; then deploy_args+=(--yes); fi
"$(dirname "$0")/deploy-environment.sh" "${deploy_args[@]}"

step "[4/5] adding $slug to the catalog (tenants add)"
tenant_args=(tenants add --slug "$slug" --name "$name" --old-code "$old_code" --new-code "$new_code"
  --region-code "$region_code" --region-name "$region_name" --children "$children")
if [ -n "$la_type" ]; then tenant_args+=(--la-type "$la_type"); fi
if [ -n "$model_name" ]; then tenant_args+=(--model-name "$model_name"); fi
run_operator_job "${tenant_args[@]}" "${idp_args[@]}"

step "[5/5] migrating"
run_operator_job migrate

step "onboarded $slug in $ENVIRONMENT. Commit $AUTHORITIES_FILE; check https://$slug.<domain>/health/ready"
