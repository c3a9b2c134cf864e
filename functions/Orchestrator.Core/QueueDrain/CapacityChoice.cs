namespace Orchestrator.Core.QueueDrain;

/// <summary>Where a batch's task runs, and since when the batch has been trying to start.</summary>
/// <param name="Provider">The capacity provider for the next RunTask.</param>
/// <param name="OnDemand">True once the batch fell back from Spot.</param>
/// <param name="FirstAttemptAt">Unix seconds of the batch's first RunTask, 0 before it.</param>
public sealed record CapacityChoice(string Provider, bool OnDemand, long FirstAttemptAt)
{
    public static CapacityChoice Spot(DrainSettings settings) => new(settings.SpotCapacityProvider, false, 0);
}
