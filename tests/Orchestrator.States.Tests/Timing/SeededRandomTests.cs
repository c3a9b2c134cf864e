using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Timing;

public class SeededRandomTests
{
    [Fact]
    public void NextUInt64_SeedZero_MatchesSplitMix64ReferenceOutput()
    {
        // Reference values of SplitMix64 seeded with 0, from Vigna's splitmix64.c
        // (prng.di.unimi.it), as quoted by many ports' test vectors.
        var random = new SeededRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void SameSeed_SameSequence_DifferentSeed_DifferentSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        var c = new SeededRandom(43);

        var first = Enumerable.Range(0, 100).Select(_ => a.NextDouble()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextDouble()));
        Assert.NotEqual(first, Enumerable.Range(0, 100).Select(_ => c.NextDouble()));
    }

    [Fact]
    public void NextDouble_StaysInUnitInterval()
    {
        var random = new SeededRandom(7);

        Assert.All(Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()), d => Assert.InRange(d, 0.0, 0.9999999999999999));
    }

    [Fact]
    public void Next_EmptyRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeededRandom(1).Next(5, 5));
    }
}
