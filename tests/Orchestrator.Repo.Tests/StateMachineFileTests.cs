using Orchestrator.States.Parsing;

namespace Orchestrator.Repo.Tests;

/// <summary>Every <c>statemachines/*.asl.json</c> passes the project's own validator (the test
/// command also runs asl-validator on each).</summary>
public class StateMachineFileTests
{
    [Fact]
    public void EveryStateMachineFile_PassesTheProjectValidator()
    {
        var problems = Directory.GetFiles(RepoPaths.Combine("statemachines"), "*.asl.json")
            .SelectMany(file => DefinitionValidator.Validate(File.ReadAllText(file))
                .Select(error => $"{Path.GetFileName(file)}: {error}"))
            .ToList();

        Assert.Empty(problems);
    }
}
