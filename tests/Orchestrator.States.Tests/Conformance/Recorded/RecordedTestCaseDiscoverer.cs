using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>Creates one test per recorded case, named <c>area/case</c> so the runner groups them
/// by area; none is skipped (known gaps are asserted, see <see cref="RecordedKnownGaps"/>).</summary>
public sealed class RecordedTestCaseDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink diagnosticMessageSink;

    public RecordedTestCaseDiscoverer(IMessageSink diagnosticMessageSink)
    {
        this.diagnosticMessageSink = diagnosticMessageSink;
    }

    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        return RecordedCaseLoader.All
            .Select(c => (IXunitTestCase)new ConformanceTestCase(
                diagnosticMessageSink, display, displayOptions, testMethod, c.Key, null))
            .ToList();
    }
}
