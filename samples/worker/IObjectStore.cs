namespace Orchestrator.SampleWorker;

/// <summary>The worker's only I/O besides its environment: read a manifest, write a result.</summary>
public interface IObjectStore
{
    /// <summary>The object's text; throws when it cannot be read.</summary>
    Task<string> GetTextAsync(S3Location location, CancellationToken cancellationToken);

    /// <summary>Writes the object as UTF-8 JSON.</summary>
    Task PutJsonAsync(S3Location location, string json, CancellationToken cancellationToken);
}
