using System.Runtime.InteropServices;
using Trendy.Native.Hdf5;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Writes the data variable one chunk (one time step) at a time through <see cref="Hdf5ChunkWriter"/>: the steps of a
/// slab are shuffled and deflated in parallel (one reused <see cref="ChunkCompressor"/> per step of the slab), then
/// written in time order under the native lock, so the file layout does not depend on thread timing. Memory is the
/// slab plus one compressed and one shuffled copy of it (native-io.md §3 prototype, step 3).
/// </summary>
internal sealed class ChunkSlabWriter : IDisposable
{
    private readonly Hdf5ChunkWriter _writer;
    private readonly ChunkCompressor[] _compressors;
    private readonly long _perStep;
    private readonly int _rank;
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public ChunkSlabWriter(string path, string variable, int rank, long elementsPerStep, int stepsPerSlab, int deflateLevel)
    {
        _perStep = elementsPerStep;
        _rank = rank;
        _compressors = [.. Enumerable.Range(0, Math.Max(stepsPerSlab, 1)).Select(_ => new ChunkCompressor(deflateLevel))];
        _writer = Hdf5ChunkWriter.Open(path, variable);
    }

    /// <summary>Writes steps firstStep … firstStep+steps-1 from <paramref name="values"/> (time, [level], lat, lon order).</summary>
    public void WriteSlab<T>(int firstStep, int steps, T[] values)
        where T : unmanaged
    {
        if (steps > _compressors.Length) throw new ArgumentOutOfRangeException(nameof(steps), steps, "more steps than the slab was sized for");
        var size = Marshal.SizeOf<T>();
        var perStep = (int)_perStep;
        _ = Parallel.For(0, steps, _parallel, i =>
        {
            var raw = MemoryMarshal.AsBytes(values.AsSpan(i * perStep, perStep));
            _compressors[i].Compress(raw, size);
        });

        Span<long> offset = stackalloc long[_rank];
        for (var i = 0; i < steps; i++)
        {
            offset[0] = firstStep + i;
            _writer.WriteChunk(offset, _compressors[i].Result);
        }
    }

    public void Dispose() => _writer.Dispose();
}
