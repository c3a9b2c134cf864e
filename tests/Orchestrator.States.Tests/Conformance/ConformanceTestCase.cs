using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// One conformance case as an xunit test: the method argument is the case name, the display name
/// is the case name alone, and a case marked <c>knownFailure</c> is skipped with that reason.
/// </summary>
public sealed class ConformanceTestCase : XunitTestCase
{
    private string caseName = string.Empty;
    private string? knownFailure;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ConformanceTestCase()
    {
    }

    public ConformanceTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        string caseName,
        string? knownFailure)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, [caseName])
    {
        this.caseName = caseName;
        this.knownFailure = knownFailure;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("CaseName", caseName);
        data.AddValue("KnownFailure", knownFailure);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        caseName = data.GetValue<string>("CaseName");
        knownFailure = data.GetValue<string>("KnownFailure");
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => caseName;

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        knownFailure is null ? base.GetSkipReason(factAttribute) : $"Known engine failure (docs/CONFORMANCE.md): {knownFailure}";
}
