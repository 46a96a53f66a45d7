using System.Globalization;

namespace Trendy.Bench;

/// <summary>Command line of the generator: where, how many steps, which optional outputs.</summary>
internal sealed record GeneratorOptions(string OutputRoot, int Steps, int Seed, bool Netcdf3, bool Raw, bool NoChange)
{
    /// <summary>1476 monthly steps = 1530 MB uncompressed, the size in performance.md.</summary>
    public const int DefaultSteps = 1476;

    /// <summary>The quick profile: about 124 MB uncompressed, enough to see every cost, seconds per run.</summary>
    public const int QuickSteps = 120;

    public const string Usage =
        "usage: trendy-bench-gen --out DIR [--steps N | --quick] [--seed N] [--no-nc3] [--raw] [--nochange]\n       trendy-bench-gen verify --in IN --out OUT [--factor K] [--every N] [--var gpp]";

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var steps = DefaultSteps;
        var seed = 42;
        var nc3 = true;
        var raw = false;
        var noChange = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = Next(args, ref i);
                    break;
                case "--steps":
                    steps = Number(Next(args, ref i), "--steps", 1, 100_000);
                    break;
                case "--quick":
                    steps = QuickSteps;
                    break;
                case "--seed":
                    seed = Number(Next(args, ref i), "--seed", 0, int.MaxValue);
                    break;
                case "--no-nc3":
                    nc3 = false;
                    break;
                case "--raw":
                    raw = true;
                    break;
                case "--nochange":
                    noChange = true;
                    break;
                case "-h" or "--help":
                    throw new ArgumentException("help requested");
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (output is null) throw new ArgumentException("--out DIR is required");
        return new GeneratorOptions(output, steps, seed, nc3, raw, noChange);
    }

    private static string Next(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count) throw new ArgumentException($"{args[i]} needs a value");
        return args[++i];
    }

    private static int Number(string text, string name, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new ArgumentException($"{name} takes a whole number from {min} to {max}, found '{text}'");
        }

        return n;
    }
}
