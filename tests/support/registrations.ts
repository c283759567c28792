// Valid registration input for tests; override what a test is about.
import type { RegistrationInput } from '@/lib/registrations/schema';

let n = 0;
export function person(o: Partial<RegistrationInput> = {}): RegistrationInput {
  n += 1;
  return {
    firstName: 'Aino',
    lastName: `Testinen${n}`,
    email: `aino.testinen.${n}.${Math.random().toString(36).slice(2, 7)}@kunta.example`,
    organisation: 'Esimerkin kunta',
    municipality: '091',
    sector: 'education',
    role: 'Erityisopettaja',
    diet: null,
    accessNeeds: null,
    language: 'fi',
    attendance: 'onsite',
    consent: true,
    ...o,
  };
}
