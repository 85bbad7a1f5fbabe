#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json).
# Not part of .ci/run: a whole package takes 10 to 60 minutes on a 2-core machine.
#
#   eng/mutation.sh PACKAGE [GLOB...]
#   eng/mutation.sh Vkb.Sampling                                       # the whole package
#   eng/mutation.sh Vkb.Entitlements '**/Directive.cs' '**/EntitlementPolicy.cs'   # rule files only
#   VKB_MUTATION_FILTER='Category!=Slow' eng/mutation.sh Vkb.Pseudonymization '**/Policies/**/*.cs'
#
# Mutates src/PACKAGE with the tests of tests/PACKAGE.Tests, writes Stryker's reports to
# artifacts/mutation/PACKAGE/ (json, markdown, html) and prints where. Commit a summary to
# docs/mutation/ (date, commit, this command, score, survivors per rule: map each surviving
# mutant's file and member to a rule with the 'implemented by' column of docs/rules.md); a
# line "| rule | mutation | test that went red |" there is what docs/compliance.md counts.
#
# Settings that Stryker 5.1 takes only from a config file (coverage analysis, test-case filter)
# are in eng/stryker-config.json; coverage analysis is perTest: each mutant runs only the tests
# that cover it, which is what makes a whole-package run feasible here.
# Environment:
#   VKB_MUTATION_CONCURRENCY  parallel test runs (default 1: the machine is shared)
#   VKB_MUTATION_FILTER       a vstest --filter expression to run a subset of the tests
#   VKB_MUTATION_OUTPUT       report directory (default artifacts/mutation/PACKAGE)
# No network is needed after 'dotnet tool restore'; --skip-version-check keeps Stryker off it.
# Do not run it in a work tree you build in at the same time: Stryker builds the test project in
# place and writes mutated assemblies into its bin/ (copy the tree first, e.g. with git worktree).
# A score needs a whole run: --since/--with-baseline only mutate changed files.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

package=${1:?usage: eng/mutation.sh PACKAGE [GLOB...]}
shift
[[ -d "src/$package" && -d "tests/$package.Tests" ]] || { echo "no src/$package or tests/$package.Tests" >&2; exit 2; }

out="${VKB_MUTATION_OUTPUT:-$root/artifacts/mutation/$package}"
mkdir -p "$out"
config="$root/eng/stryker-config.json"
if [[ -n "${VKB_MUTATION_FILTER:-}" ]]; then
  config="$out/stryker-config.json"
  python3 - "$root/eng/stryker-config.json" "$config" "$VKB_MUTATION_FILTER" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["stryker-config"]["test-case-filter"] = sys.argv[3]
json.dump(c, open(sys.argv[2], "w"), indent=2)
PY
fi

args=()
for glob in "$@"; do
  args+=(--mutate "$glob")
done

# The progress bar needs a terminal; in a log file, one character per mutant ("." killed, "S"
# survived, "T" timeout) shows how far a run is.
progress=progress
[[ -t 1 ]] || progress=dots

dotnet tool restore >/dev/null
cd "tests/$package.Tests"
dotnet stryker \
  --config-file "$config" \
  --project "$package.csproj" \
  --configuration Release \
  --concurrency "${VKB_MUTATION_CONCURRENCY:-1}" \
  --reporter json --reporter markdown --reporter html --reporter "$progress" \
  --output "$out" \
  --skip-version-check \
  "${args[@]}"
echo "reports: $out/reports/"
