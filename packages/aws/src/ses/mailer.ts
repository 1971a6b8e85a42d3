import { SendEmailCommand, type SESv2Client } from "@aws-sdk/client-sesv2";
import type { Mailer, OutgoingEmail } from "@coffeechat/core";
import { sesError } from "./errors.ts";

export interface SesMailerOptions {
  client: SESv2Client;
  /** Routes bounce and complaint events (and sending metrics) through this configuration set. */
  configurationSetName?: string | undefined;
  /** The envelope sender; without it SES takes the From header of the raw message. */
  fromEmailAddress?: string | undefined;
}

/** Sends a message built in core as SES v2 Raw content, one recipient per message. */
export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const { client, configurationSetName, fromEmailAddress } = this.options;
    try {
      const out = await client.send(
        new SendEmailCommand({
          Destination: { ToAddresses: [email.to] },
          Content: { Raw: { Data: email.raw } },
          ...(configurationSetName ? { ConfigurationSetName: configurationSetName } : {}),
          ...(fromEmailAddress ? { FromEmailAddress: fromEmailAddress } : {}),
        }),
      );
      return { messageId: out.MessageId ?? "" };
    } catch (e) {
      throw sesError(e);
    }
  }
}
