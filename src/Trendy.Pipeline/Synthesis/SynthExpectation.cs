namespace Trendy.Pipeline.Synthesis;

/// <summary>What a correct converter does with a file of the synthetic release.</summary>
public enum SynthExpectation
{
    /// <summary>Legitimate TRENDY input: must produce an output.</summary>
    Convert,

    /// <summary>Not a model output (README, md5, zonal text, a variable outside the table): left alone without an error.</summary>
    Skip,

    /// <summary>Broken input: must be reported as a failure naming the file, without stopping the run.</summary>
    Fail,
}
