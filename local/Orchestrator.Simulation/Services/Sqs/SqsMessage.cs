using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>One message held by a simulated queue, with its delivery state.</summary>
/// <remarks>
/// State is derived from times, so nothing needs a timer: a message is <em>delayed</em> while never
/// received and <see cref="VisibleAt"/> is ahead, <em>in flight</em> while received and
/// <see cref="VisibleAt"/> is ahead, and <em>visible</em> otherwise.
/// </remarks>
internal sealed class SqsMessage
{
    public required string MessageId { get; init; }

    public required string Body { get; init; }

    public required string Md5OfBody { get; init; }

    public JsonObject? MessageAttributes { get; init; }

    public string? Md5OfMessageAttributes { get; init; }

    public string? TraceHeader { get; init; }

    /// <summary>SentTimestamp: when the producer sent it (kept across a dead-letter move).</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Retention is counted from here (a standard DLQ keeps the source's; a FIFO DLQ resets it).</summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When it arrived in this queue: the basis of ApproximateAgeOfOldestMessage.</summary>
    public required DateTimeOffset ArrivedAt { get; init; }

    /// <summary>Position in the queue; also the FIFO order.</summary>
    public required long Sequence { get; init; }

    public string? GroupId { get; init; }

    public string? DeduplicationId { get; init; }

    public string? SequenceNumber { get; init; }

    public string? DeadLetterSourceArn { get; init; }

    public DateTimeOffset VisibleAt { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? FirstReceivedAt { get; set; }

    /// <summary>The receipt handle of the latest receive; older ones no longer act on the message.</summary>
    public string? ReceiptHandle { get; set; }

    public bool IsInFlight(DateTimeOffset now) => ReceiveCount > 0 && VisibleAt > now;

    public bool IsDelayed(DateTimeOffset now) => ReceiveCount == 0 && VisibleAt > now;

    public bool IsVisible(DateTimeOffset now) => VisibleAt <= now;

    /// <summary>Size counted against MaximumMessageSize: body plus attribute names, types and values (UTF-8 bytes).</summary>
    public static int SizeOf(string body, JsonObject? attributes)
    {
        var size = System.Text.Encoding.UTF8.GetByteCount(body);
        foreach (var (name, value) in attributes ?? [])
        {
            size += System.Text.Encoding.UTF8.GetByteCount(name);
            size += System.Text.Encoding.UTF8.GetByteCount(value?["DataType"]?.GetValue<string>() ?? string.Empty);
            size += System.Text.Encoding.UTF8.GetByteCount(value?["StringValue"]?.GetValue<string>() ?? string.Empty);
            if (value?["BinaryValue"]?.GetValue<string>() is { } binary)
            {
                size += (binary.Length * 3) / 4;
            }
        }

        return size;
    }
}
