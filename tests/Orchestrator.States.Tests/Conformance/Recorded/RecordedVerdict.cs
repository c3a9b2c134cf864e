namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>What the engine did with a recorded case.</summary>
public enum RecordedVerdict
{
    /// <summary>Status and error match the recording (and output and cause, for <c>compare: full</c>).</summary>
    Agrees,

    /// <summary>The engine ran the definition but its result differs from the recording.</summary>
    Disagrees,

    /// <summary>The engine refused the definition (a definition error) that AWS ran.</summary>
    Refused,
}
