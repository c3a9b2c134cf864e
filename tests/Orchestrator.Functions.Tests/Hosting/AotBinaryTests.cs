using System.Runtime.Versioning;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>Checks on the published Native AOT executable itself.</summary>
[Collection(AotBinaryCollection.Name)]
public sealed class AotBinaryTests(AotPublishFixture aot)
{
    /// <summary>Amazon Linux 2023 (runtimes dotnet10 and provided.al2023) ships glibc 2.34
    /// (AWS-FACTS.md); this machine has 2.36, so a binary linked here could need more.</summary>
    private static readonly Version LambdaGlibc = new(2, 34);

    [Fact]
    public void Bootstrap_GlibcSymbolVersions_NoneNewerThanAmazonLinux2023()
    {
        var needs = ElfVersionNeeds.Read(File.ReadAllBytes(aot.BinaryPath));

        var max = ElfVersionNeeds.MaxGlibc(needs);

        Assert.NotNull(max);
        Assert.True(max <= LambdaGlibc, $"bootstrap needs GLIBC_{max}; Lambda's Amazon Linux 2023 has {LambdaGlibc}. Needs: {string.Join(", ", needs)}");
    }

    [Fact]
    public void ElfVersionNeeds_PublishedBinary_MatchesReadelf() => ElfVersionNeedsTests.AssertMatchesReadelf(aot.BinaryPath);

    [Fact]
    [SupportedOSPlatform("linux")]
    public void Bootstrap_IsExecutableAndNamedForProvidedRuntime()
    {
        // provided.al2023 starts a file named `bootstrap` at the root of the deployment package.
        Assert.Equal("bootstrap", Path.GetFileName(aot.BinaryPath));
        Assert.True((File.GetUnixFileMode(aot.BinaryPath) & UnixFileMode.UserExecute) != 0);
    }
}
