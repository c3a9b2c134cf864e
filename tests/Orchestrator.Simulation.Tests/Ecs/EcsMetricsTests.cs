using System.Text.Json.Nodes;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsMetricsTests
{
    [Fact]
    public void Metrics_Ec2Reservations_PublishedPerMinuteAsPercent()
    {
        // AWS/ECS CPUReservation and MemoryReservation per ClusterName, Percent, 1-minute (ECS CloudWatch metrics).
        var ecs = new EcsHarness(workload: new WorkloadModel { HangProbability = 1 });
        ecs.Register("i-0aaa", cpu: 4096, memory: 8192);
        ecs.RunTask(new JsonObject { ["launchType"] = "EC2" });

        ecs.RunFor(TimeSpan.FromMinutes(3.5)); // minute boundaries 12:01, 12:02, 12:03

        var cpu = ecs.Metrics.Series("AWS/ECS", "CPUReservation", "ClusterName", "batch");
        var memory = ecs.Metrics.Series("AWS/ECS", "MemoryReservation", "ClusterName", "batch");
        Assert.Equal(3, cpu.Count);
        Assert.All(cpu, d => Assert.Equal(25.0, d.Value));
        Assert.All(memory, d => Assert.Equal(25.0, d.Value));
        Assert.All(cpu, d => Assert.Equal("Percent", d.Unit));
        Assert.Equal(TimeSpan.FromMinutes(1), cpu[1].Timestamp - cpu[0].Timestamp);
    }

    [Fact]
    public void Metrics_ServiceCpuUtilization_FromWorkloadCpuShare()
    {
        var ecs = new EcsHarness(workload: new WorkloadModel { CpuUtilization = 0.4 });
        ecs.Call("CreateService", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web", ["taskDefinition"] = "worker", ["desiredCount"] = 1, ["launchType"] = "FARGATE" });

        ecs.RunFor(TimeSpan.FromMinutes(3));

        var series = ecs.Metrics.Series("AWS/ECS", "CPUUtilization", "ServiceName", "web");
        Assert.NotEmpty(series);
        Assert.All(series, d => Assert.Equal(40.0, d.Value, 6));
        Assert.Equal("batch", series[0].Dimensions["ClusterName"]);
    }

    [Fact]
    public void Metrics_NoLiveTasks_StopTicking()
    {
        var ecs = new EcsHarness();
        var arn = ecs.RunFargate();
        ecs.RunUntilStopped(arn);

        ecs.Scheduler.Run();

        Assert.Null(ecs.Scheduler.Peek());
    }
}
