using Trendy.Core.Batch;

namespace Trendy.Core.Tests.Batch;

public sealed class SlurmExecutableTests
{
    [Fact]
    public void Choose_SingleFileExecutableWithoutDllBeside_IsSelfContained()
    {
        var (path, origin) = SlurmExecutable.Choose("/usr/bin/trendy2ilamb", apphostBesideEntry: "/usr/bin/trendy2ilamb", entryDllBesideExecutable: false);

        Assert.Equal(("/usr/bin/trendy2ilamb", ExecutableOrigin.SelfContained), (path, origin));
    }

    [Fact]
    public void Choose_ApphostWithDllBeside_IsFrameworkDependent()
    {
        var (path, origin) = SlurmExecutable.Choose("/src/t/bin/trendy2ilamb", "/src/t/bin/trendy2ilamb", entryDllBesideExecutable: true);

        Assert.Equal(("/src/t/bin/trendy2ilamb", ExecutableOrigin.FrameworkDependent), (path, origin));
    }

    [Fact]
    public void Choose_UnderDotnetHost_TakesTheApphostBesideTheDll()
    {
        var (path, origin) = SlurmExecutable.Choose("/usr/share/dotnet/dotnet", "/src/t/bin/trendy2ilamb", entryDllBesideExecutable: false);

        Assert.Equal(("/src/t/bin/trendy2ilamb", ExecutableOrigin.FrameworkDependent), (path, origin));
    }

    [Fact]
    public void Choose_UnderDotnetHostWithoutApphost_FallsBackToTheNameOnPath()
    {
        var (path, origin) = SlurmExecutable.Choose("/usr/share/dotnet/dotnet", null, entryDllBesideExecutable: false);

        Assert.Equal((SlurmExecutable.Name, ExecutableOrigin.Given), (path, origin));
    }

    [Theory]
    [InlineData(ExecutableOrigin.SelfContained, "self-contained executable; the nodes need only libnetcdf and libudunits2, no .NET")]
    [InlineData(ExecutableOrigin.FrameworkDependent, "framework-dependent build (a source checkout); the nodes need the .NET 10 runtime")]
    [InlineData(ExecutableOrigin.Given, "as given")]
    public void Render_EachOrigin_HeaderNamesTheExecutableAndWhatTheNodesNeed(ExecutableOrigin origin, string note)
    {
        var text = SlurmScript.Render(new SlurmOptions("/in", "/out", 2) { Executable = "/opt/t/trendy2ilamb", ExecutableOrigin = origin });

        var header = text[..text.IndexOf("set -euo pipefail", StringComparison.Ordinal)];
        Assert.Contains("# Executable: /opt/t/trendy2ilamb: ", header);
        Assert.Contains(note, header);
    }
}
