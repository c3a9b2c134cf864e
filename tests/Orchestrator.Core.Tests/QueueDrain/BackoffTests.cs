using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 900)]
    [InlineData(1000, 900)]
    public void VisibilitySeconds_DoublesFromBase_CappedAtMax_ThenSpreadByHalf(int receives, int nominal)
    {
        var seconds = Backoff.VisibilitySeconds("some-message", receives, Samples.Settings());

        Assert.InRange(seconds, nominal / 2, (int)(nominal * 1.5));
    }

    [Fact]
    public void VisibilitySeconds_SameMessageAndCount_SameAnswer()
    {
        var settings = Samples.Settings();

        Assert.Equal(Backoff.VisibilitySeconds("m-1", 2, settings), Backoff.VisibilitySeconds("m-1", 2, settings));
    }

    [Fact]
    public void Spread_ABatchOfMessages_ComesBackAtDifferentTimes()
    {
        var factors = Enumerable.Range(0, 10).Select(i => Backoff.Spread($"0f3a-{i}", 2)).ToList();

        Assert.All(factors, f => Assert.InRange(f, 0.5, 1.5));
        Assert.True(factors.Distinct().Count() >= 9, string.Join(", ", factors));
        Assert.True(factors.Max() - factors.Min() > 0.5, "the spread should cover most of its range over ten messages");
    }
}
