using Orchestrator.Functions.Hosting;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class FunctionCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(FunctionCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Functions_RepositoryTemplate_AreManagedDotnet10HandlersOfTheTable()
    {
        var template = StackTemplate.Repository;
        var functions = template.ResourcesOfType("AWS::Serverless::Function").ToList();

        Assert.NotEmpty(functions);
        Assert.All(functions, f =>
        {
            Assert.Equal("dotnet10", template.FunctionProperty(f.Properties, "Runtime")?.ToString());
            var handler = f.Properties["Handler"]!.ToString();
            Assert.Equal(handler, HandlerTable.Find(handler)?.Handler);
        });
    }

    [Fact]
    public void Problems_MisspelledHandler_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "PlanDrainLanesFunction")["Handler"] =
            "Orchestrator.Functions::Orchestrator.Functions.QueueDrain.PlanDrainLanesFunction::PlanDrainLane");

        var problems = FunctionCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.StartsWith("PlanDrainLanesFunction: Handler", StringComparison.Ordinal));
        Assert.Contains("HandlerTable's PlanDrainLanes is not deployed by any AWS::Serverless::Function.", problems);
    }

    [Fact]
    public void Problems_DeprecatedRuntime_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "BuildDrainBatchFunction")["Runtime"] = "dotnet8");

        Assert.Contains(FunctionCheck.Problems(broken), p => p.Contains("Runtime 'dotnet8'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_FunctionSwitchedToNativeAot_NoneWithTheAotProjectAndSameHandler()
    {
        var switched = StackTemplate.Repository.With(t =>
        {
            Properties(t, "ParseDrainTriggerFunction")["Runtime"] = "provided.al2023";
            Properties(t, "ParseDrainTriggerFunction")["CodeUri"] = FunctionCheck.AotCodeUri;
        });

        Assert.Empty(FunctionCheck.Problems(switched));
    }

    [Fact]
    public void Problems_NativeAotRuntimeWithManagedCode_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "ParseDrainTriggerFunction")["Runtime"] = "provided.al2023");

        Assert.Contains(FunctionCheck.Problems(broken), p => p.Contains($"needs CodeUri '{FunctionCheck.AotCodeUri}'", StringComparison.Ordinal));
    }

    [Fact]
    public void IsDecisionFunction_DiagnosticsAreNot()
    {
        Assert.False(FunctionCheck.IsDecisionFunction(HandlerTable.Find("Echo")!));
        Assert.True(FunctionCheck.IsDecisionFunction(HandlerTable.Find("ClassifyDrainOutcome")!));
    }
}
