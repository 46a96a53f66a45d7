#!/usr/bin/env bash
# make dist: dist/trendy2ilamb-VERSION-linux-x64.tar.gz, a self-contained single-file executable that runs without
# .NET, with README.md, docs/, LICENSE and NATIVE-LIBRARIES.txt (the native libraries it loads, their Debian
# packages, and the versions on the machine that built and tested it). docs/install.md says how to install it.
#
# Not trimmed: the reports and plan/scan JSON are written with reflection-based System.Text.Json, which trimming
# breaks unless every serialised type gets source-generated metadata; the gain (~35 of ~75 MB) does not pay for that.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(scripts/version.sh)
name="trendy2ilamb-$version-linux-x64"
publish=build/publish-linux-x64
stage="build/dist/$name"

rm -rf "$publish" "$stage"
# IncludeNativeLibrariesForSelfExtract: the HTML report's plots need libSkiaSharp.so and libHarfBuzzSharp.so from
# NuGet; bundled into the one executable, they are extracted on first use (DOTNET_BUNDLE_EXTRACT_BASE_DIR, default
# ~/.net). libnetcdf, libudunits2 and libisal stay the system's (NATIVE-LIBRARIES.txt).
dotnet publish src/Trendy.Cli/Trendy.Cli.csproj -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
  -p:IncludeNativeLibrariesForSelfExtract=true \
  -p:DebugType=none -o "$publish" --nologo -v quiet

mkdir -p "$stage" dist
install -m 755 "$publish/trendy2ilamb" "$stage/trendy2ilamb"
cp README.md LICENSE "$stage/"
cp -r docs "$stage/docs"
scripts/native-libraries.sh >"$stage/NATIVE-LIBRARIES.txt"

# Reproducible archive: fixed owner, order and times (the executable's own bytes come from the build).
tarball="dist/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
  -C build/dist -czf "$tarball.tmp" "$name"
mv "$tarball.tmp" "$tarball"
echo "dist: $tarball ($(du -h "$tarball" | cut -f1))"
