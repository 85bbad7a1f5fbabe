#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json).
# Not part of .ci/run: a whole package takes 10+ minutes on a 2-core machine.
#
#   eng/mutation.sh PACKAGE [GLOB...]
#   eng/mutation.sh Vkb.Entitlements                                   # the whole package
#   eng/mutation.sh Vkb.Entitlements '**/Directive.cs' '**/EntitlementPolicy.cs'   # rule files only
#
# Mutates src/PACKAGE with the tests of tests/PACKAGE.Tests, writes Stryker's reports to
# artifacts/mutation/PACKAGE/ (json, markdown, html) and prints where. Commit a summary to
# docs/mutation/ (date, commit, this command, score, survivors per rule: map each surviving
# mutant's file and member to a rule with the 'implemented by' column of docs/rules.md); a
# line "| rule | mutation | test that went red |" there is what docs/compliance.md counts.
# No network is needed after 'dotnet tool restore'. VKB_MUTATION_CONCURRENCY (default 2) sets
# the number of parallel test runs; --skip-version-check keeps Stryker off the network.
set -euo pipefail
cd "$(dirname "$0")/.."

package=${1:?usage: eng/mutation.sh PACKAGE [GLOB...]}
shift
[[ -d "src/$package" && -d "tests/$package.Tests" ]] || { echo "no src/$package or tests/$package.Tests" >&2; exit 2; }

out="$PWD/artifacts/mutation/$package"
mkdir -p "$out"
args=()
for glob in "$@"; do
  args+=(--mutate "$glob")
done

dotnet tool restore >/dev/null
cd "tests/$package.Tests"
dotnet stryker \
  --project "$package.csproj" \
  --configuration Release \
  --concurrency "${VKB_MUTATION_CONCURRENCY:-2}" \
  --reporter json --reporter markdown --reporter html --reporter progress \
  --output "$out" \
  --skip-version-check \
  "${args[@]}"
echo "reports: $out/reports/"
