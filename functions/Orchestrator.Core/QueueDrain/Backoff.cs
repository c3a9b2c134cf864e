namespace Orchestrator.Core.QueueDrain;

/// <summary>How long a returned message stays invisible before it is tried again.</summary>
/// <remarks>BackoffBaseSeconds × 2^(receives − 1), at most BackoffMaxSeconds: the first failure waits
/// the base, each further one twice as long. SQS's redrive policy moves a message to the dead-letter
/// queue after maxReceiveCount receives, so backoff only spaces out the attempts.</remarks>
public static class Backoff
{
    public static int VisibilitySeconds(int receiveCount, DrainSettings settings)
    {
        var exponent = Math.Clamp(receiveCount - 1, 0, 30);
        var delay = settings.BackoffBaseSeconds * Math.Pow(2, exponent);
        return (int)Math.Min(settings.BackoffMaxSeconds, delay);
    }
}
