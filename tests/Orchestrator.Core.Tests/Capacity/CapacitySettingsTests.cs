using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class CapacitySettingsTests
{
    [Fact]
    public void Parse_Nothing_NamesEveryRequiredSetting()
    {
        var error = Assert.Throws<InvalidInputException>(() => CapacitySettings.Parse(new Dictionary<string, string?>()));

        Assert.Contains("SpotPoolKind '' is not one of SpotFleet, AutoScaling, AutoScalingGroup", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClusterArn is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("OnDemandGroupName is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AutoScaling")]
    [InlineData("AutoScalingGroup")]
    public void Parse_AutoScalingPool_NeedsSpotGroupNameNotFleetId(string kind)
    {
        var values = new Dictionary<string, string?> { ["ClusterArn"] = "batch", ["OnDemandGroupName"] = "od", ["SpotPoolKind"] = kind, ["SpotFleetRequestId"] = "" };

        var error = Assert.Throws<InvalidInputException>(() => CapacitySettings.Parse(values));
        values["SpotGroupName"] = "spot";
        var settings = CapacitySettings.Parse(values);

        Assert.Contains("SpotGroupName is required", error.Message, StringComparison.Ordinal);
        Assert.Equal(SpotPoolKind.AutoScaling, settings.SpotPoolKind);
        Assert.Equal("spot", settings.SpotPoolId);
    }

    [Theory]
    [InlineData("MaxRechecks", "0", "MaxRechecks 0 is outside 1..100.")]
    [InlineData("OnDemandUnitsPerInstance", "two", "OnDemandUnitsPerInstance 'two' is not a number.")]
    [InlineData("MaxRetirePerRun", "11", "MaxRetirePerRun 11 is outside 1..10.")]
    [InlineData("RebalanceAction", "replace", "RebalanceAction 'replace' is not one of drain, drain-and-replace.")]
    [InlineData("SettleSeconds", "1.5", "SettleSeconds 1.5 is not a whole number.")]
    public void Parse_BadValue_NamesIt(string name, string value, string expected)
    {
        var values = new Dictionary<string, string?> { ["ClusterArn"] = "batch", ["OnDemandGroupName"] = "od", ["SpotPoolKind"] = "SpotFleet", ["SpotFleetRequestId"] = "sfr-1", [name] = value };

        var error = Assert.Throws<InvalidInputException>(() => CapacitySettings.Parse(values));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Defaults_AreDocumentedOnes()
    {
        var settings = CapacitySamples.Settings();

        Assert.Equal(("weight", 1.0, false, 60, 5, 120, 600, 0, 0, 2), (settings.ReplacementBasis, settings.OnDemandUnitsPerInstance, settings.ReplaceOnRebalance,
            settings.SettleSeconds, settings.MaxRechecks, settings.WaitBeforeFallbackSeconds, settings.HysteresisSeconds, settings.OnDemandMinimum,
            settings.MinimumLifetimeSeconds, settings.MaxRetirePerRun));
    }
}
