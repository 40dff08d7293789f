/** Every widget the script-tag bundle defines, by tag. Only widgets that are built belong here. */
import type { KinElement } from '../core/kin-element.js';
import { KinCheckIn } from '../../widgets/check-in/check-in.component.js';
import { KinMentorContact } from '../../widgets/mentor-contact/mentor-contact.component.js';
import { KinNormTip } from '../../widgets/norm-tip/norm-tip.component.js';
import { KinMeetupCalendar } from '../../widgets/meetup-calendar/meetup-calendar.component.js';

export const elements: Record<string, typeof KinElement> = {
  'kin-check-in': KinCheckIn,
  'kin-mentor-contact': KinMentorContact,
  'kin-norm-tip': KinNormTip,
  'kin-meetup-calendar': KinMeetupCalendar,
};
