namespace Trendy.Pipeline.Synthesis;

/// <summary>Values stored as shorts with scale_factor/add_offset spanning this range (in file units).</summary>
public sealed record PackRange(double Low, double High)
{
    public double Scale => (High - Low) / 60_000.0;

    public double Offset => (High + Low) / 2.0;
}
