using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Identify;

/// <summary>The folders.csv rule table: parsing, validation, and that no listed folder could be a simulation folder.</summary>
public sealed class NonSimulationFoldersTests
{
    private const string Header = "folder,files,reason";

    private static readonly NonSimulationFolders Embedded = NonSimulationFolders.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_KnownFolders_IgnoreOrIdentify()
    {
        Assert.Equal(["zonal_nbp", "ZonalNBP", "climate", "update", "revised_nbppft", "Ancillary"], Embedded.Names);
        Assert.Equal("zonal NBP summaries, not gridded model output", Embedded.IgnoreReason("ZONAL_NBP"));
        Assert.True(Embedded.Contains("ancillary"));
        Assert.Null(Embedded.IgnoreReason("Ancillary"));
        Assert.False(Embedded.Contains("S2"));
    }

    [Fact]
    public void LoadEmbedded_NoFolder_ReadsAsASimulation()
    {
        // A listed folder that SimulationName also parses would be both a simulation and none.
        foreach (var name in Embedded.Names)
            Assert.Null(SimulationName.FromFolder(name).Simulation);
    }

    [Theory]
    [InlineData("update,skip,re-uploads")] // files is not ignore/identify
    [InlineData("update,identify,")] // no reason
    [InlineData(",ignore,why")] // no folder
    [InlineData("update,identify,a\nUPDATE,identify,b")] // same name ignoring case
    [InlineData("update,identify")] // field count
    public void Parse_BadRow_Throws(string rows)
    {
        var ex = Assert.Throws<FormatException>(() => NonSimulationFolders.Parse("# legend\n" + Header + "\n" + rows + "\n"));
        Assert.Contains("folders.csv line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongHeader_Throws()
    {
        Assert.Throws<FormatException>(() => NonSimulationFolders.Parse("name,files,reason\nupdate,identify,x\n"));
    }
}
