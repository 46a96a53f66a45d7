using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>No outcome or diagnostic code is a string literal outside the registry (src/Trendy.Core/Codes/).</summary>
public sealed class CodeLiteralTests
{
    [Fact]
    public void Sources_HaveNoCodeLiteralOutsideTheRegistry()
    {
        var hits = CodeLiterals.OutsideRegistry(RepositoryRoot.Path).ToList();

        Assert.True(hits.Count == 0,
            $"{hits.Count} code literal(s) outside {CodeLiterals.RegistryFolder}; use the constants of the registry instead:\n" + string.Join('\n', hits));
    }

    [Fact]
    public void OutsideRegistry_PlantedLiterals_Found_AndTheRegistryFolderIsAllowed()
    {
        using var dir = new TempDir();
        var planner = Path.Combine(dir.Path, "src", "Trendy.Core", "Planning", "Planted.cs");
        var registry = Path.Combine(dir.Path, CodeLiterals.RegistryFolder, "PlantedCodes.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(planner)!);
        Directory.CreateDirectory(Path.GetDirectoryName(registry)!);
        const string Planted = "class P\n{\n    string a = \"GRID099\", b = \"NO_SPACE\", c = \"NOT_A_CODE\", d = \"TIME1\";\n}\n";
        File.WriteAllText(planner, Planted);
        File.WriteAllText(registry, Planted);

        var hits = CodeLiterals.OutsideRegistry(dir.Path).ToList();

        var at = Path.Combine("src", "Trendy.Core", "Planning", "Planted.cs");
        Assert.Equal(new[] { $"{at}:3: \"GRID099\"", $"{at}:3: \"NO_SPACE\"" }, hits);
    }

    [Fact]
    public void In_FindsCodeShapedAndOutcomeLiteralsOnly()
    {
        var hits = CodeLiterals.In("x(\"IDENT004\");\ny = \"OK\"; z = \"ok\"; w = \"UNITS\"; v = \"CF 7.2\";").ToList();

        Assert.Equal(new[] { (1, "IDENT004"), (2, "OK") }, hits);
    }
}
