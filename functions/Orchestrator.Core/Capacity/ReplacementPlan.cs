namespace Orchestrator.Core.Capacity;

/// <summary>How much on-demand capacity replaces a lost Spot instance (the output of PlanReplacement).</summary>
/// <param name="Change">True when SetDesiredCapacity must run (something to add and room below MaxSize).</param>
/// <param name="DesiredCapacity">The new desired capacity of the on-demand group.</param>
/// <param name="Added">On-demand instances added (DesiredCapacity − the current desired capacity).</param>
/// <param name="Wanted">On-demand instances the lost capacity called for, before the MaxSize cap.</param>
/// <param name="Notification">The SNS message (a JSON object).</param>
public sealed record ReplacementPlan(bool Change, int DesiredCapacity, int Added, int Wanted, string Reason, CapacityNotification Notification);
