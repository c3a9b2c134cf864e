namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The tests that need the published Native AOT binary share one publish.</summary>
[CollectionDefinition(Name)]
public sealed class AotBinaryCollection : ICollectionFixture<AotPublishFixture>
{
    public const string Name = "Native AOT binary";
}
