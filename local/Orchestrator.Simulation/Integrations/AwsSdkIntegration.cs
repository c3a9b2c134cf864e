using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// <c>arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;action&gt;</c> against the simulated services:
/// PascalCase parameters mapped to the model's member names, the answer converted back to
/// PascalCase (no SDK metadata), errors named in the Java SDK v2 style.
/// </summary>
public sealed class AwsSdkIntegration(ServiceRegistry services, IntegrationOptions? options = null) : IServiceIntegration
{
    private readonly IntegrationOptions _options = options ?? new IntegrationOptions();

    public bool CanInvoke(ResourceArn resource) => resource.Kind == ResourceKind.AwsSdk && services.Find(resource.Service) is not null;

    public void Invoke(TaskInvocation invocation)
    {
        var resource = invocation.Resource;
        var service = services.Find(resource.Service)!;
        var operation = ServiceRegistry.Operation(resource.Action);
        var parameters = invocation.Parameters as JsonObject ?? [];
        var request = MemberNames.ToModel(resource.Service, operation, parameters);
        ServiceCall.Run(invocation, service, operation, request, ErrorStyle.Sdk, _options,
            response => MemberNames.ToPascal(resource.Service, operation, response));
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        // A request-response call cannot be taken back; its answer is ignored.
    }
}
