import { RemovalPolicy } from "aws-cdk-lib";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

export interface FunctionIdentity {
  role: Role;
  logGroup: LogGroup;
}

/**
 * A Lambda role that may write to its own log group only. CDK's default role attaches
 * AWSLambdaBasicExecutionRole, which allows logs:* writes on every log group ("Resource": "*").
 */
export function createFunctionIdentity(scope: Construct, id: string, stage: string): FunctionIdentity {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: stage === "production" ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
  role.addToPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
      resources: [logGroup.logGroupArn],
    }),
  );
  return { role, logGroup };
}
