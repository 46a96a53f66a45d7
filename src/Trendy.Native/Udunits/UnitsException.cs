using Trendy.Core;

namespace Trendy.Native.Udunits;

/// <summary>
/// A fault in UDUNITS-2: library or database missing, a string it cannot parse, two units it cannot
/// convert. The message names the strings involved and what UDUNITS said, so it can be shown as is.
/// </summary>
/// <remarks>
/// Data problems found while planning are <c>Diagnostic</c>s, not exceptions (docs/architecture.md, Habits);
/// <see cref="UdunitsConverter"/> turns this exception into the error text a diagnostic carries.
/// </remarks>
public sealed class UnitsException : TrendyException
{
    public UnitsException(string message)
        : base(message)
    {
    }

    public UnitsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
