namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// AWS/ECS metrics, once per <see cref="EcsOptions.MetricsPeriod"/>: CPUReservation and
/// MemoryReservation per ClusterName (share of the registered CPU/memory of ACTIVE and DRAINING
/// container instances reserved by their tasks), and CPUUtilization per ClusterName + ServiceName
/// (average CPU use of its running tasks relative to their reservation), all in Percent as AWS
/// publishes them.
/// </summary>
/// <remarks>
/// Publishing runs only while some task is not STOPPED and a metric sink was given, so a simulation
/// whose work is done runs out of events instead of ticking forever; it resumes with the next task.
/// </remarks>
public sealed partial class SimulatedEcs
{
    private const string Namespace = "AWS/ECS";
    private bool _metricsTicking;
    private int _liveTasks;

    private void EnsureMetricsTicking()
    {
        if (_metrics is null || _metricsTicking)
        {
            return;
        }

        _metricsTicking = true;
        var period = _options.MetricsPeriod;
        var sinceEpoch = Now.ToUnixTimeMilliseconds() % (long)period.TotalMilliseconds;
        var delay = sinceEpoch == 0 ? period : period - TimeSpan.FromMilliseconds(sinceEpoch);
        _scheduler.Schedule(delay, PublishMetrics);
    }

    private void PublishMetrics()
    {
        _metricsTicking = false;
        foreach (var cluster in _clusters.Values)
        {
            var instances = cluster.Instances.Where(i => i.Status != "INACTIVE").ToList();
            var dims = new Dictionary<string, string>(StringComparer.Ordinal) { ["ClusterName"] = cluster.Name };
            if (instances.Count > 0)
            {
                _metrics!.Put(Namespace, "CPUReservation", dims, Now, Percent(instances.Sum(i => i.Cpu - i.RemainingCpu), instances.Sum(i => i.Cpu)), "Percent");
                _metrics.Put(Namespace, "MemoryReservation", dims, Now, Percent(instances.Sum(i => i.Memory - i.RemainingMemory), instances.Sum(i => i.Memory)), "Percent");
            }

            foreach (var service in cluster.Services.Where(s => s.Status == "ACTIVE"))
            {
                var running = service.LiveTasks.Where(t => t.LastStatus == "RUNNING").ToList();
                if (running.Count > 0)
                {
                    var serviceDims = new Dictionary<string, string>(dims, StringComparer.Ordinal) { ["ServiceName"] = service.Name };
                    _metrics!.Put(Namespace, "CPUUtilization", serviceDims, Now, running.Average(t => t.Plan.MeasureCpu?.Invoke() ?? t.Plan.CpuUtilization) * 100, "Percent");
                }
            }
        }

        if (_liveTasks > 0)
        {
            EnsureMetricsTicking();
        }
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 3);
}
