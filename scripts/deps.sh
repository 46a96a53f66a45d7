#!/usr/bin/env bash
# Installs what trendy2ilamb needs from Debian's packages when it is missing: libnetcdf (with its HDF5),
# libudunits2 and its unit database, netcdf-bin (ncdump/nccopy for checks and benchmarks).
# Nothing is downloaded at run time; this runs once before build, test and demo.
set -euo pipefail

# grep reads all input (no -q): an early exit would SIGPIPE ldconfig and fail the pipeline under pipefail.
have_lib() { ldconfig -p 2>/dev/null | grep "$1" >/dev/null; }

missing=()
have_lib 'libnetcdf\.so' || missing+=(libnetcdf19)
have_lib 'libudunits2\.so' || missing+=(libudunits2-0)
[ -f /usr/share/xml/udunits/udunits2.xml ] || [ -n "${UDUNITS2_XML_PATH:-}" ] || missing+=(libudunits2-data)
command -v ncdump >/dev/null 2>&1 || missing+=(netcdf-bin)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done

if ! command -v dotnet >/dev/null 2>&1; then
  echo "deps: the .NET 10 SDK is required (dotnet not on PATH); install it, then rerun make" >&2
  exit 1
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "deps: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]} (or conda: libnetcdf udunits2)" >&2
  exit 1
fi

echo "deps: installing ${missing[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
