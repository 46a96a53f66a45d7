namespace Trendy.Core.Cf.Units;

/// <summary>
/// Maps the factors read from a TRENDY units string to UDUNITS-2 symbols: strips C/N element tags,
/// canonicalises time and temperature spellings, and marks calendar months and years.
/// </summary>
internal sealed class UnitSymbolMapper
{
    private readonly List<UnitFactor> _mapped = [];
    private readonly List<string> _rules;

    private UnitSymbolMapper(List<string> rules) => _rules = rules;

    private string? _elementTag;

    /// <summary>The mapped factors and element tag; on failure <c>Code</c> and <c>Reason</c> say why.</summary>
    public static (List<UnitFactor> Factors, string? Tag, string? Code, string? Reason) Map(IReadOnlyList<UnitFactor> factors, List<string> rules)
    {
        var mapper = new UnitSymbolMapper(rules);
        for (var i = 0; i < factors.Count; i++)
        {
            var next = i + 1 < factors.Count ? factors[i + 1] : (UnitFactor?)null;
            var (consumedNext, code, reason) = mapper.MapOne(factors[i], next);
            if (code is not null) return ([], null, code, reason);
            if (consumedNext) i++;
        }

        return (mapper._mapped, mapper._elementTag, null, null);
    }

    private (bool ConsumedNext, string? Code, string? Reason) MapOne(UnitFactor factor, UnitFactor? next)
    {
        var symbol = factor.Symbol;
        if (UnitSymbols.ProseWords.Contains(symbol))
            return (false, UnitDiagnosticCodes.Unreadable, $"the word '{symbol}' is prose, not a unit");
        if (UnitSymbols.DimensionlessWords.Contains(symbol)) return Rule(UnitRules.Dimensionless);
        if (UnitSymbols.PercentWords.Contains(symbol)) return Add(factor with { Symbol = "%" }, symbol == "%" ? null : UnitRules.Percent);
        if (UnitSymbols.TrySplitTaggedMass(symbol, out var mass, out var tag))
            return Tagged(factor with { Symbol = mass }, tag);
        if (symbol is "C" or "N" && _mapped.Count > 0 && UnitSymbols.IsMass(_mapped[^1].Symbol) && factor.Exponent == 1)
            return SetTag(symbol);
        if (UnitSymbols.IsDegreeWord(symbol) && next is { Symbol: "C" } degreeC && factor.Exponent == 1)
        {
            // "deg C": two tokens that UDUNITS would read as degree × coulomb (docs/contract.md §1.8 lists it as rejected).
            Add(degreeC with { Symbol = "degC" }, UnitRules.Celsius);
            return (true, null, null);
        }

        if (symbol == "C")
            return (false, UnitDiagnosticCodes.Ambiguous, "a 'C' that does not follow a mass unit could be carbon, coulomb or Celsius");
        if (symbol == "a") return MapAnnum(factor);
        if (UnitSymbols.TryTime(symbol, out var time))
            return Add(factor with { Symbol = time }, time == symbol ? null : UnitRules.TimeSymbol);
        if (UnitSymbols.IsCelsius(symbol)) return Add(factor with { Symbol = "degC" }, symbol == "degC" ? null : UnitRules.Celsius);
        if (UnitSymbols.IsKelvin(symbol)) return Add(factor with { Symbol = "K" }, symbol == "K" ? null : UnitRules.Kelvin);
        return Add(factor, null);
    }

    // UDUNITS reads "a" as the are (100 m2; udunits2-accepted.xml) and deliberately leaves annum out.
    // In TRENDY files "a-1" is per annum (kg m-2 a-1); a positive "a" could be either, so refuse it.
    private (bool ConsumedNext, string? Code, string? Reason) MapAnnum(UnitFactor factor) =>
        factor.Exponent < 0
            ? Add(factor with { Symbol = UnitSymbols.Year }, UnitRules.TimeSymbol)
            : (false, UnitDiagnosticCodes.Ambiguous, "'a' could be the are (100 m2) or a year; write 'yr' or 'a-1'");

    private (bool ConsumedNext, string? Code, string? Reason) Tagged(UnitFactor mass, string tag)
    {
        var result = SetTag(tag);
        if (result.Code is not null) return result;
        _mapped.Add(mass);
        return (false, null, null);
    }

    private (bool ConsumedNext, string? Code, string? Reason) SetTag(string tag)
    {
        if (_elementTag is not null && _elementTag != tag)
            return (false, UnitDiagnosticCodes.Ambiguous, $"both '{_elementTag}' and '{tag}' element tags");
        _elementTag = tag;
        Note(UnitRules.ElementTag);
        return (false, null, null);
    }

    private (bool ConsumedNext, string? Code, string? Reason) Add(UnitFactor factor, string? rule)
    {
        _mapped.Add(factor);
        if (rule is not null) Note(rule);
        return (false, null, null);
    }

    private (bool ConsumedNext, string? Code, string? Reason) Rule(string rule)
    {
        Note(rule);
        return (false, null, null);
    }

    private void Note(string rule)
    {
        if (!_rules.Contains(rule)) _rules.Add(rule);
    }
}
