namespace Trendy.Pipeline.Execution;

/// <summary>How a converted double is stored in the output type; implemented by structs so the JIT inlines it.</summary>
internal interface IValueStore<T>
{
    static abstract T From(double value);
}

/// <summary>float32 outputs (the default: docs/contract.md allows float; doubles only when the source is double).</summary>
internal readonly struct FloatStore : IValueStore<float>
{
    public static float From(double value) => (float)value;
}

/// <summary>float64 outputs, for double sources.</summary>
internal readonly struct DoubleStore : IValueStore<double>
{
    public static double From(double value) => value;
}
