#!/usr/bin/env bash
# Mutation testing of the core library (src/CrmKpi) with Stryker.NET, the dotnet-stryker tool pinned in
# .config/dotnet-tools.json. Not part of CI: a family takes minutes, the whole library much longer.
#
#   tests/mutation.sh                        the whole library
#   tests/mutation.sh Retention Sales        only the files under src/CrmKpi/Retention and src/CrmKpi/Sales
#
# Environment: CONCURRENCY (default 1: the machine is shared), STRYKER_OUTPUT (default /tmp/crmkpi-mutation),
# TEST_FILTER (a dotnet test --filter expression: run only the tests of the families mutated, which shortens the
# initial coverage run; a mutant killed only by a test outside the filter then counts as survived, never the reverse),
# ADDITIONAL_TIMEOUT (milliseconds a mutant's test run may take beyond the initial run's time before it counts as a
# timeout; Stryker's default is 5000: on a loaded machine raise it, or slow tests turn survivors into "timeouts",
# which Stryker scores as detected).
# Reports: ClearText on the console, and mutation-report.json / .html under STRYKER_OUTPUT/reports.
# The score and the surviving mutants are recorded in docs/testing.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The manifest also pins crmkpi.cli, which restores only from a packed folder (docs/verify.md); the restore of
# the other tools goes through regardless, so only dotnet-stryker is required here.
dotnet tool restore >/dev/null 2>&1 || true
dotnet tool run dotnet-stryker -- --help >/dev/null 2>&1 || { echo "mutation.sh: dotnet-stryker (pinned in .config/dotnet-tools.json) could not be restored" >&2; exit 2; }
mutate=()
if [ "$#" -eq 0 ]; then
  mutate=(--mutate '**/*.cs')
else
  for family in "$@"; do
    [ -d "src/CrmKpi/$family" ] || { echo "mutation.sh: no folder src/CrmKpi/$family" >&2; exit 2; }
    mutate+=(--mutate "**/$family/**/*.cs")
  done
fi
out=${STRYKER_OUTPUT:-/tmp/crmkpi-mutation}
filter=()
config=()
if [ -n "${ADDITIONAL_TIMEOUT:-}" ]; then
  mkdir -p "$out"
  printf '{ "stryker-config": { "additional-timeout": %d } }\n' "$ADDITIONAL_TIMEOUT" > "$out/stryker-config.json"
  config=(--config-file "$out/stryker-config.json")
fi
[ -n "${TEST_FILTER:-}" ] && filter=(--test-case-filter "$TEST_FILTER")
cd tests/CrmKpi.Tests
exec dotnet tool run dotnet-stryker -- \
  --project CrmKpi.csproj --configuration Release \
  --concurrency "${CONCURRENCY:-1}" "${mutate[@]}" ${filter[@]+"${filter[@]}"} ${config[@]+"${config[@]}"} \
  --reporter ClearText --reporter Json --reporter Html --reporter Progress \
  --output "$out" --skip-version-check
