using System.Collections;
using System.Runtime.InteropServices;
using Amazon.S3;
using Orchestrator.SampleWorker;

// SIGTERM arrives when ECS stops the task: a Spot reclaim (Fargate Spot: two minutes' warning), the
// drain's task time-out, or StopTask. ECS sends SIGKILL after the container's stopTimeout.
using var stopping = new CancellationTokenSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true; // the worker ends itself, with its own exit code
    stopping.Cancel();
});

var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
using var s3 = new AmazonS3Client();
var worker = new BatchWorker(new S3ObjectStore(s3), new SampleHandler(Console.Out), Console.Out);
try
{
    return await worker.RunAsync(environment, stopping.Token).ConfigureAwait(false);
}
catch (AmazonS3Exception e)
{
    Console.Error.WriteLine($"S3 refused: {e.ErrorCode}: {e.Message}");
    return WorkerExitCodes.Failed;
}
