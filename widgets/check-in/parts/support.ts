/**
 * Support after a hard week, shown without alarm: the program's own people, the resident's mentor,
 * the next meetup, and the confidential support and crisis lines the program configured (by default
 * the Physician Support Line and 988). Loaded only when it is shown. The mentor and the meetup are
 * extras: if either cannot be fetched, the rest still shows.
 */
import { html, nothing } from 'lit';
import { support, contacted } from '../../../locales/en/check-in.json';
import { runtime } from '../../../src/core/runtime.js';
import { MeetupList } from '../../../src/contract/meetups.js';
import type { ContactOption } from '../../../src/contract/check-in.js';
import { MyMentor } from '../../../src/contract/mentor.js';
import { Program, type SupportResource } from '../../../src/contract/program.js';
import { EndpointController } from '../../../src/core/endpoint-controller.js';
import type { KinElement } from '../../../src/core/kin-element.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('check-in', { support, contacted });

const DAY = 86_400_000;

/** Phone numbers become `tel:` links with their digits (and a leading + if any). */
const dial = (number: string) => number.replace(/[^\d+]/g, '');

/** A number as shown: its hyphens do not break, so a narrow card never splits it across lines. */
const shown = (number: string) => number.replace(/-/g, '\u2011');

/** Only web links that cannot run script: endpoint data never becomes a `javascript:` URL. */
const web = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export class SupportPanel {
  private readonly program: EndpointController<Program>;
  private readonly mentor: EndpointController<MyMentor>;
  private readonly meetups: EndpointController<MeetupList>;

  constructor(private readonly host: KinElement) {
    this.program = new EndpointController(host, {
      path: '/v1/program',
      schema: Program,
      cache: 'persist',
    });
    this.mentor = new EndpointController(host, {
      path: '/v1/mentor',
      schema: MyMentor,
      cache: 'memory',
    });
    this.meetups = new EndpointController(host, {
      path: '/v1/meetups',
      schema: MeetupList,
      cache: 'persist',
      query: () => ({
        from: new Date().toISOString(),
        to: new Date(Date.now() + 21 * DAY).toISOString(),
      }),
    });
    for (const resource of [this.program, this.mentor, this.meetups]) {
      host.addController(resource);
      void resource.load();
    }
  }

  /** `urgent`: the crisis lines first too (unless an acknowledgement above names them already). */
  render(urgent: boolean) {
    const { t } = this.host.localize;
    const resources = this.program.value?.supportResources ?? [];
    // The program's own people first, then support lines, then crisis lines.
    const order = ['program', 'support-line', 'crisis'];
    const sorted = [...resources].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    const mentor = this.mentor.value?.mentor;
    const email = mentor?.contactMethods.find((method) => method.kind === 'email');
    const meetup = this.meetups.value?.items[0];
    // A meetup's time is its own time zone's (the program's), named, whatever the device's zone.
    const when = ({ startsAt, timeZone }: { startsAt: string; timeZone: string }) =>
      this.host.localize.dateTime(startsAt, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      });
    return html`<section class="support" part="support" aria-labelledby="support-title">
      <h3 id="support-title">${t('support.title')}</h3>
      ${urgent ? this.urgent() : nothing}
      <p>${t('support.body')}</p>
      <ul class="resources">
        ${
          mentor
            ? html`<li>
                <strong>${t('support.mentor', { name: mentor.name })}</strong>
                ${email ? html`<a href="mailto:${email.value}">${email.value}</a>` : nothing}
              </li>`
            : nothing
        }
        ${sorted.map((resource) => this.resource(resource))}
        ${meetup ? html`<li>${t('support.meetup', { title: meetup.title, date: when(meetup) })}</li>` : nothing}
      </ul>
    </section>`;
  }

  /**
   * The acknowledgement of a request to be contacted: who was asked (`option`, the one the resident
   * chose), when they will reach out (the option's own words), and, if it cannot wait, the lines.
   */
  acknowledge(option: ContactOption | null) {
    const { t } = this.host.localize;
    return html`<section class="contacted" aria-labelledby="contacted-title">
      <h3 id="contacted-title">${t('contacted.title')}</h3>
      ${option ? html`<p>${t('contacted.who', { who: option.label })}</p>` : nothing}
      <p>${option?.description ?? t('contacted.when')}</p>
      ${this.urgent()}
    </section>`;
  }

  /**
   * "If it can't wait": the program's crisis and support lines, as calls and texts, in a few lines
   * (988 while the program's own list has not arrived), where a phone's first screen shows them.
   */
  private urgent() {
    const { t } = this.host.localize;
    const lines = (this.program.value?.supportResources ?? []).filter(
      (resource) =>
        (resource.kind === 'crisis' || resource.kind === 'support-line') &&
        (resource.phone || resource.sms),
    );
    return html`<p class="urgent">
      ${t('contacted.urgent')}
      ${
        lines.length
          ? lines.map(
              (resource) =>
                // Its hours too: at 3 a.m. a line that opens at 8 is not the one to call.
                html`<span
                  ><strong lang=${resource.locale ?? nothing}>${resource.name}</strong>
                  ${resource.hours ? html`<span class="muted" lang=${resource.locale ?? nothing}>${resource.hours}</span>` : nothing}
                  <span class="links">${this.dialLinks(resource)}</span></span
                >`,
            )
          : html`<a href="tel:988">${t('support.call', { number: '988' })}</a>`
      }
    </p>`;
  }

  private dialLinks(resource: SupportResource) {
    const { t } = this.host.localize;
    return html`${resource.phone ? html`<a href="tel:${dial(resource.phone)}">${t('support.call', { number: shown(resource.phone) })}</a>` : nothing}
    ${resource.sms ? html`<a href="sms:${dial(resource.sms)}">${t('support.text', { number: shown(resource.sms) })}</a>` : nothing}`;
  }

  private resource(resource: SupportResource) {
    const { t } = this.host.localize;
    const url = web(resource.url);
    return html`<li class=${resource.kind}>
      <strong lang=${resource.locale ?? nothing}>${resource.name}</strong>
      <span lang=${resource.locale ?? nothing}>${resource.description}</span>
      ${resource.hours ? html`<span class="muted" lang=${resource.locale ?? nothing}>${resource.hours}</span>` : nothing}
      <span class="links">
        ${this.dialLinks(resource)}
        ${resource.email ? html`<a href="mailto:${resource.email}">${t('support.email')}</a>` : nothing}
        ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${t('support.website')}</a>` : nothing}
      </span>
    </li>`;
  }
}
