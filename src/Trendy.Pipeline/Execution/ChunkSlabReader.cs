using System.Runtime.InteropServices;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Reads slabs of whole time steps of a source variable whose chunks are single time steps (<see cref="ReadPath.DirectChunk"/>):
/// the stored chunks are fetched under the native lock with H5Dread_chunk, then inflated, unshuffled and widened to
/// double in parallel with the plan's codec (ISA-L or zlib-ng, <see cref="IoPlan.Codec"/>; docs/native-io.md §3, prototype
/// step 3). The variable's shape comes from the plan, so the header is never read again here. A chunk that was never written, or whose filter mask is not 0, is read through nc_get_vara instead, so fill
/// values come out exactly as libnetcdf gives them and HDF5 itself undoes whichever filters were applied (lossless, so
/// such a file still converts). A chunk that does not inflate, inflates to more or fewer bytes than one time step, is
/// far longer than any deflate stream of one step can be, or that HDF5 cannot read, fails the file with a
/// <see cref="CorruptInputException"/> naming the variable and the time step: the codec's outcome is collected per step
/// and raised after the parallel loop, so nothing escapes it as anything else (docs/codes.md).
/// </summary>
internal sealed class ChunkSlabReader : IDisposable
{
    private readonly NcFile _input;
    private readonly string _variable;
    private readonly Hdf5ChunkReader _reader;
    private readonly bool _shuffled;
    private readonly bool _isFloat;
    private readonly long _perStep;
    private readonly int _rank;
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private readonly byte[][] _stored;
    private readonly int[] _storedLength;
    private readonly byte[][] _plain;
    private readonly ChunkInflater[] _inflaters;
    private readonly InflateOutcome[] _outcomes;
    private readonly long _maxStored;
    private readonly long[] _shape;

    /// <summary>Sized for slabs of up to stepsPerSlab steps of a variable of the given full shape (time first, from the plan).</summary>
    public ChunkSlabReader(NcFile input, string variable, bool shuffled, bool isFloat, IReadOnlyList<long> shape, int stepsPerSlab,
        ChunkCodec codec)
    {
        _input = input;
        _variable = variable;
        _shuffled = shuffled;
        _isFloat = isFloat;
        _shape = [.. shape];
        _rank = _shape.Length;
        var elementsPerStep = _shape.Skip(1).Aggregate(1L, (a, b) => a * b);
        _perStep = elementsPerStep;
        var n = Math.Max(stepsPerSlab, 1);
        _stored = new byte[n][];
        _storedLength = new int[n];
        _plain = new byte[n][];
        _inflaters = new ChunkInflater[n];
        _outcomes = new InflateOutcome[n];
        // zlib's worst case for incompressible data is the input plus 5 bytes per 16 KiB block plus a header
        // (RFC 1950/1951 stored blocks); twice the plain size leaves room for any real encoder.
        _maxStored = (2 * elementsPerStep * (isFloat ? sizeof(float) : sizeof(double))) + 1024;
        for (var i = 0; i < n; i++)
        {
            _stored[i] = [];
            _plain[i] = isFloat ? new byte[elementsPerStep * sizeof(float)] : [];
            _inflaters[i] = new ChunkInflater(codec);
        }

        _reader = Hdf5ChunkReader.Open(input.Path, variable);
        Codec = codec;
    }

    public ChunkCodec Codec { get; }

    /// <summary>Whether the source chunks went through HDF5's shuffle filter before deflate.</summary>
    public bool Shuffled => _shuffled;

    /// <summary>
    /// The stored (still shuffled and deflated) bytes of slab step <paramref name="step"/> of the last <see cref="Read"/>,
    /// or an empty segment when that step was read through libnetcdf. Valid until the next <see cref="Read"/>.
    /// </summary>
    public ArraySegment<byte> StoredChunk(int step) =>
        _storedLength[step] > 0 ? new ArraySegment<byte>(_stored[step], 0, _storedLength[step]) : default;

    /// <summary>Fills destination[0 .. steps·perStep) with steps firstStep … in source order, as doubles.</summary>
    public void Read(int firstStep, int steps, double[] destination)
    {
        if (steps > _stored.Length) throw new ArgumentOutOfRangeException(nameof(steps), steps, "more steps than the slab was sized for");
        Span<long> offset = stackalloc long[_rank];
        for (var i = 0; i < steps; i++)
        {
            offset[0] = firstStep + i;
            var size = _reader.StorageSize(offset);
            _storedLength[i] = -1;
            if (size <= 0) continue;
            if (size > _maxStored) throw Corrupt(firstStep + i, $"stored chunk of {size:N0} bytes, longer than any deflate stream of one time step ({_maxStored:N0} bytes at most)");
            if (_stored[i].Length < size) _stored[i] = new byte[size];
            uint mask;
            try
            {
                mask = _reader.ReadChunk(offset, _stored[i]);
            }
            catch (Hdf5Exception e)
            {
                throw Corrupt(firstStep + i, "HDF5 cannot read the stored chunk", e);
            }

            if (mask == 0) _storedLength[i] = (int)size;
        }

        var perStep = (int)_perStep;
        _ = Parallel.For(0, steps, _parallel, i =>
        {
            _outcomes[i] = InflateOutcome.Ok;
            if (_storedLength[i] < 0) return;
            var target = destination.AsSpan(i * perStep, perStep);
            var stored = _stored[i].AsSpan(0, _storedLength[i]);
            if (!_isFloat)
            {
                _outcomes[i] = _inflaters[i].Inflate(stored, MemoryMarshal.AsBytes(target), sizeof(double), _shuffled);
                return;
            }

            _outcomes[i] = _inflaters[i].Inflate(stored, _plain[i], sizeof(float), _shuffled);
            if (!_outcomes[i].IsOk) return;
            var floats = MemoryMarshal.Cast<byte, float>(_plain[i].AsSpan());
            for (var k = 0; k < floats.Length; k++) target[k] = floats[k];
        });

        for (var i = 0; i < steps; i++)
        {
            if (_outcomes[i].Problem is { } problem) throw Corrupt(firstStep + i, problem);
        }

        for (var i = 0; i < steps; i++)
        {
            if (_storedLength[i] >= 0) continue;
            var start = new long[_rank];
            var count = new long[_rank];
            start[0] = firstStep + i;
            count[0] = 1;
            for (var d = 1; d < _rank; d++) count[d] = _shape[d];
            try
            {
                _input.Read(_variable, start, count, destination.AsSpan(i * perStep, perStep));
            }
            catch (NcException e)
            {
                throw Corrupt(firstStep + i, $"libnetcdf cannot read the chunk: {e.Reason}", e);
            }
        }
    }

    private CorruptInputException Corrupt(int step, string problem, Exception? inner = null) =>
        CorruptInputException.At(_input.Path, _variable, step, problem, inner);

    public void Dispose() => _reader.Dispose();
}
