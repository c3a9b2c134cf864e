using Orchestrator.Functions.Capacity;
using Orchestrator.Functions.QueueDrain;

namespace Orchestrator.Functions.Hosting;

/// <summary>
/// Every Lambda function this assembly serves, listed explicitly so the Native AOT host finds
/// them without reflection. Add one line per function to <see cref="All"/>.
/// </summary>
/// <remarks>
/// The managed runtime (dotnet10) does not use this table: it loads the method named by the
/// handler string itself. The table is what the AOT build's <c>_HANDLER</c> selects from, and
/// what tests use to check that every <c>Handler</c> in serverless.template resolves.
/// </remarks>
public static class HandlerTable
{
    /// <summary>All functions, in no particular order. Names and handler strings are unique
    /// (a test checks).</summary>
    public static IReadOnlyList<HandlerEntry> All { get; } =
    [
        // Diagnostics: health checks for the hosting itself (docs/LAMBDA.md).
        HandlerEntry.Of(typeof(Diagnostics), nameof(Diagnostics.Echo), Diagnostics.Echo),
        HandlerEntry.Of(typeof(Diagnostics), nameof(Diagnostics.Context), Diagnostics.Context),
        HandlerEntry.Of(typeof(Diagnostics), nameof(Diagnostics.Fail), Diagnostics.Fail),

        // Decision functions, one line each, named after the ASL state that calls them.
        HandlerEntry.Of(typeof(ParseDrainTriggerFunction), nameof(ParseDrainTriggerFunction.ParseDrainTrigger), ParseDrainTriggerFunction.ParseDrainTrigger),
        HandlerEntry.Of(typeof(PlanDrainLanesFunction), nameof(PlanDrainLanesFunction.PlanDrainLanes), PlanDrainLanesFunction.PlanDrainLanes),
        HandlerEntry.Of(typeof(BuildDrainBatchFunction), nameof(BuildDrainBatchFunction.BuildDrainBatch), BuildDrainBatchFunction.BuildDrainBatch),
        HandlerEntry.Of(typeof(ClassifyDrainOutcomeFunction), nameof(ClassifyDrainOutcomeFunction.ClassifyDrainOutcome), ClassifyDrainOutcomeFunction.ClassifyDrainOutcome),
        HandlerEntry.Of(typeof(SummarizeDrainCycleFunction), nameof(SummarizeDrainCycleFunction.SummarizeDrainCycle), SummarizeDrainCycleFunction.SummarizeDrainCycle),
        HandlerEntry.Of(typeof(ParseInterruptionFunction), nameof(ParseInterruptionFunction.ParseInterruption), ParseInterruptionFunction.ParseInterruption),
        HandlerEntry.Of(typeof(PlanReplacementFunction), nameof(PlanReplacementFunction.PlanReplacement), PlanReplacementFunction.PlanReplacement),
        HandlerEntry.Of(typeof(ParseCapacityTriggerFunction), nameof(ParseCapacityTriggerFunction.ParseCapacityTrigger), ParseCapacityTriggerFunction.ParseCapacityTrigger),
        HandlerEntry.Of(typeof(PlanBackfillFunction), nameof(PlanBackfillFunction.PlanBackfill), PlanBackfillFunction.PlanBackfill),
        HandlerEntry.Of(typeof(PickInstancesToRetireFunction), nameof(PickInstancesToRetireFunction.PickInstancesToRetire), PickInstancesToRetireFunction.PickInstancesToRetire),
    ];

    /// <summary>Finds a function by its short name (<c>Echo</c>) or its full handler string
    /// (<c>Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo</c>),
    /// both compared ordinally.</summary>
    public static HandlerEntry? Find(string handler)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Handler, handler, StringComparison.Ordinal)
                || string.Equals(entry.Name, handler, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
