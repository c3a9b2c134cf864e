namespace Orchestrator.Core.QueueDrain;

/// <summary>How long a returned message stays invisible before it is tried again.</summary>
/// <remarks>
/// <para>BackoffBaseSeconds × 2^(receives − 1), at most BackoffMaxSeconds, then spread by a factor in
/// [0.5, 1.5) drawn from the message id and receive count. The spread matters for batches: a
/// failed batch's messages would otherwise all come back at the same moment and be received
/// together again, so one poison message would fail the same companions on every attempt until
/// SQS's redrive dead-letters them all. Spread, they come back at different times and join
/// different batches.</para>
/// <para>The factor is a hash (FNV-1a), not a random draw: decisions stay pure and repeatable, and
/// a message retried twice gets two different factors.</para>
/// </remarks>
public static class Backoff
{
    public static int VisibilitySeconds(string messageId, int receiveCount, DrainSettings settings)
    {
        var exponent = Math.Clamp(receiveCount - 1, 0, 30);
        var delay = Math.Min(settings.BackoffMaxSeconds, settings.BackoffBaseSeconds * Math.Pow(2, exponent));
        return (int)Math.Round(delay * Spread(messageId, receiveCount));
    }

    /// <summary>A factor in [0.5, 1.5), fixed for a message id and receive count.</summary>
    public static double Spread(string messageId, int receiveCount)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var c in $"{messageId}#{receiveCount}")
        {
            hash = unchecked((hash ^ c) * 0x100000001b3UL);
        }

        return 0.5 + ((hash % 10_000) / 10_000.0);
    }
}
