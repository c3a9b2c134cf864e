namespace Orchestrator.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public void Help_ListsTheCommands_ExitsZero()
    {
        using var cli = new CliRunner();

        var (exitCode, output, _) = cli.Run("--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        using var cli = new CliRunner();

        var (exitCode, output, _) = cli.Run("--version");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("0.1.0", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        using var cli = new CliRunner();

        var (exitCode, _, error) = cli.Run("frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }
}
