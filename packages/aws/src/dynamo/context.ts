import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface TableContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

/** AWS's limit on the actions of one TransactWriteItems call. */
export const MAX_TRANSACTION_ITEMS = 100;
