namespace Orchestrator.Core.Capacity;

/// <summary>One instance of the on-demand group.</summary>
/// <param name="LifecycleState">Pending, InService, Terminating… (Auto Scaling lifecycle states).</param>
public sealed record GroupMember(string InstanceId, string LifecycleState, bool ProtectedFromScaleIn);
