using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

/// <summary>
/// Distributed Map beyond the recorded cases (AWS "Distributed Map state": ToleratedFailureCount /
/// ToleratedFailurePercentage fail the Map Run with States.ExceedToleratedFailureThreshold once the
/// failed items exceed them; ItemBatcher gives each child {"BatchInput", "Items"}).
/// </summary>
public class DistributedMapTests
{
    private const string Processor = """
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"C",
          "States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"Bad"}],"Default":"Ok"},
                    "Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"zero"},"Ok":{"Type":"Pass","End":true}}}
        """;

    private static string Machine(string fields) =>
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\"," + Processor + "," + fields + "}}}";

    [Fact]
    public void Run_FailuresWithinToleratedCount_Succeeds()
    {
        var result = Run.Definition(Machine("\"ToleratedFailureCount\":2,\"End\":true"), "[0,1,0,2]");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""[{"Error":"Item.Bad","Cause":"zero"},1,{"Error":"Item.Bad","Cause":"zero"},2]""", Run.Json(result.Output));
        Assert.Contains("MapRunSucceeded", Run.Types(result));
    }

    [Fact]
    public void Run_FailuresOverToleratedPercentage_ExceedToleratedFailureThreshold()
    {
        var result = Run.Definition(Machine("\"ToleratedFailurePercentage\":25,\"End\":true"), "[0,1,0,2]");

        Assert.Equal("States.ExceedToleratedFailureThreshold", result.Error);
        Assert.Contains("MapRunFailed", Run.Types(result));
    }

    [Fact]
    public void Run_NoThreshold_FirstFailureExceedsTheDefaultOfZero()
    {
        var result = Run.Definition(Machine("\"End\":true"), "[1,0]");

        Assert.Equal("States.ExceedToleratedFailureThreshold", result.Error);
    }

    [Fact]
    public void Run_ItemBatcher_ChildrenGetBatchesWithBatchInput()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
              "ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"job.$":"$.job"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
              "End":true}}}
            """, """{"job":"j","items":[1,2,3]}""");

        Assert.Equal("""[{"BatchInput":{"job":"j"},"Items":[1,2]},{"BatchInput":{"job":"j"},"Items":[3]}]""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_MaxInputBytesPerBatch_StartsANewBatch()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map",
              "ItemBatcher":{"MaxInputBytesPerBatch":12},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
              "End":true}}}
            """, """["aaaa","bbbb","cc"]""");

        Assert.Equal("""[{"Items":["aaaa"]},{"Items":["bbbb","cc"]}]""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_Child_DoesNotSeeTheParentsVariables()
    {
        // AWS runs each child as its own execution: outer variables are out of its reach.
        var result = Run.Definition("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"Next":"M"},"M":{"Type":"Map",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$x","End":true}}},
              "ToleratedFailureCount":5,"End":true}}}
            """, "[1]");

        Assert.Equal("States.Runtime", Run.Json(Assert.Single(result.Output!.AsArray())!["Error"]).Trim('"'));
    }
}
