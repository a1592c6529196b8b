# shellcheck shell=bash
# Fails when a context's model has changes that no migration covers, for either provider, and writes the
# idempotent SQL Server deployment scripts to artifacts/sql (which proves they generate).

check_migrations() {
  local provider context project
  mkdir -p artifacts/sql
  for provider in Sqlite SqlServer; do
    project=src/Consortium.Migrations.$provider
    for context in CatalogDbContext PracticeDbContext MetricsDbContext HubDbContext; do
      echo "==> $provider $context: checking for model changes without a migration"
      dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project" --context "$context"
      if [ "$provider" = SqlServer ]; then
        dotnet ef migrations script --idempotent --no-build --project "$project" --startup-project "$project" \
          --context "$context" --output "artifacts/sql/${context%DbContext}.sql" >/dev/null
        echo "    wrote artifacts/sql/${context%DbContext}.sql ($(wc -l < "artifacts/sql/${context%DbContext}.sql") lines)"
      fi
    done
  done
}
