using Trendy.Core.Cf.Units;

namespace Trendy.Core.Tests.Cf.Units;

/// <summary>A converter that knows only the pairs a test gives it and records what it was asked.</summary>
internal sealed class FakeUnitConverter : IUnitConverter
{
    private readonly Dictionary<(string From, string To), UnitConversion> _known = [];

    public List<(string From, string To)> Asked { get; } = [];

    public FakeUnitConverter Knows(string from, string to, double factor, double offset = 0.0)
    {
        _known[(from, to)] = new UnitConversion(factor, offset);
        return this;
    }

    public UnitConversion? TryGetConversion(string from, string to, out string? error)
    {
        Asked.Add((from, to));
        var found = _known.TryGetValue((from, to), out var conversion);
        error = found ? null : "fake: unknown pair";
        return found ? conversion : null;
    }
}
