using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>The three inputs every capacity plan reads: the parsed settings, the Spot pool's describe answer
/// (<c>SpotPool</c>) and the on-demand group's (<c>OnDemand</c>).</summary>
internal static class PoolInputs
{
    public static (CapacitySettings Settings, SpotPool Pool, OnDemandGroup OnDemand) Read(FunctionInput e)
    {
        var settings = e.Get("Settings", CapacityJson.Default.CapacitySettings);
        return (settings,
            SpotPool.Parse(settings.SpotPoolKind, settings.SpotPoolId, e.Object("SpotPool")),
            OnDemandGroup.Parse(e.Object("OnDemand"), settings.OnDemandGroupName));
    }
}
