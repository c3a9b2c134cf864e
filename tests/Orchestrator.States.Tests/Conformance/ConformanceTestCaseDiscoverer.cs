using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>Creates one <see cref="ConformanceTestCase"/> per case found in <c>Conformance/Cases</c>.</summary>
public sealed class ConformanceTestCaseDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink diagnosticMessageSink;

    public ConformanceTestCaseDiscoverer(IMessageSink diagnosticMessageSink)
    {
        this.diagnosticMessageSink = diagnosticMessageSink;
    }

    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        return ConformanceCaseLoader.All
            .Select(c => (IXunitTestCase)new ConformanceTestCase(
                diagnosticMessageSink, display, displayOptions, testMethod, c.Name, c.KnownFailure))
            .ToList();
    }
}
