#!/usr/bin/env bash
# make deb: dist/trendy2ilamb_VERSION_amd64.deb with Debian's own tools (dpkg-shlibdeps, help2man, dpkg-deb):
# /usr/bin/trendy2ilamb (the self-contained executable of make dist), docs and the copyright file in
# /usr/share/doc/trendy2ilamb, a man page generated from --help, bash completion, and Depends on the Debian
# packages of the native libraries it loads (packaging/native-libraries.tsv). `make lintian` checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(scripts/version.sh)
exe=build/publish-linux-x64/trendy2ilamb
[ -x "$exe" ] || { echo "deb: $exe is missing; run make dist first" >&2; exit 1; }
maintainer=${DEB_MAINTAINER:-"trendy2ilamb contributors <maintainers@users.noreply.r-seed-1d7f0316.example>"}

root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/doc/trendy2ilamb" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/lintian/overrides"
install -m 755 "$exe" "$root/usr/bin/trendy2ilamb"
doc="$root/usr/share/doc/trendy2ilamb"
install -m 644 packaging/deb/copyright "$doc/copyright"
install -m 644 README.md "$doc/README.md"
cp -r docs "$doc/docs"
scripts/native-libraries.sh >"$doc/NATIVE-LIBRARIES.txt"
gzip -9n "$doc/README.md" "$doc/NATIVE-LIBRARIES.txt"
find "$doc/docs" -type f -name '*.md' -size +4k -exec gzip -9n {} +
date=$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")
printf 'trendy2ilamb (%s) unstable; urgency=medium\n\n  * Release %s; see README.md.\n\n -- %s  %s\n' \
  "$version" "$version" "$maintainer" "$date" | gzip -9n >"$doc/changelog.gz"
install -m 644 packaging/bash-completion/trendy2ilamb "$root/usr/share/bash-completion/completions/trendy2ilamb"
install -m 644 packaging/deb/lintian-overrides "$root/usr/share/lintian/overrides/trendy2ilamb"

# The man page is the real help text (help2man runs --help and --version of the executable being packaged).
help2man --no-info --no-discard-stderr --name="turn a TRENDY release into files ILAMB can score" \
  --section=1 --output="build/deb/trendy2ilamb.1" "$exe"
gzip -9n -c build/deb/trendy2ilamb.1 >"$root/usr/share/man/man1/trendy2ilamb.1.gz"
chmod 644 "$root/usr/share/man/man1/trendy2ilamb.1.gz"

# libc6, libgcc-s1, libstdc++6 for the .NET host come from the ELF itself; the P/Invoke libraries are loaded with
# dlopen, so dpkg-shlibdeps cannot see them: they come from the table.
shlibs=$(cd build/deb && mkdir -p debian && printf 'Source: trendy2ilamb\n\nPackage: trendy2ilamb\nArchitecture: amd64\n' >debian/control \
  && dpkg-shlibdeps -O root/usr/bin/trendy2ilamb 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
relation() { grep -v '^#' packaging/native-libraries.tsv | awk -F'\t' -v r="$1" '$4 == r {print $3}' | paste -sd, | sed 's/,/, /g'; }
depends="${shlibs:+$shlibs, }$(relation Depends)"
recommends=$(relation Recommends)

cat >"$root/DEBIAN/control" <<CONTROL
Package: trendy2ilamb
Version: $version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: $recommends
Section: science
Priority: optional
Description: turn a TRENDY land-model release into files ILAMB can score
 trendy2ilamb converts a whole TRENDY release (the Global Carbon Project's
 land-model intercomparison: many models, simulations S0 to S3 and dozens of
 variables, each model writing NetCDF its own way) into CF-compliant NetCDF
 files that ILAMB 2.x and ilamb3 can score, with per-file reports, resumable
 runs and Slurm job-array scripts. A self-contained executable: no .NET needed.
CONTROL

(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)

mkdir -p dist
deb="dist/trendy2ilamb_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb.tmp" >/dev/null
mv "$deb.tmp" "$deb"
echo "deb: $deb ($(du -h "$deb" | cut -f1)); Depends: $depends; Recommends: $recommends"
