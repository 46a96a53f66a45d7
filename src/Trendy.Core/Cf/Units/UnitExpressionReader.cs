using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Trendy.Core.Cf.Units;

/// <summary>
/// Reads a loose units string into factors: juxtaposition, <c>.</c>, <c>*</c> and <c>·</c> multiply;
/// <c>/</c> divides by the next factor or parenthesised group (so <c>gC/m2/day</c> is g C m-2 day-1, the
/// left-to-right reading UDUNITS also uses); exponents may be glued (<c>m2</c>, <c>m-2</c>) or written
/// <c>m^2</c>, <c>m^-2</c>, <c>m**2</c>. Numbers become a coefficient. It knows no unit names; that is the
/// normaliser's job.
/// </summary>
internal sealed class UnitExpressionReader
{
    private readonly string _text;
    private readonly List<UnitFactor> _factors = [];
    private int _pos;
    private double _coefficient = 1.0;

    private UnitExpressionReader(string text) => _text = text;

    public static bool TryRead(
        string text,
        [NotNullWhen(true)] out List<UnitFactor>? factors,
        out double coefficient,
        [NotNullWhen(false)] out string? error)
    {
        var reader = new UnitExpressionReader(text);
        error = reader.ReadProduct(sign: 1, nested: false);
        if (error is null && reader._pos < text.Length) error = $"unexpected '{text[reader._pos]}' at position {reader._pos + 1}";
        factors = error is null ? reader._factors : null;
        coefficient = reader._coefficient;
        return error is null;
    }

    private string? ReadProduct(int sign, bool nested)
    {
        var divideNext = false;
        var sawUnit = false;
        while (true)
        {
            SkipSeparators();
            if (_pos >= _text.Length || _text[_pos] == ')')
            {
                if (divideNext) return "'/' with nothing after it";
                if (!sawUnit) return nested ? "empty parentheses" : "no units";
                return null;
            }

            if (_text[_pos] == '/')
            {
                if (divideNext || !sawUnit) return $"misplaced '/' at position {_pos + 1}";
                divideNext = true;
                _pos++;
                continue;
            }

            var error = ReadUnit(divideNext ? -sign : sign);
            if (error is not null) return error;
            divideNext = false;
            sawUnit = true;
        }
    }

    private string? ReadUnit(int sign)
    {
        var c = _text[_pos];
        if (c == '(') return ReadGroup(sign);
        if (char.IsDigit(c)) return ReadNumber(sign);
        if (!IsSymbolChar(c)) return $"unexpected '{c}' at position {_pos + 1}";
        var start = _pos;
        while (_pos < _text.Length && IsSymbolChar(_text[_pos])) _pos++;
        var symbol = _text[start.._pos];
        var exponent = ReadExponent(out var error);
        if (error is not null) return error;
        _factors.Add(new UnitFactor(symbol, sign * exponent));
        return null;
    }

    private string? ReadGroup(int sign)
    {
        _pos++;
        var before = _factors.Count;
        var error = ReadProduct(sign, nested: true);
        if (error is not null) return error;
        if (_pos >= _text.Length) return "unbalanced '('";
        _pos++;
        var exponent = ReadExponent(out error);
        if (error is not null) return error;
        for (var i = before; i < _factors.Count; i++)
        {
            _factors[i] = _factors[i] with { Exponent = _factors[i].Exponent * exponent };
        }

        return null;
    }

    private string? ReadNumber(int sign)
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E') && LooksLikeExponentPart(_pos + 1))
        {
            _pos += 2;
            while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        }

        var text = _text[start.._pos].TrimEnd('.');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value == 0.0)
            return $"bad number '{text}'";
        _coefficient = sign > 0 ? _coefficient * value : _coefficient / value;
        return null;
    }

    private bool LooksLikeExponentPart(int at) =>
        at < _text.Length && (char.IsDigit(_text[at]) || ((_text[at] == '-' || _text[at] == '+') && at + 1 < _text.Length && char.IsDigit(_text[at + 1])));

    private int ReadExponent(out string? error)
    {
        error = null;
        var marked = false;
        if (_pos < _text.Length && _text[_pos] == '^') { _pos++; marked = true; }
        else if (_pos + 1 < _text.Length && _text[_pos] == '*' && _text[_pos + 1] == '*') { _pos += 2; marked = true; }

        var start = _pos;
        if (_pos < _text.Length && (_text[_pos] == '-' || _text[_pos] == '+')) _pos++;
        var digitsStart = _pos;
        while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        if (_pos == digitsStart)
        {
            _pos = start;
            if (marked) error = $"exponent expected at position {start + 1}";
            return 1;
        }

        return int.Parse(_text.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private void SkipSeparators()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            var isStar = c == '*' && !(_pos + 1 < _text.Length && _text[_pos + 1] == '*');
            if (!(char.IsWhiteSpace(c) || c == '.' || c == '·' || isStar)) return;
            _pos++;
        }
    }

    private static bool IsSymbolChar(char c) => char.IsLetter(c) || c == '_' || c == '%' || c == '°';
}
