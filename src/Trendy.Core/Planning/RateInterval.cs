namespace Trendy.Core.Planning;

/// <summary>
/// A calendar denominator removed from a unit before UDUNITS sees it, because UDUNITS' `month` is a mean
/// 30.44 days and `year` 365.24 days (ilamb-contract.md §1.8 caveat): the executor divides by the real
/// length of that month or year in the file's calendar instead.
/// </summary>
public enum RateInterval
{
    None,
    Month,
    Year,
}
