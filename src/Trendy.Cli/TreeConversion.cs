namespace Trendy.Cli;

/// <summary>Converts a whole release directory.</summary>
public static class TreeConversion
{
    public static readonly HashSet<string> ValueOptions = ["-j", "--jobs", "--models", "--simulations", "--variables", "--timeout", "--tmp", "--shard"];

    public static int Run(string root, string output, ParsedArgs parsed, ConversionSettings settings, TextWriter stdout, TextWriter stderr) =>
        throw new UsageException("release directories are not supported yet");
}
