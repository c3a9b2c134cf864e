using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>DeleteMessage(Batch) and ChangeMessageVisibility(Batch), with AWS's receipt-handle rules.</summary>
/// <remarks>
/// <para>Receipt handles, per the DeleteMessage API reference and SQS's observed answers:
/// a value that was never a receipt handle → ReceiptHandleIsInvalid. An older handle of a message
/// received again since → on a standard queue the delete "will succeed, but the message might not be
/// deleted" (here: it is not); on a FIFO queue, and for ChangeMessageVisibility, InvalidParameterValue.
/// The latest handle deletes the message even after its visibility timeout ran out on a standard
/// queue, while a FIFO queue answers "The receipt handle has expired." A handle of a message already
/// deleted (or moved to the DLQ) deletes nothing and succeeds.</para>
/// <para>Batch variants report per-entry failures in Failed[] (SenderFault true) instead of throwing;
/// only batch-level problems (empty, &gt; 10 entries, bad or repeated ids) throw.</para>
/// </remarks>
public sealed partial class SimulatedSqs
{
    private JsonObject DeleteMessage(JsonObject request)
    {
        Delete(Queue(request), request["ReceiptHandle"]!.GetValue<string>());
        return [];
    }

    private JsonObject DeleteMessageBatch(JsonObject request) =>
        Batch(request, "DeleteMessageBatchRequestEntry", (queue, entry) => Delete(queue, entry["ReceiptHandle"]!.GetValue<string>()));

    private JsonObject ChangeMessageVisibility(JsonObject request)
    {
        ChangeVisibility(Queue(request), request["ReceiptHandle"]!.GetValue<string>(), IntOf(request["VisibilityTimeout"])!.Value);
        return [];
    }

    private JsonObject ChangeMessageVisibilityBatch(JsonObject request) =>
        Batch(request, "ChangeMessageVisibilityBatchRequestEntry", (queue, entry) =>
            ChangeVisibility(queue, entry["ReceiptHandle"]!.GetValue<string>(), IntOf(entry["VisibilityTimeout"]) ?? queue.Settings.VisibilityTimeout));

    private JsonObject Batch(JsonObject request, string entryShape, Action<SqsQueue, JsonObject> apply)
    {
        var queue = Queue(request);
        var successful = new JsonArray();
        var failed = new JsonArray();
        foreach (var entry in CheckBatch(request, entryShape))
        {
            try
            {
                apply(queue, entry);
                successful.Add(new JsonObject { ["Id"] = entry["Id"]!.GetValue<string>() });
            }
            catch (AwsServiceException e)
            {
                failed.Add(FailedEntry(entry, e));
            }
        }

        return new JsonObject { ["Successful"] = successful, ["Failed"] = failed };
    }

    private void Delete(SqsQueue queue, string handle)
    {
        var message = Resolve(queue, handle);
        if (message is null || !queue.Messages.Contains(message))
        {
            return; // already deleted, dropped or dead-lettered: nothing to do, success
        }

        var now = _scheduler.Now;
        var latest = message.ReceiptHandle == handle;
        if (queue.Settings.Fifo && (!latest || !message.IsInFlight(now)))
        {
            throw SqsErrors.InvalidParameterValue("ReceiptHandle", handle, "The receipt handle has expired.", _requestId);
        }

        if (!latest)
        {
            return; // standard queue, older handle: AWS answers success and may keep the message
        }

        queue.Messages.Remove(message);
        queue.DeletedInPeriod++;
        _log.Deleted(queue.Name, message.MessageId, now);
        Poke(queue); // a FIFO group may be unblocked
    }

    private void ChangeVisibility(SqsQueue queue, string handle, int seconds)
    {
        if (seconds is < 0 or > 43_200)
        {
            throw SqsErrors.InvalidParameterValue("VisibilityTimeout", Text(seconds), "Must be between 0 and 43200, if provided.", _requestId);
        }

        var message = Resolve(queue, handle);
        var now = _scheduler.Now;
        if (message is null || !queue.Messages.Contains(message) || message.ReceiptHandle != handle)
        {
            throw SqsErrors.InvalidParameterValue("ReceiptHandle", handle, "Message does not exist or is not available for visibility timeout change.", _requestId);
        }

        if (!message.IsInFlight(now))
        {
            throw SqsErrors.InvalidParameterValue("ReceiptHandle", handle, "The receipt handle has expired.", _requestId);
        }

        var visibleAt = now + TimeSpan.FromSeconds(seconds);
        if (visibleAt < message.VisibleAt)
        {
            _log.Returned(queue.Name, message.MessageId, now);
        }

        message.VisibleAt = visibleAt;
        Poke(queue);
        ScheduleWake(queue);
    }

    /// <summary>The message a handle was issued for, or null when it belongs to another queue's message that is gone; throws for a value never issued.</summary>
    private SqsMessage? Resolve(SqsQueue queue, string handle)
    {
        if (!_receipts.TryGetValue(handle, out var receipt) || receipt.Queue != queue)
        {
            throw SqsErrors.ReceiptHandleIsInvalid(handle, _requestId);
        }

        return receipt.Message;
    }
}
