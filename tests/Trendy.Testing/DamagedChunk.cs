using Trendy.Native.Hdf5;

namespace Trendy.Testing;

/// <summary>The ways one stored deflate chunk of a NetCDF4 file can be damaged (issue 7).</summary>
public enum ChunkDamage
{
    /// <summary>The first half of the real stored bytes: the stream ends early.</summary>
    Truncated,

    /// <summary>Bytes that are no zlib stream at all.</summary>
    Garbage,

    /// <summary>A valid stream of twice one time step: inflates to more than the chunk holds.</summary>
    TooLong,

    /// <summary>A valid stream of zero bytes: inflates to nothing.</summary>
    Empty,

    /// <summary>Garbage stored with filter mask 1 (the first filter declared skipped), so HDF5 itself must make sense of it.</summary>
    MaskedGarbage,
}

/// <summary>
/// Overwrites the stored chunk of one time step of a float variable chunked one step per chunk (shuffle + deflate)
/// with damaged bytes through H5Dwrite_chunk, so the file's index and every other chunk stay intact.
/// </summary>
public static class DamagedChunk
{
    public static string Apply(string path, string variable, int step, int rank, long elementsPerStep, ChunkDamage damage)
    {
        var offset = new long[rank];
        offset[0] = step;
        byte[] stored;
        using (var reader = Hdf5ChunkReader.Open(path, variable))
        {
            stored = new byte[reader.StorageSize(offset)];
            _ = reader.ReadChunk(offset, stored);
        }

        var garbage = new byte[Math.Max(64, stored.Length)];
        new Random(7).NextBytes(garbage);
        var compressor = new ChunkCompressor(1);
        var (bytes, mask) = damage switch
        {
            ChunkDamage.Truncated => (stored[..(stored.Length / 2)], 0u),
            ChunkDamage.Garbage => (garbage, 0u),
            ChunkDamage.TooLong => (Compressed(compressor, 2 * elementsPerStep * sizeof(float)), 0u),
            ChunkDamage.Empty => (EmptyZlibStream, 0u),
            ChunkDamage.MaskedGarbage => (garbage, 1u),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        using var writer = Hdf5ChunkWriter.Open(path, variable);
        writer.WriteChunk(offset, bytes, mask);
        return path;
    }

    /// <summary>A complete zlib stream of zero bytes (RFC 1950 header 78 01, an empty final fixed block, adler32 = 1).</summary>
    private static readonly byte[] EmptyZlibStream = [0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];

    /// <summary>
    /// Flips <paramref name="count"/> bytes at reproducible places inside the stored chunks of <paramref name="variable"/>
    /// (found by their bytes in the file), leaving HDF5's metadata alone: the damage a bad disk or transfer does to data.
    /// </summary>
    public static string FlipInsideChunks(string path, string variable, int steps, int rank, int seed, int count)
    {
        var chunks = new List<byte[]>();
        using (var reader = Hdf5ChunkReader.Open(path, variable))
        {
            var offset = new long[rank];
            for (var t = 0; t < steps; t++)
            {
                offset[0] = t;
                var stored = new byte[reader.StorageSize(offset)];
                _ = reader.ReadChunk(offset, stored);
                chunks.Add(stored);
            }
        }

        var bytes = File.ReadAllBytes(path);
        var places = chunks.Select(c => (At: bytes.AsSpan().IndexOf(c), c.Length)).ToList();
        if (places.Any(p => p.At < 0)) throw new InvalidOperationException($"{path}: a stored chunk was not found in the file");
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (at, length) = places[random.Next(places.Count)];
            bytes[at + random.Next(length)] ^= (byte)(1 + random.Next(255));
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Compressed(ChunkCompressor compressor, long bytes)
    {
        compressor.Compress(new byte[bytes], sizeof(float));
        return compressor.Result.ToArray();
    }
}
