using Trendy.Native.Hdf5;

namespace Trendy.Native.Tests.Hdf5;

public sealed class ByteShuffleTests
{
    [Fact]
    public void Shuffle_FourByteElements_GroupsBytePlanesAsHdf5Does()
    {
        byte[] source = [0x10, 0x11, 0x12, 0x13, 0x20, 0x21, 0x22, 0x23, 0x30, 0x31, 0x32, 0x33];
        var shuffled = new byte[12];

        ByteShuffle.Shuffle(source, shuffled, 4);

        Assert.Equal([0x10, 0x20, 0x30, 0x11, 0x21, 0x31, 0x12, 0x22, 0x32, 0x13, 0x23, 0x33], shuffled);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Unshuffle_AfterShuffle_RestoresEveryByte(int elementSize)
    {
        var source = new byte[(elementSize * 37) + (elementSize > 1 ? 1 : 0)];
        new Random(7).NextBytes(source);
        var shuffled = new byte[source.Length];
        var back = new byte[source.Length];

        ByteShuffle.Shuffle(source, shuffled, elementSize);
        ByteShuffle.Unshuffle(shuffled, back, elementSize);

        Assert.Equal(source, back);
    }
}
