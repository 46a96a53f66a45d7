using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// The last-resort barrier in process (single files and the in-process pool use the same runner): a stage that
/// throws something nobody expected fails that file alone with INTERNAL_ERROR, logs the stack trace under
/// OUT/reports/errors, leaves no output or temporary file, and the next file converts (issue 7).
/// </summary>
public sealed class FileBarrierTests
{
    private static WorkOutcome Run(TempDir dir, string relative, string? fault)
    {
        var input = Path.Combine(dir.Path, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        new SourceFile().WriteTo(input);
        TestFault.Override.Value = fault;
        try
        {
            return Harness.RunItem(dir, input, relative);
        }
        finally
        {
            TestFault.Override.Value = null;
        }
    }

    [Theory]
    [InlineData(TestFault.Plan)]
    [InlineData(TestFault.Write)]
    public void Run_StageThrows_InternalErrorWithLoggedStackAndNoOutput(string stage)
    {
        using var dir = new TempDir();

        var outcome = Run(dir, "ModelB/S3/ModelB_S3_gpp.nc", stage);

        Assert.Equal((WorkStatus.Failed, ReasonCodes.InternalError), (outcome.Status, outcome.ReasonCode));
        Assert.Contains("ModelB_S3_gpp.nc: internal error InvalidOperationException: deliberate test fault", outcome.Message);
        var log = Assert.Single(Directory.GetFiles(Path.Combine(Harness.OutRoot(dir), "reports", FileBarrier.ErrorsFolder)));
        Assert.Contains(log, outcome.Message);
        Assert.Contains("   at Trendy.Pipeline.", File.ReadAllText(log));
        Assert.DoesNotContain(Harness.FilesUnder(dir), f => !f.Contains(Path.DirectorySeparatorChar + "reports" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_FaultOnlyForOneFile_TheOtherConverts()
    {
        using var dir = new TempDir();

        var failed = Run(dir, "ModelB/S3/ModelB_S3_gpp.nc", TestFault.Write + ":ModelB");
        var converted = Run(dir, "ModelA/S3/ModelA_S3_gpp.nc", TestFault.Write + ":ModelB");

        Assert.Equal(ReasonCodes.InternalError, failed.ReasonCode);
        Assert.Equal(WorkStatus.Converted, converted.Status);
        Assert.True(File.Exists(converted.OutputPath));
    }
}
