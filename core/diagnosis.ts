import type { Response } from './messages';

// "Kopieer diagnose": what Bedenk dat sees on a tab, as plain text IT can paste into a ticket
// when a site's redesign breaks the reminders. Built only from the diagnose answer, which holds
// names and selectors — no field of it carries the draft.

export type Diagnosis = Response<'diagnose'>;

/** One line per compose box: platform · surface · editor kind · how it was found · Post button. */
export function diagnosisReport(d: Diagnosis): string {
  const lines = [
    'Bedenk dat — diagnose',
    `versie: ${d.version}`,
    `site: ${d.host}`,
    `platform: ${d.platform}`,
    `invoervakken: ${d.boxes.length}`,
  ];
  d.boxes.forEach((box, i) => {
    lines.push(
      `${i + 1}. ${d.platform} · ${box.surface} · ${box.kind} · ${box.foundBy === 'selector' ? 'selector' : 'generiek'}`,
      `   editor: ${box.editorSelector ?? '(generieke zoeker)'}`,
      `   knop Plaatsen: ${
        box.post === 'selector'
          ? `selector ${box.postSelector ?? ''}`.trim()
          : box.post === 'semantic'
            ? 'gevonden op naam'
            : 'NIET GEVONDEN'
      }`,
      `   plaatstoetsen: ${box.postKeys.length > 0 ? box.postKeys.join(', ') : '(geen)'}`,
    );
  });
  return lines.join('\n');
}
