# trendy2ilamb: the two commands are `make demo` and `make test`; both install their own prerequisites.
SHELL := /bin/bash
.PHONY: deps build test demo bench clean

deps:
	@scripts/deps.sh

# Framework-dependent build of the command-line tool into bin/ (bin/trendy2ilamb).
build: deps
	dotnet publish src/Trendy.Cli/Trendy.Cli.csproj -c Release -o bin --nologo -v quiet

test:
	@scripts/deps.sh slurm-wlm munge gcc libisal-dev
	@scripts/test.sh

demo: build
	@scripts/demo.sh

bench: build
	@bench/run.sh

clean:
	rm -rf bin demo-out
	dotnet clean trendy2ilamb.slnx --nologo -v quiet
