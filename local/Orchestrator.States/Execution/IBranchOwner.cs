using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>A state that runs child branches (Parallel branches, Map iterations) and hears how
/// each one ended.</summary>
internal interface IBranchOwner
{
    void OnBranchSucceeded(BranchRun branch, JsonNode? output);

    void OnBranchFailed(BranchRun branch, string error, string? cause);
}
