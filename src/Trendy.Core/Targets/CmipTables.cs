using Trendy.Core.Cf.Time;

namespace Trendy.Core.Targets;

/// <summary>
/// The CMIP6 tables holding a variable at each frequency (variables.csv table_day, table_mon, table_yr, table_fx;
/// the CMIP6 data request tables, https://github.com/PCMDI/cmip6-cmor-tables). Empty strings where CMIP6 has none.
/// </summary>
public sealed record CmipTables(string Day, string Mon, string Yr, string Fx)
{
    /// <summary>The table for a decoded time step; empty when CMIP6 has the variable at no such frequency.</summary>
    public string For(TimeFrequency frequency) => frequency switch
    {
        TimeFrequency.Daily => Day,
        TimeFrequency.Monthly => Mon,
        TimeFrequency.Annual => Yr,
        _ => "",
    };

    /// <summary>Every non-empty table, day to fx.</summary>
    public IEnumerable<string> All => new[] { Day, Mon, Yr, Fx }.Where(t => t.Length > 0);
}
