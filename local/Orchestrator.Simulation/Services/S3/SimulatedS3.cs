using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.S3;

/// <summary>
/// Simulated Amazon S3, objects only: CreateBucket, PutObject, GetObject, HeadObject, DeleteObject.
/// Used for batch manifests too large for container overrides.
/// </summary>
/// <remarks>
/// <para>Bodies are text, as the Step Functions aws-sdk:s3 integration passes and returns them.
/// ETag is the quoted MD5 hex of the body (S3's ETag for a single-part upload without SSE-KMS).
/// Errors from the API model and the S3 error-code list: a missing bucket → NoSuchBucket (404,
/// "The specified bucket does not exist"), a missing key on Get/Head → NoSuchKey (404, "The
/// specified key does not exist."); DeleteObject of a missing key succeeds (S3 answers 204).
/// Requests are validated against the S3 API model first. No versioning, no multipart.</para>
/// </remarks>
public sealed class SimulatedS3 : ISimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly Dictionary<string, Dictionary<string, S3Object>> _buckets = new(StringComparer.Ordinal);

    /// <summary>Creates an S3 with no buckets.</summary>
    public SimulatedS3(Scheduler scheduler, SeededRandom random)
    {
        _scheduler = scheduler;
        _random = random;
    }

    /// <inheritdoc/>
    public string ServiceName => "s3";

    /// <summary>Creates a bucket for a scenario's setup (same as the CreateBucket operation).</summary>
    public void CreateBucket(string bucket) => _buckets.TryAdd(bucket, new Dictionary<string, S3Object>(StringComparer.Ordinal));

    /// <summary>The keys in a bucket, sorted (for tests and reports).</summary>
    public IReadOnlyList<string> Keys(string bucket) =>
        _buckets.TryGetValue(bucket, out var objects) ? objects.Keys.Order(StringComparer.Ordinal).ToList() : [];

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request)
    {
        var requestId = AwsRequestIds.Next(_random);
        var name = ApiModel.Load("s3").FindOperation(operation)
            ?? throw new AwsServiceException("s3", "MethodNotAllowed", 405, $"The specified method {operation} is not allowed against this resource.", requestId);
        ValidationErrors.Ensure("s3", name, request, requestId);
        var bucket = request["Bucket"]!.GetValue<string>();
        if (name == "CreateBucket")
        {
            CreateBucket(bucket);
            return new JsonObject { ["Location"] = "/" + bucket };
        }

        if (!_buckets.TryGetValue(bucket, out var objects))
        {
            throw new AwsServiceException("s3", "NoSuchBucket", 404, "The specified bucket does not exist", requestId);
        }

        var key = request["Key"]?.GetValue<string>() ?? string.Empty;
        switch (name)
        {
            case "PutObject":
                var body = request["Body"]?.GetValue<string>() ?? string.Empty;
                var stored = new S3Object(body, ETagOf(body), _scheduler.Now,
                    request["ContentType"]?.GetValue<string>() ?? "binary/octet-stream", request["Metadata"]?.DeepClone().AsObject());
                objects[key] = stored;
                return new JsonObject { ["ETag"] = stored.ETag, ["ServerSideEncryption"] = "AES256" };
            case "GetObject":
                var got = Find(objects, key, requestId);
                var answer = Head(got);
                answer.Insert(0, "Body", got.Body);
                return answer;
            case "HeadObject":
                return Head(Find(objects, key, requestId));
            case "DeleteObject":
                objects.Remove(key);
                return new JsonObject();
            default:
                throw new AwsServiceException("s3", "NotImplemented", 501, $"The simulated S3 does not implement {name}.", requestId);
        }
    }

    private static S3Object Find(Dictionary<string, S3Object> objects, string key, string requestId) =>
        objects.TryGetValue(key, out var found)
            ? found
            : throw new AwsServiceException("s3", "NoSuchKey", 404, "The specified key does not exist.", requestId);

    private static JsonObject Head(S3Object o)
    {
        var head = new JsonObject
        {
            ["AcceptRanges"] = "bytes",
            ["LastModified"] = o.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["ContentLength"] = o.ContentLength,
            ["ETag"] = o.ETag,
            ["ContentType"] = o.ContentType,
            ["ServerSideEncryption"] = "AES256",
        };
        head["Metadata"] = o.Metadata?.DeepClone() ?? new JsonObject();
        return head;
    }

#pragma warning disable CA5351 // S3's ETag is the MD5 of the body; it is an identifier, not a security measure.
    private static string ETagOf(string body) => $"\"{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)))}\"";
#pragma warning restore CA5351
}
