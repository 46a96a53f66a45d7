using Trendy.Core.Codes;

namespace Trendy.Core.Identify;

/// <summary>Stable diagnostic codes raised while identifying files; meanings: <see cref="Entries"/>.</summary>
public static class IdentifyCodes
{
    public const string SimulationMismatch = "IDENT001";
    public const string UnknownPrefix = "IDENT002";
    public const string Overridden = "IDENT003";
    public const string NonSimulationFolder = "IDENT004";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Warning(SimulationMismatch,
            "the folder's simulation differs from the file name's; the file name is trusted (v14 ORCHIDEE/S3 holds an S0 file)",
            "move the file to its simulation's folder"),
        CodeInfo.Warning(UnknownPrefix,
            "the file prefix is not a known name of the model folder (a warning when it is another model's name, else a note)",
            "the file may sit in the wrong model folder; if the prefix is right, add it to the model's \"prefixes\" in a --fixes file"),
        CodeInfo.Note(Overridden, "a command-line override (--model, --simulation) replaced what the path says", ""),
        CodeInfo.Note(NonSimulationFolder, "a file in a non-simulation folder (update, revised_nbppft) may supersede a file of the same name",
            "check which copy is meant"),
    ];
}
