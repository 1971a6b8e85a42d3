import type { Template } from "aws-cdk-lib/assertions";

export interface Statement {
  Effect: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: unknown;
}

export interface FoundStatement {
  /** Logical id of the resource holding the statement, and the policy inside it. */
  where: string;
  statement: Statement;
}

type Resources = Record<string, { Type: string; Properties?: Record<string, any> }>;

function resourcesOf(template: Template | { Resources?: Resources }): Resources {
  const json = "toJSON" in template ? template.toJSON() : template;
  return (json.Resources ?? {}) as Resources;
}

/** Every permission statement in the template: standalone, managed, and inline role/user/group policies. */
export function allPolicyStatements(template: Template | { Resources?: Resources }): FoundStatement[] {
  const found: FoundStatement[] = [];
  const add = (where: string, document: { Statement?: Statement[] } | undefined) => {
    for (const statement of document?.Statement ?? []) found.push({ where, statement });
  };
  for (const [id, resource] of Object.entries(resourcesOf(template))) {
    const props = resource.Properties ?? {};
    if (resource.Type === "AWS::IAM::Policy" || resource.Type === "AWS::IAM::ManagedPolicy") {
      add(id, props.PolicyDocument);
    }
    if (["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"].includes(resource.Type)) {
      for (const inline of props.Policies ?? []) add(`${id}/${inline.PolicyName}`, inline.PolicyDocument);
    }
    if (resource.Type === "AWS::IAM::RolePolicy") add(id, props.PolicyDocument);
  }
  return found;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Why a statement is too broad, or undefined when it names its actions and resources. */
export function wildcardProblem(statement: Statement): string | undefined {
  if (statement.NotAction !== undefined) return "uses NotAction";
  if (statement.NotResource !== undefined) return "uses NotResource";
  const starAction = asList(statement.Action).find((a) => typeof a !== "string" || a.includes("*"));
  if (starAction !== undefined) return `action ${JSON.stringify(starAction)}`;
  if (asList(statement.Resource).some((r) => r === "*")) return `resource "*"`;
  return undefined;
}

/** All statements attached (by any policy) to the role with this logical id. */
export function statementsOfRole(template: Template, roleId: string): Statement[] {
  const resources = resourcesOf(template);
  const inline = (resources[roleId]?.Properties?.Policies ?? []).flatMap(
    (p: { PolicyDocument: { Statement: Statement[] } }) => p.PolicyDocument.Statement,
  );
  const attached = Object.values(resources)
    .filter((r) => r.Type === "AWS::IAM::Policy")
    .filter((r) => (r.Properties?.Roles ?? []).some((ref: { Ref?: string }) => ref.Ref === roleId))
    .flatMap((r) => r.Properties?.PolicyDocument.Statement as Statement[]);
  return [...inline, ...attached];
}

/** The one resource of a type whose logical id is `prefix` followed by CDK's 8-hex hash. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const pattern = new RegExp(`^${prefix}[0-9A-F]{8}$`);
  const ids = Object.keys(template.findResources(type)).filter((id) => pattern.test(id));
  if (ids.length !== 1) throw new Error(`expected one ${type} "${prefix}", found ${ids.join(", ") || "none"}`);
  return ids[0]!;
}

export function propertiesOf(template: Template, id: string): Record<string, any> {
  const resource = resourcesOf(template)[id];
  if (!resource) throw new Error(`no resource ${id}`);
  return resource.Properties ?? {};
}

/**
 * Renders an intrinsic as readable text, to compare ARNs: `{"Ref":"AWS::Partition"}` is "aws",
 * Fn::GetAtt becomes "<id>.<attr>", other Refs "<id>".
 */
export function render(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(render).join(",");
  const v = value as Record<string, any>;
  if (v?.Ref === "AWS::Partition") return "aws";
  if (typeof v?.Ref === "string") return v.Ref;
  if (v?.["Fn::GetAtt"]) return v["Fn::GetAtt"].join(".");
  if (v?.["Fn::Join"]) return (v["Fn::Join"][1] as unknown[]).map(render).join(v["Fn::Join"][0]);
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}
