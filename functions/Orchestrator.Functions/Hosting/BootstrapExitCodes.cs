namespace Orchestrator.Functions.Hosting;

/// <summary>Process exit codes of the Native AOT host. Lambda logs a non-zero exit as a runtime
/// failure and starts a fresh execution environment for the next event.</summary>
public static class BootstrapExitCodes
{
    /// <summary>The loop was cancelled (only tests and Ctrl+C do that).</summary>
    public const int Stopped = 0;

    /// <summary>_HANDLER names no function; reported to /runtime/init/error first.</summary>
    public const int InitError = 1;

    /// <summary>The Runtime API failed or answered an error; the runtime cannot go on.</summary>
    public const int RuntimeApiFailed = 2;

    /// <summary>AWS_LAMBDA_RUNTIME_API is not set or not a host:port, so there is nowhere to
    /// report anything.</summary>
    public const int NoRuntimeApi = 3;
}
