using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace Orchestrator.SampleWorker;

/// <summary><see cref="IObjectStore"/> on Amazon S3 through AWSSDK.S3. In ECS the client takes the
/// task role's credentials and the region from the container's environment by itself.</summary>
public sealed class S3ObjectStore(IAmazonS3 s3) : IObjectStore
{
    /// <inheritdoc/>
    public async Task<string> GetTextAsync(S3Location location, CancellationToken cancellationToken)
    {
        using var response = await s3.GetObjectAsync(location.Bucket, location.Key, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task PutJsonAsync(S3Location location, string json, CancellationToken cancellationToken) =>
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = location.Bucket,
            Key = location.Key,
            ContentBody = json,
            ContentType = "application/json",
        }, cancellationToken).ConfigureAwait(false);
}
