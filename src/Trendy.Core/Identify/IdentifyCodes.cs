namespace Trendy.Core.Identify;

/// <summary>Stable diagnostic codes raised while identifying files.</summary>
public static class IdentifyCodes
{
    /// <summary>The folder's simulation differs from the file name's; the file name is trusted (v14 ORCHIDEE/S3 holds an S0 file).</summary>
    public const string SimulationMismatch = "IDENT001";

    /// <summary>The file prefix is not a known name of the model folder.</summary>
    public const string UnknownPrefix = "IDENT002";

    /// <summary>A command-line override replaced what the path says.</summary>
    public const string Overridden = "IDENT003";

    /// <summary>A file in a non-simulation folder (update, revised_nbppft) may supersede a file of the same name.</summary>
    public const string NonSimulationFolder = "IDENT004";
}
