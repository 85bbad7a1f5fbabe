#!/usr/bin/env bash
# Generates PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt for every shipped library with
# Microsoft.CodeAnalysis.PublicApiAnalyzers 5.6.0, so that the public API is tracked the way
# Polly does it (RS0016: a public member not in the files; RS0017: a listed member removed).
#
#   eng/public-api.sh            write the current public API of each library into PublicAPI.Unshipped.txt
#   eng/public-api.sh --ship     then move it to PublicAPI.Shipped.txt (do this for a release)
#
# Tracking is on (VkbPublicApi=true in Directory.Build.props; eng/README.md). Shipped holds the 0.1.0
# API, Unshipped what changed since. A new public member needs a line in PublicAPI.Unshipped.txt
# (this script, or the IDE's fix for RS0016, adds it), and a release moves Unshipped into Shipped
# (`--ship`). Then `dotnet build Vkb.Core.sln -c Release` must be clean (RS0016/RS0017 are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
ship=false
[ "${1:-}" = "--ship" ] && ship=true

for project in ${VKB_PROJECTS:-src/Vkb.*/Vkb.*.csproj}; do
  grep -q '<VkbProjectType>Library</VkbProjectType>' "$project" || continue
  dir=$(dirname "$project")
  for f in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$dir/$f" ] || printf '#nullable enable\n' > "$dir/$f"
  done
  # RS0016's code fix adds every undeclared public symbol to PublicAPI.Unshipped.txt.
  # (MSBuild takes environment variables as properties: VkbPublicApi=true adds the analyzer.)
  VkbPublicApi=true dotnet format analyzers "$project" --diagnostics RS0016 --severity info -v quiet
  if $ship; then
    # Shipped = Shipped + Unshipped (sorted, one header); Unshipped = just the header.
    { echo '#nullable enable'; { grep -hv '^#nullable' "$dir/PublicAPI.Shipped.txt" "$dir/PublicAPI.Unshipped.txt" || true; } | LC_ALL=C sort -u; } > "$dir/PublicAPI.Shipped.txt.new"
    mv "$dir/PublicAPI.Shipped.txt.new" "$dir/PublicAPI.Shipped.txt"
    printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
  fi
  echo "$dir: $(grep -vc '^#' "$dir/PublicAPI.Shipped.txt" || true) shipped, $(grep -vc '^#' "$dir/PublicAPI.Unshipped.txt" || true) unshipped entries"
done
