using Xunit.Sdk;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// Marks a test method that runs once per conformance case file entry, each case being its own
/// test whose display name is the case name, and skipped with its <c>knownFailure</c> reason.
/// </summary>
/// <remarks>
/// xunit 2's <c>[Theory]</c> can neither name a data row nor skip one row; a small discoverer does
/// both (see <see cref="ConformanceTestCaseDiscoverer"/>).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Orchestrator.States.Tests.Conformance.ConformanceTestCaseDiscoverer", "Orchestrator.States.Tests")]
public sealed class ConformanceTheoryAttribute : FactAttribute
{
}
