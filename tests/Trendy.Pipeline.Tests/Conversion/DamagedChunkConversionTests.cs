using Trendy.Core.Batch;
using Trendy.Core.Planning;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// A NetCDF4 input whose deflate chunks are damaged fails as INPUT_UNREADABLE naming the variable and the time step,
/// through both read paths, and leaves nothing in the output folder (issue 7).
/// </summary>
public sealed class DamagedChunkConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";

    private static SourceFile Chunked() => new()
    {
        Time = SourceFile.NoleapMonthMids(2000, 12),
        DataAttributes = v => v.Compressed(1, true, 1, 2, 3),
    };

    [Theory]
    [InlineData(ChunkDamage.Truncated, true)]
    [InlineData(ChunkDamage.Garbage, true)]
    [InlineData(ChunkDamage.TooLong, true)]
    [InlineData(ChunkDamage.Empty, true)]
    [InlineData(ChunkDamage.MaskedGarbage, true)]
    [InlineData(ChunkDamage.Truncated, false)]
    [InlineData(ChunkDamage.Garbage, false)]
    [InlineData(ChunkDamage.MaskedGarbage, false)]
    public void Convert_OneDamagedChunk_FailsUnreadableNamingStepAndLeavesNothing(ChunkDamage damage, bool direct)
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in", Gpp);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        Chunked().WriteTo(input);
        DamagedChunk.Apply(input, "gpp", step: 5, rank: 3, elementsPerStep: 6, damage);

        var outcome = Harness.ConvertFile(dir, input, Gpp, new ConvertOptions(DirectChunk: direct));

        Assert.True(outcome.Status == WorkStatus.Failed, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        Assert.Equal("INPUT_UNREADABLE", outcome.ReasonCode);
        Assert.Contains("CLASSIC_S3_gpp.nc › gpp › time step", outcome.Message);
        Assert.Contains("5", outcome.Message);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Convert_BytesFlippedInsideDataChunks_FailsUnreadableOrConvertsNeverThrows(int seed)
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in", Gpp);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        new SourceFile
        {
            Lat = [.. Enumerable.Range(0, 30).Select(i => -87.0 + (i * 6))], Lon = [.. Enumerable.Range(0, 40).Select(i => i * 9.0)],
            DataAttributes = v => v.Compressed(4, true, 1, 30, 40),
            Value = (t, z, y, x) => Math.Sin(t + y + (x * 0.1)),
        }.WriteTo(input);
        DamagedChunk.FlipInsideChunks(input, "gpp", steps: 12, rank: 3, seed, count: 1 + (seed % 4));

        var outcome = Harness.ConvertFile(dir, input, Gpp);

        // zlib's adler32 catches every flip in practice; a flip it misses would still give a verified output.
        Assert.True(outcome.Status is WorkStatus.Failed or WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        if (outcome.Status == WorkStatus.Failed)
        {
            Assert.Equal("INPUT_UNREADABLE", outcome.ReasonCode);
            Assert.Contains("› gpp › time step", outcome.Message);
            Assert.Empty(Harness.FilesUnder(dir));
        }
    }
}
