using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Integrations;

public class SimulatedLambdaTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Stream Echo(Stream input) => input is MemoryStream m ? new MemoryStream(m.ToArray()) : input;

    [Fact]
    public void Invoke_FirstCallIsCold_NextIsWarm_UntilIdleTooLong()
    {
        var scheduler = new Scheduler(Start);
        var lambda = new SimulatedLambda(scheduler, new SeededRandom(1));
        lambda.Register("echo", Echo);
        var results = new List<(LambdaResult Result, DateTimeOffset At)>();

        lambda.Invoke("echo", new JsonObject { ["n"] = 1 }, r => results.Add((r, scheduler.Now)));
        scheduler.Run();
        lambda.Invoke("arn:aws:lambda:us-east-1:123456789012:function:echo", new JsonObject { ["n"] = 2 }, r => results.Add((r, scheduler.Now)));
        scheduler.Run();
        scheduler.Run(scheduler.Now.AddMinutes(20));
        lambda.Invoke("echo", null, r => results.Add((r, scheduler.Now)));
        scheduler.Run();

        Assert.Equal([true, false, true], results.Select(r => r.Result.ColdStart));
        Assert.Equal(Start.AddMilliseconds(865), results[0].At);
        Assert.Equal(2, (int)results[1].Result.Payload!["n"]!);
        Assert.Equal(2, lambda.ColdStarts);
        Assert.Equal(3, lambda.Invocations["echo"]);
    }

    [Fact]
    public void Invoke_HandlerThrows_ErrorTypeIsTheExceptionName()
    {
        var scheduler = new Scheduler(Start);
        var lambda = new SimulatedLambda(scheduler, new SeededRandom(1));
        lambda.Register("boom", _ => throw new InvalidOperationException("no"));
        LambdaResult? result = null;

        lambda.Invoke("boom", new JsonObject(), r => result = r);
        scheduler.Run();

        Assert.Equal("InvalidOperationException", result!.Error);
        Assert.Contains("\"errorMessage\":\"no\"", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_ServiceErrorsInjected_AreSeededAndNamedAsLambdaReportsThem()
    {
        string?[] Run(long seed)
        {
            var scheduler = new Scheduler(Start);
            var lambda = new SimulatedLambda(scheduler, new SeededRandom(seed), new LambdaOptions { ServiceErrorProbability = 0.5 });
            lambda.Register("echo", Echo);
            var errors = new List<string?>();
            for (var i = 0; i < 40; i++)
            {
                lambda.Invoke("echo", new JsonObject(), r => errors.Add(r.Error));
            }

            scheduler.Run();
            return [.. errors];
        }

        var first = Run(7);

        Assert.Equal(first, Run(7));
        Assert.Contains(first, e => e == "Lambda.ServiceException");
        Assert.Contains(first, e => e is null);
    }

    [Fact]
    public void Invoke_HandlerAnswersNotJson_IsAFunctionError()
    {
        var scheduler = new Scheduler(Start);
        var lambda = new SimulatedLambda(scheduler, new SeededRandom(1));
        lambda.Register("text", _ => new MemoryStream(Encoding.UTF8.GetBytes("not json")));
        LambdaResult? result = null;

        lambda.Invoke("text", null, r => result = r);
        scheduler.Run();

        Assert.Equal("Lambda.InvalidResponse", result!.Error);
    }
}
