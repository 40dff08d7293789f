/**
 * Kinship for bundlers. Import a widget's module to define its tag (`kinship-widgets/check-in`), or
 * its class from here to define it yourself. `configure()` is `Kinship.configure()` without the
 * script tag.
 */
import type { KinshipEvent } from './core/config.js';
import { runtime } from './core/runtime.js';

export { KinElement, type WidgetState } from './core/kin-element.js';
// Each widget's class, without defining its tag (its own module, e.g. `check-in.js`, does that).
export { KinCheckIn } from '../widgets/check-in/check-in.component.js';
export { KinMentorContact } from '../widgets/mentor-contact/mentor-contact.component.js';
export { KinNormTip } from '../widgets/norm-tip/norm-tip.component.js';
export { KinMeetupCalendar } from '../widgets/meetup-calendar/meetup-calendar.component.js';
export type { KinshipEvent, ResolvedConfig, Theme } from './core/config.js';
export { EndpointError, type EndpointErrorKind } from './core/errors.js';

export const version = __KINSHIP_VERSION__;
export const configure = (options: Record<string, unknown>) => runtime().configure(options);
export const setLocale = (locale: string) => runtime().configure({ locale });
export const signOut = () => runtime().signOut();
export const on = (type: string, listener: (event: KinshipEvent) => void) =>
  runtime().on(type, listener);
export const off = (type: string, listener: (event: KinshipEvent) => void) =>
  runtime().off(type, listener);
