using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;
using Orchestrator.States.Mocks;
using Orchestrator.States.Model;

namespace Orchestrator.States.Tests.Execution;

/// <summary>Shorthands for running a definition in tests.</summary>
internal static class Run
{
    public static ExecutionResult Definition(string definition, string input = "{}", IReadOnlyDictionary<string, string>? mocks = null,
        IReadOnlyList<IServiceIntegration>? integrations = null, long seed = 0)
    {
        var machine = StateMachine.Parse(definition);
        var options = new RunOptions
        {
            Seed = seed,
            Integrations = integrations ?? [],
            Mocks = mocks is null ? null : MockConfiguration.ForStates(mocks.ToDictionary(p => p.Key, p => JsonNode.Parse(p.Value)!)),
        };
        return LocalRunner.Run(machine, JsonNode.Parse(input), options);
    }

    public static string[] Types(ExecutionResult result) => [.. result.History.Select(e => e.Type)];

    public static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
}
