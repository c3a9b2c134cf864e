using System.Text.Json.Serialization;

namespace Orchestrator.Functions.Hosting;

/// <summary>
/// The JSON body of <c>POST /runtime/invocation/{id}/error</c> and <c>POST /runtime/init/error</c>:
/// <c>{"errorMessage", "errorType", "stackTrace"}</c> (AWS docs, "Using the Lambda runtime API for
/// custom runtimes").
/// </summary>
public sealed record RuntimeError(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    /// <summary>The error for an exception a handler threw: the exception's type name (as the
    /// managed .NET runtime reports it), its message, and its stack trace one frame a line.</summary>
    public static RuntimeError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var frames = (exception.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new RuntimeError(exception.Message, exception.GetType().Name, frames);
    }
}
