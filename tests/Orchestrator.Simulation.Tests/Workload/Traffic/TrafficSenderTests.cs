using System.Text;
using Orchestrator.Simulation.Workload.Traffic;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Workload.Traffic;

/// <summary>The sender puts every message on the clock at its own time: issue 12's "36 messages over
/// 6 h arrive as 4 bursts" and "100,000 asked, 99,990 sent" cannot happen.</summary>
public class TrafficSenderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static List<(DateTimeOffset At, IReadOnlyList<string> Bodies)> Send(TimeSpan horizon, params TrafficEntry[] traffic)
    {
        var scheduler = new Scheduler(Start);
        var sent = new List<(DateTimeOffset, IReadOnlyList<string>)>();
        TrafficSender.Start(scheduler, Start, traffic, 1, "POISON", bodies => sent.Add((scheduler.Now, bodies)));
        scheduler.Run(Start + horizon);
        return sent;
    }

    [Fact]
    public void ThirtySixMessagesOverSixHours_ArriveOneEveryTenMinutes()
    {
        var sent = Send(TimeSpan.FromHours(6), new BurstTraffic(TimeSpan.Zero, 36, TimeSpan.FromHours(6)));

        Assert.Equal(36, sent.Count);
        Assert.All(sent.Select((s, i) => (s, i)), p => Assert.Equal(Start.AddMinutes(10 * p.i), p.s.At));
        Assert.All(sent, s => Assert.Single(s.Bodies));
    }

    [Fact]
    public void HundredThousandOverTheWholeHorizon_AreAllSentBeforeIt()
    {
        var horizon = TimeSpan.FromHours(23);
        var sent = Send(horizon, new BurstTraffic(TimeSpan.Zero, 100_000, horizon));

        Assert.Equal(100_000, sent.Sum(s => s.Bodies.Count));
        Assert.True(sent[^1].At < Start + horizon);
    }

    [Fact]
    public void SameMoment_IsBatchedByTenAndBySize()
    {
        var sent = Send(TimeSpan.FromHours(1),
            new BurstTraffic(TimeSpan.FromMinutes(1), 25, TimeSpan.Zero),
            new BurstTraffic(TimeSpan.FromMinutes(2), 10, TimeSpan.Zero) { MessageSize = 100_000 });

        Assert.Equal([10, 10, 5], sent.Where(s => s.At == Start.AddMinutes(1)).Select(s => s.Bodies.Count));
        var large = sent.Where(s => s.At == Start.AddMinutes(2)).ToList();
        Assert.Equal(10, large.Sum(s => s.Bodies.Count));
        Assert.All(large, s => Assert.True(s.Bodies.Sum(b => Encoding.UTF8.GetByteCount(b)) <= TrafficSender.BatchBytes));
        Assert.All(large.SelectMany(s => s.Bodies), b => Assert.Equal(100_000, b.Length));
    }

    [Fact]
    public void MixedEntries_AreSentInTimeOrderWithTheirPoison()
    {
        var sent = Send(TimeSpan.FromHours(2),
            new BurstTraffic(TimeSpan.FromMinutes(30), 100, TimeSpan.FromMinutes(30)) { PoisonShare = 0.05 },
            new PoissonTraffic(0.05, TimeSpan.Zero, TimeSpan.FromHours(2)));

        Assert.Equal(sent.Select(s => s.At).Order().ToList(), sent.Select(s => s.At).ToList());
        Assert.Equal(5, sent.SelectMany(s => s.Bodies).Count(b => b.StartsWith("POISON", StringComparison.Ordinal)));
    }
}
