using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The ELF reader on its own, without the published binary.</summary>
public sealed partial class ElfVersionNeedsTests
{
    [Fact]
    public void Read_SystemShell_MatchesReadelf() => AssertMatchesReadelf("/bin/sh");

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

    /// <summary>Compares the reader with <c>readelf -V</c>, an independent implementation.
    /// readelf ships with binutils, which the AOT link itself needs (ld, objcopy), so it is
    /// present wherever the binary can be published.</summary>
    internal static void AssertMatchesReadelf(string path)
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
