import { warnOnce } from './log.js';

/**
 * Defines a custom element unless the tag is taken, and never throws: defining a tag twice throws
 * `NotSupportedError` in every browser, and a second copy of the SDK (or a host page that defined
 * the tag itself) must not break the page. Returns whether this call defined it.
 */
export function defineElement(tag: string, element: CustomElementConstructor): boolean {
  const registry = window.customElements;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== element)
      warnOnce(`<${tag}> is already defined on this page; Kinship left it as it was.`);
    return false;
  }
  try {
    registry.define(tag, element);
    return true;
  } catch (error) {
    warnOnce(`<${tag}> could not be defined.`, error);
    return false;
  }
}
