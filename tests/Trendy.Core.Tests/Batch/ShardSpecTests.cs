using Trendy.Core.Batch;

namespace Trendy.Core.Tests.Batch;

public sealed class ShardSpecTests
{
    private static Dictionary<string, string?> Env(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => (string?)p.Value);

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData(" 8 / 8 ", 8, 8)]
    public void Parse_ValidText_ReturnsShard(string text, int k, int n)
    {
        var result = ShardSpec.Parse(text);

        Assert.False(result.IsError, result.Error);
        Assert.Equal(new ShardSpec(k, n), result.Shard);
        Assert.Equal(ShardSource.Argument, result.Source);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_InvalidText_ErrorNotException(string? text)
    {
        var result = ShardSpec.Parse(text);

        Assert.True(result.IsError);
        Assert.Null(result.Shard);
        Assert.StartsWith("shard: expected", result.Error);
    }

    [Fact]
    public void FromEnvironment_NoArrayVariables_NoShard()
    {
        var result = ShardSpec.FromEnvironment(Env(("SLURM_JOB_ID", "12"), ("SGE_TASK_ID", "undefined")));

        Assert.Equal(ShardResult.NoShard, result);
    }

    [Fact]
    public void FromEnvironment_SlurmArrayFromZero_KCountsFromOne()
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "4"),
            ("SLURM_ARRAY_TASK_COUNT", "5"), ("SLURM_ARRAY_TASK_STEP", "1")));

        Assert.Equal(new ShardSpec(1, 5), result.Shard);
        Assert.Equal(ShardSource.Slurm, result.Source);
    }

    [Fact]
    public void FromEnvironment_SlurmLastTask_KEqualsN()
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SLURM_ARRAY_TASK_ID", "8"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "8"),
            ("SLURM_ARRAY_TASK_COUNT", "8")));

        Assert.Equal(new ShardSpec(8, 8), result.Shard);
    }

    [Fact]
    public void FromEnvironment_SlurmStep_Refused()
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "9"),
            ("SLURM_ARRAY_TASK_COUNT", "5"), ("SLURM_ARRAY_TASK_STEP", "2")));

        Assert.True(result.IsError);
        Assert.Contains("step 2", result.Error);
        Assert.Contains("--array=1-N", result.Error);
    }

    [Fact]
    public void FromEnvironment_SlurmGaps_Refused()
    {
        // --array=1,3,7: Slurm reports min 1, max 7, count 3.
        var result = ShardSpec.FromEnvironment(Env(
            ("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "7"),
            ("SLURM_ARRAY_TASK_COUNT", "3")));

        Assert.True(result.IsError);
        Assert.Contains("3 tasks spread over 1-7", result.Error);
    }

    [Fact]
    public void FromEnvironment_SlurmMissingCount_ErrorNamesVariables()
    {
        var result = ShardSpec.FromEnvironment(Env(("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1")));

        Assert.True(result.IsError);
        Assert.Contains("SLURM_ARRAY_TASK_COUNT", result.Error);
    }

    [Fact]
    public void FromEnvironment_PbsWithoutCount_ErrorExplainsRemedy()
    {
        var result = ShardSpec.FromEnvironment(Env(("PBS_ARRAY_INDEX", "2"), ("PBS_ARRAY_ID", "99[].srv")));

        Assert.True(result.IsError);
        Assert.Equal(ShardSource.Pbs, result.Source);
        Assert.Contains("TRENDY_SHARD_COUNT", result.Error);
    }

    [Theory]
    [InlineData("PBS_ARRAY_INDEX")]
    [InlineData("PBS_ARRAYID")]
    public void FromEnvironment_PbsWithCount_ReturnsShard(string indexVariable)
    {
        var result = ShardSpec.FromEnvironment(Env((indexVariable, "2"), ("TRENDY_SHARD_COUNT", "4")));

        Assert.Equal(new ShardSpec(2, 4), result.Shard);
    }

    [Fact]
    public void FromEnvironment_PbsIndexZero_Refused()
    {
        var result = ShardSpec.FromEnvironment(Env(("PBS_ARRAYID", "0"), ("TRENDY_SHARD_COUNT", "4")));

        Assert.True(result.IsError);
        Assert.Contains("-J 1-4", result.Error);
    }

    [Theory]
    [InlineData("1", "1", "10", "1", 1, 10)]
    [InlineData("10", "1", "10", "1", 10, 10)]
    [InlineData("7", "1", "9", "2", 4, 5)]
    [InlineData("5", "5", "20", "5", 1, 4)]
    public void FromEnvironment_SgeRange_ShardFromPosition(string id, string first, string last, string step, int k, int n)
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SGE_TASK_ID", id), ("SGE_TASK_FIRST", first), ("SGE_TASK_LAST", last), ("SGE_TASK_STEPSIZE", step)));

        Assert.False(result.IsError, result.Error);
        Assert.Equal(new ShardSpec(k, n), result.Shard);
        Assert.Equal(ShardSource.Sge, result.Source);
    }

    [Fact]
    public void FromEnvironment_SgeIdOffRange_Refused()
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SGE_TASK_ID", "4"), ("SGE_TASK_FIRST", "1"), ("SGE_TASK_LAST", "9"), ("SGE_TASK_STEPSIZE", "2")));

        Assert.True(result.IsError);
    }

    [Fact]
    public void FromEnvironment_SlurmAndSge_SlurmWins()
    {
        var result = ShardSpec.FromEnvironment(Env(
            ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_COUNT", "2"),
            ("SGE_TASK_ID", "1"), ("SGE_TASK_FIRST", "1"), ("SGE_TASK_LAST", "1")));

        Assert.Equal(ShardSource.Slurm, result.Source);
        Assert.Equal(new ShardSpec(2, 2), result.Shard);
    }

    [Fact]
    public void Constructor_IndexOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardSpec(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardSpec(4, 3));
    }
}
