namespace Trendy.Cli;

/// <summary>
/// A small POSIX-style parser: `--name value`, `--name=value`, `-o value`, bare flags, and positionals.
/// `--` ends options, so a file whose name starts with a dash can still be given (robustness.md, odd paths).
/// </summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    public ParsedArgs(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                Positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (a.StartsWith('-') && a.Length > 1)
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                var name = eq > 0 ? a[..eq] : a;
                if (flagOptions.Contains(name) && eq < 0)
                {
                    _flags.Add(name);
                    continue;
                }

                if (!valueOptions.Contains(name)) throw new UsageException($"unknown option '{name}'");
                string value;
                if (eq > 0) value = a[(eq + 1)..];
                else if (i + 1 < args.Count) value = args[++i];
                else throw new UsageException($"option '{name}' needs a value");
                if (!_options.TryGetValue(name, out var list)) _options[name] = list = [];
                list.Add(value);
                continue;
            }

            Positionals.Add(a);
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(params string[] names)
    {
        foreach (var n in names)
        {
            _consumed.Add(n);
            if (_options.TryGetValue(n, out var list)) return list[^1];
        }

        return null;
    }

    /// <summary>All values of a repeatable option, also split on commas (`--models A,B --models C`).</summary>
    public IReadOnlyList<string> List(string name) =>
        _options.TryGetValue(name, out var list)
            ? [.. list.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];

    public int Int(string name, int fallback, int min, int max)
    {
        var v = Value(name);
        if (v is null) return fallback;
        if (!int.TryParse(v, out var n) || n < min || n > max) throw new UsageException($"option '{name}' takes a whole number from {min} to {max}, found '{v}'");
        return n;
    }
}
