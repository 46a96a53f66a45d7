namespace Trendy.Core.Planning;

/// <summary>User-chosen conversion settings that change the bytes of an output (so they are part of its resume key).</summary>
public sealed record ConvertOptions(
    long MemoryBudgetBytes = ConvertOptions.DefaultMemoryBudget,
    int DeflateLevel = 1,
    OutputFormat Format = OutputFormat.NetCdf4)
{
    public const long DefaultMemoryBudget = 512L * 1024 * 1024;

    /// <summary>The settings that change output content, as recorded in each output for resume checks.</summary>
    public string ResumeKey => $"deflate={DeflateLevel};format={Format}";
}
