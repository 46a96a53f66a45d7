namespace Trendy.Native.Udunits;

/// <summary>Turns a <see cref="UdunitsStatus"/> into the words a user reads (meanings from udunits2.h).</summary>
internal static class UdunitsStatusText
{
    public static string Describe(this UdunitsStatus status) => status switch
    {
        UdunitsStatus.Success => "no status reported (UT_SUCCESS)",
        UdunitsStatus.BadArg => "an argument violates the function's contract (UT_BAD_ARG)",
        UdunitsStatus.Exists => "unit, prefix or identifier already exists (UT_EXISTS)",
        UdunitsStatus.NoUnit => "no such unit exists (UT_NO_UNIT)",
        UdunitsStatus.OS => "operating-system error (UT_OS)",
        UdunitsStatus.NotSameSystem => "the units belong to different unit systems (UT_NOT_SAME_SYSTEM)",
        UdunitsStatus.Meaningless => "the units are not convertible (UT_MEANINGLESS)",
        UdunitsStatus.NoSecond => "the unit system has no unit named \"second\" (UT_NO_SECOND)",
        UdunitsStatus.VisitError => "error while visiting a unit (UT_VISIT_ERROR)",
        UdunitsStatus.CantFormat => "the unit cannot be formatted (UT_CANT_FORMAT)",
        UdunitsStatus.Syntax => "syntax error in the units string (UT_SYNTAX)",
        UdunitsStatus.Unknown => "unknown word in the units string (UT_UNKNOWN)",
        UdunitsStatus.OpenArg => "cannot open the given units database (UT_OPEN_ARG)",
        UdunitsStatus.OpenEnv => "cannot open the database named by UDUNITS2_XML_PATH (UT_OPEN_ENV)",
        UdunitsStatus.OpenDefault => "cannot open the installed default units database (UT_OPEN_DEFAULT)",
        UdunitsStatus.ParseError => "error parsing the units database (UT_PARSE)",
        _ => $"unknown UDUNITS status {(int)status}",
    };
}
