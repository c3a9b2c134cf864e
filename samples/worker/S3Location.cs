namespace Orchestrator.SampleWorker;

/// <summary>An <c>s3://bucket/key</c> URI, as the drain writes it into the environment.</summary>
public sealed record S3Location(string Bucket, string Key)
{
    /// <summary>Parses <paramref name="uri"/>; false when it is not <c>s3://bucket/key</c>.</summary>
    public static bool TryParse(string uri, out S3Location location)
    {
        location = new S3Location(string.Empty, string.Empty);
        const string Scheme = "s3://";
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        location = new S3Location(rest[..slash], rest[(slash + 1)..]);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"s3://{Bucket}/{Key}";
}
