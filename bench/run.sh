#!/usr/bin/env bash
# trendy2ilamb benchmark (docs/performance.md): one TRENDY-like gpp file, converted by trendy2ilamb and by the
# peers (nccopy, CDO, NCO, xarray), next to the floors (cat, pigz), with /usr/bin/time -v around every command.
#
#   bench/run.sh                 full profile: 1476 steps = 1530 MB uncompressed (generation ~1-2 min once, runs ~15-30 min)
#   bench/run.sh --quick         120 steps = 124 MB, about 2-3 minutes in all
#   bench/run.sh --steps N       any size
#   bench/run.sh --no-measure    keep the last measurements (results/runs.tsv), redo only the checks and the report
# Environment: BENCH_DIR (work dir, default /tmp/trendy2ilamb-bench; inputs are reused when present),
#   BENCH_RUNS (measured rounds, default 3), BENCH_WARMUP (warm-up rounds, default 1),
#   BENCH_PEERS=0 (trendy2ilamb and floors only), BENCH_XARRAY=0 (skip the xarray peer),
#   BENCH_RELEASE_RUNS (rounds of the release-shaped set, default warm-up + measured rounds; 0 skips it),
#   BENCH_VERIFY=0 (keep the last output checks, results/verify.txt, instead of converting again to check).
# Rounds are interleaved (every command once per round, in the same order), so load drift on a shared machine
# hits every command alike; the table shows medians, the ratios are medians of per-round ratios.
# Results: bench/results/latest.md (+ runs.tsv, headers, verify log). Numbers come only from here, never from tests.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STEPS=1476
PROFILE=full
MEASURE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) STEPS=120; PROFILE=quick ;;
    --steps) STEPS="$2"; PROFILE="steps-$2"; shift ;;
    --no-measure) MEASURE=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
RUNS="${BENCH_RUNS:-3}"
WARMUP="${BENCH_WARMUP:-1}"
BENCH_DIR="${BENCH_DIR:-/tmp/trendy2ilamb-bench}"
WORK="$BENCH_DIR/steps-$STEPS"
OUT="$WORK/out"
RESULTS="$ROOT/bench/results"
TOOL="$ROOT/bin/trendy2ilamb"
GEN_DIR="$BENCH_DIR/gen"
mkdir -p "$WORK" "$OUT" "$RESULTS"
log() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- prerequisites
apt_install() {
  # Installs the named Debian packages if we can (root + apt-get); returns non-zero otherwise.
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}
need_tool() { # need_tool COMMAND PACKAGE: 0 when COMMAND is (now) available
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 for $1"
  apt_install "$2" && command -v "$1" >/dev/null 2>&1 && return 0
  log "$1 unavailable ($2 could not be installed); skipping what needs it"
  return 1
}
[ -x /usr/bin/time ] || apt_install time || { log "/usr/bin/time is required (apt-get install time)"; exit 1; }
need_tool ncdump netcdf-bin || { log "netcdf-bin (ncdump, nccopy) is required"; exit 1; }
HAVE_PIGZ=0; HAVE_CDO=0; HAVE_NCO=0; HAVE_XARRAY=0; HAVE_IGZIP=0
need_tool pigz pigz && HAVE_PIGZ=1
need_tool igzip isal && HAVE_IGZIP=1
if [ "${BENCH_PEERS:-1}" != 0 ]; then
  need_tool cdo cdo && HAVE_CDO=1
  need_tool ncap2 nco && HAVE_NCO=1
  if [ "${BENCH_XARRAY:-1}" != 0 ]; then
    PY=/usr/bin/python3
    if ! "$PY" -c 'import xarray, netCDF4, cftime' >/dev/null 2>&1; then
      log "installing python3-xarray python3-netcdf4 (optional peer)"
      apt_install python3-xarray python3-netcdf4 || true
    fi
    if "$PY" -c 'import xarray, netCDF4, cftime' >/dev/null 2>&1; then HAVE_XARRAY=1; else log "xarray peer skipped (python3-xarray/python3-netcdf4 not importable)"; fi
  fi
fi

# Build the tool and the generator only when a source is newer than the last build.
stale() { # stale TARGET DIR...: true when TARGET is missing or older than any .cs/.csproj/.props under DIRs
  local target=$1; shift
  [ -e "$target" ] || return 0
  [ -n "$(find "$@" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -newer "$target" -not -path '*/obj/*' -not -path '*/bin/*' -print -quit)" ]
}
if stale "$TOOL" "$ROOT/src" "$ROOT/Directory.Build.props"; then
  log "building the tool (make build)"
  make -C "$ROOT" --no-print-directory build >&2
fi
GEN="$GEN_DIR/trendy-bench-gen.dll"
if stale "$GEN" "$ROOT/bench/Trendy.Bench" "$ROOT/src/Trendy.Native" "$ROOT/src/Trendy.Core"; then
  log "building the input generator (bench/Trendy.Bench)"
  dotnet build "$ROOT/bench/Trendy.Bench/Trendy.Bench.csproj" -c Release -o "$GEN_DIR" --nologo -v quiet >&2
  touch "$GEN"
fi

# ---------------------------------------------------------------- inputs
REL=BENCH/S3/BENCH_S3_gpp.nc
IN4="$WORK/nc4/$REL"
IN3="$WORK/nc3/$REL"
IN0="$WORK/nochange/$REL"
RAW="$WORK/shuffled.raw"
if [ ! -f "$IN4" ] || [ ! -f "$IN3" ] || [ ! -f "$IN0" ] || [ ! -f "$RAW" ]; then
  log "generating inputs ($STEPS steps) in $WORK"
  dotnet "$GEN" --out "$WORK" --steps "$STEPS" --raw --nochange >/dev/null
else
  log "reusing inputs in $WORK"
fi
UNCOMPRESSED=$((STEPS * 360 * 720 * 4))

# ---------------------------------------------------------------- commands (each writes only under $OUT/NAME)
K=1.1574074e-08
t2i_nc4()    { "$TOOL" convert "$IN4" -o "$OUT/t2i-nc4" --deflate 1 --no-progress; }
t2i_nc4_zlib() { TRENDY2ILAMB_NO_ISAL=1 "$TOOL" convert "$IN4" -o "$OUT/t2i-nc4-zlib" --deflate 1 --no-progress; }
t2i_nc4_1core() { DOTNET_PROCESSOR_COUNT=1 taskset -c 0 "$TOOL" convert "$IN4" -o "$OUT/t2i-nc4-1core" --deflate 1 --no-progress; }
t2i_same()   { "$TOOL" convert "$IN0" -o "$OUT/t2i-same" --deflate 1 --no-progress; }
t2i_same_zlib() { TRENDY2ILAMB_NO_ISAL=1 "$TOOL" convert "$IN0" -o "$OUT/t2i-same-zlib" --deflate 1 --no-progress; }
t2i_nc3()    { "$TOOL" convert "$IN3" -o "$OUT/t2i-nc3" --deflate 1 --no-progress; }
t2i_same_1core() { DOTNET_PROCESSOR_COUNT=1 taskset -c 0 "$TOOL" convert "$IN0" -o "$OUT/t2i-same-1core" --deflate 1 --no-progress; }
t2i_nc3_1core() { DOTNET_PROCESSOR_COUNT=1 taskset -c 0 "$TOOL" convert "$IN3" -o "$OUT/t2i-nc3-1core" --deflate 1 --no-progress; }
t2i_nc3_d0_plain() { TRENDY2ILAMB_NO_DIRECT_CHUNK=1 "$TOOL" convert "$IN3" -o "$OUT/t2i-nc3-d0-plain" --deflate 0 --no-progress; }
t2i_nc4_d0() { "$TOOL" convert "$IN4" -o "$OUT/t2i-nc4-d0" --deflate 0 --no-progress; }
t2i_nc3_d0() { "$TOOL" convert "$IN3" -o "$OUT/t2i-nc3-d0" --deflate 0 --no-progress; }
t2i_inspect() { "$TOOL" inspect "$IN4" >/dev/null; }
nccopy_nc4() { mkdir -p "$OUT/nccopy-nc4" && nccopy -d1 -s -c time/1,lat/360,lon/720 "$IN4" "$OUT/nccopy-nc4/out.nc"; }
nccopy_same() { mkdir -p "$OUT/nccopy-same" && nccopy -d1 -s -c time/1,lat/360,lon/720 "$IN0" "$OUT/nccopy-same/out.nc"; }
nccopy_nc3() { mkdir -p "$OUT/nccopy-nc3" && nccopy -d1 -s -c time/1,lat/360,lon/720 "$IN3" "$OUT/nccopy-nc3/out.nc"; }
cdo_nc4() { mkdir -p "$OUT/cdo" && cdo -s -O -f nc4 -z zip_1 -k grid -setreftime,1850-01-01,00:00:00,days -invertlat "-mulc,$K" "$IN4" "$OUT/cdo/out.nc"; }
ncap2_nc4() { mkdir -p "$OUT/ncap2" && ncap2 -O -4 -L 1 --cnk_dmn time,1 --cnk_dmn lat,360 --cnk_dmn lon,720 \
  -s "gpp=gpp.reverse(\$lat)*${K}f;lat=lat.reverse(\$lat);time=time-54750.0;time@units=\"days since 1850-01-01 00:00:00\"" "$IN4" "$OUT/ncap2/out.nc"; }
xarray_nc4() { mkdir -p "$OUT/xarray" && /usr/bin/python3 "$ROOT/bench/xarray_convert.py" "$IN4" "$OUT/xarray/out.nc"; }
floor_cat_nc4() { cat "$IN4" >/dev/null; }
floor_cat_nc3() { cat "$IN3" >/dev/null; }
floor_pigz() { pigz -1 -z -p 1 -c "$RAW" >/dev/null; }
floor_igzip() { igzip -1 -c "$RAW" >/dev/null; }
export -f t2i_nc4 t2i_nc4_zlib t2i_nc4_1core t2i_same t2i_same_zlib t2i_nc3 t2i_same_1core t2i_nc3_1core t2i_nc3_d0_plain t2i_nc4_d0 t2i_nc3_d0 t2i_inspect nccopy_nc4 nccopy_same nccopy_nc3 \
  cdo_nc4 ncap2_nc4 xarray_nc4 floor_cat_nc4 floor_cat_nc3 floor_pigz floor_igzip
export TOOL IN4 IN3 IN0 RAW OUT K ROOT

# name|function|what it is
BENCHES=(
  "trendy2ilamb nc4|t2i_nc4|convert, NetCDF4 input, deflate 1 + shuffle"
  "trendy2ilamb nc4 zlib-ng|t2i_nc4_zlib|the same with TRENDY2ILAMB_NO_ISAL=1 (zlib-ng codec)"
  "trendy2ilamb nc4 1 core|t2i_nc4_1core|the same on one core (taskset -c 0, DOTNET_PROCESSOR_COUNT=1)"
  "nccopy nc4|nccopy_nc4|nccopy -d1 -s -c time/1,lat/360,lon/720 (copy, no transform)"
  "trendy2ilamb nochange|t2i_same|convert the no-change NetCDF4 input (already kg m-2 s-1): chunks pass through"
  "trendy2ilamb nochange zlib-ng|t2i_same_zlib|the same with TRENDY2ILAMB_NO_ISAL=1"
  "trendy2ilamb nochange 1 core|t2i_same_1core|the same on one core"
  "nccopy nochange|nccopy_same|nccopy -d1 -s of the no-change input"
)
[ "$HAVE_CDO" = 1 ] && BENCHES+=("cdo nc4|cdo_nc4|cdo -f nc4 -z zip_1 setreftime/invertlat/mulc")
[ "$HAVE_NCO" = 1 ] && BENCHES+=("ncap2 nc4|ncap2_nc4|ncap2 -4 -L 1 reverse lat, scale, shift time")
[ "$HAVE_XARRAY" = 1 ] && BENCHES+=("xarray nc4|xarray_nc4|xarray + netCDF4 script (bench/xarray_convert.py)")
BENCHES+=(
  "trendy2ilamb nc3|t2i_nc3|convert, NetCDF3 64-bit-offset input, deflate 1 + shuffle (one positioned read per slab)"
  "trendy2ilamb nc3 1 core|t2i_nc3_1core|the same on one core"
  "nccopy nc3|nccopy_nc3|nccopy -d1 -s from the NetCDF3 input"
  "trendy2ilamb nc4 d0|t2i_nc4_d0|convert --deflate 0 (split: no deflate on write)"
  "trendy2ilamb nc3 d0|t2i_nc3_d0|convert NetCDF3 input --deflate 0 (split: no codec at all)"
  "trendy2ilamb nc3 d0 nc_get_vara|t2i_nc3_d0_plain|the same read through nc_get_vara_double (TRENDY2ILAMB_NO_DIRECT_CHUNK=1; at --deflate 0 the write path is the same)"
  "trendy2ilamb inspect|t2i_inspect|inspect (process start + header read: fixed cost)"
  "floor cat nc4|floor_cat_nc4|cat NetCDF4 input > /dev/null"
  "floor cat nc3|floor_cat_nc3|cat NetCDF3 input > /dev/null"
)
[ "$HAVE_PIGZ" = 1 ] && BENCHES+=("floor pigz -1|floor_pigz|pigz -1 -z -p 1 of the shuffled raw bytes (system-zlib deflate floor)")
[ "$HAVE_IGZIP" = 1 ] && BENCHES+=("floor igzip -1|floor_igzip|igzip -1 of the shuffled raw bytes (ISA-L deflate floor, streaming)")

# ---------------------------------------------------------------- measurement
TSV="$RESULTS/runs.tsv"
TIMEF="$WORK/time.txt"
measure() { # measure ROUND NAME FUNCTION
  local round=$1 name=$2 fn=$3 rc=0
  rm -rf "$OUT"/*
  /usr/bin/time -v -o "$TIMEF" bash -c "$fn" >"$WORK/last.log" 2>&1 || rc=$?
  [ "$rc" = 0 ] || { log "$name failed (rc $rc):"; tail -5 "$WORK/last.log" >&2; }
  local wall user sys rss out
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$TIMEF")
  user=$(awk -F': ' '/User time/ {print $2}' "$TIMEF")
  sys=$(awk -F': ' '/System time/ {print $2}' "$TIMEF")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TIMEF")
  out=$(find "$OUT" -type f -name '*.nc' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$wall" "$user" "$sys" "$rss" "$out" "$rc" >> "$TSV"
  printf '  %-22s round %s  wall %6.2f s  cpu %6.2f s  rss %5d MB\n' "$name" "$round" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$((rss / 1024))" >&2
}
total=$((WARMUP + RUNS))
RUNMETA="$RESULTS/meta-run.txt"
if [ "$MEASURE" = 1 ]; then
  printf 'round\tname\twall_s\tuser_s\tsys_s\tmaxrss_kb\tout_bytes\trc\n' > "$TSV"
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  log "profile $PROFILE: $STEPS steps, $((UNCOMPRESSED / 1000000)) MB uncompressed; $WARMUP warm-up + $RUNS measured rounds; load $LOAD_BEFORE"
  for ((r = 1; r <= total; r++)); do
    round=$((r - WARMUP)); label=$round; [ "$round" -le 0 ] && label=warmup
    log "round $label"
    for b in "${BENCHES[@]}"; do
      IFS='|' read -r name fn _ <<<"$b"
      measure "$label" "$name" "$fn"
    done
  done
  # The chunk codec floor (one thread, CPU seconds) on the same bytes: ISA-L level 0/1 and zlib-ng level 1.
  log "codec floor (trendy-bench-gen codec)"
  printf 'codec\tdeflate_cpu_s\tinflate_cpu_s\traw_bytes\tstored_bytes\n' > "$RESULTS/codec.tsv"
  dotnet "$GEN" codec --raw "$RAW" >> "$RESULTS/codec.tsv" || log "codec floor failed"
  LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
  printf 'date=%s\nprofile=%s\nsteps=%s\nruns=%s\nwarmup=%s\nload_before=%s\nload_after=%s\n' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$PROFILE" "$STEPS" "$RUNS" "$WARMUP" "$LOAD_BEFORE" "$LOAD_AFTER" > "$RUNMETA"
else
  grep -q "^steps=$STEPS\$" "$RUNMETA" 2>/dev/null || { log "--no-measure: $RUNMETA is not from a $STEPS-step run"; exit 1; }
  log "--no-measure: reusing the measurements in $TSV"
fi

# ---------------------------------------------------------------- correctness of the outputs (last round's files are rerun here)
VERIFY="$RESULTS/verify.txt"
[ "${BENCH_VERIFY:-1}" = 0 ] || : > "$VERIFY"
EVERY=1; [ "$STEPS" -gt 240 ] && EVERY=12
check() { # check LABEL FUNCTION INPUT FACTOR
  rm -rf "$OUT"/*
  bash -c "$2" >/dev/null 2>&1 || { echo "$1: command failed" >> "$VERIFY"; return; }
  local f; f=$(find "$OUT" -type f -name '*.nc' -print -quit)
  { printf '%-18s ' "$1"; dotnet "$GEN" verify --in "$3" --out "$f" --factor "$4" --every "$EVERY" || true; } >> "$VERIFY"
  if [ "$2" = t2i_nc4 ]; then ncdump -h "$f" > "$RESULTS/header-trendy2ilamb.txt"; ncdump -v time "$f" | awk '/^ time =/ {p = 1} p && n < 2 {print; n++}' >> "$RESULTS/header-trendy2ilamb.txt"; fi
}
if [ "${BENCH_VERIFY:-1}" != 0 ]; then
log "verifying outputs against the input (every ${EVERY}th step)"
check "trendy2ilamb nc4" t2i_nc4 "$IN4" 1.1574074074074074e-08
check "trendy2ilamb nc3" t2i_nc3 "$IN3" 1.1574074074074074e-08
check "nccopy nc4" nccopy_nc4 "$IN4" 1
check "trendy2ilamb same" t2i_same "$IN0" 1
check "t2i nc4 zlib-ng" t2i_nc4_zlib "$IN4" 1.1574074074074074e-08
[ "$HAVE_CDO" = 1 ] && check "cdo" cdo_nc4 "$IN4" "$K"
[ "$HAVE_NCO" = 1 ] && check "ncap2" ncap2_nc4 "$IN4" "$K"
[ "$HAVE_XARRAY" = 1 ] && check "xarray" xarray_nc4 "$IN4" 1.1574074074074074e-08
# The same values through netCDF4-python (a reader independent of ours): ISA-L and zlib-ng outputs, and the
# pass-through output against nccopy's copy of the no-change input, compared bit for bit.
if /usr/bin/python3 -c 'import netCDF4, numpy' >/dev/null 2>&1; then
  rm -rf "$OUT"/*
  if t2i_nc4 >/dev/null 2>&1 && t2i_nc4_zlib >/dev/null 2>&1 && t2i_same >/dev/null 2>&1 && nccopy_same >/dev/null 2>&1; then
    /usr/bin/python3 - "$(find "$OUT/t2i-nc4" -name '*.nc' -print -quit)" "$(find "$OUT/t2i-nc4-zlib" -name '*.nc' -print -quit)" \
      "$(find "$OUT/t2i-same" -name '*.nc' -print -quit)" "$OUT/nccopy-same/out.nc" >> "$VERIFY" <<'PY'
import sys
import netCDF4
import numpy as np


def values(path):
    with netCDF4.Dataset(path) as d:
        d.set_auto_mask(False)
        return np.asarray(d["gpp"][:])


isal, zlib, same, copy = (values(p) for p in sys.argv[1:5])
bits = lambda a, b: "bit-identical" if a.shape == b.shape and np.array_equal(a.view(np.uint32), b.view(np.uint32)) else "DIFFER"
print(f"netCDF4-python     ISA-L output vs zlib-ng output: {bits(isal, zlib)}")
print(f"netCDF4-python     pass-through output vs nccopy copy of the no-change input: {bits(same, copy)}")
PY
  else
    echo "netCDF4-python check: a command failed" >> "$VERIFY"
  fi
fi
rm -rf "$OUT"/*
fi
cat "$VERIFY" >&2

# ---------------------------------------------------------------- whole release (needs `trendy2ilamb synth`, on main later)
RELEASE_TSV="$RESULTS/release.tsv"
rm -f "$RELEASE_TSV"
RELEASE_RUNS="${BENCH_RELEASE_RUNS:-$total}"
if [ "$RELEASE_RUNS" -gt 0 ] && "$TOOL" --help 2>&1 | grep -qE '^ +synth '; then
  SYNTH_PROFILE=small; [ "$PROFILE" = quick ] && SYNTH_PROFILE=tiny
  REL_IN="$WORK/release-$SYNTH_PROFILE"
  [ -d "$REL_IN" ] || "$TOOL" synth "$REL_IN" --profile "$SYNTH_PROFILE" >&2
  printf 'round\tname\twall_s\tuser_s\tsys_s\tmaxrss_kb\tout_bytes\trc\n' > "$RELEASE_TSV"
  release_all() { "$TOOL" convert "$REL_IN" -o "$OUT/release" -j "$(nproc)" --no-progress; }
  release_one() { "$TOOL" convert "$REL_IN" -o "$OUT/release" -j 1 --no-progress; }
  release_scan() { "$TOOL" scan "$REL_IN" >/dev/null; }
  export -f release_all release_one release_scan; export REL_IN
  log "whole release: synth --profile $SYNTH_PROFILE, convert -j $(nproc) and -j 1, scan"
  for ((r = 1; r <= RELEASE_RUNS; r++)); do
    round=$((r - RELEASE_RUNS + RUNS)); label=$round; [ "$round" -le 0 ] && label=warmup
    TSV_SAVE="$TSV"; TSV="$RELEASE_TSV"
    measure "$label" "release convert -j $(nproc)" release_all
    measure "$label" "release convert -j 1" release_one
    measure "$label" "release scan" release_scan
    TSV="$TSV_SAVE"
  done
  printf 'profile=%s\nfiles=%s\nbytes=%s\n' "$SYNTH_PROFILE" "$(find "$REL_IN" -type f -name '*.nc' -printf x | wc -c)" "$(du -sb "$REL_IN" | cut -f1)" > "$RESULTS/release-input.txt"
  rm -rf "$OUT"/*
else
  log "whole-release benchmark skipped: this build has no 'trendy2ilamb synth' command"
fi

# ---------------------------------------------------------------- report
{
  cat "$RUNMETA"
  echo "uncompressed=$UNCOMPRESSED"
  echo "in4_bytes=$(stat -c %s "$IN4")"
  echo "in3_bytes=$(stat -c %s "$IN3")"
  echo "nproc=$(nproc)"
  echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "tool=$("$TOOL" version 2>/dev/null | awk 'NR == 1')"
  echo "dotnet=$(dotnet --version)"
  echo "libnetcdf=$(nc-config --version 2>/dev/null || ncdump 2>&1 | grep -o 'netcdf library version [0-9.]*' | awk 'NR == 1')"
  [ "$HAVE_CDO" = 1 ] && echo "cdo=$(cdo -V 2>&1 | awk 'NR == 1')"
  [ "$HAVE_NCO" = 1 ] && echo "nco=$(ncap2 --version 2>&1 | grep -o 'version [0-9.]*' | awk 'NR == 1')"
  [ "$HAVE_PIGZ" = 1 ] && echo "pigz=$(pigz --version 2>&1 | awk 'NR == 1')"
  [ "$HAVE_XARRAY" = 1 ] && echo "xarray=$(dpkg-query -W -f='${Version}' python3-xarray 2>/dev/null || /usr/bin/python3 -c 'import xarray; print(xarray.__version__)')"
  [ "$HAVE_CDO" = 1 ] || echo "skipped=cdo"
  [ "$HAVE_NCO" = 1 ] || echo "skipped=nco"
  [ "$HAVE_XARRAY" = 1 ] || echo "skipped=xarray"
  [ "$HAVE_PIGZ" = 1 ] || echo "skipped=pigz floor"
} > "$RESULTS/meta.txt"
python3 "$ROOT/bench/report.py" "$RESULTS" > "$RESULTS/latest.md"
cat "$RESULTS/latest.md"
log "wrote $RESULTS/latest.md"
