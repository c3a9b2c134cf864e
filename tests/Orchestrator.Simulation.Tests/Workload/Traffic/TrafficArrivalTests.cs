using CsCheck;
using Orchestrator.Simulation.Workload.Traffic;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Workload.Traffic;

/// <summary>
/// Property tests of every traffic kind: the arrivals match the asked count or rate and stay inside
/// the window. Random kinds are checked against their Poisson mean μ within 6·√μ + 1 (a seeded draw
/// outside it has a probability below 10⁻⁸), so a failure is a bug, not bad luck.
/// </summary>
public class TrafficArrivalTests
{
    private static bool WithinPoissonBound(long count, double mean) => Math.Abs(count - mean) <= (6 * Math.Sqrt(mean)) + 1;

    [Fact]
    public void Burst_SendsEveryMessageEvenlyInsideItsSpan()
    {
        Gen.Select(Gen.Int[0, 3600], Gen.Int[1, 20_000], Gen.Int[0, 86_400]).Sample((at, messages, over) =>
        {
            var burst = new BurstTraffic(TimeSpan.FromSeconds(at), messages, TimeSpan.FromSeconds(over));
            var arrivals = burst.Arrivals(new SeededRandom(1)).ToList();

            Assert.Equal(messages, arrivals.Count);
            Assert.Equal(burst.At, arrivals[0]);
            Assert.All(arrivals, a => Assert.True(a >= burst.At && (over == 0 ? a == burst.At : a < burst.At + burst.Over)));
            var gap = burst.Over / messages;
            Assert.All(arrivals.Zip(arrivals.Skip(1)), p => Assert.InRange((p.Second - p.First - gap).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(1)));
        });
    }

    [Fact]
    public void Poisson_CountMatchesTheRateAndStaysInTheWindow()
    {
        Gen.Select(Gen.Double[0.001, 5], Gen.Int[0, 7200], Gen.Int[60, 36_000], Gen.Long).Sample((rate, from, length, seed) =>
        {
            var poisson = new PoissonTraffic(rate, TimeSpan.FromSeconds(from), TimeSpan.FromSeconds(from + length));
            var arrivals = poisson.Arrivals(new SeededRandom(seed)).ToList();

            Assert.True(WithinPoissonBound(arrivals.Count, rate * length), $"{arrivals.Count} arrivals, expected about {rate * length}");
            Assert.All(arrivals, a => Assert.True(a >= poisson.From && a < poisson.To));
            Assert.Equal(arrivals.Order().ToList(), arrivals);
        });
    }

    [Fact]
    public void Profile_EachHourFollowsItsRateEveryDay()
    {
        Gen.Select(Gen.Double[0, 400].Array[24], Gen.Int[1, 3], Gen.Long).Sample((hourly, days, seed) =>
        {
            var profile = new ProfileTraffic(hourly, TimeSpan.Zero, TimeSpan.FromDays(days));
            var arrivals = profile.Arrivals(new SeededRandom(seed)).ToList();

            Assert.All(arrivals, a => Assert.True(a >= TimeSpan.Zero && a < profile.To));
            Assert.Equal(arrivals.Order().ToList(), arrivals);
            var perHour = arrivals.GroupBy(a => (int)a.TotalHours % 24).ToDictionary(g => g.Key, g => g.LongCount());
            for (var h = 0; h < 24; h++)
            {
                Assert.True(WithinPoissonBound(perHour.GetValueOrDefault(h), hourly[h] * days), $"hour {h}: {perHour.GetValueOrDefault(h)}, expected about {hourly[h] * days}");
            }
        });
    }

    [Fact]
    public void Profile_WindowNotOnTheHour_StaysInside()
    {
        var profile = new ProfileTraffic([.. Enumerable.Repeat(3600.0, 24)], TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(150));
        var arrivals = profile.Arrivals(new SeededRandom(4)).ToList();

        Assert.All(arrivals, a => Assert.InRange(a, profile.From, profile.To - TimeSpan.FromTicks(1)));
        Assert.True(WithinPoissonBound(arrivals.Count, 3600), $"{arrivals.Count}");
    }

    [Fact]
    public void Replay_SendsEachRowsCountSpreadOverThePeriod()
    {
        Gen.Int[0, 500].Array[1, 60].Sample(counts =>
        {
            var rows = counts.Select((c, i) => new ReplayRow(TimeSpan.FromMinutes(i * 2), c)).ToList();
            var replay = new ReplayTraffic(rows, TimeSpan.FromMinutes(1));
            var arrivals = replay.Arrivals(new SeededRandom(1)).ToList();

            Assert.Equal(counts.Sum(), arrivals.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                Assert.Equal(row.Count, arrivals.Count(a => a >= row.Offset && a < row.Offset + replay.Period));
            }
        });
    }

    [Fact]
    public void PoisonShare_MarksFloorOfShareTimesCount()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 5000]).Sample((share, n) =>
        {
            var entry = new BurstTraffic(TimeSpan.Zero, Math.Max(n, 1), TimeSpan.Zero) { PoisonShare = share };

            Assert.Equal((long)Math.Floor((n * share) + 1e-9), Enumerable.Range(0, n).LongCount(i => entry.IsPoison(i)));
        });
    }

    [Fact]
    public void PoisonShare_ThreeInAThousand_IsExactlyThree()
    {
        var entry = new BurstTraffic(TimeSpan.Zero, 1000, TimeSpan.Zero) { PoisonShare = 0.003 };

        Assert.Equal(3, Enumerable.Range(0, 1000).Count(i => entry.IsPoison(i)));
    }
}
