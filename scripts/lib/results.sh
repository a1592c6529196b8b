# shellcheck shell=bash
# Adds up the per-assembly lines of `dotnet test` ("Passed!  - Failed: 0, Passed: 56, Skipped: 0, ...")
# into one closing line: "Tests: N passed, N failed, N skipped".

summarise_results() {
  local log=$1
  awk '
    /^(Passed|Failed)! +- +Failed: / {
      line = $0; gsub(/[ ,]+/, " ", line); n = split(line, f, " ")
      for (i = 1; i < n; i++) {
        if (f[i] == "Failed:")  failed += f[i + 1]
        if (f[i] == "Passed:")  passed += f[i + 1]
        if (f[i] == "Skipped:") skipped += f[i + 1]
      }
      assemblies++
    }
    END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
  ' "$log"
}
