#!/usr/bin/env bash
# Prints the native libraries trendy2ilamb loads (packaging/native-libraries.tsv) with the Debian package version
# installed on this machine, the one the build and the test suite ran against.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "trendy2ilamb $(scripts/version.sh) loads these native libraries at run time; it carries none of them."
echo "On Debian/Ubuntu: apt-get install libnetcdf19 libudunits2-0 libudunits2-data (the .deb declares them)."
echo "Elsewhere: any netCDF-C 4.7+ (with HDF5 1.10.3+) and UDUNITS-2 2.2; set UDUNITS2_XML_PATH to udunits2.xml."
echo
printf '%-14s %-38s %-18s %-22s %-24s %s\n' library file debian-package relation tested-version purpose
grep -v '^#' packaging/native-libraries.tsv | while IFS=$'\t' read -r library file package relation purpose; do
  tested=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null || true)
  printf '%-14s %-38s %-18s %-22s %-24s %s\n' "$library" "$file" "$package" "$relation" "${tested:-not installed}" "$purpose"
done
