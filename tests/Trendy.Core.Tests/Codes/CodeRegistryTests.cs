using System.Reflection;
using Trendy.Core.Batch;
using Trendy.Core.Codes;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Codes;

public sealed class CodeRegistryTests
{
    /// <summary>Every public string constant of the classes in Trendy.Core.Codes' folder (those that hold an <c>Entries</c> list).</summary>
    private static IEnumerable<(string Owner, string Name, string Value)> Constants() =>
        typeof(CodeRegistry).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.GetProperty("Entries", BindingFlags.NonPublic | BindingFlags.Static) is not null)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (t.Name, f.Name, (string)f.GetRawConstantValue()!)));

    [Fact]
    public void All_CodesAreUnique()
    {
        var repeated = CodeRegistry.All.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void All_EveryConstantIsRegisteredAndEveryEntryIsAConstant()
    {
        var constants = Constants().ToList();
        var registered = CodeRegistry.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(constants.Count >= 60, $"found only {constants.Count} code constants; the reflection lost some classes");
        Assert.Empty(constants.Where(c => !registered.Contains(c.Value)).Select(c => $"{c.Owner}.{c.Name}"));
        Assert.Empty(registered.Except(constants.Select(c => c.Value)));
    }

    [Fact]
    public void All_EveryEntryHasAMeaningAndOutcomesAStatus()
    {
        Assert.All(CodeRegistry.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Meaning), c.Code);
            Assert.Equal(c.Kind == CodeKind.Outcome, c.Status is not null);
            if (c.Status == WorkStatus.Failed) Assert.Equal(Severity.Error, c.Severity);
        });
    }

    [Fact]
    public void All_DiagnosticCodesAreCodeShapedAndOutcomeCodesAreWords()
    {
        Assert.All(CodeRegistry.All.Where(c => c.Kind == CodeKind.Diagnostic), c => Assert.Matches("^[A-Z]{3,5}[0-9]{3}$", c.Code));
        Assert.All(CodeRegistry.All.Where(c => c.Kind == CodeKind.Outcome), c => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", c.Code));
    }

    [Fact]
    public void Find_KnownAndUnknownCodes()
    {
        Assert.Equal(Severity.Note, CodeRegistry.Find("TIME004")?.Severity);
        Assert.True(CodeRegistry.Find("UNIT004")?.AsksToConfirm);
        Assert.Equal(WorkStatus.Skipped, CodeRegistry.Find(ReasonCodes.SeriesOverlap)?.Status);
        Assert.Null(CodeRegistry.Find("TIME999"));
    }

    [Fact]
    public void Table_OneRowPerCodeOfTheKind()
    {
        var table = CodeCatalogMarkdown.Table(CodeKind.Diagnostic).TrimEnd('\n').Split('\n');

        Assert.Equal(CodeRegistry.All.Count(c => c.Kind == CodeKind.Diagnostic) + 2, table.Length);
        Assert.Contains("| `TIME004` | note | ", table.Single(l => l.Contains("TIME004", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
