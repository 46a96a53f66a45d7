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

    /// <summary>
    /// The vectorised four-byte path (16 elements at a time) and the plain tail give the bytes of the filter's definition
    /// (output byte k·n + i is input byte i·s + k), for lengths below, at and past whole vectors, with a trailing partial element.
    /// </summary>
    [Theory]
    [InlineData(4, 15, 0)]
    [InlineData(4, 16, 0)]
    [InlineData(4, 33, 3)]
    [InlineData(4, 259_200, 0)]
    [InlineData(8, 35, 5)]
    public void Shuffle_AnyLength_MatchesTheDefinitionBothWays(int elementSize, int n, int trailing)
    {
        var source = new byte[(n * elementSize) + trailing];
        new Random(n).NextBytes(source);
        var expected = new byte[source.Length];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < elementSize; k++) expected[(k * n) + i] = source[(i * elementSize) + k];
        }

        source.AsSpan(n * elementSize).CopyTo(expected.AsSpan(n * elementSize));
        var shuffled = new byte[source.Length];
        var back = new byte[source.Length];

        ByteShuffle.Shuffle(source, shuffled, elementSize);
        ByteShuffle.Unshuffle(expected, back, elementSize);

        Assert.Equal(expected, shuffled);
        Assert.Equal(source, back);
    }
}
