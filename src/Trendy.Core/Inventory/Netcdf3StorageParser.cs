using System.Buffers.Binary;
using System.Text;

namespace Trendy.Core.Inventory;

/// <summary>
/// Parses the header of a classic-format NetCDF file (CDF-1, CDF-2, CDF-5) from its first bytes, per the NetCDF classic
/// format specification (https://docs.unidata.ucar.edu/netcdf-c/current/file_format_specifications.html): magic,
/// numrecs, dimension list, global attributes, then each variable's name, dimension ids, attributes, type, vsize and
/// begin. Only the storage facts are kept; libnetcdf stays the reader of names, shapes and attributes, and the caller
/// checks the two agree before trusting an offset. Pure: bytes in, result out.
/// </summary>
public static class Netcdf3StorageParser
{
    private const int TagDimension = 0x0A;
    private const int TagVariable = 0x0B;
    private const int TagAttribute = 0x0C;

    /// <summary>numrecs of a file still being written ("streaming"); its record count must come from the file size.</summary>
    private const long Streaming = 0xFFFFFFFF;

    /// <summary>
    /// The storage layout, or a problem. <see cref="Netcdf3ParseResult.NeedsMoreBytes"/> is true when
    /// <paramref name="header"/> ended inside the header: read more of the file and parse again.
    /// </summary>
    public static Netcdf3ParseResult Parse(ReadOnlySpan<byte> header)
    {
        try
        {
            return Read(header);
        }
        catch (HeaderEndedException)
        {
            return new Netcdf3ParseResult(null, null, NeedsMoreBytes: true);
        }
        catch (InvalidDataException e)
        {
            return Problem(e.Message);
        }
    }

    private static Netcdf3ParseResult Read(ReadOnlySpan<byte> bytes)
    {
        var c = new Cursor(bytes);
        if (c.Byte() != 'C' || c.Byte() != 'D' || c.Byte() != 'F') return Problem("no CDF magic number");
        var version = c.Byte();
        var format = version switch { 1 => NcFormat.Classic, 2 => NcFormat.Offset64Bit, 5 => NcFormat.Cdf5, _ => NcFormat.Unknown };
        if (format == NcFormat.Unknown) return Problem($"CDF version {version} is not 1, 2 or 5");
        var cdf5 = format == NcFormat.Cdf5;
        var records = cdf5 ? c.Int64() : c.UInt32();
        if (records == Streaming && !cdf5) return Problem("record count is 'streaming' (file still being written)");

        var dimensionLengths = new List<long>();
        var recordDimension = -1L;
        var dimensions = c.ListCount(TagDimension, cdf5);
        for (var i = 0L; i < dimensions; i++)
        {
            c.Name(cdf5);
            var length = c.Count(cdf5);
            if (length == 0) recordDimension = i;
            dimensionLengths.Add(length);
        }

        c.SkipAttributes(cdf5);
        var variables = new List<Netcdf3VariableStorage>();
        var recordSize = 0L;
        var recordVariables = 0;
        var lastRecordBytes = 0L;
        var count = c.ListCount(TagVariable, cdf5);
        for (var i = 0L; i < count; i++)
        {
            var name = c.Name(cdf5);
            var rank = c.Count(cdf5);
            var ids = new long[rank];
            for (var d = 0; d < rank; d++) ids[d] = c.Count(cdf5);
            c.SkipAttributes(cdf5);
            var type = (NcType)c.UInt32();
            var vsize = c.Count(cdf5);
            var begin = format == NcFormat.Classic ? c.UInt32() : c.Int64();
            if (ids.Any(d => d < 0 || d >= dimensionLengths.Count)) return Problem($"variable '{name}' names a dimension id the header does not define");
            var isRecord = rank > 0 && ids[0] == recordDimension;
            if (isRecord)
            {
                recordSize += vsize;
                recordVariables++;
                lastRecordBytes = ids.Skip(1).Aggregate((long)TypeSize(type), (acc, d) => acc * dimensionLengths[(int)d]);
            }

            variables.Add(new Netcdf3VariableStorage(name, type, ids, isRecord, begin));
        }

        // With a single record variable the records are not padded to 4 bytes (classic format spec, note on vsize), so
        // the record size is that variable's exact per-record size rather than its (padded) vsize.
        return new Netcdf3ParseResult(new Netcdf3Storage(format, records, recordVariables == 1 ? lastRecordBytes : recordSize, variables), null, false);
    }

    private static Netcdf3ParseResult Problem(string problem) => new(null, problem, false);

    private sealed class HeaderEndedException : Exception;

    private ref struct Cursor(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int Byte() => Take(1)[0];

        public long UInt32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

        public long Int64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

        /// <summary>A NON_NEG count: 4 bytes, 8 in CDF-5.</summary>
        public long Count(bool cdf5) => cdf5 ? Int64() : UInt32();

        /// <summary>Element count of a tagged list; ABSENT is a zero tag and a zero count.</summary>
        public long ListCount(int tag, bool cdf5)
        {
            var found = UInt32();
            var n = Count(cdf5);
            if (found == 0 && n == 0) return 0;
            if (found != tag) throw new InvalidDataException($"list tag {found} where {tag} was expected");
            return n;
        }

        public string Name(bool cdf5)
        {
            var length = Count(cdf5);
            var text = Encoding.UTF8.GetString(Take(length));
            Take(Padding(length));
            return text;
        }

        public void SkipAttributes(bool cdf5)
        {
            var n = ListCount(TagAttribute, cdf5);
            for (var i = 0L; i < n; i++)
            {
                Name(cdf5);
                var size = TypeSize((NcType)UInt32());
                var values = Count(cdf5) * size;
                Take(values + Padding(values));
            }
        }

        private ReadOnlySpan<byte> Take(long n)
        {
            if (n < 0 || _at + n > _bytes.Length) throw new HeaderEndedException();
            var span = _bytes.Slice(_at, (int)n);
            _at += (int)n;
            return span;
        }

        private static long Padding(long n) => (4 - (n % 4)) % 4;
    }

    /// <summary>Bytes per value of a classic-format type; CDF-5 adds the unsigned and 64-bit ones.</summary>
    public static int TypeSize(NcType type) => type switch
    {
        NcType.Byte or NcType.UByte or NcType.Char => 1,
        NcType.Short or NcType.UShort => 2,
        NcType.Int or NcType.UInt or NcType.Float => 4,
        NcType.Double or NcType.Int64 or NcType.UInt64 => 8,
        _ => throw new InvalidDataException($"nc_type {(int)type} is not a classic-format type"),
    };
}

/// <summary>Outcome of <see cref="Netcdf3StorageParser.Parse"/>: the layout, a problem, or a request for more header bytes.</summary>
public sealed record Netcdf3ParseResult(Netcdf3Storage? Storage, string? Problem, bool NeedsMoreBytes);
