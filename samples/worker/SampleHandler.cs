using System.Text.Json;

namespace Orchestrator.SampleWorker;

/// <summary>The sample's work: a body must be a JSON object; <c>"workMilliseconds"</c> in it is
/// how long the work takes (0 when absent). Anything else is a poison message: it fails alone,
/// reported in the partial batch result, and reaches the dead-letter queue after maxReceiveCount.</summary>
public sealed class SampleHandler(TextWriter log) : IMessageHandler
{
    /// <inheritdoc/>
    public async Task<string?> HandleAsync(BatchItem message, CancellationToken cancellationToken)
    {
        int milliseconds;
        try
        {
            using var body = JsonDocument.Parse(message.Body);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "the body is not a JSON object";
            }

            milliseconds = body.RootElement.TryGetProperty("workMilliseconds", out var w) && w.TryGetInt32(out var ms) && ms >= 0 ? ms : 0;
        }
        catch (JsonException e)
        {
            return $"the body is not JSON: {e.Message}";
        }

        await Task.Delay(milliseconds, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"processed {message.MessageId} (receive {message.ReceiveCount})").ConfigureAwait(false);
        return null;
    }
}
