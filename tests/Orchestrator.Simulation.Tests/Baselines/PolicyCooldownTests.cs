using Orchestrator.Simulation.Services.ApplicationAutoScaling;

namespace Orchestrator.Simulation.Tests.Baselines;

public class PolicyCooldownTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ScalableTarget Target = new("batch", "worker", 0, 50);
    private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);

    [Fact]
    public void ScaleOut_DuringCooldown_CountsThePreviousIncrease()
    {
        // The API reference's example: +2, then during the cooldown a step of +3: "the previous increase
        // of 2 is considered part of the current capacity. Therefore, only 1 is added".
        var cooldown = new PolicyCooldown();

        var first = cooldown.Decide(T0, 4, Target, c => c + 2, Five, Five);
        var second = cooldown.Decide(T0.AddMinutes(1), 6, Target, c => c + 3, Five, Five);
        var same = cooldown.Decide(T0.AddMinutes(2), 7, Target, c => c + 2, Five, Five);
        var after = cooldown.Decide(T0.AddMinutes(6), 7, Target, c => c + 2, Five, Five);

        Assert.Equal((6, 7, (int?)null, 9), (first, second, same, after));
    }

    [Fact]
    public void ScaleIn_BlockedUntilTheCooldownEnds()
    {
        var cooldown = new PolicyCooldown();

        var first = cooldown.Decide(T0, 10, Target, c => c - 1, Five, Five);
        var blocked = cooldown.Decide(T0.AddMinutes(4), 9, Target, c => c - 1, Five, Five);
        var later = cooldown.Decide(T0.AddMinutes(5), 9, Target, c => c - 1, Five, Five);

        Assert.Equal((9, (int?)null, 8), (first, blocked, later));
    }

    [Fact]
    public void Desired_ClampedToTheTargetsLimits()
    {
        var cooldown = new PolicyCooldown();

        Assert.Equal(50, cooldown.Decide(T0, 45, Target, c => c + 10, Five, Five));
        Assert.Null(new PolicyCooldown().Decide(T0, 0, Target, c => c - 1, Five, Five));
    }
}
