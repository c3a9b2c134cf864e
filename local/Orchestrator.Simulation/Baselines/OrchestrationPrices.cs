namespace Orchestrator.Simulation.Baselines;

/// <summary>The prices of what glues each design together (USD, us-east-1), beside the task prices of
/// <see cref="Orchestrator.Core.QueueDrain.CostModel"/>.</summary>
/// <remarks>CloudWatch: $0.10 per standard-resolution alarm metric per month, $0.30 per custom metric per
/// month, $0.01 per 1,000 PutMetricData requests (Amazon CloudWatch pricing). Lambda: $0.20 per million
/// requests (AWS Lambda pricing; compute of a few milliseconds per call left out, as for the drain's
/// functions). A month is 730 hours; monthly prices are prorated over the run.</remarks>
public static class OrchestrationPrices
{
    public const double AlarmMonth = 0.10;
    public const double CustomMetricMonth = 0.30;
    public const double PutMetricData = 0.01 / 1000;
    public const double LambdaRequest = 0.20 / 1_000_000;
    public const double HoursPerMonth = 730;

    public static double Monthly(double perMonth, int count, TimeSpan horizon) => perMonth * count * horizon.TotalHours / HoursPerMonth;
}
