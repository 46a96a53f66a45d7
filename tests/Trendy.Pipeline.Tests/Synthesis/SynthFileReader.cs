using System.IO.Compression;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Inspection;

namespace Trendy.Pipeline.Tests.Synthesis;

/// <summary>Opens synthetic files the way a converter would: header through the inspector, then every data value.</summary>
internal static class SynthFileReader
{
    /// <summary>A readable path: the file itself, or a decompressed copy of a .nc.gz next to <paramref name="scratch"/>.</summary>
    public static string Readable(string path, string scratch)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return path;
        var target = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path));
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = File.Create(target);
        input.CopyTo(output);
        return target;
    }

    public static DatasetHeader Header(string path) => Inspector.Inspect(path).Header;

    public static float[] ReadAll(string path, string variable)
    {
        using var f = NcFile.OpenRead(path);
        var v = f.ReadHeader().VariableIgnoreCase(variable) ?? throw new InvalidOperationException($"{path}: no variable {variable}");
        var values = new float[v.ElementCount];
        f.Read(v.Name, new long[v.Rank], v.Shape.ToArray(), values);
        return values;
    }

    /// <summary>Opens the file and reads every variable in full; throws on any failure.</summary>
    public static void ReadEverything(string path)
    {
        using var f = NcFile.OpenRead(path);
        var header = f.ReadHeader();
        foreach (var v in header.Variables)
        {
            var buffer = new double[v.ElementCount];
            f.Read(v.Name, new long[v.Rank], v.Shape.ToArray(), buffer);
        }
    }
}
