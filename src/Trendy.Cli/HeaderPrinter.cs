using Trendy.Core.Inventory;

namespace Trendy.Cli;

/// <summary>Renders a header in an ncdump-like text form.</summary>
public static class HeaderPrinter
{
    public static void Print(DatasetHeader h, TextWriter w)
    {
        w.WriteLine($"{h.Path} ({h.Format}, {h.FileSize:N0} bytes)");
        w.WriteLine("dimensions:");
        foreach (var d in h.Dimensions) w.WriteLine($"    {d.Name} = {d.Length}{(d.IsUnlimited ? " ; // unlimited" : "")}");
        w.WriteLine("variables:");
        foreach (var v in h.Variables)
        {
            w.WriteLine($"    {v.Type.ToString().ToLowerInvariant()} {v.Name}({string.Join(", ", v.Dimensions)})");
            foreach (var a in v.Attributes) w.WriteLine($"        {v.Name}:{a.Name} = {a}");
        }

        foreach (var a in h.GlobalAttributes) w.WriteLine($"    :{a.Name} = {a}");
    }
}
