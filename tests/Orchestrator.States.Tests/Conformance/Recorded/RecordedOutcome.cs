namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>The verdict on one recorded case, with what differed or why it was refused.</summary>
/// <param name="Verdict">Agrees, disagrees or refused.</param>
/// <param name="Detail">The first difference, or the definition error; empty when it agrees.</param>
/// <param name="RefusalReason">For a refusal, the first definition error's message.</param>
public sealed record RecordedOutcome(RecordedVerdict Verdict, string Detail, string? RefusalReason = null);
