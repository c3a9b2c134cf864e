namespace Orchestrator.SampleWorker.Tests;

/// <summary>An <see cref="IObjectStore"/> in a dictionary keyed by s3:// URI.</summary>
internal sealed class InMemoryObjectStore : IObjectStore
{
    public Dictionary<string, string> Objects { get; } = new(StringComparer.Ordinal);

    public Task<string> GetTextAsync(S3Location location, CancellationToken cancellationToken) =>
        Objects.TryGetValue(location.ToString(), out var text) ? Task.FromResult(text) : throw new FileNotFoundException($"{location} does not exist");

    public Task PutJsonAsync(S3Location location, string json, CancellationToken cancellationToken)
    {
        Objects[location.ToString()] = json;
        return Task.CompletedTask;
    }
}
