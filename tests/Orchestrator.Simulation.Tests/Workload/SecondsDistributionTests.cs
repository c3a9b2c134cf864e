using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Workload;

public class SecondsDistributionTests
{
    private static List<double> Samples(SecondsDistribution d, int n = 4000, long seed = 1)
    {
        var random = new SeededRandom(seed);
        return Enumerable.Range(0, n).Select(_ => d.Sample(random)).ToList();
    }

    [Fact]
    public void Fixed_AlwaysSameValue()
    {
        Assert.All(Samples(SecondsDistribution.Fixed(3.5), 10), s => Assert.Equal(3.5, s));
    }

    [Fact]
    public void Uniform_StaysInRangeWithMeanInMiddle()
    {
        var samples = Samples(SecondsDistribution.Uniform(10, 20));
        Assert.All(samples, s => Assert.InRange(s, 10, 20));
        Assert.InRange(samples.Average(), 14.7, 15.3);
    }

    [Fact]
    public void Triangular_StaysInRangeWithTextbookMean()
    {
        // Mean of a triangular distribution = (min + mode + max) / 3.
        var samples = Samples(SecondsDistribution.Triangular(5, 8, 17));
        Assert.All(samples, s => Assert.InRange(s, 5, 17));
        Assert.InRange(samples.Average(), 9.8, 10.2);
    }

    [Fact]
    public void LogNormal_MedianIsItsParameter()
    {
        var samples = Samples(SecondsDistribution.LogNormal(30, 0.8)).Order().ToList();
        Assert.All(samples, s => Assert.True(s > 0));
        Assert.InRange(samples[samples.Count / 2], 28, 32);
    }

    [Fact]
    public void InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SecondsDistribution.Fixed(-1));
        Assert.Throws<ArgumentException>(() => SecondsDistribution.Uniform(5, 1));
        Assert.Throws<ArgumentException>(() => SecondsDistribution.Triangular(1, 9, 5));
        Assert.Throws<ArgumentException>(() => SecondsDistribution.LogNormal(0, 1));
        Assert.Throws<ArgumentException>(() => SecondsDistribution.Uniform(double.NaN, 1));
    }

    [Fact]
    public void SampleTime_RoundsToMilliseconds()
    {
        var time = SecondsDistribution.Fixed(1.23456).SampleTime(new SeededRandom(1));
        Assert.Equal(TimeSpan.FromMilliseconds(1235), time);
    }

    [Fact]
    public void SampleTime_HeavyTail_IsCappedInsteadOfOverflowing()
    {
        var random = new SeededRandom(1);
        var heavy = SecondsDistribution.LogNormal(1e9, 50);

        Assert.All(Enumerable.Range(0, 50), _ => Assert.InRange(heavy.SampleTime(random), TimeSpan.Zero, SecondsDistribution.MaxSample));
    }

    // Bounds for 40,000 seeded draws: the relative standard error of a log-normal median is about
    // 1.25 %·sigma and of its 95th percentile 1.06 %·sigma, of an exponential mean 0.5 %; the bounds
    // are over five standard errors.
    [Theory]
    [InlineData(20, 60)]
    [InlineData(3, 8)]
    [InlineData(1, 10)]
    [InlineData(5, 5)]
    public void LogNormalFromPercentiles_HasTheAskedP50AndP95(double p50, double p95)
    {
        var samples = Samples(SecondsDistribution.LogNormalFromPercentiles(p50, p95), 40_000).Order().ToList();

        Assert.InRange(samples[20_000], p50 * 0.9, p50 * 1.1);
        Assert.InRange(samples[38_000], p95 * 0.9, p95 * 1.1);
        Assert.All(samples, s => Assert.True(s > 0));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(30)]
    public void Exponential_HasTheAskedMean(double mean)
    {
        var samples = Samples(SecondsDistribution.Exponential(mean), 40_000, seed: 9);

        Assert.InRange(samples.Average(), mean * 0.97, mean * 1.03);
        Assert.All(samples, s => Assert.True(s >= 0));
        // Memoryless: the share above the mean is e^-1.
        Assert.InRange(samples.Count(s => s > mean) / 40_000.0, 0.36, 0.376);
    }
}
