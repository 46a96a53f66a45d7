using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Tests.Execution.Fakes;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>
/// What the executor relies on from any <see cref="IDatasetSource"/> and <see cref="IDatasetSink"/>, run against the
/// in-memory fakes and the libnetcdf/HDF5 implementations alike, so tests of executor logic on the fakes speak for the
/// real files too. Data: <see cref="InMemoryDataset.Small"/> (5 steps of 2×3 floats, one fill cell).
/// </summary>
public abstract class DatasetContract
{
    private protected static readonly InMemoryDataset Data = InMemoryDataset.Small();

    /// <summary>The plan the implementation under test works from (its I/O part decides the paths).</summary>
    private protected abstract ConversionPlan Plan { get; }

    private protected abstract IDatasetSource OpenSource(int stepsPerSlab);

    private protected abstract IDatasetSink CreateSink(int stepsPerSlab);

    /// <summary>Every value the last sink holds, in (time, lat, lon) order, after it was completed and disposed.</summary>
    private protected abstract double[] Written();

    [Fact]
    public void Read_OneSlabOfEveryStep_GivesEveryValueInSourceOrder()
    {
        using var source = OpenSource(Data.Steps);
        var got = new double[Data.Steps * Data.PerStep];
        source.Read(0, Data.Steps, got);

        Assert.Equal(Data.Values, got);
    }

    [Fact]
    public void Read_SlabsOfTwo_TheLastShort_GiveTheSameValuesAndLeaveTheRestAlone()
    {
        using var source = OpenSource(2);
        var got = new List<double>();
        var buffer = new double[2 * Data.PerStep];
        for (var first = 0; first < Data.Steps; first += 2)
        {
            var n = Math.Min(2, Data.Steps - first);
            Array.Fill(buffer, -1);
            source.Read(first, n, buffer);
            got.AddRange(buffer.Take(n * Data.PerStep));
            Assert.All(buffer.Skip(n * Data.PerStep), v => Assert.Equal(-1, v));
        }

        Assert.Equal(Data.Values, got);
    }

    [Fact]
    public void Read_MoreStepsThanOpenedFor_IsRefused()
    {
        using var source = OpenSource(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => source.Read(0, 3, new double[3 * Data.PerStep]));
    }

    [Fact]
    public void StoredChunk_IsEmptyOrTheStepsOwnShuffledDeflatedBytes_AsThePlanSays()
    {
        using var source = OpenSource(Data.Steps);
        source.Read(0, Data.Steps, new double[Data.Steps * Data.PerStep]);

        for (var t = 0; t < Data.Steps; t++)
        {
            var stored = source.StoredChunk(t);
            if (Plan.Io.Read != ReadPath.DirectChunk)
            {
                Assert.Equal(0, stored.Count);
                continue;
            }

            Assert.Equal(Data.Values.Skip(t * Data.PerStep).Take(Data.PerStep), StoredChunks.Decode(stored, Data.PerStep, asFloat: true));
        }
    }

    [Fact]
    public void Sink_SlabsOfTwoThenComplete_HoldsEveryValue()
    {
        var values = Data.Values.Select(v => (float)v).ToArray();
        using (var sink = CreateSink(2))
        {
            for (var first = 0; first < Data.Steps; first += 2)
            {
                var n = Math.Min(2, Data.Steps - first);
                sink.WriteSlab(first, n, values[(first * Data.PerStep)..((first + n) * Data.PerStep)]);
            }

            sink.Complete();
        }

        Assert.Equal(Data.Values, Written());
    }

    [Fact]
    public void Sink_StepGivenAsStoredBytes_HoldsTheValuesTheyEncode()
    {
        var values = Data.Values.Select(v => (float)v).ToArray();
        using (var sink = CreateSink(Data.Steps))
        {
            var passThrough = Enumerable.Range(0, Data.Steps)
                .Select(t => t % 2 == 1 ? new ArraySegment<byte>(StoredChunks.Encode(Data.Values.AsSpan(t * Data.PerStep, Data.PerStep), asFloat: true)) : default)
                .ToArray();
            sink.WriteSlab(0, Data.Steps, values, passThrough);
            sink.Complete();
        }

        Assert.Equal(Data.Values, Written());
    }
}
