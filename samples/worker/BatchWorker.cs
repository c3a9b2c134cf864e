using System.Text.Json;

namespace Orchestrator.SampleWorker;

/// <summary>
/// One task's life: read the batch, process each message, report the failed ones, exit.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>All succeeded: exit 0 (with <see cref="ContractNames.ResultUri"/>, an empty result is written first).</item>
/// <item>Some failed and <see cref="ContractNames.ResultUri"/> is set: the result lists them, exit 0;
/// the drain deletes the others and returns only those.</item>
/// <item>Some failed and no result URI (an older drain), the batch unreadable, or the result
/// unwritable: exit 1, the whole batch comes back.</item>
/// <item>SIGTERM (a Spot reclaim, a time-out, StopTask): stop at once, write nothing, exit 143; the
/// drain returns the whole batch whatever the worker does, so finishing the batch gains nothing.</item>
/// </list>
/// The worker never deletes messages or changes their visibility: the drain owns them.
/// </remarks>
public sealed class BatchWorker(IObjectStore store, IMessageHandler handler, TextWriter log)
{
    /// <summary>Runs the batch the environment names; returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken stopping)
    {
        try
        {
            var batch = await BatchDocument.ReadAsync(environment, store, stopping).ConfigureAwait(false);
            var failures = new List<string>();
            foreach (var message in batch)
            {
                stopping.ThrowIfCancellationRequested();
                if (await handler.HandleAsync(message, stopping).ConfigureAwait(false) is { } why)
                {
                    await log.WriteLineAsync($"failed {message.MessageId}: {why}").ConfigureAwait(false);
                    failures.Add(message.MessageId);
                }
            }

            return await ReportAsync(environment, failures, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await log.WriteLineAsync("SIGTERM: stopping; the drain returns the whole batch").ConfigureAwait(false);
            return WorkerExitCodes.Terminated;
        }
        catch (FormatException e)
        {
            await log.WriteLineAsync($"bad batch: {e.Message}").ConfigureAwait(false);
            return WorkerExitCodes.Failed;
        }
    }

    private async Task<int> ReportAsync(IReadOnlyDictionary<string, string> environment, List<string> failures, CancellationToken stopping)
    {
        if (!environment.TryGetValue(ContractNames.ResultUri, out var uri))
        {
            return failures.Count == 0 ? WorkerExitCodes.Done : WorkerExitCodes.Failed;
        }

        if (!S3Location.TryParse(uri, out var location))
        {
            await log.WriteLineAsync($"{ContractNames.ResultUri} must be s3://bucket/key, got '{uri}'").ConfigureAwait(false);
            return WorkerExitCodes.Failed;
        }

        await store.PutJsonAsync(location, ResultJson(failures), stopping).ConfigureAwait(false);
        return WorkerExitCodes.Done;
    }

    /// <summary>The partial batch result (schemas/result.schema.json), Lambda's ReportBatchItemFailures shape.</summary>
    public static string ResultJson(IEnumerable<string> failedIds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("batchItemFailures");
            foreach (var id in failedIds)
            {
                json.WriteStartObject();
                json.WriteString("itemIdentifier", id);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
