using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>`--models/--simulations/--variables/--all` as a <see cref="Selection"/> (values that match nothing are refused by the release run).</summary>
public static class ReleaseSelection
{
    public static Selection From(ParseResult r, CliOptions o) =>
        new(OptionValues.CommaList(r.GetValue(o.Models)), OptionValues.CommaList(r.GetValue(o.Simulations)), OptionValues.CommaList(r.GetValue(o.Variables)), r.GetValue(o.All));
}
