using System.Runtime.InteropServices;

namespace Trendy.Native.Isal;

/// <summary>
/// <c>struct isal_zstream</c> of isa-l/igzip_lib.h (ISA-L 2.30, x86-64): every public field as declared, then
/// <c>struct isal_zstate internal_state</c>, which only the library reads, as an opaque block of its size. Offsets and
/// the total size are checked against the installed header by IsalLayoutTests (a C probe compiled with gcc).
/// Allocated in native memory (it is 82 KB), never on the stack.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IsalZStream
{
    /// <summary>sizeof(struct isal_zstate) in ISA-L 2.30.</summary>
    public const int InternalStateSize = 82320;

    public byte* NextIn;
    public uint AvailIn;
    public uint TotalIn;
    public byte* NextOut;
    public uint AvailOut;
    public uint TotalOut;
    public void* HuffTables;
    public uint Level;
    public uint LevelBufSize;
    public byte* LevelBuf;
    public ushort EndOfStream;
    public ushort Flush;
    public ushort GzipFlag;
    public ushort HistBits;
    public fixed byte InternalState[InternalStateSize];
}

/// <summary>
/// <c>struct inflate_state</c> of isa-l/igzip_lib.h (ISA-L 2.30, x86-64): the stream fields up to <c>hist_bits</c> as
/// declared; the Huffman tables between them and the overflow buffers after them, which only the library reads, as
/// opaque blocks of their sizes. Checked against the installed header like <see cref="IsalZStream"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IsalInflateState
{
    /// <summary>struct inflate_huff_code_large lit_huff_code + struct inflate_huff_code_small dist_huff_code.</summary>
    public const int HuffCodesSize = 21120;

    /// <summary>The union (type0_block_len/count/dict_id) through tmp_out_buffer, to the end of the struct.</summary>
    public const int TailSize = 66184;

    public byte* NextOut;
    public uint AvailOut;
    public uint TotalOut;
    public byte* NextIn;
    public ulong ReadIn;
    public uint AvailIn;
    public int ReadInLength;
    public fixed byte HuffCodes[HuffCodesSize];
    public int BlockState;
    public uint DictLength;
    public uint BFinal;
    public uint CrcFlag;
    public uint Crc;
    public uint HistBits;
    public fixed byte Tail[TailSize];
}
