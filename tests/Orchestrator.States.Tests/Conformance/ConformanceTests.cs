namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// The conformance suite: one test per case in <c>Conformance/Cases/*.json</c>, named after the
/// case. Expectations come from AWS documentation or recorded AWS responses (each case's
/// <c>source</c>); see docs/CONFORMANCE.md.
/// </summary>
public sealed class ConformanceTests
{
    [ConformanceTheory]
    public void LocalRunner_ConformanceCase_BehavesAsAwsDocuments(string name) =>
        ConformanceCaseRunner.Run(ConformanceCaseLoader.Get(name));
}
