using CsCheck;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class SuspectIsolationTests
{
    [Fact]
    public void Split_AllFresh_OnePartInReceiveOrder()
    {
        var parts = SuspectIsolation.Split([1, 1, 1], 5);

        Assert.Equal([[0, 1, 2]], parts);
    }

    [Fact]
    public void Split_FreshAndSuspects_FreshTogetherThenEachSuspectAloneMostReceivedFirst()
    {
        var parts = SuspectIsolation.Split([1, 2, 1, 4, 3], 10);

        Assert.Equal([[0, 2], [3], [4], [1]], parts);
    }

    [Fact]
    public void Split_OnlySuspects_EachAlone()
    {
        var parts = SuspectIsolation.Split([2, 2], 10);

        Assert.Equal([[0], [1]], parts);
    }

    [Fact]
    public void Split_FewerPartsThanSuspects_LeastReceivedShareTheLastPart()
    {
        var parts = SuspectIsolation.Split([1, 2, 5, 2, 3], 3);

        Assert.Equal([[0], [2], [1, 3, 4]], parts);
    }

    [Fact]
    public void Split_OnePartAllowed_EverythingTogetherAsBeforeIsolation()
    {
        var parts = SuspectIsolation.Split([2, 1, 3], 1);

        Assert.Equal([[0, 1, 2]], parts);
    }

    [Fact]
    public void Split_Nothing_NoPart()
    {
        Assert.Empty(SuspectIsolation.Split([], 3));
    }

    [Fact]
    public void Split_ZeroPartsAllowed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SuspectIsolation.Split([1], 0));
    }

    [Fact]
    public void Split_AnyCounts_EveryMessageInExactlyOnePartAndNoMoreParts()
    {
        Gen.Int[1, 12].Array[0, 30].Select(Gen.Int[1, 12]).Sample((counts, maxParts) =>
        {
            var parts = SuspectIsolation.Split(counts, maxParts);

            Assert.Equal(Enumerable.Range(0, counts.Length), parts.SelectMany(p => p).Order());
            Assert.True(parts.Count <= maxParts);
            // A suspect shares a part with another message only when the parts ran out.
            var shared = parts.Where(p => p.Count > 1 && p.Any(i => counts[i] > 1)).ToList();
            Assert.True(shared.Count == 0 || parts.Count == maxParts, $"suspects shared a part with {parts.Count} of {maxParts} parts used");
        }, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void MaxParts_LaneBudgetAndTwelveHours_TheSmallerWins()
    {
        // Default visibility 900 + 120 + 20 + 60 = 1,100 s: 39 parts fit in SQS's 12 hours.
        var settings = Samples.Settings();

        Assert.Equal(3, SuspectIsolation.MaxParts(settings, 3));
        Assert.Equal(1, SuspectIsolation.MaxParts(settings, 0));
        Assert.Equal(39, SuspectIsolation.MaxParts(settings, 500));
        Assert.Equal(1, SuspectIsolation.MaxParts(settings with { TaskTimeoutSeconds = 40_000 }, 5));
    }
}
