#!/usr/bin/env bash
# Installs trendy2ilamb the way a user would, in a minimal Debian root made by Debian's mmdebstrap (variant apt:
# essential packages and apt, no .NET, no netCDF), and records what each step printed and its exit status in
# RESULTS_DIR (STEP.out, STEP.err, STEP.rc) for the test that reads them (CleanRootTests):
#   1. the release tarball alone, before any library is installed: --version and synth must fail with the one-line
#      missing-library error that names the Debian package to install;
#   2. apt-get install ./trendy2ilamb_VERSION_amd64.deb (its Depends pull libnetcdf19 and libudunits2), then
#      --version, synth, convert -j 2 and verify with /usr/bin/trendy2ilamb.
# The downloaded Debian packages are kept in $TRENDY2ILAMB_TEST_CACHE (default /var/cache/trendy2ilamb-test), so a
# second run reads them from disk; a fresh machine downloads them from the archive in its apt sources.
# Needs root, mmdebstrap, and dist/ made by scripts/dist.sh and scripts/deb.sh. Usage: clean-root-test.sh RESULTS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 RESULTS_DIR" >&2; exit 2; }

results=$(realpath -m "$1")
version=$(scripts/version.sh)
deb=$(realpath "dist/trendy2ilamb_${version}_amd64.deb")
tarball=$(realpath "dist/trendy2ilamb-$version-linux-x64.tar.gz")
[ -f "$deb" ] && [ -f "$tarball" ] || { echo "clean-root: $deb or $tarball missing; run make dist deb" >&2; exit 1; }
cache=${TRENDY2ILAMB_TEST_CACHE:-/var/cache/trendy2ilamb-test}/apt-archives
suite=${TRENDY2ILAMB_TEST_SUITE:-bookworm}
rm -rf "$results"
mkdir -p "$results" "$cache"

# The hook runs on this machine with the root's path as $1; everything inside runs through chroot.
hook=$(mktemp)
trap 'rm -f "$hook"' EXIT
cat >"$hook" <<HOOK
#!/usr/bin/env bash
set -uo pipefail
root=\$1
step() {
  local name=\$1; shift
  chroot "\$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \\
    DEBIAN_FRONTEND=noninteractive "\$@" >"$results/\$name.out" 2>"$results/\$name.err"
  echo \$? >"$results/\$name.rc"
}
step no-dotnet sh -c 'command -v dotnet || ls -d /usr/share/dotnet /usr/lib/dotnet /opt/dotnet 2>/dev/null'
step no-netcdf sh -c 'ls /usr/lib/x86_64-linux-gnu/libnetcdf* 2>/dev/null'
tar -xzf "$tarball" -C "\$root/opt"
exe=/opt/trendy2ilamb-$version-linux-x64/trendy2ilamb
step tarball-version "\$exe" --version
step tarball-synth "\$exe" synth /tmp/release-without-libraries
cp "$deb" "\$root/tmp/"
step apt-install apt-get install -y ./tmp/$(basename "$deb")
step version trendy2ilamb --version
step synth trendy2ilamb synth /tmp/release
step convert trendy2ilamb convert /tmp/release -o /tmp/out -j 2 --no-progress
step verify trendy2ilamb verify /tmp/out
step outputs sh -c 'find /tmp/out -name "*.nc" | wc -l'
step installed-files sh -c 'ls /usr/bin/trendy2ilamb /usr/share/doc/trendy2ilamb/copyright /usr/share/man/man1/trendy2ilamb.1.gz /usr/share/bash-completion/completions/trendy2ilamb && man -l /usr/share/man/man1/trendy2ilamb.1.gz 2>/dev/null | head -3; zcat /usr/share/man/man1/trendy2ilamb.1.gz | grep -c convert'
exit 0
HOOK
chmod 755 "$hook"

# No unlink of the essential-only apt config: the cache hooks follow mmdebstrap(1), EXAMPLES.
mmdebstrap --variant=apt --mode=root --format=null --skip=essential/unlink \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives/"' \
  --setup-hook="sync-in '$cache' /var/cache/apt/archives/" \
  --customize-hook="'$hook' \"\$1\"" \
  --customize-hook="sync-out /var/cache/apt/archives '$cache'" \
  "$suite" /dev/null
for rc in "$results"/*.rc; do printf '%s=%s ' "$(basename "$rc" .rc)" "$(cat "$rc")"; done
echo
