#!/usr/bin/env bash
# The main job on a bundled synthetic TRENDY tree made by the tool itself: synthesise a small messy release
# (7 models, S0-S3, folder/prefix mismatches, odd time encodings and units, a corrupt file, an archive),
# convert it with every core, check the outputs against the ILAMB contract, and say where everything is, ending
# with the path of the HTML report.
set -uo pipefail
demo=demo-out
rm -rf "$demo"
bin/trendy2ilamb synth "$demo/trendy" --profile tiny || exit 1
echo
# Exit status 1 is expected here: the synthetic release holds a corrupt file on purpose.
bin/trendy2ilamb convert "$demo/trendy" -o "$demo/ilamb"
status=$?
echo
bin/trendy2ilamb verify "$demo/ilamb" || exit 1
echo
echo "demo: the corrupt inputs were reported and skipped (convert exit status $status); everything else converted."
echo "demo: ILAMB 2.x model roots: $demo/ilamb/S0 .. $demo/ilamb/S3; ilamb3 catalogue: $demo/ilamb/ilamb3-models.csv"
echo "demo: run report: $(ls "$demo"/ilamb/reports/run-*.md | head -1)"
[ "$status" -le 1 ] || exit "$status"
# Last line: the page to open (coverage matrix, plots, failures; docs/report.md).
echo "demo: HTML report: $(realpath "$demo/ilamb/reports/index.html")"
