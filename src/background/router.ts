import {
  CONTENT_TYPES,
  UI_TYPES,
  isEnvelope,
  type ContentToBackground,
  type ContentType,
  type Reply,
  type UiToBackground,
  type UiType,
} from '../shared/messages';

/** The parts of a runtime.MessageSender the router looks at (the same in Chromium and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Who sent a message. Extension pages (popup, review, options, offscreen) are loaded from the
 * extension's own origin; content scripts report the URL of the web page they run in, which is
 * attacker-controlled. Anything from another extension is foreign.
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && typeof sender.url === 'string' && /^(https?|file):/.test(sender.url)) return 'content-script';
  return 'foreign';
}

type Handlers<M> = { [T in keyof M]: (payload: unknown, sender: SenderInfo) => Promise<M[T] extends { res: infer R } ? R : never> };
export type ContentHandlers = Handlers<ContentToBackground>;
export type UiHandlers = Handlers<UiToBackground>;

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  content: ContentHandlers;
  ui: UiHandlers;
  log?: (line: string) => void;
}

/**
 * Builds the single onMessage handler. The sender is checked before any handler runs; handlers
 * validate their own payloads. Returns undefined for messages that are not Ward's, so other
 * listeners (the offscreen document's) can answer them.
 */
export function createRouter(options: RouterOptions) {
  const { extensionId, extensionOrigin, content, ui, log = () => {} } = options;
  return (message: unknown, sender: SenderInfo): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const kind = senderKind(sender, extensionId, extensionOrigin);
    const type = message.type;
    const refuse = (why: string) => {
      log(`refused ${type} from ${kind} (${sender.url ?? 'no url'}): ${why}`);
      return Promise.resolve<Reply<unknown>>({ ok: false, error: `refused: ${why}` });
    };
    let handler: ((payload: unknown, sender: SenderInfo) => Promise<unknown>) | undefined;
    if ((UI_TYPES as readonly string[]).includes(type)) {
      if (kind !== 'extension-page') return refuse('privileged message from outside an extension page');
      handler = ui[type as UiType];
    } else if ((CONTENT_TYPES as readonly string[]).includes(type)) {
      if (kind === 'foreign') return refuse('unknown sender');
      handler = content[type as ContentType];
    }
    if (!handler) return refuse('unknown message type');
    return handler(message.payload, sender).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
