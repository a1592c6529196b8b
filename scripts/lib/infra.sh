# shellcheck shell=bash
# Offline checks of the infrastructure and the scripts: `bicep lint` of every template with the Bicep CLI from
# NuGet (Azure.Bicep.CommandLine.linux-x64, restored with the solution; infra/bicep/bicepconfig.json raises the
# analyzers relied on to errors), then `bash -n` and shellcheck (Debian's) over deploy/ and scripts/.
# The ARM checks themselves are tests/Consortium.Infrastructure.Tests.

bicep_executable() {
  local folder
  folder=$(dotnet msbuild tests/Consortium.Infrastructure.Tests/Consortium.Infrastructure.Tests.csproj \
    -getProperty:PkgAzure_Bicep_CommandLine_linux-x64)
  if [ -z "$folder" ] || [ ! -f "$folder/tools/bicep" ]; then
    echo "error: the Bicep CLI package is not restored (dotnet restore Consortium.sln)" >&2; return 1
  fi
  [ -x "$folder/tools/bicep" ] || chmod +x "$folder/tools/bicep"
  echo "$folder/tools/bicep"
}

check_infrastructure() {
  local bicep template output
  bicep=$(bicep_executable)
  for template in infra/bicep/main.bicep infra/bicep/registry.bicep; do
    echo "==> bicep lint $template"
    # Lint prints nothing when clean; any diagnostic (a warning too) fails the check.
    output=$(BICEP_TELEMETRY_ENABLED=false "$bicep" lint "$template" 2>&1) || { echo "$output" >&2; return 1; }
    if [ -n "$output" ]; then echo "$output" >&2; return 1; fi
  done
}

check_scripts() {
  local scripts=()
  mapfile -t scripts < <(find deploy scripts .ci -type f \( -name '*.sh' -o -path .ci/run \) | sort)
  echo "==> bash -n and shellcheck: ${#scripts[@]} scripts"
  local script
  for script in "${scripts[@]}"; do bash -n "$script"; done
  shellcheck -x "${scripts[@]}"
}
