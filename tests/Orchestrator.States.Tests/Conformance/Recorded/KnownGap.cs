namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>What the engine is known to do with a recorded case it does not agree with, and why.</summary>
/// <param name="Verdict">Refused or Disagrees (never Agrees).</param>
/// <param name="Reason">Why, as listed in docs/CONFORMANCE.md.</param>
public sealed record KnownGap(RecordedVerdict Verdict, string Reason);
