namespace Trendy.Native.Udunits;

/// <summary>
/// <c>ut_status</c> from udunits2.h (UDUNITS-2 2.2.x); the values are the C enum's, in order.
/// </summary>
internal enum UdunitsStatus
{
    Success = 0,
    BadArg,
    Exists,
    NoUnit,
    OS,
    NotSameSystem,
    Meaningless,
    NoSecond,
    VisitError,
    CantFormat,
    Syntax,
    Unknown,
    OpenArg,
    OpenEnv,
    OpenDefault,
    ParseError,
}
