using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class BatchBuilderTests
{
    [Fact]
    public void Build_SeveralReceives_FlattensInOrderWithReceiveCounts()
    {
        var receives = new JsonArray { Samples.Receive(("a", 1), ("b", 3)), Samples.Receive(("c", 2)) };

        var plan = BatchBuilder.Build(receives, Samples.Settings(), "b1");

        Assert.False(plan.Empty);
        Assert.Equal(["a", "b", "c"], plan.Messages.Select(m => m.MessageId));
        Assert.Equal([1, 3, 2], plan.Messages.Select(m => m.ReceiveCount));
        Assert.Null(plan.Manifest);
    }

    [Fact]
    public void Build_AllReceivesEmpty_IsEmpty()
    {
        var plan = BatchBuilder.Build([Samples.Receive(), Samples.Receive()], Samples.Settings(), "b1");

        Assert.True(plan.Empty);
        Assert.Empty(plan.Messages);
    }

    [Fact]
    public void Build_SmallBatch_GoesInTheContainerEnvironment()
    {
        var plan = BatchBuilder.Build([Samples.Receive(("a", 1))], Samples.Settings(), "b1");

        var container = plan.Overrides["ContainerOverrides"]![0]!;
        Assert.Equal("worker", (string?)container["Name"]);
        var variable = container["Environment"]![0]!;
        Assert.Equal(BatchEnvelope.BatchVariable, (string?)variable["Name"]);
        var envelope = JsonNode.Parse((string)variable["Value"]!)!;
        Assert.Equal("a", (string?)envelope["messages"]![0]!["messageId"]);
        Assert.Equal("body of a", (string?)envelope["messages"]![0]!["body"]);
    }

    [Fact]
    public void Build_OverTheOverridesLimit_WritesAManifest()
    {
        // RunTask: "A total of 8192 characters are allowed for overrides."
        var big = new string('x', 9000);
        var receive = new JsonObject
        {
            ["Messages"] = new JsonArray { new JsonObject { ["MessageId"] = "a", ["ReceiptHandle"] = "rh", ["Body"] = big } },
        };
        var settings = Samples.Settings(s => s with { ManifestBucket = "manifests" });

        var plan = BatchBuilder.Build([receive], settings, "exec-1-lane-0-batch-2");

        Assert.NotNull(plan.Manifest);
        Assert.Equal("manifests", plan.Manifest.Bucket);
        Assert.Equal("manifests/work/exec-1-lane-0-batch-2.json", plan.Manifest.Key);
        Assert.Contains(big, plan.Manifest.Body, StringComparison.Ordinal);
        var variable = plan.Overrides["ContainerOverrides"]![0]!["Environment"]![0]!;
        Assert.Equal(BatchEnvelope.ManifestVariable, (string?)variable["Name"]);
        Assert.Equal("s3://manifests/manifests/work/exec-1-lane-0-batch-2.json", (string?)variable["Value"]);
        Assert.True(plan.Overrides.ToJsonString().Length <= BatchEnvelope.OverridesLimit);
    }

    [Fact]
    public void Build_OverTheLimitWithoutBucket_SaysWhatIsMissing()
    {
        var receive = new JsonObject
        {
            ["Messages"] = new JsonArray { new JsonObject { ["MessageId"] = "a", ["ReceiptHandle"] = "rh", ["Body"] = new string('x', 9000) } },
        };

        var error = Assert.Throws<InvalidInputException>(() => BatchBuilder.Build([receive], Samples.Settings(), "b"));

        Assert.Contains("no ManifestBucket is configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_QuotesInBodies_AreCountedAsTheWireSendsThem()
    {
        // A body of quotes escapes to \" (2 chars each) on the wire, not \u0022 (6 chars): 1,500 quotes
        // fit inline, where 6-char escaping would wrongly push the batch to S3.
        var receive = new JsonObject
        {
            ["Messages"] = new JsonArray { new JsonObject { ["MessageId"] = "a", ["ReceiptHandle"] = "rh", ["Body"] = new string('"', 1500) } },
        };

        var plan = BatchBuilder.Build([receive], Samples.Settings(), "b");

        Assert.Null(plan.Manifest);
    }

    [Fact]
    public void Build_MessageWithoutReceiptHandle_NamesIt()
    {
        var receive = JsonNode.Parse("""{"Messages":[{"MessageId":"a","Body":"x"}]}""")!.AsObject();

        var error = Assert.Throws<InvalidInputException>(() => BatchBuilder.Build([receive], Samples.Settings(), "b"));

        Assert.Contains("receives[0].Messages[0]: 'ReceiptHandle' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildParts_PoisonSuspectAmongFresh_SuspectRunsAloneAndIsHeld()
    {
        var receives = new JsonArray { Samples.Receive(("a", 1), ("b", 3), ("c", 1)) };

        var batch = BatchBuilder.BuildParts(receives, Samples.Settings(), "x-c0-l1-b0", partsLeft: 5);

        Assert.False(batch.Empty);
        Assert.Equal(["a", "c"], batch.Part!.Messages.Select(m => m.MessageId));
        Assert.Empty(batch.Part.Hold);
        var held = Assert.Single(batch.Parts);
        Assert.Equal(["b"], held.Messages.Select(m => m.MessageId));
        // Held: the full visibility timeout again (900 + 120 + 20 + 60 s) when the part before it ends;
        // ids are unique within the receive, as one ChangeMessageVisibilityBatch may carry several parts.
        Assert.Equal([new VisibilityEntry("m1", "rh-b", 1100)], held.Hold);
        var envelope = JsonNode.Parse((string)held.Overrides["ContainerOverrides"]![0]!["Environment"]![0]!["Value"]!)!;
        Assert.Equal(["b"], envelope["messages"]!.AsArray().Select(m => (string?)m!["messageId"]));
    }

    [Fact]
    public void BuildParts_LaneBudgetOfOne_EverythingInOnePart()
    {
        var receives = new JsonArray { Samples.Receive(("a", 1), ("b", 3)) };

        var batch = BatchBuilder.BuildParts(receives, Samples.Settings(), "b", partsLeft: 1);

        Assert.Equal(["a", "b"], batch.Part!.Messages.Select(m => m.MessageId));
        Assert.Empty(batch.Parts);
    }

    [Fact]
    public void BuildParts_LargeHeldPart_HasItsOwnManifestKey()
    {
        var big = new string('x', 9000);
        var receive = new JsonObject
        {
            ["Messages"] = new JsonArray
            {
                new JsonObject { ["MessageId"] = "a", ["ReceiptHandle"] = "rh-a", ["Body"] = "small" },
                new JsonObject { ["MessageId"] = "b", ["ReceiptHandle"] = "rh-b", ["Body"] = big, ["Attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "2" } },
            },
        };
        var settings = Samples.Settings(s => s with { ManifestBucket = "manifests" });

        var batch = BatchBuilder.BuildParts([receive], settings, "e-c0-l0-b4", partsLeft: 3);

        Assert.Null(batch.Part!.Manifest);
        Assert.Equal("manifests/work/e-c0-l0-b4-p1.json", Assert.Single(batch.Parts).Manifest!.Key);
    }

    [Fact]
    public void BuildParts_NothingReceived_IsEmptyWithoutParts()
    {
        var batch = BatchBuilder.BuildParts([Samples.Receive()], Samples.Settings(), "b", partsLeft: 3);

        Assert.True(batch.Empty);
        Assert.Null(batch.Part);
        Assert.Empty(batch.Parts);
    }
}
