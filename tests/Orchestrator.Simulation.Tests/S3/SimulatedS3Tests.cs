using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.S3;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.S3;

// Expectations: S3 API reference and error codes (NoSuchBucket / NoSuchKey are 404; DeleteObject of a
// missing key succeeds), AWS-FACTS.md (S3.NoSuchKeyException recorded for the aws-sdk integration).
public sealed class SimulatedS3Tests
{
    private readonly SimulatedS3 _s3 = new(new Scheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), new SeededRandom(1));

    private static JsonObject Object(string bucket, string key, string? body = null)
    {
        var request = new JsonObject { ["Bucket"] = bucket, ["Key"] = key };
        if (body is not null)
        {
            request["Body"] = body;
        }

        return request;
    }

    [Fact]
    public void PutThenGet_ReturnsBodyAndMetadata()
    {
        _s3.CreateBucket("manifests");
        var put = _s3.Invoke("PutObject", Object("manifests", "batch/1.json", """{"ids":[1,2]}"""));

        var got = _s3.Invoke("GetObject", Object("manifests", "batch/1.json"));

        Assert.Equal("""{"ids":[1,2]}""", got["Body"]!.GetValue<string>());
        Assert.Equal(put["ETag"]!.GetValue<string>(), got["ETag"]!.GetValue<string>());
        Assert.Equal(13, got["ContentLength"]!.GetValue<long>());
        Assert.Equal("2026-01-01T00:00:00Z", got["LastModified"]!.GetValue<string>());
    }

    [Fact]
    public void PutObject_ETag_IsQuotedMd5()
    {
        _s3.CreateBucket("b");

        // MD5("hello") = 5d41402abc4b2a76b9719d911017c592
        Assert.Equal("\"5d41402abc4b2a76b9719d911017c592\"", _s3.Invoke("PutObject", Object("b", "k", "hello"))["ETag"]!.GetValue<string>());
    }

    [Fact]
    public void GetObject_MissingKey_NoSuchKey404()
    {
        _s3.CreateBucket("b");

        var e = Assert.Throws<AwsServiceException>(() => _s3.Invoke("GetObject", Object("b", "nope")));

        Assert.Equal(("NoSuchKey", 404), (e.Code, e.StatusCode));
        Assert.Equal("S3.NoSuchKeyException", AwsErrorNames.ForSdkIntegration("s3", e.Code));
    }

    [Fact]
    public void HeadObject_MissingKey_NoSuchKey()
    {
        _s3.CreateBucket("b");

        Assert.Equal("NoSuchKey", Assert.Throws<AwsServiceException>(() => _s3.Invoke("HeadObject", Object("b", "nope"))).Code);
    }

    [Fact]
    public void AnyObjectCall_MissingBucket_NoSuchBucket()
    {
        var e = Assert.Throws<AwsServiceException>(() => _s3.Invoke("PutObject", Object("none", "k", "x")));

        Assert.Equal(("NoSuchBucket", 404), (e.Code, e.StatusCode));
        Assert.Equal("S3.NoSuchBucketException", AwsErrorNames.ForSdkIntegration("s3", e.Code));
    }

    [Fact]
    public void DeleteObject_RemovesAndMissingKeySucceeds()
    {
        _s3.CreateBucket("b");
        _s3.Invoke("PutObject", Object("b", "k", "x"));

        _s3.Invoke("DeleteObject", Object("b", "k"));
        _s3.Invoke("DeleteObject", Object("b", "k"));

        Assert.Empty(_s3.Keys("b"));
    }

    [Fact]
    public void Invoke_MissingKeyMember_InvalidArgument()
    {
        _s3.CreateBucket("b");

        var e = Assert.Throws<AwsServiceException>(() => _s3.Invoke("GetObject", new JsonObject { ["Bucket"] = "b" }));

        Assert.Equal("InvalidArgument", e.Code);
        Assert.Contains("Key", e.Message, StringComparison.Ordinal);
    }
}
