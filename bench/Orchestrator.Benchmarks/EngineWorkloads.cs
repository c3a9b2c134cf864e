using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Model;

namespace Orchestrator.Benchmarks;

/// <summary>The two engine workloads issue 3 asks to measure, each returning the state transitions it made.</summary>
public static class EngineWorkloads
{
    /// <summary>A Pass/Choice loop of <c>n</c> rounds: a counter in a Pass (States.MathAdd) and a Choice.</summary>
    public static readonly StateMachine PassChoiceLoop = StateMachine.Parse("""
        {"StartAt":"Count","States":{
          "Count":{"Type":"Pass","Parameters":{"i.$":"States.MathAdd($.i, 1)","n.$":"$.n"},"Next":"More"},
          "More":{"Type":"Choice","Choices":[{"Variable":"$.i","NumericLessThanPath":"$.n","Next":"Count"}],"Default":"Done"},
          "Done":{"Type":"Succeed"}}}
        """);

    /// <summary>A Map over the input array with a two-state Pass iteration.</summary>
    public static readonly StateMachine MapOverItems = StateMachine.Parse("""
        {"StartAt":"Each","States":{
          "Each":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":40,
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Double","States":{
                    "Double":{"Type":"Pass","Parameters":{"v.$":"States.MathAdd($.v, $.v)"},"Next":"Keep"},
                    "Keep":{"Type":"Pass","End":true}}},
                  "End":true}}}
        """);

    /// <summary>Runs the loop for <paramref name="rounds"/> rounds (kept under the history limit).</summary>
    public static long RunLoop(int rounds)
    {
        var result = LocalRunner.Run(PassChoiceLoop, new JsonObject { ["i"] = 0, ["n"] = rounds }, new RunOptions());
        return Transitions(result, "loop");
    }

    /// <summary>Runs the Map over <paramref name="items"/> items.</summary>
    public static long RunMap(int items)
    {
        var list = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            list.Add((JsonNode)new JsonObject { ["v"] = i });
        }

        var result = LocalRunner.Run(MapOverItems, new JsonObject { ["items"] = list }, new RunOptions());
        return Transitions(result, "map");
    }

    /// <summary>State transitions as AWS bills them: one per state entered.</summary>
    private static long Transitions(ExecutionResult result, string what) => result.Status == ExecutionStatus.Succeeded
        ? result.History.Count(e => e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
        : throw new InvalidOperationException($"{what} run ended {result.Status}: {result.Error} {result.Cause}");
}
