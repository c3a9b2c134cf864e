using Orchestrator.Stack.Tests.Checks;

namespace Orchestrator.Stack.Tests;

public class ConditionReachCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        var problems = ConditionReachCheck.Problems(StackTemplate.Repository).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Problems_LeaseTableWithoutTheDrainCondition_Reported()
    {
        // Issue 19, point 4: the lease table and its output existed with EnableQueueDrain false.
        var broken = StackTemplate.Repository.With(t =>
        {
            t["Resources"]!["LeaseTable"]!.AsObject().Remove("Condition");
            t["Outputs"]!["LeaseTableName"]!.AsObject().Remove("Condition");
        });

        Assert.Contains(ConditionReachCheck.Problems(broken), p => p.StartsWith("Resources.LeaseTable exists with ", StringComparison.Ordinal) && p.Contains("EnableQueueDrain=\"false\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_OutputOfAResourceThatMayNotExist_Reported()
    {
        var broken = StackTemplate.Repository.With(t => t["Outputs"]!["LeaseTableName"]!.AsObject().Remove("Condition"));

        Assert.Contains(ConditionReachCheck.Problems(broken), p => p.StartsWith("Outputs.LeaseTableName refers to LeaseTable, which does not exist with ", StringComparison.Ordinal));
    }
}
