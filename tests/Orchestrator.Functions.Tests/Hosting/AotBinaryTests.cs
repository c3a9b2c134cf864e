using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>Checks on the published Native AOT executable itself.</summary>
[Collection(AotBinaryCollection.Name)]
public sealed partial class AotBinaryTests(AotPublishFixture aot)
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
    public void ElfVersionNeeds_PublishedBinary_MatchesReadelf() => AssertMatchesReadelf(aot.BinaryPath);

    [Fact]
    public void ElfVersionNeeds_SystemShell_MatchesReadelf() => AssertMatchesReadelf("/bin/sh");

    [Fact]
    [SupportedOSPlatform("linux")]
    public void Bootstrap_IsExecutableAndNamedForProvidedRuntime()
    {
        // provided.al2023 starts a file named `bootstrap` at the root of the deployment package.
        Assert.Equal("bootstrap", Path.GetFileName(aot.BinaryPath));
        Assert.True((File.GetUnixFileMode(aot.BinaryPath) & UnixFileMode.UserExecute) != 0);
    }

    [Theory]
    [InlineData("GLIBC_2.34", "2.34")]
    [InlineData("GLIBC_2.3.4", "2.3.4")]
    public void MaxGlibc_NumericNames_ComparesAsVersions(string newest, string expected)
    {
        var needs = new[] { ("libc.so.6", "GLIBC_2.2.5"), ("libc.so.6", newest), ("libc.so.6", "GLIBC_PRIVATE") };

        Assert.Equal(Version.Parse(expected), ElfVersionNeeds.MaxGlibc(needs));
    }

    [Fact]
    public void MaxGlibc_ElevenAfterNine_ComparesNumerically()
    {
        var needs = new[] { ("libc.so.6", "GLIBC_2.9"), ("libc.so.6", "GLIBC_2.11") };

        Assert.Equal(new Version(2, 11), ElfVersionNeeds.MaxGlibc(needs));
    }

    [Fact]
    public void Read_NotElf_ThrowsNamingTheProblem()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(new byte[64]));

        Assert.Contains("Not an ELF file", error.Message, StringComparison.Ordinal);
    }

    /// <summary>readelf ships with binutils, which the AOT link itself needs (ld, objcopy), so it
    /// is present wherever the fixture could publish.</summary>
    private static void AssertMatchesReadelf(string path)
    {
        var start = new ProcessStartInfo("readelf", ["-V", "-W", path])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var needsSection = output[output.IndexOf(".gnu.version_r", StringComparison.Ordinal)..];
        var fromReadelf = NeedName().Matches(needsSection).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

        var fromParser = ElfVersionNeeds.Read(File.ReadAllBytes(path)).Select(n => n.Version).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(fromReadelf);
        Assert.Equal(fromReadelf, fromParser);
    }

    [GeneratedRegex(@"Name: (\S+)\s+Flags")]
    private static partial Regex NeedName();
}
