using System.Runtime.InteropServices;
using Trendy.Native.Hdf5;

namespace Trendy.Pipeline.Tests.Execution.Fakes;

/// <summary>Encodes and decodes one step as HDF5's shuffle + deflate pipeline stores it, with the tool's own managed codec.</summary>
internal static class StoredChunks
{
    public static byte[] Encode(ReadOnlySpan<double> step, bool asFloat)
    {
        var compressor = new ChunkCompressor(1);
        if (asFloat)
        {
            var floats = new float[step.Length];
            for (var i = 0; i < step.Length; i++) floats[i] = (float)step[i];
            compressor.Compress(MemoryMarshal.AsBytes(floats.AsSpan()), sizeof(float));
        }
        else
        {
            compressor.Compress(MemoryMarshal.AsBytes(step), sizeof(double));
        }

        return compressor.Result.ToArray();
    }

    public static double[] Decode(ReadOnlySpan<byte> stored, int elements, bool asFloat)
    {
        var size = asFloat ? sizeof(float) : sizeof(double);
        var plain = new byte[elements * size];
        var outcome = new ChunkInflater().Inflate(stored, plain, size, shuffled: true);
        if (!outcome.IsOk) throw new Xunit.Sdk.XunitException("stored chunk does not inflate: " + outcome.Problem);
        return asFloat ? [.. MemoryMarshal.Cast<byte, float>(plain).ToArray().Select(f => (double)f)] : MemoryMarshal.Cast<byte, double>(plain).ToArray();
    }
}
