# trendy2ilamb: the two commands are `make demo` and `make test`; both install their own prerequisites.
SHELL := /bin/bash
.PHONY: deps build dist deb lintian test demo bench clean

# chromium (Debian's) is for the browser test of the HTML report and for looking at OUT/reports/index.html.
deps:
	@scripts/deps.sh chromium

# Framework-dependent build of the command-line tool into bin/ (bin/trendy2ilamb).
build: deps
	dotnet publish src/Trendy.Cli/Trendy.Cli.csproj -c Release -o bin --nologo -v quiet

# Release artefacts (docs/install.md): dist/trendy2ilamb-VERSION-linux-x64.tar.gz, a self-contained single-file
# executable that needs no .NET, and dist/trendy2ilamb_VERSION_amd64.deb, whose Depends name the native libraries.
dist:
	@scripts/deps.sh help2man dpkg-dev
	@scripts/dist.sh

deb: dist
	@scripts/deb.sh

# Lintian on the .deb (slow on a 70 MB executable, so not part of make deb or make test).
lintian: deb
	@scripts/deps.sh lintian
	lintian -I --show-overrides dist/trendy2ilamb_*_amd64.deb

# The tests include installing dist/ in a clean Debian root (mmdebstrap) and comparing the self-contained executable
# with the framework-dependent build, so the artefacts are made first.
test:
	@scripts/deps.sh slurm-wlm munge gcc libisal-dev mmdebstrap help2man dpkg-dev chromium
	@scripts/dist.sh
	@scripts/deb.sh
	@scripts/test.sh

demo: build
	@scripts/demo.sh

bench: build
	@bench/run.sh

clean:
	rm -rf bin demo-out build dist
	dotnet clean trendy2ilamb.slnx --nologo -v quiet
