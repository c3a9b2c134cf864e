#!/usr/bin/env bash
# Copies the AWS API models (botocore service-2.json, Apache-2.0) the simulation validates against
# from ../shared/aws-models into local/Orchestrator.Simulation/Models/Aws/, so the simulation does
# not read ../shared at run time (they are embedded resources).
#
# Trimming:
# - every "documentation"/"documentationUrl" field is removed (HTML prose, ~70% of the bytes);
# - ec2 (800 operations) keeps only the operations below and the shapes reachable from them
#   (their input, output and error shapes, recursively). Add an operation here when the simulated
#   EC2 serves a new one, then re-run this script.
# Output is JSON with one-space indent so diffs stay readable. Needs only bash and node.
# Usage: tools/trim-aws-models.sh [source-dir]   (default: ../shared/aws-models beside the repo)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-$repo/../shared/aws-models}"
dest="$repo/local/Orchestrator.Simulation/Models/Aws"
services="sqs ecs s3 autoscaling ec2 cloudwatch sns events scheduler pipes dynamodb stepfunctions"
ec2_operations="RequestSpotFleet ModifySpotFleetRequest DescribeSpotFleetRequests DescribeSpotFleetInstances
DescribeSpotFleetRequestHistory CancelSpotFleetRequests DescribeInstances DescribeInstanceStatus
RunInstances TerminateInstances DescribeSpotInstanceRequests DescribeSpotPriceHistory CreateFleet
DescribeFleets DescribeFleetInstances ModifyFleet DeleteFleets DescribeAvailabilityZones CreateTags
DescribeTags"

mkdir -p "$dest"
install -m 644 "$src/LICENSE.txt" "$src/NOTICE" "$dest/"
for service in $services; do
  SRC="$src/$service.json" DEST="$dest/$service.json" KEEP="$([ "$service" = ec2 ] && echo "$ec2_operations" || true)" node -e '
    const fs = require("fs");
    const strip = o => Array.isArray(o) ? o.map(strip)
      : o && typeof o === "object"
        ? Object.fromEntries(Object.entries(o).filter(([k]) => k !== "documentation" && k !== "documentationUrl").map(([k, v]) => [k, strip(v)]))
        : o;
    const model = strip(JSON.parse(fs.readFileSync(process.env.SRC, "utf8")));
    const keep = process.env.KEEP.split(/\s+/).filter(Boolean);
    if (keep.length > 0) {
      const missing = keep.filter(op => !model.operations[op]);
      if (missing.length) { console.error("unknown ec2 operations: " + missing.join(", ")); process.exit(1); }
      const reached = new Set();
      const visit = name => {
        if (!name || reached.has(name)) return;
        reached.add(name);
        const s = model.shapes[name];
        for (const ref of [s.member, s.key, s.value, ...Object.values(s.members || {})]) if (ref) visit(ref.shape);
      };
      model.operations = Object.fromEntries(keep.sort().map(op => [op, model.operations[op]]));
      for (const op of Object.values(model.operations)) {
        visit(op.input && op.input.shape); visit(op.output && op.output.shape);
        for (const e of op.errors || []) visit(e.shape);
      }
      model.shapes = Object.fromEntries(Object.entries(model.shapes).filter(([k]) => reached.has(k)));
    }
    fs.writeFileSync(process.env.DEST, JSON.stringify(model, null, 1) + "\n");
  '
done
ls -l "$dest"
