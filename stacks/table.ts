import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";

export const GSI1 = "gsi1";
/** An address's chats across hosts, for the seeker's journal (packages/aws/src/dynamo/keys.ts). */
export const GSI2 = "gsi2";

/** The single table: requests, slot locks, hosts and links share `pk`/`sk`; `gsi1` serves a host's listings, `gsi2` an address's chats across hosts. */
export function createTable(scope: Construct, stage: string): Table {
  const table = new Table(scope, "Table", {
    partitionKey: { name: "pk", type: AttributeType.STRING },
    sortKey: { name: "sk", type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: "expiresAt",
    // Production data outlives the stack; every other stage is disposable.
    removalPolicy: stage === "production" ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  table.addGlobalSecondaryIndex({
    indexName: GSI1,
    partitionKey: { name: "gsi1pk", type: AttributeType.STRING },
    sortKey: { name: "gsi1sk", type: AttributeType.STRING },
    projectionType: ProjectionType.ALL,
  });
  table.addGlobalSecondaryIndex({
    indexName: GSI2,
    partitionKey: { name: "gsi2pk", type: AttributeType.STRING },
    sortKey: { name: "gsi2sk", type: AttributeType.STRING },
    projectionType: ProjectionType.ALL,
  });
  return table;
}
