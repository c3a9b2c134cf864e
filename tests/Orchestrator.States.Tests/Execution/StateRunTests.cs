using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Model;

namespace Orchestrator.States.Tests.Execution;

/// <summary>Issue 15 point 5: the engine refuses what it does not know. The parser rejects an
/// unknown state type (DefinitionParserTests); a state of a type the engine cannot run that still
/// reaches execution makes it throw rather than run it as a Map.</summary>
public class StateRunTests
{
    [Fact]
    public void Create_UnknownStateType_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StateRun.Create(null!, new UnknownState(), null));

        Assert.Contains("'Mystery'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownStateType_DefinitionErrorNamingTheType()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Mapp","End":true}}}"""));

        Assert.Contains(e.Errors, x => x.Path == "$.States.A.Type" && x.Message.Contains("Unknown state type 'Mapp'", StringComparison.Ordinal));
    }

    private sealed class UnknownState() : State("Mystery", new JsonObject())
    {
        public override StateType Type => (StateType)99;
    }
}
