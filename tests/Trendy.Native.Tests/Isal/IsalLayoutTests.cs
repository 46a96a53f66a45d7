using System.Diagnostics;
using Trendy.Native.Isal;
using Trendy.Testing;

namespace Trendy.Native.Tests.Isal;

/// <summary>
/// The managed declarations of ISA-L's isal_zstream and inflate_state against the installed igzip_lib.h: a C probe
/// compiled with gcc prints sizeof and offsetof of every field we declare, and each must equal ours. Needs gcc and
/// libisal-dev, which `make test` installs.
/// </summary>
public sealed unsafe class IsalLayoutTests
{
    private const string Probe = """
        #include <stdio.h>
        #include <stddef.h>
        #include <isa-l/igzip_lib.h>
        #define Z(f) printf("zstream." #f " %zu\n", offsetof(struct isal_zstream, f))
        #define I(f) printf("inflate." #f " %zu\n", offsetof(struct inflate_state, f))
        int main(void) {
            printf("zstream.size %zu\n", sizeof(struct isal_zstream));
            printf("inflate.size %zu\n", sizeof(struct inflate_state));
            Z(next_in); Z(avail_in); Z(total_in); Z(next_out); Z(avail_out); Z(total_out); Z(hufftables); Z(level);
            Z(level_buf_size); Z(level_buf); Z(end_of_stream); Z(flush); Z(gzip_flag); Z(hist_bits); Z(internal_state);
            I(next_out); I(avail_out); I(total_out); I(next_in); I(read_in); I(avail_in); I(read_in_length);
            I(lit_huff_code); I(block_state); I(dict_length); I(bfinal); I(crc_flag); I(crc); I(hist_bits); I(type0_block_len);
            printf("const.IGZIP_ZLIB %d\nconst.ISAL_ZLIB %d\nconst.ISAL_DEF_LVL1_DEFAULT %d\nconst.ISAL_OUT_OVERFLOW %d\nconst.STATELESS_OVERFLOW %d\n",
                IGZIP_ZLIB, ISAL_ZLIB, ISAL_DEF_LVL1_DEFAULT, ISAL_OUT_OVERFLOW, STATELESS_OVERFLOW);
            return 0;
        }
        """;

    [Fact]
    public void Structs_MatchInstalledHeader()
    {
        var c = Compiled();
        IsalZStream z = default;
        var zb = (byte*)&z;
        Assert.Equal(c["zstream.size"], sizeof(IsalZStream));
        Assert.Equal(c["zstream.next_in"], (byte*)&z.NextIn - zb);
        Assert.Equal(c["zstream.avail_in"], (byte*)&z.AvailIn - zb);
        Assert.Equal(c["zstream.total_in"], (byte*)&z.TotalIn - zb);
        Assert.Equal(c["zstream.next_out"], (byte*)&z.NextOut - zb);
        Assert.Equal(c["zstream.avail_out"], (byte*)&z.AvailOut - zb);
        Assert.Equal(c["zstream.total_out"], (byte*)&z.TotalOut - zb);
        Assert.Equal(c["zstream.hufftables"], (byte*)&z.HuffTables - zb);
        Assert.Equal(c["zstream.level"], (byte*)&z.Level - zb);
        Assert.Equal(c["zstream.level_buf_size"], (byte*)&z.LevelBufSize - zb);
        Assert.Equal(c["zstream.level_buf"], (byte*)&z.LevelBuf - zb);
        Assert.Equal(c["zstream.end_of_stream"], (byte*)&z.EndOfStream - zb);
        Assert.Equal(c["zstream.flush"], (byte*)&z.Flush - zb);
        Assert.Equal(c["zstream.gzip_flag"], (byte*)&z.GzipFlag - zb);
        Assert.Equal(c["zstream.hist_bits"], (byte*)&z.HistBits - zb);
        Assert.Equal(c["zstream.internal_state"], z.InternalState - zb);

        IsalInflateState s = default;
        var sb = (byte*)&s;
        Assert.Equal(c["inflate.size"], sizeof(IsalInflateState));
        Assert.Equal(c["inflate.next_out"], (byte*)&s.NextOut - sb);
        Assert.Equal(c["inflate.avail_out"], (byte*)&s.AvailOut - sb);
        Assert.Equal(c["inflate.total_out"], (byte*)&s.TotalOut - sb);
        Assert.Equal(c["inflate.next_in"], (byte*)&s.NextIn - sb);
        Assert.Equal(c["inflate.read_in"], (byte*)&s.ReadIn - sb);
        Assert.Equal(c["inflate.avail_in"], (byte*)&s.AvailIn - sb);
        Assert.Equal(c["inflate.read_in_length"], (byte*)&s.ReadInLength - sb);
        Assert.Equal(c["inflate.lit_huff_code"], s.HuffCodes - sb);
        Assert.Equal(c["inflate.block_state"], (byte*)&s.BlockState - sb);
        Assert.Equal(c["inflate.dict_length"], (byte*)&s.DictLength - sb);
        Assert.Equal(c["inflate.bfinal"], (byte*)&s.BFinal - sb);
        Assert.Equal(c["inflate.crc_flag"], (byte*)&s.CrcFlag - sb);
        Assert.Equal(c["inflate.crc"], (byte*)&s.Crc - sb);
        Assert.Equal(c["inflate.hist_bits"], (byte*)&s.HistBits - sb);
        Assert.Equal(c["inflate.type0_block_len"], s.Tail - sb);

        Assert.Equal(IsalNative.ZlibWrapper, c["const.IGZIP_ZLIB"]);
        Assert.Equal(IsalNative.ZlibWrapper, c["const.ISAL_ZLIB"]);
        Assert.Equal(IsalNative.Level1BufferSize, c["const.ISAL_DEF_LVL1_DEFAULT"]);
        Assert.Equal(IsalNative.OutOverflow, c["const.ISAL_OUT_OVERFLOW"]);
        Assert.Equal(IsalNative.StatelessOverflow, c["const.STATELESS_OVERFLOW"]);
    }

    /// <summary>Compiles and runs the probe; fails naming what to install when gcc or the header is missing.</summary>
    private static Dictionary<string, long> Compiled()
    {
        using var dir = new TempDir();
        var source = dir.File("probe.c");
        var exe = dir.File("probe");
        File.WriteAllText(source, Probe);
        var (gccExit, gccOut) = Run("gcc", ["-o", exe, source]);
        Assert.True(gccExit == 0, $"gcc could not build the ISA-L layout probe (install gcc and libisal-dev; make test does): {gccOut}");
        var (exit, output) = Run(exe, []);
        Assert.Equal(0, exit);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (int Exit, string Output) Run(string file, string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stdout = p.StandardOutput.ReadToEnd();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout + stderr);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
