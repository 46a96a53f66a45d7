using Trendy.Pipeline.Discovery;
using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Pipeline.Tests.Execution.Fakes;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>
/// The source/sink contract on the production implementations (<see cref="NetcdfDatasetSource"/>, <see cref="OutputWriter"/>):
/// the dataset is written to a NetCDF4 file with the given storage, inspected and planned as a conversion does, and the
/// sink's output read back through libnetcdf.
/// </summary>
public abstract class NetcdfDatasetContract : DatasetContract, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _output;

    private protected NetcdfDatasetContract(InMemoryDataset data, ConvertOptions options, ReadPath read, WritePath write)
    {
        var input = data.WriteTo(Path.Combine(_dir.Path, "in", InMemoryDataset.Relative));
        var attempt = Harness.Service.Plan(input, Harness.Service.Identify(InMemoryDataset.Relative, null, ContentSniffer.Sniff(input)), options);
        Plan = attempt.Plan?.Plan ?? throw new Xunit.Sdk.XunitException($"no plan: {attempt.Fault} {string.Join(" | ", attempt.Plan?.Diagnostics ?? [])}");

        // The variant must really be the path it stands for, else the contract would test the other one twice.
        Assert.Equal((read, write), (Plan.Io.Read, Plan.Io.Write));
        _output = _dir.File("out.nc");
    }

    private protected override ConversionPlan Plan { get; }

    private protected override IDatasetSource OpenSource(int stepsPerSlab) => NetcdfDatasetSource.Open(Plan, stepsPerSlab);

    private protected override IDatasetSink CreateSink(int stepsPerSlab) => new OutputWriter(_output, Plan, [], stepsPerSlab);

    private protected override double[] Written() => Harness.Read(_output, InMemoryDataset.Variable).Data;

    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One-step shuffle + deflate chunks: raw chunk reads (H5Dread_chunk) and writes (H5Dwrite_chunk).</summary>
public sealed class DirectChunkDatasetContractTests() : NetcdfDatasetContract(
    InMemoryDataset.Small(InMemoryDataset.OneStepShuffleDeflate(2, 3)), new ConvertOptions(), ReadPath.DirectChunk, WritePath.DirectChunk);

/// <summary>Contiguous input and direct-chunk I/O turned off: nc_get_vara and nc_put_vara.</summary>
public sealed class LibnetcdfDatasetContractTests() : NetcdfDatasetContract(
    InMemoryDataset.Small(InMemoryDataset.Contiguous), new ConvertOptions(DirectChunk: false), ReadPath.NcGetVara, WritePath.NcPutVara);
