#!/usr/bin/env bash
# Installs what trendy2ilamb needs from Debian's packages when it is missing: libnetcdf (with its HDF5),
# libudunits2 and its unit database, libisal2 (Intel ISA-L, the fast deflate codec; zlib-ng is used without it),
# netcdf-bin (ncdump/nccopy for checks and benchmarks), and any Debian package names given as arguments (make test
# adds slurm-wlm and munge for the end-to-end Slurm test, which starts its own throwaway daemons, and gcc with
# libisal-dev to check our ISA-L struct declarations against igzip_lib.h; installing them must not start services;
# make dist/deb/test add help2man and dpkg-dev for the .deb and mmdebstrap for the clean-root install test; make deps
# and make test add chromium, in which a test opens the HTML report headless as a user would).
# Nothing is downloaded at run time; this runs once before build, test and demo.
set -euo pipefail

# grep reads all input (no -q): an early exit would SIGPIPE ldconfig and fail the pipeline under pipefail.
have_lib() { ldconfig -p 2>/dev/null | grep "$1" >/dev/null; }

missing=()
have_lib 'libnetcdf\.so' || missing+=(libnetcdf19)
have_lib 'libudunits2\.so' || missing+=(libudunits2-0)
have_lib 'libisal\.so\.2' || missing+=(libisal2)
[ -f /usr/share/xml/udunits/udunits2.xml ] || [ -n "${UDUNITS2_XML_PATH:-}" ] || missing+=(libudunits2-data)
command -v ncdump >/dev/null 2>&1 || missing+=(netcdf-bin)
# dpkg -s also succeeds for a removed package whose config files remain, so ask for "installed" itself.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
extras=()
for extra in "$@"; do
  installed "$extra" || extras+=("$extra")
done

if ! command -v dotnet >/dev/null 2>&1; then
  echo "deps: the .NET 10 SDK is required (dotnet not on PATH); install it, then rerun make" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  if [ ${#missing[@]} -gt 0 ]; then
    echo "deps: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]} (or conda: libnetcdf udunits2)" >&2
    exit 1
  fi
  # Extras only serve tests that need root anyway (they skip, saying why), so their absence does not stop make.
  [ ${#extras[@]} -eq 0 ] || echo "deps: not installing ${extras[*]} (needs root and apt-get); the tests that need them are skipped" >&2
  exit 0
fi

missing+=("${extras[@]}")
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
# Packages with services (munge, slurmd, slurmctld) would start them from their postinst; a policy-rc.d that
# says "not now" (exit 101) stops that, on systemd machines too. Only added when none exists, and removed after.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# temporary, from trendy2ilamb scripts/deps.sh: no service starts during install\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
