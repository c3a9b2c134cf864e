namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>The cooldown state of one scaling policy, and the rule that applies it.</summary>
/// <remarks>
/// "With scale-out policies … While the cooldown period is in effect, capacity added by the initiating
/// scale-out activity is calculated as part of the desired capacity for the next scale-out activity"; "With
/// scale-in policies … scale-in activities are blocked until the cooldown period has expired"
/// (Application Auto Scaling API Reference, StepScalingPolicyConfiguration.Cooldown; the same wording for
/// target tracking's ScaleOutCooldown / ScaleInCooldown). So during a scale-out cooldown the policy's
/// proposal is computed from the capacity the cooldown started at, and taken only when it is larger
/// than the capacity now.
/// </remarks>
public sealed class PolicyCooldown
{
    private DateTimeOffset _scaleOutUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _scaleInUntil = DateTimeOffset.MinValue;
    private int _scaleOutBase;

    /// <summary>The capacity to set, or null to leave it; <paramref name="propose"/> maps a capacity to the policy's ask.</summary>
    public int? Decide(DateTimeOffset now, int current, ScalableTarget target, Func<int, int> propose, TimeSpan outCooldown, TimeSpan inCooldown)
    {
        var inOutCooldown = now < _scaleOutUntil;
        var desired = target.Clamp(propose(inOutCooldown ? _scaleOutBase : current));
        if (desired > current)
        {
            if (!inOutCooldown)
            {
                _scaleOutBase = current;
                _scaleOutUntil = now + outCooldown;
            }

            return desired;
        }

        if (desired < current && !inOutCooldown && now >= _scaleInUntil)
        {
            _scaleInUntil = now + inCooldown;
            return desired;
        }

        return null;
    }
}
