using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class StateMachineCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(StateMachineCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Problems_DroppedAndUnusedSubstitutions_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            var substitutions = Properties(t, "QueueDrainStateMachine")["DefinitionSubstitutions"]!.AsObject();
            substitutions.Remove("LeaseTable");
            substitutions["LeaseTabel"] = "leases";
        });

        var problems = StateMachineCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.Contains("${LeaseTable} in statemachines/queue-drain.asl.json has no DefinitionSubstitutions entry", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("DefinitionSubstitutions.LeaseTabel is not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ExpressWithoutTracingOrLogging_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            var p = Properties(t, "QueueDrainStateMachine");
            p["Type"] = "EXPRESS";
            p.Remove("Tracing");
            p.Remove("Logging");
        });

        var problems = StateMachineCheck.Problems(broken).ToList();

        Assert.Contains("QueueDrainStateMachine: Type must be STANDARD, not 'EXPRESS'.", problems);
        Assert.Contains("QueueDrainStateMachine: Tracing.Enabled must be true.", problems);
        Assert.Contains("QueueDrainStateMachine: Logging needs a Level and a CloudWatch Logs destination.", problems);
    }

    [Fact]
    public void Problems_MissingDefinitionFileAndUndeployedFile_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "QueueDrainStateMachine")["DefinitionUri"] = "statemachines/queue-drain.json");

        var problems = StateMachineCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.Contains("DefinitionUri 'statemachines/queue-drain.json' is not a readable JSON file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("statemachines/queue-drain.asl.json is not deployed", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_StringsOnly_SkipsEscapedLiterals()
    {
        var definition = JsonNode.Parse("""{"A": "${One}-${Two.Arn}", "B": ["${!NotOne}", 3], "${Key}": {"C": "${Three}"}}""");

        Assert.Equal(["One", "Two.Arn", "Three"], StateMachineCheck.Placeholders(definition));
    }

    [Fact]
    public void All_NestedMapAndParallel_FindsEveryTask()
    {
        var definition = JsonNode.Parse("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "M"},
              "M": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {
                "P": {"Type": "Parallel", "Branches": [
                  {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}},
                  {"StartAt": "C", "States": {"C": {"Type": "Pass", "End": true}}}], "End": true}}}, "Next": "I"},
              "I": {"Type": "Map", "Iterator": {"StartAt": "D", "States": {"D": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "End": true}}}, "End": true}}}
            """);

        var tasks = AslTask.All(definition);

        Assert.Equal(["$.States.A", "$.States.M.ItemProcessor.States.P.Branches[0].States.B", "$.States.I.ItemProcessor.States.D"], tasks.Select(t => t.Path));
    }
}
