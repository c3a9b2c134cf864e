namespace Orchestrator.Simulation.Baselines;

/// <summary>What the workers of one design did that the message log cannot tell: messages whose
/// processing was cut short because the scaler stopped their task.</summary>
public sealed class WorkerRecord
{
    private readonly HashSet<string> _killed = new(StringComparer.Ordinal);

    /// <summary>Distinct messages that were being processed by a task the scaler stopped.</summary>
    public int KilledMidWorkMessages => _killed.Count;

    /// <summary>Times a message was cut short that way (a message can be cut more than once).</summary>
    public int KilledMidWorkTimes { get; private set; }

    internal void AddKilled(string messageId)
    {
        KilledMidWorkTimes++;
        _killed.Add(messageId);
    }
}
