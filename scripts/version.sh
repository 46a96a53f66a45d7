#!/usr/bin/env bash
# Prints the product version: Directory.Build.props <Version>, the one source of truth, as MSBuild evaluates it.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet msbuild src/Trendy.Cli/Trendy.Cli.csproj -nologo -getProperty:Version
