using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsPlacementPropertyTests
{
    /// <summary>Reserved resources on each instance equal its registered ones minus the tasks on it that are not STOPPED.</summary>
    private static void AssertBookkeeping(EcsHarness ecs, List<string> instances)
    {
        var described = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instances.Select(i => (JsonNode)i).ToArray()) })["containerInstances"]!.AsArray();
        var live = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch" })["taskArns"]!.AsArray()
            .Concat(ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["desiredStatus"] = "STOPPED" })["taskArns"]!.AsArray())
            .Select(t => ecs.Describe(t!.GetValue<string>()))
            .Where(t => t["lastStatus"]!.GetValue<string>() != "STOPPED")
            .ToList();
        foreach (var instance in described)
        {
            var arn = instance!["containerInstanceArn"]!.GetValue<string>();
            var onIt = live.Count(t => t["containerInstanceArn"]?.GetValue<string>() == arn);
            var memory = instance["remainingResources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "MEMORY")!["integerValue"]!.GetValue<int>();
            Assert.Equal(6144 - (2048 * onIt), memory);
            Assert.True(memory >= 0);
        }
    }

    [Fact]
    public void RandomOperations_KeepInstanceReservationsConsistent()
    {
        // ops: (0) RunTask EC2 count n, (1) StopTask, (2) advance n×20 s, (3) drain / re-activate an instance.
        var ops = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 3]).Array[1, 30];
        ops.Sample(
            list =>
            {
                var ecs = new EcsHarness(workload: new WorkloadModel { DurationPerBatch = SecondsDistribution.Uniform(10, 90) });
                var instances = new List<string> { ecs.Register("i-1", memory: 6144), ecs.Register("i-2", memory: 6144) };
                var started = new List<string>();
                var draining = new HashSet<string>();
                foreach (var (kind, n) in list)
                {
                    switch (kind)
                    {
                        case 0:
                            var response = ecs.RunTask(new JsonObject { ["launchType"] = "EC2", ["count"] = n });
                            started.AddRange(response["tasks"]!.AsArray().Select(t => t!["taskArn"]!.GetValue<string>()));
                            Assert.True(response["tasks"]!.AsArray().Count == n || response["failures"]!.AsArray().Count > 0, "unplaced tasks must be reported as failures");
                            break;
                        case 1 when started.Count > 0:
                            ecs.Ecs.StopTask("batch", started[n % started.Count]);
                            break;
                        case 2:
                            ecs.RunFor(TimeSpan.FromSeconds(20 * n));
                            break;
                        case 3:
                            var instance = instances[n % 2];
                            var status = draining.Remove(instance) ? "ACTIVE" : draining.Add(instance) ? "DRAINING" : "ACTIVE";
                            ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instance), ["status"] = status });
                            break;
                    }

                    AssertBookkeeping(ecs, instances);
                }

                ecs.RunFor(TimeSpan.FromHours(1));
                AssertBookkeeping(ecs, instances);
                Assert.All(started, t => Assert.Equal("STOPPED", ecs.Status(t)));
            },
            iter: 60);
    }
}
