namespace Orchestrator.Simulation.Services.Lambda;

/// <summary>How simulated Lambda functions behave in time and under faults.</summary>
/// <remarks>
/// Defaults: a cold start of 0.86 s (AWS's .NET demo, managed runtime p50, AWS-FACTS.md) and a warm
/// invocation of 5 ms; an environment goes cold after 15 minutes idle (Lambda keeps environments
/// for minutes, not guaranteed; 15 is a common observation). No injected errors unless set.
/// </remarks>
public sealed record LambdaOptions
{
    public TimeSpan ColdStart { get; init; } = TimeSpan.FromMilliseconds(860);
    public TimeSpan WarmDuration { get; init; } = TimeSpan.FromMilliseconds(5);
    public TimeSpan IdleBeforeCold { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Probability that an invocation fails with Lambda.ServiceException before the
    /// function runs (the Lambda service itself failing).</summary>
    public double ServiceErrorProbability { get; init; }

    /// <summary>Probability that an invocation is throttled (Lambda.TooManyRequestsException).</summary>
    public double ThrottleProbability { get; init; }
}
