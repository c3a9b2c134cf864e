namespace Orchestrator.Simulation.Faults;

/// <summary>
/// An injected failure of one AWS operation as the state machines call it: each call fails with
/// <see cref="Probability"/>, before the service does anything, with <see cref="Code"/> (the
/// service's throttling error when null, see <see cref="ThrottlingErrors"/>).
/// </summary>
/// <param name="Service">The aws-sdk service name: <c>ecs</c>, <c>autoscaling</c>, <c>sqs</c>…</param>
/// <param name="Operation">The operation in the model's spelling (<c>SetDesiredCapacity</c>), or <c>*</c> for every operation.</param>
/// <param name="Probability">Chance that one call fails, from 0 to 1.</param>
/// <param name="Code">The AWS error code to answer with; null for the service's throttling error.</param>
/// <param name="From">When the fault starts (null: from the start of the run).</param>
/// <param name="Until">When it ends (null: never).</param>
/// <param name="Status">The HTTP status of an error given by <see cref="Code"/> (a throttling error has its own).</param>
public sealed record ApiFault(
    string Service,
    string Operation,
    double Probability,
    string? Code = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    int Status = 400)
{
    /// <summary>True when this fault applies to <paramref name="operation"/> of <paramref name="service"/> at <paramref name="now"/>.</summary>
    public bool Covers(string service, string operation, DateTimeOffset now) =>
        string.Equals(Service, service, StringComparison.Ordinal)
        && (Operation == "*" || string.Equals(Operation, operation, StringComparison.OrdinalIgnoreCase))
        && (From is null || now >= From)
        && (Until is null || now < Until);
}
