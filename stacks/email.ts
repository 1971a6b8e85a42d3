import { ConfigurationSet, EmailSendingEvent, EventDestination } from "aws-cdk-lib/aws-ses";
import { Topic } from "aws-cdk-lib/aws-sns";
import type { Construct } from "constructs";

export interface EmailInfra {
  configurationSet: ConfigurationSet;
  configurationSetName: string;
  feedbackTopic: Topic;
}

/** Every message is sent through this configuration set so bounces and complaints come back to us. */
export function createEmailInfra(scope: Construct, stage: string): EmailInfra {
  const configurationSetName = `coffeechat-${stage}`;
  const configurationSet = new ConfigurationSet(scope, "ConfigurationSet", { configurationSetName });
  const feedbackTopic = new Topic(scope, "EmailFeedbackTopic");
  configurationSet.addEventDestination("BounceAndComplaint", {
    destination: EventDestination.snsTopic(feedbackTopic),
    events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
  });
  return { configurationSet, configurationSetName, feedbackTopic };
}
