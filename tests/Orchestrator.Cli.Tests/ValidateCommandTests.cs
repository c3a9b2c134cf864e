namespace Orchestrator.Cli.Tests;

public class ValidateCommandTests
{
    private const string Valid = """{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}""";

    [Fact]
    public void Validate_ValidFile_ExitsZero()
    {
        using var cli = new CliRunner();
        cli.WriteFile("ok.asl.json", Valid);

        var (exitCode, output, _) = cli.Run("validate", "ok.asl.json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("ok.asl.json: valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedJson_NamesFileAndPath_ExitsTwo()
    {
        using var cli = new CliRunner();
        cli.WriteFile("broken.asl.json", """{"StartAt": "A", "States": {""");

        var (exitCode, _, error) = cli.Run("validate", "broken.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("broken.asl.json: $:", error, StringComparison.Ordinal);
        Assert.Contains("Malformed JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingStates_NamesTheJsonPath()
    {
        using var cli = new CliRunner();
        cli.WriteFile("no-states.asl.json", """{"StartAt":"A"}""");

        var (exitCode, _, error) = cli.Run("validate", "no-states.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("no-states.asl.json: $.States:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneBadAmongGood_ReportsOnlyTheBadOne_ExitsTwo()
    {
        using var cli = new CliRunner();
        cli.WriteFile("ok.asl.json", Valid);
        cli.WriteFile("bad.asl.json", "[]");

        var (exitCode, output, error) = cli.Run("validate", "ok.asl.json", "bad.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("ok.asl.json: valid", output, StringComparison.Ordinal);
        Assert.Contains("bad.asl.json: $:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ok.asl.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        using var cli = new CliRunner();

        var (exitCode, _, error) = cli.Run("validate", "nowhere.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("nowhere.asl.json: $: File not found.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoFiles_IsAUsageError()
    {
        using var cli = new CliRunner();

        var (exitCode, _, error) = cli.Run("validate");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.NotEmpty(error);
    }
}
