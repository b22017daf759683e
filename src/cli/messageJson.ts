import type { ImportMessage } from '../import/importMessage';

/** A message's text in the language `--lang` chose, from the catalogues. */
export type MessageText = (message: ImportMessage) => string;

/** An import message as the command's JSON prints it: the same keys always, `null` where none. */
export interface MessageJson {
  code: string;
  message: string;
  /** The feature's index in the file, or null for the whole file. */
  feature: number | null;
  featureId: string | null;
  featureName: string | null;
  params: Readonly<Record<string, unknown>>;
}

export function messageJson(message: ImportMessage, text: MessageText): MessageJson {
  return {
    code: message.code,
    message: text(message),
    feature: message.featureIndex ?? null,
    featureId: message.featureId ?? null,
    featureName: message.featureName ?? null,
    params: message.params,
  };
}
