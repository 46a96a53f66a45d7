using Trendy.Core.Planning;

namespace Trendy.Cli;

/// <summary>Shows what will be done to a file and why: as text for people (JSON goes through JsonOutput).</summary>
public static class PlanPrinter
{
    public static void PrintText(PlanSummary s, TextWriter w)
    {
        w.WriteLine($"{s.File}");
        w.WriteLine($"  status      {s.Status} [{s.Code}]{(s.Reason is null ? "" : ": " + s.Reason)}");
        w.WriteLine($"  model       {s.Model}   simulation {s.Simulation}   variable {s.Variable}");
        if (s.Output is { } o)
        {
            w.WriteLine($"  source      {o.SourceVariable} ({string.Join(", ", o.Axes)})");
            w.WriteLine($"  time        {o.Steps} {o.Frequency} steps {o.First} .. {o.Last}, calendar {o.Calendar}, rule {o.TimeRule}");
            w.WriteLine($"  grid        {o.Grid}");
            if (o.Level is not null) w.WriteLine($"  level       {o.Level}");
            w.WriteLine($"  values      {o.Values}");
            w.WriteLine($"  units       '{o.SourceUnits}' → '{o.TargetUnits}'");
            w.WriteLine($"  output      {o.Path}");
            var io = o.Io;
            w.WriteLine($"  read        {(io.Read == ReadPath.DirectChunk ? $"direct chunks, {io.Codec.Name()}" : "nc_get_vara")}: {io.ReadReason}");
            w.WriteLine($"  write       {(io.Write == WritePath.DirectChunk ? $"direct chunks, {io.WriteCodec.Name()}" : "nc_put_vara")}, {io.Format} deflate {io.DeflateLevel}: {io.WriteReason}");
            w.WriteLine($"  passthrough {(io.PassThrough ? "yes" : "no")}: {io.PassThroughReason}");
            w.WriteLine($"  rules       {string.Join(", ", o.Rules)}");
            w.WriteLine($"  fixes       {(o.Fixes.Count == 0 ? "none" : string.Join("; ", o.Fixes))}");
        }

        foreach (var d in s.Diagnostics) w.WriteLine($"  {d}");
    }
}
