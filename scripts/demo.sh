#!/usr/bin/env bash
# The main job on a bundled synthetic TRENDY tree (made by the tool itself).
set -euo pipefail
bin/trendy2ilamb version
