import { invalid } from '../../errors.ts';

export type MeetingFields = {
  date: string;
  startTime: string;
  endTime: string | null;
  locationKind: 'physical' | 'digital' | 'hybrid';
  room: string | null;
  address: string | null;
  link: string | null;
};

export function assertMeetingTimes(input: MeetingFields): void {
  if (input.endTime !== null && input.endTime <= input.startTime) {
    throw invalid('Møtet må slutte etter at det begynner.', {
      fields: [{ field: 'endTime', message: 'Sluttid må være etter starttid.' }],
    });
  }
  if (input.locationKind !== 'physical' && !input.link) {
    throw invalid('Et digitalt møte trenger en lenke.', {
      fields: [{ field: 'link', message: 'Oppgi lenken til det digitale møtet.' }],
    });
  }
}
