/**
 * Key presses that work alike in Chromium, Firefox and WebKit (through
 * test/plugins/keys.mjs): the payload of @web/test-runner-commands' sendKeys,
 * `down` and `up` included, and `press` also takes a chord such as
 * `Shift+Tab`.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type KeysPayload = { press: string } | { type: string } | { down: string } | { up: string };

export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('folio-keys', payload);
}
