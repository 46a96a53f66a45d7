using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Testing;

/// <summary>
/// A NetCDF4 file `v(time, x)` chunked one step per chunk (shuffle + deflate, fill 1e20) in which only some
/// steps were ever written: the other chunks are never allocated, as in an interrupted model run.
/// </summary>
public static class SparseChunkFile
{
    public static string Write(string path, int steps, int width, IReadOnlyDictionary<int, float[]> writtenSteps)
    {
        using var f = NcFile.Create(path, NcCreateFormat.NetCdf4);
        f.DefineDimension("time", steps);
        f.DefineDimension("x", width);
        f.DefineVariable("v", NcType.Float, ["time", "x"]);
        f.SetChunking("v", [1, width]);
        f.SetCompression("v", 1, shuffle: true);
        f.SetFill("v", 1e20);
        f.EndDefine();
        foreach (var (step, values) in writtenSteps) f.Write<float>("v", [step, 0], [1, width], values);
        return path;
    }
}
