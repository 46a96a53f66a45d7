using Trendy.Native.Udunits;

namespace Trendy.Native.Tests.Udunits;

[CollectionDefinition(nameof(UnitHandleLeakTests), DisableParallelization = true)]
public sealed class UnitHandleLeakCollection;

/// <summary>Runs alone: <c>UnitHandle.Live</c> is process-wide and other tests parse units too.</summary>
[Collection(nameof(UnitHandleLeakTests))]
public sealed class UnitHandleLeakTests
{
    [Fact]
    public void Conversions_SucceedingAndFailing_FreeEveryParsedUnit()
    {
        var before = UnitHandle.Live;

        for (var i = 0; i < 500; i++)
        {
            UnitSystem.Default.GetConversion("g m-2 d-1", "kg m-2 s-1");
            Assert.Throws<UnitsException>(() => UnitSystem.Default.GetConversion("kg m-2", "K"));
            Assert.Throws<UnitsException>(() => UnitSystem.Default.Parse("kg m-2 frobs-1"));
        }

        Assert.Equal(before, UnitHandle.Live);
    }
}
