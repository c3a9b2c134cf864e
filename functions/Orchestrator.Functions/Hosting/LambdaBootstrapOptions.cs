namespace Orchestrator.Functions.Hosting;

/// <summary>
/// What the Native AOT host needs from its environment, read once at start.
/// </summary>
/// <param name="RuntimeApi">AWS_LAMBDA_RUNTIME_API: the Runtime API's <c>host:port</c>.</param>
/// <param name="Handler">_HANDLER: the function to serve, by short name (<c>Echo</c>) or full
/// handler string; see <see cref="HandlerTable.Find"/>.</param>
public sealed record LambdaBootstrapOptions(string? RuntimeApi, string? Handler)
{
    /// <summary>The environment variable Lambda sets to the Runtime API endpoint.</summary>
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>The environment variable Lambda sets to the function's Handler setting.</summary>
    public const string HandlerVariable = "_HANDLER";

    /// <summary>Reads both variables from the process environment.</summary>
    public static LambdaBootstrapOptions FromEnvironment() => new(
        Environment.GetEnvironmentVariable(RuntimeApiVariable),
        Environment.GetEnvironmentVariable(HandlerVariable));
}
