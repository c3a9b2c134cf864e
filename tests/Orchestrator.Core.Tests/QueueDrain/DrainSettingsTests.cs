using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class DrainSettingsTests
{
    private static Dictionary<string, string?> Required() => new()
    {
        ["QueueUrl"] = Samples.QueueUrl,
        ["Cluster"] = "batch",
        ["TaskDefinition"] = "worker:3",
        ["ContainerName"] = "worker",
    };

    [Fact]
    public void Parse_OnlyRequired_UsesDocumentedDefaults()
    {
        var settings = DrainSettings.Parse(Required());

        Assert.Equal(10, settings.BatchSize);
        Assert.Equal(10, settings.MaxConcurrentTasks);
        Assert.Equal("FARGATE_SPOT", settings.SpotCapacityProvider);
        Assert.Equal("work", settings.QueueName);
        Assert.Equal(900 + 120 + 20 + 60, settings.VisibilityTimeoutSeconds);
    }

    [Fact]
    public void Parse_ListsAndNumbers_AreConverted()
    {
        var values = Required();
        values["Subnets"] = "subnet-a, subnet-b,";
        values["BatchSize"] = "25";
        values["TaskVcpu"] = "0.5";

        var settings = DrainSettings.Parse(values);

        Assert.Equal(["subnet-a", "subnet-b"], settings.Subnets);
        Assert.Equal(25, settings.BatchSize);
        Assert.Equal(3, settings.ReceivesPerBatch);
        Assert.Equal(0.5, settings.TaskVcpu);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var values = Required();
        values.Remove("Cluster");
        values["BatchSize"] = "ten";
        values["MaxConcurrentTasks"] = "0";

        var error = Assert.Throws<InvalidInputException>(() => DrainSettings.Parse(values));

        Assert.Contains("Cluster is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchSize 'ten' is not a whole number", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxConcurrentTasks 0 is outside 1..1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VisibilityBeyondSqsLimit_IsRejected()
    {
        // SQS: visibility timeout 0 s – 12 h (AWS-FACTS.md, "Limits of the services around it").
        var values = Required();
        values["TaskTimeoutSeconds"] = "43200";

        var error = Assert.Throws<InvalidInputException>(() => DrainSettings.Parse(values));

        Assert.Contains("12-hour visibility limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotAQueueUrl_IsRejected()
    {
        var values = Required();
        values["QueueUrl"] = "work";

        var error = Assert.Throws<InvalidInputException>(() => DrainSettings.Parse(values));

        Assert.Contains("QueueUrl 'work' is not an SQS queue URL", error.Message, StringComparison.Ordinal);
    }
}
