namespace Orchestrator.Repo.Tests;

/// <summary>README's test command is the one CI runs.</summary>
public class CiTests
{
    [Fact]
    public void CiRun_RunsTheTestCommandReadmeGives()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var ci = File.ReadAllLines(RepoPaths.Combine(".ci", "run"));

        Assert.Contains("./test.sh", readme, StringComparison.Ordinal);
        Assert.Equal("./test.sh", ci.Last(line => line.Trim().Length > 0).Trim());
    }
}
