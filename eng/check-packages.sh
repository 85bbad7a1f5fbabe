#!/usr/bin/env bash
# Packs every package of the suite and shows what a host team gets, then restores a consuming
# project pinned to the oldest Microsoft.Extensions.* we claim to support (10.0.0).
#
#   eng/check-packages.sh [output-folder] [extra dotnet pack arguments...]
#
# Prints per package: size, description, licence, dependencies with their floors. Fails if a
# package has no real description or licence, if a shipped library asks for a
# Microsoft.Extensions.* floor above 10.0.0, or if the consumer does not restore without a
# downgrade (NU1605 is an error there) or resolves Microsoft.Extensions.Options above 10.0.0.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
shift || true
mkdir -p "$out"

if ! ls "$out"/Vkb.*.nupkg >/dev/null 2>&1; then
  dotnet pack Vkb.Core.sln -c Release -o "$out" -v quiet -nologo "$@"
fi

status=0
printf '%-28s %9s  %-9s  %s\n' package bytes licence description
for pkg in "$out"/Vkb.*.nupkg; do
  case "$pkg" in *.snupkg) continue ;; esac
  nuspec=$(unzip -p "$pkg" '*.nuspec')
  id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' <<<"$nuspec")
  desc=$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' <<<"$nuspec")
  lic=$(sed -n 's:.*<license type="expression">\(.*\)</license>.*:\1:p' <<<"$nuspec")
  size=$(stat -c %s "$pkg")
  printf '%-28s %9d  %-9s  %s\n' "$id" "$size" "${lic:-NONE}" "${desc:0:110}"
  sed -n 's:.*<dependency id="\([^"]*\)" version="\([^"]*\)".*:      depends on \1 >= \2:p' <<<"$nuspec"
  symbols="${pkg%.nupkg}.snupkg"
  if [ -f "$symbols" ]; then
    echo "      symbols: $(basename "$symbols") $(stat -c %s "$symbols") bytes, $(unzip -l "$symbols" | grep -c '\.pdb$') pdb"
  else
    echo "      symbols: MISSING"; status=1
  fi
  if [ -z "$desc" ] || [ "$desc" = "Package Description" ]; then echo "  ! $id has no description"; status=1; fi
  if [ "$lic" != "EUPL-1.2" ]; then echo "  ! $id has no EUPL-1.2 licence expression"; status=1; fi
  if [ "$id" != "Vkb.Cli" ] && grep -Eq 'dependency id="Microsoft\.Extensions\.[^"]*" version="10\.0\.[1-9]' <<<"$nuspec"; then
    echo "  ! $id raises a Microsoft.Extensions.* floor above 10.0.0"; status=1
  fi
  if grep -q 'dependency id="SQLitePCLRaw.bundle' <<<"$nuspec" && [ "$id" != "Vkb.Cli" ]; then
    echo "  ! $id forces a native SQLite bundle on its host"; status=1
  fi
done

tool=$(ls "$out"/Vkb.Cli.*.nupkg | grep -v snupkg)
foreign=$(unzip -l "$tool" | grep -o 'runtimes/[^/]*/' | sort -u | grep -Ev 'runtimes/(linux-x64|linux-arm64|win-x64|osx-arm64|win|unix|linux|osx)/' || true)
echo "tool runtimes: $(unzip -l "$tool" | grep -o 'runtimes/[^/]*/' | sort -u | tr '\n' ' ')"
if [ -n "$foreign" ]; then echo "  ! the tool package carries other runtimes: $foreign"; status=1; fi

# The consumer restores the packages just built from the output folder (a restore source given on
# the command line, on top of the default one) into a private package folder, so an older pack of
# the same version in the machine's cache is never used; everything else comes from the machine's
# package cache (a fallback folder) as for any other restore.
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
consumer=$(mktemp -d)
trap 'rm -rf "$consumer"' EXIT
cp eng/consumer/* "$consumer"/
dotnet restore "$consumer/Consumer.csproj" -nologo -v quiet \
  -p:RestoreAdditionalProjectSources="$out" -p:RestorePackagesPath="$consumer/packages" -p:RestoreFallbackFolders="$global" \
  -p:NuGetAudit=false
resolved=$(grep -o '"Microsoft.Extensions.Options/[0-9.]*"' "$consumer/obj/project.assets.json" | head -1)
echo "consumer pinned to Microsoft.Extensions.Options 10.0.0 restored; resolved $resolved"
if [ "$resolved" != '"Microsoft.Extensions.Options/10.0.0"' ]; then
  echo "  ! the packages pushed Microsoft.Extensions.Options above the host's 10.0.0"; status=1
fi
dotnet build "$consumer/Consumer.csproj" -nologo -v quiet --no-restore
echo "consumer built against the packages"
exit $status
