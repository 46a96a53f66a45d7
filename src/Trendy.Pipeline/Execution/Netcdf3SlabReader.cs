using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Reads slabs of whole time steps of a classic-format (NetCDF3) source variable with one large positioned read per
/// slab, then swaps the big-endian values and widens them to double on all cores (docs/performance.md, "NetCDF3
/// inputs"). libnetcdf reads a record variable one record at a time and converts each value under the process-wide
/// native lock, so on a NetCDF3 input the read was a serial part of every slab; here the file read is one system call
/// and the conversion is parallel. The offsets come from the file's own header (<see cref="Netcdf3StorageParser"/>) and are used only when that
/// header agrees with libnetcdf's on the variable's type and dimensions and on the record count; otherwise
/// <see cref="Open(NcFile, string)"/> gives null and the conversion reads through nc_get_vara as before. Values are bit for bit what
/// nc_get_vara_double returns (the same big-endian bytes, the same exact widening; no unpacking here).
/// </summary>
internal sealed class Netcdf3SlabReader : IDisposable
{
    public const string Rule = "read:netcdf3-contiguous";

    /// <summary>A header larger than this is not worth parsing for speed; such a file reads through libnetcdf.</summary>
    private const int MaxHeaderBytes = 64 * 1024 * 1024;

    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private readonly string _variable;
    private readonly Netcdf3Storage _storage;
    private readonly Netcdf3VariableStorage _stored;
    private readonly NcType _type;
    private readonly int _valueSize;
    private readonly long _perStep;
    private readonly long _stepBytes;
    private readonly long _stride;
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private byte[] _buffer = [];

    private Netcdf3SlabReader(SafeFileHandle handle, string path, string variable, Netcdf3Storage storage, Netcdf3VariableStorage stored, long perStep)
    {
        _handle = handle;
        _path = path;
        _variable = variable;
        _storage = storage;
        _stored = stored;
        _type = stored.Type;
        _valueSize = Netcdf3StorageParser.TypeSize(_type);
        _perStep = perStep;
        _stepBytes = perStep * _valueSize;
        _stride = storage.Stride(stored, _stepBytes);
    }

    /// <summary>
    /// A reader when the source is a classic-format file whose variable has time outermost, a type this reader converts
    /// exactly (short, int, float, double), and a header whose storage facts match libnetcdf's view; else null.
    /// </summary>
    public static Netcdf3SlabReader? Open(NcFile input, ConversionPlan plan)
    {
        if (ReadPath.Override.Value == false || (ReadPath.Override.Value is null && ReadPath.DisabledByEnvironment.Value)) return null;
        return plan.SourceAxes.First(a => a.Role == AxisRole.Time).Position == 0 ? Open(input, plan.SourceVariable) : null;
    }

    /// <summary>A reader of <paramref name="variable"/>, whose first dimension is taken as time, or null (see the other overload).</summary>
    public static Netcdf3SlabReader? Open(NcFile input, string variable)
    {
        if (input.Format is not (NcFormat.Classic or NcFormat.Offset64Bit or NcFormat.Cdf5)) return null;
        var header = input.ReadHeader();
        var v = header.Variable(variable);
        if (v is null || v.Type is not (NcType.Short or NcType.Int or NcType.Float or NcType.Double) || v.Rank < 2) return null;
        var handle = File.OpenHandle(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        try
        {
            var storage = ReadStorage(handle);
            var stored = storage?.Variable(v.Name);
            if (storage is null || stored is null || !Agrees(header, v, storage, stored))
            {
                handle.Dispose();
                return null;
            }

            var perStep = v.Shape.Skip(1).Aggregate(1L, (acc, n) => acc * n);
            return new Netcdf3SlabReader(handle, input.Path, v.Name, storage, stored, perStep);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Fills destination[0 .. steps·perStep) with steps firstStep … in source order, as doubles.</summary>
    public void Read(int firstStep, int steps, double[] destination)
    {
        // One read spans the slab's records when the other record variables' bytes in between are small next to a
        // gridded step (the usual time, time_bnds beside one data variable); otherwise one read per step.
        var together = _stride <= 2 * _stepBytes;
        var step = together ? _stride : _stepBytes;
        var need = ((steps - 1) * step) + _stepBytes;
        if (_buffer.Length < need) _buffer = new byte[need];
        if (together)
        {
            Fill(_buffer.AsSpan(0, (int)need), _storage.Offset(_stored, firstStep, _stepBytes), firstStep);
        }
        else
        {
            for (var i = 0; i < steps; i++) Fill(_buffer.AsSpan((int)(i * step), (int)_stepBytes), _storage.Offset(_stored, firstStep + i, _stepBytes), firstStep + i);
        }

        var perStep = (int)_perStep;
        _ = Parallel.For(0, steps, _parallel, i =>
            Widen(_buffer.AsSpan((int)(i * step), (int)_stepBytes), destination.AsSpan(i * perStep, perStep)));
    }

    /// <summary>Reads target.Length bytes at <paramref name="offset"/>; a file that ends first is a truncated input.</summary>
    private void Fill(Span<byte> target, long offset, int firstStep)
    {
        var done = 0;
        while (done < target.Length)
        {
            var got = RandomAccess.Read(_handle, target[done..], offset + done);
            if (got == 0)
            {
                var step = firstStep + (int)(done / _stride);
                throw CorruptInputException.At(_path, _variable, step,
                    $"the file ends at byte {offset + done:N0}, before the end of time step {step} at byte {_storage.Offset(_stored, step, _stepBytes) + _stepBytes:N0} (truncated file)");
            }

            done += got;
        }
    }

    /// <summary>Big-endian stored values of one step → native doubles, in place in the read buffer, then widened.</summary>
    private void Widen(Span<byte> stored, Span<double> target)
    {
        switch (_type)
        {
            case NcType.Double:
                var longs = MemoryMarshal.Cast<byte, long>(stored);
                BinaryPrimitives.ReverseEndianness(longs, MemoryMarshal.Cast<double, long>(target));
                break;
            case NcType.Float:
                var floats = MemoryMarshal.Cast<byte, int>(stored);
                BinaryPrimitives.ReverseEndianness(floats, floats);
                var f = MemoryMarshal.Cast<int, float>(floats);
                for (var k = 0; k < f.Length; k++) target[k] = f[k];
                break;
            case NcType.Int:
                var ints = MemoryMarshal.Cast<byte, int>(stored);
                BinaryPrimitives.ReverseEndianness(ints, ints);
                for (var k = 0; k < ints.Length; k++) target[k] = ints[k];
                break;
            default:
                var shorts = MemoryMarshal.Cast<byte, short>(stored);
                BinaryPrimitives.ReverseEndianness(shorts, shorts);
                for (var k = 0; k < shorts.Length; k++) target[k] = shorts[k];
                break;
        }
    }

    /// <summary>The header's storage facts, reading more of the file while the header runs past what was read.</summary>
    private static Netcdf3Storage? ReadStorage(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        for (var size = (int)Math.Min(length, 64 * 1024); ; size = (int)Math.Min(Math.Min(length, MaxHeaderBytes), size * 4L))
        {
            var bytes = new byte[size];
            var got = 0;
            while (got < size)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(got), got);
                if (n == 0) break;
                got += n;
            }

            var parsed = Netcdf3StorageParser.Parse(bytes.AsSpan(0, got));
            if (!parsed.NeedsMoreBytes) return parsed.Storage;
            if (got >= length || size >= MaxHeaderBytes) return null;
        }
    }

    /// <summary>The parsed header and libnetcdf's agree on what matters for the offsets.</summary>
    private static bool Agrees(DatasetHeader header, VariableInfo v, Netcdf3Storage storage, Netcdf3VariableStorage stored)
    {
        if (stored.Type != v.Type || stored.DimensionIds.Count != v.Rank) return false;
        var record = header.Dimensions.FirstOrDefault(d => d.IsUnlimited);
        var isRecord = record is not null && v.Dimensions[0] == record.Name;
        if (stored.IsRecord != isRecord) return false;
        if (isRecord && (storage.RecordCount != record!.Length || storage.RecordSize <= 0)) return false;
        for (var d = 0; d < v.Rank; d++)
        {
            var id = (int)stored.DimensionIds[d];
            if (id >= header.Dimensions.Count || header.Dimensions[id].Name != v.Dimensions[d]) return false;
        }

        return stored.Begin > 0 && (!isRecord || storage.RecordSize >= v.Shape.Skip(1).Aggregate((long)Netcdf3StorageParser.TypeSize(v.Type), (acc, n) => acc * n));
    }

    public void Dispose() => _handle.Dispose();
}
