using System.Runtime.InteropServices;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Writes the data variable one chunk (one time step) at a time through <see cref="Hdf5ChunkWriter"/> (docs/native-io.md §3,
/// prototype step 3). A slab is shuffled into one reused <see cref="ChunkCompressor"/> per step (so the caller can
/// refill its buffer at once), then deflated in parallel in the background while the caller reads and transforms the
/// next slab; its chunks are written in time order under the native lock when the next slab arrives or at
/// <see cref="Complete"/>, so the file layout never depends on thread timing. Memory: one shuffled and one compressed
/// copy of a slab.
/// </summary>
internal sealed class ChunkSlabWriter : IDisposable
{
    private readonly Hdf5ChunkWriter _writer;
    private readonly ChunkCompressor[] _compressors;
    private readonly byte[][] _passed;
    private readonly int[] _passedLength;
    private readonly long _perStep;
    private readonly int _rank;
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private Task? _pending;
    private int _pendingFirst;
    private int _pendingSteps;

    public ChunkSlabWriter(string path, string variable, int rank, long elementsPerStep, int stepsPerSlab, int deflateLevel, ChunkCodec codec)
    {
        _perStep = elementsPerStep;
        _rank = rank;
        _compressors = [.. Enumerable.Range(0, Math.Max(stepsPerSlab, 1)).Select(_ => new ChunkCompressor(deflateLevel, codec))];
        _passed = [.. _compressors.Select(_ => Array.Empty<byte>())];
        _passedLength = new int[_compressors.Length];
        _writer = Hdf5ChunkWriter.Open(path, variable);
    }

    /// <summary>The codec that deflates: ISA-L only at level 1 (<see cref="ChunkCompressor"/>), zlib-ng otherwise.</summary>
    public ChunkCodec Codec => _compressors[0].Codec;

    /// <summary>
    /// Takes steps firstStep … firstStep+steps-1 from <paramref name="values"/> (time, [level], lat, lon order); the
    /// buffer is free again when this returns. Chunks reach the file by the next call or <see cref="Complete"/>.
    /// A non-empty <paramref name="passThrough"/>[i] is step i already shuffled and deflated (see
    /// <see cref="PassThroughChunks"/>): it is copied and written as it is.
    /// </summary>
    public void WriteSlab<T>(int firstStep, int steps, T[] values, IReadOnlyList<ArraySegment<byte>>? passThrough = null)
        where T : unmanaged
    {
        if (steps > _compressors.Length) throw new ArgumentOutOfRangeException(nameof(steps), steps, "more steps than the slab was sized for");
        Complete();
        var size = Marshal.SizeOf<T>();
        var perStep = (int)_perStep;
        _ = Parallel.For(0, steps, _parallel, i =>
        {
            _passedLength[i] = passThrough is null ? 0 : passThrough[i].Count;
            if (_passedLength[i] == 0)
            {
                _compressors[i].Shuffle(MemoryMarshal.AsBytes(values.AsSpan(i * perStep, perStep)), size);
                return;
            }

            if (_passed[i].Length < _passedLength[i]) _passed[i] = new byte[_passedLength[i]];
            passThrough![i].AsSpan().CopyTo(_passed[i]);
        });
        _pendingFirst = firstStep;
        _pendingSteps = steps;
        _pending = Task.Run(() => Parallel.For(0, steps, _parallel, i =>
        {
            if (_passedLength[i] == 0) _compressors[i].Deflate();
        }));
    }

    /// <summary>Waits for the slab in flight and writes its chunks; rethrows a compression failure.</summary>
    public void Complete()
    {
        if (_pending is not { } pending) return;
        _pending = null;
        pending.GetAwaiter().GetResult();
        Span<long> offset = stackalloc long[_rank];
        for (var i = 0; i < _pendingSteps; i++)
        {
            offset[0] = _pendingFirst + i;
            _writer.WriteChunk(offset, _passedLength[i] > 0 ? _passed[i].AsSpan(0, _passedLength[i]) : _compressors[i].Result);
        }
    }

    /// <summary>Closes the file. A slab still in flight is awaited (its buffers are ours) but not written.</summary>
    public void Dispose()
    {
        try
        {
            _pending?.Wait();
        }
        catch (AggregateException)
        {
            // Disposal after a failure: the failure that matters was already thrown, or the output is discarded.
        }
        finally
        {
            _pending = null;
            _writer.Dispose();
        }
    }
}
