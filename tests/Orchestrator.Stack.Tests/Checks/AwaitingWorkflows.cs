namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// What the template holds back until the capacity workflows are added to it (docs/DEPLOY.md,
/// "Adding a workflow"): their conditions are defined, their ASL files and functions exist, but
/// their resources are not in the template yet. Each check reports a listed name that is no longer
/// awaited, so the lists shrink to empty as the workflows arrive.
/// </summary>
public static class AwaitingWorkflows
{
    /// <summary>Conditions no resource uses yet.</summary>
    public static readonly IReadOnlyDictionary<string, string> Conditions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SpotInterruptionEnabled"] = "spot-interruption's resources are not in the template yet",
        ["CapacityBackfillEnabled"] = "capacity-backfill's resources are not in the template yet",
        ["ReturnToSpotEnabled"] = "return-to-spot's resources are not in the template yet",
        ["SpotPoolIsSpotFleet"] = "chooses the Spot pool's IAM resources of the capacity workflows",
    };

    /// <summary>statemachines/ files no AWS::Serverless::StateMachine deploys yet.</summary>
    public static readonly IReadOnlySet<string> StateMachineFiles = new HashSet<string>(StringComparer.Ordinal)
    {
        "spot-interruption.asl.json", "capacity-backfill.asl.json", "return-to-spot.asl.json",
    };

    /// <summary>Namespaces of HandlerTable functions no AWS::Serverless::Function deploys yet.</summary>
    public static readonly IReadOnlySet<string> FunctionNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "Orchestrator.Functions.Capacity",
    };
}
