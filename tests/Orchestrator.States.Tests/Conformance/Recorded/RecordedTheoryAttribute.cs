using Xunit.Sdk;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>Marks a test method that runs once per recorded AWS case, each its own test named
/// <c>area/case</c> (see <see cref="RecordedTestCaseDiscoverer"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Orchestrator.States.Tests.Conformance.Recorded.RecordedTestCaseDiscoverer", "Orchestrator.States.Tests")]
public sealed class RecordedTheoryAttribute : FactAttribute
{
}
